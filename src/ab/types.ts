import type { Mode } from '../native/types.js'
import type { Variant } from '../plan/types.js'
import type { CellComparison, Comparison } from '../stats/types.js'
import type { PlacementClassName } from '../topology/types.js'

/** One side of an A/B run: how it is built (once, before measuring) and the subject command run per sample. */
export interface VariantSpec {
  /** argv of the subject command (docs/subject-protocol.md); no shell is involved. */
  command: string[]
  /** argv of the build, run once in `cwd` before anything is measured; null: nothing to build. */
  build: string[] | null
  /** Directory the build and every sample run in. */
  cwd: string
}

export interface AbOptions {
  base: VariantSpec
  head: VariantSpec
  budgetSeconds: number
  /** Empty: every class the runner has. */
  classes: PlacementClassName[]
  paddings: number[]
  modes: Mode[]
  seed: number
  /** Also measure the reference ring's cells, as context for the report (they take part in no A/B pair). */
  withReference: boolean
  alpha: number
  threshold: number
  /** Timed messages per sample in every mode; null: the planner's default per mode. */
  messages: number | null
}

/** One row of `ab --json`: a cell metric, head against base. */
export interface AbCellJson {
  key: string
  metric: CellComparison['metric']
  direction: CellComparison['direction']
  baseMedian: number | null
  headMedian: number | null
  /** head / base: the Hodges-Lehmann estimate of the paired ratios. */
  ratio: number | null
  ratioCi: [number, number] | null
  pValue: number | null
  adjustedP: number | null
  verdict: CellComparison['verdict']
  reason: string | null
}

/** What `ab --json` prints (and comparison.json's summary): the verdict and one row per cell metric. */
export interface AbJson {
  verdict: Comparison['verdict']
  reason: string | null
  alpha: number
  threshold: number
  /** Blocks taken: each gives at most one base/head pair per cell. */
  blocks: number
  cells: AbCellJson[]
}

/** The build of one variant failed: names the variant and keeps the end of what the build wrote. */
export class VariantBuildError extends Error {
  override name = 'VariantBuildError'
  constructor(
    readonly variant: Variant,
    message: string
  ) {
    super(message)
  }
}
