#!/usr/bin/env node
/**
 * numa-spsc-bench: the local shell around the pipeline. Each command maps its flags onto the action's input names,
 * so both shells share one validation (config.ts) and one pipeline (pipeline.ts).
 */
import { Command, Option } from 'commander'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { LOCAL_EVENT } from '../baseline/index.js'
import {
  baselineListCommand,
  baselineSaveCommand,
  baselineShowCommand,
  compareCommand,
  compareWithBaselinePath,
  EXIT_REGRESSION,
  localGitInfo,
  renderComparisonText,
  type CommandOutput
} from './commands.js'
import { buildConfig, DEFAULTS, FAIL_ON, type RawOptions } from '../config.js'
import {
  compareAndSaveBaseline,
  defaultSeed,
  detect,
  invalidCellCount,
  measure,
  planFor,
  requireNumaCapable
} from '../pipeline.js'
import { renderPlanText } from '../plan/index.js'
import { renderReport, reportFromFiles } from '../report/index.js'
import type { ResultsFile } from '../run/types.js'
import type { Plan } from '../plan/types.js'
import type { Comparison } from '../stats/types.js'
import { numaFigures } from '../stats/index.js'
import { createProgressReporter, readResultsFile, summarizeRun } from '../run/index.js'
import { stopOnSignals, type SignalStop } from '../run/process.js'
import { renderTopologyText, topologyToJson } from '../topology/index.js'
import { runDoctor } from '../doctor/index.js'
import { registerAbCommand } from './ab.js'
import { registerExportCommand } from './export.js'
import { registerHistoryCommand } from './history.js'
import { storeOf, storeOptions, type StoreFlags } from './store.js'
import { registerC2cCommand } from './c2c.js'
import { registerCalibrateCommand } from './calibrate.js'

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

const sysfsRoot = new Option('--sysfs-root <dir>', 'root holding sys/ and proc/').default(DEFAULTS['sysfs-root'])

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
    .option(
      '--budget <time>',
      "time budget, e.g. 90s, 5m; shorter than the action's, as a local run is a first look",
      '60s'
    )
    .option('--classes <list>', 'placement classes to run (comma-separated)')
    .option('--paddings <list>', 'index separations in bytes', DEFAULTS.paddings)
    .option('--modes <list>', 'throughput, pingpong, same-thread', DEFAULTS.modes)
    .option('--seed <n>', 'seed of the interleaved order')
    .option(
      '--messages <n>',
      'timed messages per sample in every mode, for smoke tests (default: 1M throughput, 100k pingpong, 5M same-thread)'
    )
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
  .option(
    '--out <dir>',
    "where results.json and report.md go; an earlier run's results.json there is moved aside to results-<time>.json",
    DEFAULTS['out-dir']
  )
  .option(
    '--build-timeout <time>',
    'limit of each build (native driver, --subject-build), outside the budget',
    DEFAULTS['build-timeout']
  )
  .option('--require-numa', 'fail unless at least two NUMA nodes have CPUs this process may use')
  .option('--baseline-directory <dir>', 'local baseline store (see "Baseline" below)', DEFAULTS['baseline-directory'])
  .option('--save-baseline', 'save this run as the baseline for this hardware even when one exists')
  .option('--no-baseline', 'neither compare with nor save to the local baseline store')
  .addOption(
    new Option(
      '--fail-on <verdict>',
      'exit 1 on a regression against the baseline, or never (a local run reports by default; the action gates)'
    )
      .choices([...FAIL_ON])
      .default('never')
  )
  .option('--threshold <fraction>', 'smallest relative change that counts', DEFAULTS.threshold)
  .option('--alpha <p>', 'significance level after Holm correction', DEFAULTS.alpha)
  .option(
    '--build-dir <dir>',
    'where the native driver is built, and reused while its sources, compiler and binary are unchanged; must be ' +
      "this user's and closed to others (default: $XDG_CACHE_HOME/numa-spsc-bench/build or ~/.cache/...)"
  )
  .addHelpText(
    'after',
    `
Baseline: after the run, the results are compared with the newest baseline saved for this hardware (same topology
fingerprint) in --baseline-directory, and the per-cell table and verdict are printed. When the store has no baseline
for this hardware yet, this run is saved as the first one. --save-baseline saves it even when one exists (the old one
stays in the history); --no-baseline skips both. An interrupted run is never saved. Manage the store with
"numa-spsc-bench baseline save|show|list"; compare two files with "numa-spsc-bench compare".`
  )
  .action(async (options: Record<string, unknown>) => {
    const config = buildConfig({
      ...subjectKind(toRaw({ ...options, saveBaseline: options.saveBaseline ? 'true' : 'auto' })),
      'out-dir': String(options.out),
      'baseline-store': options.baseline === false ? 'none' : 'directory'
    })
    const detected = detect(config)
    requireNumaCapable(config, detected)
    if (!detected.topology.numaCapable) {
      log('This machine has one NUMA node: cross-node classes are not available; the rest is measured.')
    }
    const plan = planFor(config, detected, config.seed ?? defaultSeed())
    const stop = stopOnSignals(log)
    runSignals = stop
    const progress = createProgressReporter({ isTTY: Boolean(process.stderr.isTTY), log })
    const measured = await measure(config, detected, plan, {
      buildDir: typeof options.buildDir === 'string' ? options.buildDir : undefined,
      workspace: process.cwd(),
      signal: stop.signal,
      onPlan: (measuredPlan) => log(planLine(measuredPlan)),
      onProgress: progress.update,
      log
    }).finally(() => progress.stop())
    const timing = measured.results.timing
    if (timing !== undefined) {
      log(
        `time: measuring ${timing.actualSeconds.toFixed(1)} s (budget ${timing.budgetSeconds} s, ` +
          `estimated ${timing.estimatedSeconds.toFixed(1)} s), builds ${timing.buildSeconds.toFixed(1)} s`
      )
    }
    process.stdout.write(summarizeRun(measured.results))
    log(`results: ${measured.resultsPath}`)
    log(`invalid cells: ${invalidCellCount(measured.results)}`)
    if (config.baselineStore === 'none') {
      writeRunReport(measured.resultsPath, measured.results, null)
      exitOnSignal(stop)
      return
    }
    const git = localGitInfo(process.cwd())
    const outcome = await compareAndSaveBaseline(config, measured.results, {
      eventName: LOCAL_EVENT,
      commitSha: measured.results.environment.gitCommit ?? git.commitSha,
      ref: git.ref,
      baseBranch: null,
      mergeBaseSha: null,
      runId: null,
      repoDir: process.cwd(),
      saveFirstBaseline: true,
      log
    })
    process.stdout.write(`\n${renderComparisonText(outcome.comparison)}`)
    writeRunReport(measured.resultsPath, measured.results, outcome.comparison)
    if (outcome.saveError !== null) throw new Error(outcome.saveError)
    if (config.failOn === 'regression' && outcome.comparison.verdict === 'regression')
      process.exitCode = EXIT_REGRESSION
    exitOnSignal(stop)
  })

/** The signal handlers of a running `run`: an error after a signal exits 130/143 too, not 2. */
let runSignals: SignalStop | null = null

/** After SIGINT or SIGTERM the results were written (interrupted); the exit status says which signal. */
function exitOnSignal(stop: SignalStop): void {
  stop.dispose()
  const code = stop.exitCode()
  if (code !== null) process.exitCode = code
}

function planLine(plan: Plan): string {
  const source =
    plan.costSource === 'pilot' ? `measured by a ${(plan.pilotSeconds ?? 0).toFixed(1)} s pilot` : 'cost model'
  return (
    `plan: ${plan.cells.length} cells × ${plan.repetitions} blocks, about ${Math.round(plan.estimatedSeconds)} s ` +
    `of the ${plan.budgetSeconds} s budget (${source})`
  )
}

/** report.md beside results.json: the same document the action posts, for one machine. */
function writeRunReport(resultsPath: string, results: ResultsFile, comparison: Comparison | null): void {
  const report = renderReport([
    { label: results.environment.hostname, results, comparison, figures: numaFigures(results) }
  ])
  const reportPath = join(dirname(resultsPath), 'report.md')
  writeFileSync(reportPath, report.markdown)
  log(`report: ${reportPath}`)
}

function finish(output: CommandOutput): void {
  process.stdout.write(output.stdout)
  process.exitCode = output.exitCode
}

program
  .command('compare')
  .description('compare a run with a baseline: the per-cell table and the overall verdict')
  .requiredOption('--baseline <path>', 'a results.json, a saved baseline record, or a baseline store directory')
  .requiredOption('--current <file>', 'the results.json of the run to judge')
  .option(
    '--json',
    'one JSON object: verdict, reason, baselineSource, cells (key, metric, medians, ratio, CI, p-value, verdict)'
  )
  .addOption(
    new Option('--fail-on <verdict>', 'exit 1 on a regression, or never')
      .choices([...FAIL_ON])
      .default(DEFAULTS['fail-on'])
  )
  .option('--threshold <fraction>', 'smallest relative change of a median that counts', DEFAULTS.threshold)
  .option('--alpha <p>', 'significance level after Holm correction across cells', DEFAULTS.alpha)
  .addHelpText(
    'after',
    `
A store directory gives the newest baseline saved there for the current run's hardware (topology fingerprint); a
baseline of other hardware is never compared (verdict no-baseline). Verdicts: regression, improvement, no-change,
inconclusive, no-baseline. Exit status: 1 on a regression with --fail-on regression, 2 on an error, else 0.`
  )
  .action(
    async (options: {
      baseline: string
      current: string
      json?: boolean
      failOn: string
      threshold: string
      alpha: string
    }) => {
      const config = buildConfig(toRaw({ threshold: options.threshold, alpha: options.alpha, failOn: options.failOn }))
      finish(
        await compareCommand({
          baseline: options.baseline,
          current: options.current,
          json: options.json,
          failOn: config.failOn,
          threshold: config.threshold,
          alpha: config.alpha
        })
      )
    }
  )

const baseline = program
  .command('baseline')
  .description('manage saved baselines: one folder per hardware fingerprint, the current baseline and its history')

storeOptions(
  baseline
    .command('save')
    .description('save a results.json as the current baseline for its hardware; older ones stay in the history')
)
  .argument('<results>', 'results.json to save')
  .option(
    '--commit <sha>',
    'commit the results were measured on (default: the one recorded in results.json, else HEAD)'
  )
  .option('--ref <ref>', 'branch the results belong to (default: the checked-out branch)')
  .option('--run-id <id>', 'a run id to record')
  .action(async (resultsPath: string, options: StoreFlags & { commit?: string; ref?: string; runId?: string }) => {
    const git = localGitInfo(process.cwd())
    finish(
      await baselineSaveCommand({
        store: storeOf(options),
        resultsPath,
        commitSha: options.commit ?? null,
        checkoutCommitSha: git.commitSha,
        ref: options.ref ?? git.ref,
        runId: options.runId ?? null
      })
    )
  })

storeOptions(baseline.command('show').description("show the baseline this machine's runs are compared with"))
  .addOption(sysfsRoot)
  .option('--fingerprint <id>', "hardware fingerprint (default: this machine's)")
  .option('--on <branch>', 'the newest saved from this branch (default: the newest saved)')
  .option('--json', 'the record as JSON')
  .action(async (options: StoreFlags & { sysfsRoot: string; fingerprint?: string; on?: string; json?: boolean }) => {
    const fingerprint =
      options.fingerprint ?? detect(buildConfig(toRaw({ sysfsRoot: options.sysfsRoot }))).topology.fingerprint
    finish(
      await baselineShowCommand({
        store: storeOf(options),
        fingerprint,
        branch: options.on ?? null,
        json: options.json
      })
    )
  })

storeOptions(baseline.command('list').description('list every saved baseline, oldest first'))
  .option('--fingerprint <id>', 'only this hardware')
  .option('--json', 'as JSON')
  .action(async (options: StoreFlags & { fingerprint?: string; json?: boolean }) => {
    finish(await baselineListCommand({ store: storeOf(options), fingerprint: options.fingerprint, json: options.json }))
  })

program
  .command('report')
  .description('render results files (one per runner, e.g. a 2-socket and a 4-socket machine) into one Markdown report')
  .argument('<results...>', 'results.json files, one section each')
  .option(
    '--baseline <path>',
    'compare each run with this baseline: a results.json, a saved record or a store directory'
  )
  .option('--out <file>', 'write the report to this file instead of standard output')
  .option('--max-chars <n>', 'cap the document at this many characters, cutting the least important sections first')
  .option('--threshold <fraction>', 'smallest relative change of a median that counts', DEFAULTS.threshold)
  .option('--alpha <p>', 'significance level after Holm correction across cells', DEFAULTS.alpha)
  .action(
    async (
      paths: string[],
      options: { baseline?: string; out?: string; maxChars?: string; threshold: string; alpha: string }
    ) => {
      const config = buildConfig(toRaw({ threshold: options.threshold, alpha: options.alpha }))
      const comparisons = new Map<string, Comparison>()
      if (options.baseline !== undefined) {
        for (const path of paths) {
          comparisons.set(path, await compareWithBaselinePath(options.baseline, readResultsFile(path), config))
        }
      }
      const maxChars = options.maxChars === undefined ? undefined : Number(options.maxChars)
      const report = reportFromFiles(paths, { maxChars, compare: (_results, path) => comparisons.get(path) ?? null })
      if (options.out === undefined) {
        process.stdout.write(report.markdown)
      } else {
        writeFileSync(options.out, report.markdown)
        log(`report: ${options.out}`)
      }
    }
  )

program
  .command('doctor')
  .description('check whether this machine can produce trustworthy numbers, with the fix for each finding')
  .addOption(sysfsRoot)
  .action((options: { sysfsRoot: string }) => {
    process.exitCode = runDoctor(options.sysfsRoot, (line) => process.stdout.write(`${line}\n`))
  })

registerAbCommand(program)
registerHistoryCommand(program)
registerExportCommand(program)
registerC2cCommand(program)
registerCalibrateCommand(program)

program.parseAsync(process.argv).catch((error: unknown) => {
  log(`numa-spsc-bench: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = runSignals?.exitCode() ?? EXIT_ERROR
})
