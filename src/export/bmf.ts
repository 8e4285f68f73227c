/**
 * Bencher Metric Format (https://bencher.dev/docs/reference/bencher-metric-format): an object of benchmarks, each an
 * object of measures, each { value, lower_value, upper_value }. A benchmark is a cell (its key); the measures are
 * Bencher's built-in "throughput" (operations per second) and "latency" (nanoseconds) for the RTT median, and a
 * "latency-p99" measure that Bencher creates by name.
 */
import type { BaselineRecord } from '../baseline/types.js'
import { measurementsOf } from './measurements.js'

export interface BmfMetric {
  value: number
  lower_value?: number
  upper_value?: number
}

export type BmfReport = Record<string, Record<string, BmfMetric>>

const BMF_MEASURES: Readonly<Record<string, string>> = {
  messagesPerSecond: 'throughput',
  'rttNs.p50': 'latency',
  'rttNs.p99': 'latency-p99'
}

export function bmfReport(record: BaselineRecord): BmfReport {
  const report: BmfReport = {}
  for (const { cell, metric, summary } of measurementsOf(record)) {
    const measure = BMF_MEASURES[metric.name] ?? metric.name
    report[cell.key] = {
      ...report[cell.key],
      [measure]: { value: summary.median, lower_value: summary.ci[0], upper_value: summary.ci[1] }
    }
  }
  return report
}
