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
}

export interface RenderOptions {
  /** Longest document to produce. Defaults to DEFAULT_MAX_CHARS. */
  maxChars?: number
  /** Where the uncut report can be read, e.g. "the job summary of run 42 and its report.md artifact". */
  fullReportHint?: string
}

export interface RenderedReport {
  markdown: string
  /** Titles of the sections left out to fit maxChars, in the order they were cut. */
  truncated: string[]
}
