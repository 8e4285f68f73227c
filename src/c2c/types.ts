/** The core-to-core latency map: one cache line bounced between pinned CPUs, one-way nanoseconds per pair. */
import type { PlacementClassName } from '../topology/types.js'

export const C2C_SCHEMA = 'numa-spsc-bench/c2c@1'

/** The action's c2c input: 'auto' maps in scheduled runs only, where the machine, not a pull request, is the question. */
export const C2C_SETTINGS = ['auto', 'true', 'false'] as const
export type C2cSetting = (typeof C2C_SETTINGS)[number]

/** The one JSON line `spsc-bench --mode c2c` prints (native/README.md, "Core-to-core latency"). */
export interface C2cRecord {
  schema: typeof C2C_SCHEMA
  params: {
    mode: 'c2c'
    producerCpu: number
    consumerCpu: number
    /** Node the bounced line is bound to; null: first touch by the initiating (producer) thread. */
    indexNode: number | null
    roundTrips: number
    batches: number
  }
  observed: {
    producerCpus: number[]
    consumerCpus: number[]
    line: { pages: number; nodesBefore: number[]; nodesAfter: number[] }
    producerInvoluntarySwitches: number | null
    consumerInvoluntarySwitches: number | null
  }
  results: { roundTrips: number; elapsedNs: number; oneWayNsMin: number; oneWayNsMedian: number }
  valid: boolean
  invalidReasons: string[]
}

export interface C2cPair {
  /** The CPU that times the round trips. */
  from: number
  to: number
  class: PlacementClassName
  /** The minimum over batches of a batch's time / (2 × round trips): the established one-way figure. Null when not measured. */
  oneWayNs: number | null
  /** The median over the same batches. */
  medianNs: number | null
  valid: boolean
  /** Why the pair is not valid (a mis-placed thread, a driver failure); empty when valid. */
  invalidReasons: string[]
}

export interface C2cMap {
  /** The method in one sentence, so a reader of the JSON alone knows what a number is. */
  method: string
  /** The CPUs of the matrix, in row and column order. */
  cpus: number[]
  pairs: C2cPair[]
  /** cpus × cpus one-way nanoseconds (the pair's minimum, filled on both sides); null where not measured. */
  latencyNs: (number | null)[][]
}

/** One placement class's one-way latency over its valid measured pairs. */
export interface ClassLatency {
  class: PlacementClassName
  pairs: number
  medianNs: number
  minNs: number
  maxNs: number
}
