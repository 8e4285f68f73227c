/** `numa-spsc-bench c2c`: the core-to-core latency map of this machine (src/c2c). */
import type { Command } from 'commander'
import { DEFAULT_C2C_BUDGET_SECONDS, runLatencyMap, type LatencyMap } from '../c2c/stage.js'
import { parseBudget } from '../plan/index.js'
import { parseCpuList, readTopology } from '../topology/index.js'

export function registerC2cCommand(program: Command): void {
  program
    .command('c2c')
    .description('measure one-way cache-line latency between CPU pairs and draw it as a heatmap')
    .option('--cpus <list>', 'CPUs to map, a cpulist such as 0-7,16 (default: every CPU this process may use)')
    .option(
      '--budget <time>',
      'time for the pairs, e.g. 30s, 5m; a stratified sample per class when all do not fit',
      `${DEFAULT_C2C_BUDGET_SECONDS}s`
    )
    .option('--out <dir>', 'where c2c.json and c2c.svg go', 'numa-spsc-bench-results')
    .option('--json', 'print the map as JSON: {method, cpus, pairs: [{from, to, class, oneWayNs, valid}], latencyNs}')
    .option('--seed <n>', 'seed of the pair sample on large machines', '1')
    .option('--sysfs-root <dir>', 'root holding sys/ and proc/', '/')
    .option('--build-dir <dir>', 'where the native driver is built (default: <tmp>/numa-spsc-bench-build)')
    .action(async (options: C2cFlags) => {
      if (!/^\d{1,10}$/.test(options.seed)) throw new Error(`--seed: "${options.seed}" is not a non-negative integer`)
      const result = await runLatencyMap({
        topology: readTopology(options.sysfsRoot),
        cpus: options.cpus === undefined ? null : parseCpuList(options.cpus, '--cpus'),
        budgetSeconds: parseBudget(options.budget),
        seed: Number(options.seed),
        outDir: options.out,
        buildDir: options.buildDir,
        log: (line) => process.stderr.write(`${line}\n`)
      })
      process.stdout.write(options.json ? `${JSON.stringify(result.map)}\n` : renderLatencyText(result))
    })
}

interface C2cFlags {
  cpus?: string
  budget: string
  out: string
  json?: boolean
  seed: string
  sysfsRoot: string
  buildDir?: string
}

/** Per-class medians first (what a reader compares), then where the files are. */
export function renderLatencyText(result: LatencyMap): string {
  const lines = [`One-way core-to-core latency (${result.map.method})`, '']
  lines.push('class            pairs   median ns   min ns   max ns')
  for (const entry of result.classes) {
    lines.push(
      `${entry.class.padEnd(16)} ${String(entry.pairs).padStart(5)} ${entry.medianNs.toFixed(1).padStart(11)} ` +
        `${entry.minNs.toFixed(1).padStart(8)} ${entry.maxNs.toFixed(1).padStart(8)}`
    )
  }
  if (result.classes.length === 0) lines.push('(no valid pair)')
  if (result.skipped > 0)
    lines.push('', `${result.skipped} more pair(s) left out by the budget: a stratified sample per class was measured`)
  if (result.files !== null) lines.push('', `map: ${result.files.json}`, `heatmap: ${result.files.svg}`)
  return `${lines.join('\n')}\n`
}
