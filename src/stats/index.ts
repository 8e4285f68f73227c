export * from './types.js'
export { bootstrapRatioCi, type BootstrapOptions } from './bootstrap.js'
export { MIN_VALID_SAMPLES } from './comparable.js'
export { compareResults, MIN_SPREAD_RUNS, noBaselineComparison, type CompareOptions } from './compare.js'
export { normalSf } from './distribution.js'
export { comparePaired, MIN_PAIRS, type PairedOptions } from './paired.js'
export {
  cellMedians,
  classMedians,
  numaFigures,
  settingMedians,
  type CellMedian,
  type ClassMedian,
  type SettingMedian
} from './figures.js'
export { EXACT_LIMIT, holm, mannWhitneyU, smallestPossibleP, type MannWhitneyResult } from './mann-whitney.js'
export { cellMetricValues, COMPARED_METRICS, FIGURE_METRIC, type CellValues, type MetricDefinition } from './metrics.js'
export { hashSeed } from '../common/random.js'
export { runToRunSpread } from './spread.js'
export { CONFIDENCE, median, medianCiRanks, summarize } from './summary.js'
export {
  classChanges,
  combineComparisons,
  combineVerdicts,
  VERDICT_ORDER,
  type ClassChange,
  type CombinedVerdict
} from './verdict.js'
export {
  hodgesLehmann,
  wilcoxonSignedRank,
  type HodgesLehmann,
  type WilcoxonMethod,
  type WilcoxonResult
} from './wilcoxon.js'
