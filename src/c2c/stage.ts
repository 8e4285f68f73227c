/**
 * The latency-map stage as one call for both shells: build (or reuse) the native driver, measure the pairs within the
 * budget, write c2c.json and c2c.svg into the output directory, and hand back the typed map and class figures.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildNative, findNativeSourceDir } from '../native/index.js'
import type { ProcessRunner } from '../run/process.js'
import type { Topology } from '../topology/types.js'
import { writeLatencyMap } from './files.js'
import { latencyByClass } from './matrix.js'
import { measureLatencyMap } from './measure.js'
import { mapCpus } from './plan.js'
import type { C2cMap, C2cSetting, ClassLatency } from './types.js'

/** The action's map budget: all pairs of a small runner, a stratified sample of a large one, in about a minute. */
export const DEFAULT_C2C_BUDGET_SECONDS = 60

/** Whether the action maps latency in this run (C2C_SETTINGS). */
export function latencyMapWanted(setting: C2cSetting, eventName: string): boolean {
  return setting === 'true' || (setting === 'auto' && eventName === 'schedule')
}

export interface LatencyMapOptions {
  topology: Topology
  /** null: every CPU this process may use. */
  cpus: number[] | null
  budgetSeconds: number
  seed: number
  /** Where c2c.json and c2c.svg go; null writes nothing. */
  outDir: string | null
  buildDir?: string
  /** How make and cc run (the action passes its runner that streams into log groups). */
  runner?: ProcessRunner
  signal?: AbortSignal
  log: (line: string) => void
}

export interface LatencyMap {
  map: C2cMap
  classes: ClassLatency[]
  skipped: number
  files: { json: string; svg: string } | null
}

export async function runLatencyMap(options: LatencyMapOptions): Promise<LatencyMap> {
  const cpus = mapCpus(options.topology, options.cpus)
  const native = await buildNative({
    sourceDir: findNativeSourceDir(import.meta.url),
    buildDir: options.buildDir ?? join(tmpdir(), 'numa-spsc-bench-build'),
    runner: options.runner,
    signal: options.signal
  })
  const { map, skipped } = await measureLatencyMap({
    binary: native.binary,
    topology: options.topology,
    cpus,
    budgetSeconds: options.budgetSeconds,
    seed: options.seed,
    signal: options.signal
  })
  const measured = map.pairs.filter((pair) => pair.valid).length
  options.log(
    `c2c: ${measured} of ${map.pairs.length} pair(s) measured and valid` +
      (skipped > 0 ? `; ${skipped} more left out by the budget (a stratified sample per class was measured)` : '')
  )
  for (const pair of map.pairs.filter((entry) => !entry.valid)) {
    options.log(`c2c: pair ${pair.from}>${pair.to} not used: ${pair.invalidReasons.join('; ')}`)
  }
  const files = options.outDir === null ? null : writeLatencyMap(options.outDir, map)
  return { map, classes: latencyByClass(map), skipped, files }
}
