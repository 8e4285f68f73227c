export * from './types.js'
export { bootstrapRatioCi, DEFAULT_RESAMPLES, type BootstrapOptions } from './bootstrap.js'
export { compareResults, MIN_VALID_SAMPLES, noBaselineComparison, type CompareOptions } from './compare.js'
export { binomialHalfCdfs, erfc, normalSf } from './distribution.js'
export { LOCAL_CLASSES, numaFigures } from './figures.js'
export {
  EXACT_LIMIT,
  holm,
  mannWhitneyAsymptoticP,
  mannWhitneyExactP,
  mannWhitneyU,
  smallestPossibleP,
  type MannWhitneyResult
} from './mann-whitney.js'
export { cellMetricValues, COMPARED_METRICS, FIGURE_METRIC, type CellValues, type MetricDefinition } from './metrics.js'
export { hashSeed } from './random.js'
export { runToRunSpread, type RunToRunSpread } from './spread.js'
export { CONFIDENCE, median, medianCiRanks, summarize } from './summary.js'
