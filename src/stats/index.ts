export * from './types.js'
export { bootstrapRatioCi, type BootstrapOptions } from './bootstrap.js'
export { compareResults, MIN_VALID_SAMPLES, noBaselineComparison, type CompareOptions } from './compare.js'
export { normalSf } from './distribution.js'
export { canonicalSettings, numaFigures } from './figures.js'
export {
  EXACT_LIMIT,
  holm,
  mannWhitneyU,
  smallestPossibleP,
  type MannWhitneyResult
} from './mann-whitney.js'
export { cellMetricValues, COMPARED_METRICS, FIGURE_METRIC, type CellValues, type MetricDefinition } from './metrics.js'
export { hashSeed } from './random.js'
export { runToRunSpread, type RunToRunSpread } from './spread.js'
export { CONFIDENCE, median, medianCiRanks, summarize } from './summary.js'
