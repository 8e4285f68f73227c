import type { Mode } from '../native/types.js'
import type { Cell, MemoryHome, SubjectKind } from '../plan/types.js'
import type { CpuPair, PlacementClassName } from '../topology/types.js'

/** What a comparison or figure measures: the driver's field, named as in its record. */
export type MetricName = 'messagesPerSecond' | 'rttNs.p50' | 'rttNs.p99'

/** Verdict of one cell, baseline against current. */
export type CellVerdict = 'regression' | 'improvement' | 'no-change' | 'inconclusive'
/** Verdict of a whole comparison. */
export type Verdict = CellVerdict | 'no-baseline'

export type Direction = 'higher-is-better' | 'lower-is-better'

export interface Summary {
  n: number
  median: number
  /** 95 % confidence interval of the median. */
  ci: [number, number]
}

/** How far one cell metric's whole-run median wandered across the baseline history, and over how many runs. */
export interface RunToRunSpread {
  /** Largest |run median / median of the run medians − 1|, e.g. 0.081 for ±8.1 %. */
  spread: number
  /** History runs it was measured over (at least 2). */
  runs: number
}

export interface CellComparison {
  /** Cell key joined with the metric, e.g. "reference|throughput|…#messagesPerSecond". */
  key: string
  cellKey: string
  /** The measured configuration (the current run's, else the baseline's), so readers need not parse the key. */
  cell: Cell
  metric: MetricName
  direction: Direction
  baseline: Summary | null
  current: Summary | null
  /**
   * current median / baseline median; in a same-run A/B, the Hodges-Lehmann estimate of the head / base ratio (the
   * exponential of the median of the Walsh averages of the paired log ratios).
   */
  ratio: number | null
  ratioCi: [number, number] | null
  pValue: number | null
  /** Holm-adjusted p-value across the cells of the comparison. */
  adjustedP: number | null
  /** How far whole baseline runs' medians wandered for this cell metric (0.081 for ±8.1 %); null when unknown. */
  runToRunSpread: number | null
  verdict: CellVerdict
  /** Why a cell is inconclusive, in words. */
  reason?: string
}

export interface Comparison {
  /**
   * How base and current were measured: 'same-run-ab' pairs the base and head variants of one run block by block
   * (comparePaired); 'stored-baseline' holds this run against a run stored earlier (compareResults).
   */
  method: 'same-run-ab' | 'stored-baseline'
  verdict: Verdict
  alpha: number
  /** Minimum relative change that counts, e.g. 0.05 for 5 %. */
  threshold: number
  /** Which baseline was used, in words ("merge-base abc123", "newest on main", …). */
  baselineSource: string | null
  /** Why nothing was compared, in words; set with verdict 'no-baseline' (e.g. a different topology fingerprint). */
  reason?: string
  /**
   * How many baseline runs the run-to-run spread came from (the most for any cell metric); null or absent when no spread
   * was known (fewer than 2 baseline runs, or none asked for). Optional so comparisons written before it still read.
   */
  runToRunSpreadRuns?: number | null
  /** same-run-ab: how many blocks the run took (each block gives at most one pair per cell). */
  blocks?: number
  /** stored-baseline: how many stored runs of this hardware the history held, the baseline included. */
  baselineRuns?: number
  cells: CellComparison[]
  regressions: number
  improvements: number
}

/** What a NUMA figure varies: the class, padding, pinning, memory home, or the implementation (against the reference). */
export type FigureKind = 'class' | 'padding' | 'pinning' | 'memory-home' | 'implementation'

/** One group of pooled cells of a NUMA figure: everything its cells share. */
export interface FigureSide {
  implementation: SubjectKind
  /** The placement class of the pooled pairs, or "unpinned". */
  placementClass: PlacementClassName | 'unpinned'
  pinned: boolean
  padding: number
  memoryHome: MemoryHome
  /** The CPU pairs pooled, as [producer, consumer]; empty when unpinned. */
  cpuPairs: CpuPair[]
}

/**
 * One NUMA figure from a single run: a group of cells (the `subject` side: the compared class, padding, pinning, memory
 * home or implementation) against a reference group (the `reference` side: the canonical one, or the reference ring).
 */
export interface NumaFigure {
  kind: FigureKind
  /** For people only ("cross-package vs same-l3"); code reads `sides`, never this. */
  label: string
  /** throughput and same-thread both measure messagesPerSecond; the mode tells them apart. */
  mode: Mode
  /**
   * Which implementation's cells were compared; for 'implementation' figures the one set against the reference ring
   * ('batched' or 'subject'), whose cells are the subject side.
   */
  implementation: SubjectKind
  metric: MetricName
  direction: Direction
  sides: { reference: FigureSide; subject: FigureSide }
  reference: Summary
  subject: Summary
  /** subject / reference medians with a bootstrap 95 % CI; always finite and positive (finiteRatio). */
  ratio: number
  ratioCi: [number, number]
  /** Mann-Whitney p-value of the two groups, and Holm-adjusted across every figure of the run (as the gate does). */
  pValue: number
  adjustedP: number
}
