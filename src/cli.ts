#!/usr/bin/env node
/**
 * numa-spsc-bench: the local shell around the pipeline. Each command maps its flags onto the action's input names,
 * so both shells share one validation (config.ts) and one pipeline (pipeline.ts).
 */
import { Command, Option } from 'commander'
import { buildConfig, type RawOptions } from './config.js'
import { defaultSeed, detect, invalidCellCount, measure, planFor, requireNumaCapable } from './pipeline.js'
import { renderPlanText } from './plan/index.js'
import { createProgressReporter, summarizeRun } from './run/index.js'
import { renderTopologyText, topologyToJson } from './topology/index.js'
import { runDoctor } from './doctor/index.js'

const EXIT_ERROR = 2

/** Commander gives camelCase keys; config.ts wants the action's kebab-case input names. */
function toRaw(options: Record<string, unknown>): RawOptions {
  const raw: RawOptions = {}
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || typeof value === 'object') continue
    raw[key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)] = String(value)
  }
  return raw
}

function log(line: string): void {
  process.stderr.write(`${line}\n`)
}

const program = new Command()
  .name('numa-spsc-bench')
  .description('Benchmark SPSC channels under NUMA placement permutations')
  .showHelpAfterError()

const sysfsRoot = new Option('--sysfs-root <dir>', 'root holding sys/ and proc/').default('/')

program
  .command('topology')
  .description('print the NUMA topology, distances and placement classes')
  .addOption(sysfsRoot)
  .option('--json', 'one JSON object instead of the summary')
  .action((options: { json?: boolean; sysfsRoot: string }) => {
    const detected = detect(buildConfig(toRaw({ sysfsRoot: options.sysfsRoot })))
    process.stdout.write(
      options.json
        ? `${JSON.stringify(topologyToJson(detected.topology, detected.classes))}\n`
        : renderTopologyText(detected.topology, detected.classes)
    )
  })

function matrixOptions(command: Command): Command {
  return command
    .addOption(sysfsRoot)
    .option('--budget <time>', 'time budget, e.g. 90s, 5m', '60s')
    .option('--classes <list>', 'placement classes to run (comma-separated)')
    .option('--paddings <list>', 'index separations in bytes', '0,64,128')
    .option('--modes <list>', 'throughput, pingpong, same-thread', 'throughput,pingpong,same-thread')
    .option('--seed <n>', 'seed of the interleaved order')
    .option('--subject-build <command>', 'command that builds your SPSC subject, run once')
    .option('--subject-command <command>', 'command run per sample for your subject (see docs/subject-protocol.md)')
}

matrixOptions(program.command('plan').description('show what a run would measure and how long it would take'))
  .option('--json', 'the plan as JSON')
  .action((options: Record<string, unknown>) => {
    const config = buildConfig(subjectKind(toRaw(options)))
    const plan = planFor(config, detect(config), config.seed ?? 1)
    process.stdout.write(options.json ? `${JSON.stringify(plan)}\n` : renderPlanText(plan))
  })

function subjectKind(raw: RawOptions): RawOptions {
  return { ...raw, subject: raw['subject-command'] ? 'command' : 'reference' }
}

matrixOptions(program.command('run').description('measure the matrix and write results.json'))
  .option('--out <dir>', 'where results.json goes', 'numa-spsc-bench-results')
  .option('--require-numa', 'fail unless at least two NUMA nodes have CPUs this process may use')
  .action(async (options: Record<string, unknown>) => {
    const config = buildConfig({ ...subjectKind(toRaw(options)), 'out-dir': String(options.out) })
    const detected = detect(config)
    requireNumaCapable(config, detected)
    if (!detected.topology.numaCapable) {
      log('This machine has one NUMA node: cross-node classes are not available; the rest is measured.')
    }
    const plan = planFor(config, detected, config.seed ?? defaultSeed())
    const stop = new AbortController()
    process.once('SIGINT', () => {
      log('Interrupted: stopping the sample in flight and writing what was measured.')
      stop.abort()
    })
    const progress = createProgressReporter({ isTTY: Boolean(process.stderr.isTTY), log })
    const measured = await measure(config, detected, plan, {
      workspace: process.cwd(),
      signal: stop.signal,
      onProgress: progress.update,
      log
    })
    progress.stop()
    process.stdout.write(summarizeRun(measured.results))
    log(`results: ${measured.resultsPath}`)
    log(`invalid cells: ${invalidCellCount(measured.results)}`)
  })

program
  .command('doctor')
  .description('check whether this machine can produce trustworthy numbers, with the fix for each finding')
  .addOption(sysfsRoot)
  .action((options: { sysfsRoot: string }) => {
    process.exitCode = runDoctor(options.sysfsRoot, (line) => process.stdout.write(`${line}\n`))
  })

program.parseAsync(process.argv).catch((error: unknown) => {
  log(`numa-spsc-bench: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = EXIT_ERROR
})
