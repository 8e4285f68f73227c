import type { NativeRecord } from '../native/types.js'
import type { Cell, Plan } from '../plan/types.js'
import type { Topology } from '../topology/types.js'

/** 2: samples carry their block, cells their A/B variant, the run what a deadline left out. Version 1 still reads. */
export const RESULTS_SCHEMA_VERSION = 2

/** One process launch of one cell. */
export interface Sample {
  /** 0-based block: one block holds one sample of every (cell, variant), in its own seeded random order. */
  block: number
  /** Position in the run order (0-based, over the whole run). */
  order: number
  valid: boolean
  /** Why the sample cannot be used: the driver's own reasons, a crash, a timeout, unparseable output. */
  invalidReasons: string[]
  /** The parsed driver line, or null when none could be read. */
  record: NativeRecord | null
}

export interface CellResult {
  cell: Cell
  samples: Sample[]
}

/** What moves numbers, recorded once per run. */
export interface Environment {
  hostname: string
  kernel: string
  cpuModel: string | null
  virtualized: boolean
  governor: string | null
  numaBalancing: string | null
  transparentHugepages: string | null
  compiler: string | null
  compilerFlags: string | null
  loadAverageStart: number[]
  loadAverageEnd: number[]
  /** Commit of the code under test, when the run happens in a git checkout. */
  gitCommit: string | null
  startedAt: string
  finishedAt: string
}

export interface ResultsFile {
  schemaVersion: typeof RESULTS_SCHEMA_VERSION
  tool: { name: 'numa-spsc-bench'; version: string }
  topology: Topology
  plan: Plan
  environment: Environment
  cells: CellResult[]
  /** True when the run was stopped (Ctrl-C, deadline) before every sample was taken. */
  interrupted: boolean
  /** What the run left out of its plan and why; null when every planned block was taken. */
  stoppedEarly: StoppedEarly | null
  /** How long the run took against its budget; absent in results written before it was recorded. */
  timing?: RunTiming
}

/** Maintainers size job timeouts from these: the budget promised, the plan's estimate, and what it took. */
export interface RunTiming {
  budgetSeconds: number
  /** The plan's estimate: the pilot plus the planned samples. */
  estimatedSeconds: number
  /** Wall time of the measuring part: the pilot and the samples. */
  actualSeconds: number
  /** Wall time of the builds before it (native driver, subject), outside the budget. */
  buildSeconds: number
}

/** A run stops only between blocks, so every cell keeps the same number of samples. */
export interface StoppedEarly {
  reason: 'deadline' | 'interrupted'
  /** In words, e.g. "the next block needs about 4.2 s, 3.1 s were left before the deadline". */
  detail: string
  blocksPlanned: number
  blocksTaken: number
  /** Samples of the planned blocks never started. */
  samplesLeftOut: number
  /** Samples of a block cut short, measured and then dropped so that every cell has the same blocks. */
  samplesDropped: number
}
