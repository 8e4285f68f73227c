/**
 * What one sample (one process launch) costs, so a budget can be turned into repetitions and every sample gets a
 * timeout. A run measures this on the machine first (src/run/pilot.ts): one short sample of each kind of cell plus the
 * bare process start. Without a pilot (`plan --json`, tests) the fixed model below stands in:
 * - startup: fork/exec, mmap + mbind + pre-faulting the ring, two thread creations, move_pages before and after the
 *   timed part. A few tens of milliseconds on a loaded VM; 0.05 s leaves room.
 * - throughput: an SPSC ring with cached peer indices moves tens of millions of 8-byte messages per second even
 *   cross-socket when pinned; 10 M/s is the slow end. Unpinned threads on a busy VM fall far below it (0.2-0.8 M/s
 *   were seen), which is why a run measures instead of trusting this model.
 * - pingpong: one round trip is about 5 one-way line transfers; cross-socket that is around 1 µs on current
 *   parts, and the 2-vCPU VM this was written on measured 1.25 µs p50 between its two CPUs. 500 k round trips per
 *   second (2 µs each) is the slow end.
 * - same-thread: no coherence traffic at all; 50 M/s is far below what one core does.
 * Warm-up messages cost the same as timed ones.
 */
import type { Mode } from '../native/types.js'
import type { Cell } from './types.js'

/** What a pilot tells apart: the implementation, the mode, and whether the kernel or we place the threads. */
export type CostKindFields = Pick<Cell, 'subject' | 'mode' | 'pinned'>

export interface KindCost {
  /** Seconds per process launch of this implementation that do not depend on the message count. */
  startupSeconds: number
  /** Messages (pingpong: round trips) per second, warm-up included. */
  messagesPerSecond: number
}

export interface CostModel {
  /** Seconds per process launch that do not depend on the message count. */
  startupSeconds: number
  /** Conservative messages (pingpong: round trips) per second of each mode. */
  messagesPerSecond: Record<Mode, number>
  /** Measured costs by costKind(cell); a kind not listed falls back to the two fields above. */
  kinds?: Record<string, KindCost>
  /** Where the figures come from: the fixed model, or a pilot measured on this machine. */
  source: 'cost-model' | 'pilot'
}

export const DEFAULT_COST_MODEL: CostModel = {
  startupSeconds: 0.05,
  messagesPerSecond: { throughput: 10_000_000, pingpong: 500_000, 'same-thread': 50_000_000 },
  source: 'cost-model'
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

/** "reference/throughput/unpinned": the key of CostModel.kinds. */
export function costKind(cell: CostKindFields): string {
  return `${cell.subject}/${cell.mode}/${cell.pinned ? 'pinned' : 'unpinned'}`
}

export function sampleSeconds(
  cell: CostKindFields & Pick<Cell, 'messages' | 'warmupMessages'>,
  model: CostModel
): number {
  const measured = model.kinds?.[costKind(cell)]
  const startup = measured?.startupSeconds ?? model.startupSeconds
  const rate = measured?.messagesPerSecond ?? model.messagesPerSecond[cell.mode]
  return startup + (cell.messages + cell.warmupMessages) / rate
}

/** The cell's expected seconds per sample: the planner's figure, or the fixed model's for cells planned without one. */
export function expectedSeconds(cell: CostKindFields & Pick<Cell, 'messages' | 'warmupMessages' | 'expectedSeconds'>) {
  return cell.expectedSeconds ?? sampleSeconds(cell, DEFAULT_COST_MODEL)
}

/**
 * A sample that takes this many times its expected time is hung or starved, not slow: one pilot sample on a shared
 * machine can be several times off, so the margin is wide, and the floor covers a cold page cache or a busy runner
 * stretching a launch that is expected to take milliseconds.
 */
export const TIMEOUT_MULTIPLE = 10
export const TIMEOUT_FLOOR_SECONDS = 10

/** The per-sample timeout: TIMEOUT_FLOOR_SECONDS plus TIMEOUT_MULTIPLE times the cell's expected seconds. */
export function sampleTimeoutMs(
  cell: CostKindFields & Pick<Cell, 'messages' | 'warmupMessages' | 'expectedSeconds'>
): number {
  return Math.ceil(1000 * (TIMEOUT_FLOOR_SECONDS + TIMEOUT_MULTIPLE * expectedSeconds(cell)))
}
