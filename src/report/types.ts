import type { TrendSeries } from '../baseline/series.js'
import type { ClassLatency } from '../c2c/types.js'
import type { ResultsFile } from '../run/types.js'
import type { Comparison, NumaFigure } from '../stats/types.js'

/** One runner's results with what the later stages made of them; one section of the report each. */
export interface MachineReport {
  /** Shown in the section heading, e.g. the results file's path or the matrix job's name. Escaped when rendered. */
  label: string
  results: ResultsFile
  /** null when nothing was compared (no baseline store, or the `report` command without one). */
  comparison: Comparison | null
  figures: NumaFigure[]
  /** How often this runner's A/A rounds raised a false alarm, and how often it caught a planted change (calibrate). */
  calibration?: Calibration
  /** This machine's stored history, per series, with its change points; rendered in a collapsed section when given. */
  trend?: TrendSeries[]
  /** The core-to-core latency map's per-class one-way figures (c2c's latencyByClass), when the run mapped latency. */
  latencyMap?: ClassLatency[]
}

/** What `calibrate` measured on this runner: A/A rounds for false alarms, rounds with a planted change for power. */
export interface Calibration {
  /** A/A rounds (identical base and head) that reported a regression or an improvement. */
  falseAlarms: number
  rounds: number
  /** Rounds with a planted change that reported it. */
  detected: number
  injectedRounds: number
  /** The planted change as measured, a fraction (0.1 or -0.1 for 10 %); the report shows its size. */
  injectedChange: number
}

export interface RenderOptions {
  /** Longest document to produce. Defaults to DEFAULT_MAX_CHARS. */
  maxChars?: number
  /** Where the uncut report can be read, e.g. "the job summary of run 42 and its report.md artifact". */
  fullReportHint?: string
  /** The workflow run and the commit the report is about, linked from the first line. */
  links?: { run?: string; commit?: string }
}

export interface RenderedReport {
  markdown: string
  /** Titles of the sections left out to fit maxChars, in the order they were cut. */
  truncated: string[]
}
