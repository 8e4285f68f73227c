export { bmfReport, type BmfMetric, type BmfReport } from './bmf.js'
export { gabExports, type GabBenchmark, type GabExport, type GabTool } from './gab.js'
