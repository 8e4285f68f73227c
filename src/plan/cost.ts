/**
 * What one sample (one process launch) is expected to cost, so a budget can be turned into repetitions before anything
 * runs. The figures are deliberately pessimistic lower bounds on speed, so the estimate is an upper bound on time:
 * - startup: fork/exec, mmap + mbind + pre-faulting the ring, two thread creations, move_pages before and after the
 *   timed part. A few tens of milliseconds on a loaded VM; 0.05 s leaves room.
 * - throughput: an SPSC ring with cached peer indices moves tens of millions of 8-byte messages per second even
 *   cross-socket; 10 M/s is the slow end (re-reading the peer's index every operation, or a busy VM).
 * - pingpong: one round trip is about 5 one-way line transfers; cross-socket that is around 1 µs on current
 *   parts, and the 2-vCPU VM this was written on measured 1.25 µs p50 between its two CPUs. 500 k round trips per
 *   second (2 µs each) is the slow end; slower (unpinned threads on an oversubscribed VM) is what the timeout is for.
 * - same-thread: no coherence traffic at all; 50 M/s is far below what one core does.
 * Warm-up messages cost the same as timed ones.
 */
import type { Mode } from '../native/types.js'
import type { Cell } from './types.js'

export interface CostModel {
  /** Seconds per process launch that do not depend on the message count. */
  startupSeconds: number
  /** Conservative messages (pingpong: round trips) per second of each mode. */
  messagesPerSecond: Record<Mode, number>
}

export const DEFAULT_COST_MODEL: CostModel = {
  startupSeconds: 0.05,
  messagesPerSecond: { throughput: 10_000_000, pingpong: 500_000, 'same-thread': 50_000_000 }
}

/**
 * Default message counts: each mode's timed part lasts 0.1-0.2 s at the rates above (the VM measured 20 M/s,
 * 1.25 µs and 114 M/s: about 0.05, 0.13 and 0.04 s), long enough to cover many scheduler ticks and short enough
 * that a one-minute budget still holds a useful matrix.
 */
export const DEFAULT_MESSAGES: Record<Mode, number> = {
  throughput: 1_000_000,
  pingpong: 100_000,
  'same-thread': 5_000_000
}

/** Warm-up is a fifth of the timed messages: caches, TLB and the branch predictors settle, the page faults are done. */
export const WARMUP_FRACTION = 0.2

export function sampleSeconds(cell: Pick<Cell, 'mode' | 'messages' | 'warmupMessages'>, model: CostModel): number {
  return model.startupSeconds + (cell.messages + cell.warmupMessages) / model.messagesPerSecond[cell.mode]
}

/**
 * A per-sample timeout that only fires on a hung process: twenty times the pessimistic estimate, and never less
 * than 30 s (a cold page cache or a busy runner can stretch a launch far beyond its usual cost).
 */
export function defaultTimeoutMs(
  cell: Pick<Cell, 'mode' | 'messages' | 'warmupMessages'>,
  model = DEFAULT_COST_MODEL
): number {
  return Math.max(30_000, Math.ceil(20 * sampleSeconds(cell, model) * 1000))
}
