/**
 * Runs the map: one driver process per planned pair (`spsc-bench --mode c2c`), one after another so no two pairs
 * share the machine, each with its own timeout; the placement proof of each line decides whether its pair counts.
 */
import { NativeOutputError } from '../native/index.js'
import { launch, type Outcome } from '../run/launch.js'
import type { Topology } from '../topology/types.js'
import { parseC2cLine } from './parse.js'
import { buildMap } from './matrix.js'
import { planPairs, type PlannedPair } from './plan.js'
import type { C2cMap, C2cPair } from './types.js'

/** nviennot's defaults: 1000 round trips per batch, 300 batches (about 0.1 to 0.6 s per pair, process start included). */
export const DEFAULT_ROUND_TRIPS = 1000
export const DEFAULT_BATCHES = 300
/** What one pair is budgeted at when planning: process start, 301 batches of 1000 round trips at up to ~1 µs. */
const SECONDS_PER_PAIR = 0.5
const PAIR_TIMEOUT_MS = 30_000

export type Launcher = (argv: string[], timeoutMs: number, signal?: AbortSignal) => Promise<Outcome>

export interface MapOptions {
  binary: string
  topology: Topology
  cpus: number[]
  budgetSeconds: number
  seed: number
  roundTrips?: number
  batches?: number
  signal?: AbortSignal
  /** How a pair's process is started; default run/launch.ts (own process group, child environment). */
  launcher?: Launcher
  onPair?: (pair: C2cPair, done: number, total: number) => void
}

export interface MeasuredMap {
  map: C2cMap
  /** Unordered pairs the budget left out (a stratified sample was measured instead). */
  skipped: number
}

export async function measureLatencyMap(options: MapOptions): Promise<MeasuredMap> {
  const maxPairs = Math.max(1, Math.floor(options.budgetSeconds / SECONDS_PER_PAIR))
  const plan = planPairs(options.topology, options.cpus, maxPairs, options.seed)
  const launcher = options.launcher ?? ((argv, timeoutMs, signal) => launch(argv, {}, timeoutMs, signal))
  const pairs: C2cPair[] = []
  for (const planned of plan.pairs) {
    if (options.signal?.aborted) break
    const pair = await measurePair(planned, options, launcher)
    pairs.push(pair)
    options.onPair?.(pair, pairs.length, plan.pairs.length)
  }
  return { map: buildMap(options.cpus, pairs), skipped: plan.skipped }
}

async function measurePair(planned: PlannedPair, options: MapOptions, launcher: Launcher): Promise<C2cPair> {
  const argv = [
    options.binary,
    '--mode',
    'c2c',
    '--producer-cpu',
    String(planned.from),
    '--consumer-cpu',
    String(planned.to),
    '--round-trips',
    String(options.roundTrips ?? DEFAULT_ROUND_TRIPS),
    '--batches',
    String(options.batches ?? DEFAULT_BATCHES)
  ]
  const failed = (reason: string): C2cPair => ({
    ...planned,
    oneWayNs: null,
    medianNs: null,
    valid: false,
    invalidReasons: [reason]
  })
  const outcome = await launcher(argv, PAIR_TIMEOUT_MS, options.signal)
  if (outcome.exitCode !== 0) {
    const how = outcome.timedOut
      ? `timed out after ${PAIR_TIMEOUT_MS / 1000} s`
      : (outcome.spawnError ?? `exited with ${outcome.exitCode ?? outcome.signal}`)
    return failed(`spsc-bench --mode c2c ${planned.from} ${planned.to}: ${how}: ${outcome.stderrTail}`.trim())
  }
  try {
    const record = parseC2cLine(outcome.stdout.trim())
    return {
      ...planned,
      oneWayNs: record.results.oneWayNsMin,
      medianNs: record.results.oneWayNsMedian,
      valid: record.valid,
      invalidReasons: record.invalidReasons
    }
  } catch (error) {
    if (error instanceof NativeOutputError) return failed(error.message)
    throw error
  }
}
