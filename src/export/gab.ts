/**
 * github-action-benchmark's custom tools (https://github.com/benchmark-action/github-action-benchmark, "Examples" for
 * customBiggerIsBetter / customSmallerIsBetter; the shape is BenchmarkResult in its src/extract.ts): a JSON array of
 * { name, value, unit, range?, extra? }. The tool is chosen per file, so throughput (bigger is better) and round-trip
 * times (smaller is better) go to separate files.
 */
import type { BaselineRecord } from '../baseline/types.js'
import { measurementsOf, unitOf } from './measurements.js'

export interface GabBenchmark {
  name: string
  value: number
  unit: string
  range?: string
  extra?: string
}

export type GabTool = 'customBiggerIsBetter' | 'customSmallerIsBetter'

export interface GabExport {
  tool: GabTool
  benchmarks: GabBenchmark[]
}

function rounded(value: number): string {
  return Number(value.toPrecision(4)).toString()
}

/** One array per tool that has any benchmark, bigger-is-better first. */
export function gabExports(record: BaselineRecord): GabExport[] {
  const byTool: Record<GabTool, GabBenchmark[]> = { customBiggerIsBetter: [], customSmallerIsBetter: [] }
  const commit = record.commitSha === null ? 'commit unknown' : `commit ${record.commitSha.slice(0, 12)}`
  for (const { cell, metric, summary } of measurementsOf(record)) {
    const tool = metric.direction === 'higher-is-better' ? 'customBiggerIsBetter' : 'customSmallerIsBetter'
    byTool[tool].push({
      name: `${cell.key} ${metric.name}`,
      value: summary.median,
      unit: unitOf(metric),
      range: `95% CI ${rounded(summary.ci[0])} to ${rounded(summary.ci[1])}`,
      extra: `median of ${summary.n} samples; ${commit}, saved ${record.savedAt}`
    })
  }
  return (Object.entries(byTool) as [GabTool, GabBenchmark[]][])
    .filter(([, benchmarks]) => benchmarks.length > 0)
    .map(([tool, benchmarks]) => ({ tool, benchmarks }))
}
