import type { NativeRecord } from '../native/types.js'
import type { Cell, Plan } from '../plan/types.js'
import type { Topology } from '../topology/types.js'

export const RESULTS_SCHEMA_VERSION = 1

/** One process launch of one cell. */
export interface Sample {
  repetition: number
  /** Position in the interleaved run order. */
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
}
