export { buildMap, latencyByClass, C2C_METHOD } from './matrix.js'
export { mapCpus, planPairs, type PairPlan, type PlannedPair } from './plan.js'
export {
  measureLatencyMap,
  DEFAULT_BATCHES,
  DEFAULT_ROUND_TRIPS,
  type MapOptions,
  type MeasuredMap
} from './measure.js'
export { parseC2cLine } from './parse.js'
export { renderHeatmapSvg } from './svg.js'
export {
  runLatencyMap,
  latencyMapWanted,
  DEFAULT_C2C_BUDGET_SECONDS,
  type LatencyMap,
  type LatencyMapOptions
} from './stage.js'
export { writeLatencyMap, C2C_JSON_FILE_NAME, C2C_SVG_FILE_NAME } from './files.js'
export * from './types.js'
