/**
 * One JSON line printed by a benchmark driver (native/build/spsc-bench, native/build/nim-spsc-bench or a user's
 * subject). native/README.md documents the same format for people writing their own subject.
 */

export const NATIVE_SCHEMA = 'numa-spsc-bench/run@1'

export const MODES = ['throughput', 'pingpong', 'same-thread'] as const
export type Mode = (typeof MODES)[number]

export const RING_KINDS = ['reference', 'batched'] as const
export type RingKind = (typeof RING_KINDS)[number]

export interface RunParams {
  mode: Mode
  /** null when unpinned. */
  producerCpu: number | null
  consumerCpu: number | null
  /** null when the memory policy was left to the kernel (first touch). */
  slotsNode: number | null
  indexNode: number | null
  /** Bytes between the producer's and the consumer's hot fields; null when the implementation has no such knob. */
  padding: number | null
  capacity: number
  payload: number
  messages: number
  warmupMessages: number
  /** The C driver's ring: the reference, or the batched ring that publishes its index every `batch` messages. Absent for subjects. */
  ring?: RingKind
  /** Messages per published index of the batched ring; null for the reference. */
  batch?: number | null
  /** Spin iterations of arithmetic the producer did per message inside the timed part (an injected slowdown). */
  extraWork?: number
}

export interface PageNodes {
  pages: number
  /** Distinct nodes the pages were on, from move_pages, before the timed run and after it. */
  nodesBefore: number[]
  nodesAfter: number[]
}

export interface Observed {
  /** Distinct CPUs each thread was seen on (sched_getcpu at start, periodically and at the end). */
  producerCpus: number[]
  consumerCpus: number[]
  slots: PageNodes | null
  indices: PageNodes | null
  producerInvoluntarySwitches: number | null
  consumerInvoluntarySwitches: number | null
}

export interface LatencyPercentiles {
  p50: number
  p90: number
  p99: number
  p999: number
  max: number
}

export interface RunResults {
  /** Messages moved in the timed part, each counted once. */
  messages: number
  elapsedNs: number
  /** throughput and same-thread modes; null in pingpong. */
  messagesPerSecond: number | null
  /** pingpong only: round-trip latency from per-message samples. */
  rttNs: LatencyPercentiles | null
}

/** One thread's counts over the timed part, keyed by event name (src/native/counters.ts says what each counts). */
export type ThreadCounts = Record<string, number>

export interface PerfCounters {
  /** The generic events (PERF_COUNT_HW_*) summed over both threads; null unless both threads counted them. */
  cycles: number | null
  instructions: number | null
  /** PERF_COUNT_HW_CACHE_MISSES: on AMD Zen an L2-miss event, on Intel L3 misses (src/native/counters.ts). */
  llcMisses: number | null
  /** Why some or all counters are missing (e.g. "perf_event_open(cycles): No such file or directory"), or null. */
  unavailableReason: string | null
  /** Per thread, by event name; null when that thread counted nothing. Absent in records from older drivers. */
  producer?: ThreadCounts | null
  /** null in same-thread mode (one thread: see producer). */
  consumer?: ThreadCounts | null
}

export interface NativeRecord {
  schema: typeof NATIVE_SCHEMA
  /** "reference" for the C ring, or the subject's own name, e.g. "nimsync". */
  implementation: string
  params: RunParams
  observed: Observed
  results: RunResults
  perf: PerfCounters
  valid: boolean
  invalidReasons: string[]
}
