import type { Mode, RunResults } from '../native/types.js'
import type { CellResult } from '../run/types.js'
import type { Direction, MetricName } from './types.js'

export interface MetricDefinition {
  /** As it appears in CellComparison.metric and NumaFigure.metric. */
  name: MetricName
  direction: Direction
  read(results: RunResults): number | null
}

const MESSAGES_PER_SECOND: MetricDefinition = {
  name: 'messagesPerSecond',
  direction: 'higher-is-better',
  read: (results) => results.messagesPerSecond
}
const RTT_P50: MetricDefinition = {
  name: 'rttNs.p50',
  direction: 'lower-is-better',
  read: (results) => results.rttNs?.p50 ?? null
}
const RTT_P99: MetricDefinition = {
  name: 'rttNs.p99',
  direction: 'lower-is-better',
  read: (results) => results.rttNs?.p99 ?? null
}

/** What each mode is judged by in a comparison: throughput for the streaming modes, the RTT median and tail for pingpong. */
export const COMPARED_METRICS: Readonly<Record<Mode, readonly MetricDefinition[]>> = {
  throughput: [MESSAGES_PER_SECOND],
  'same-thread': [MESSAGES_PER_SECOND],
  pingpong: [RTT_P50, RTT_P99]
}

/** The one metric per mode the NUMA figures are drawn from ("costs X % throughput; RTT ×k"). */
export const FIGURE_METRIC: Readonly<Record<Mode, MetricDefinition>> = {
  throughput: MESSAGES_PER_SECOND,
  'same-thread': MESSAGES_PER_SECOND,
  pingpong: RTT_P50
}

export interface CellValues {
  /** The metric of every usable sample, in run order. */
  values: number[]
  /** Samples that could not be used. */
  unusable: number
  /** Distinct reasons they could not be used, in the order first met. */
  reasons: string[]
}

/**
 * The usable values of one metric of one cell. A sample counts only when the runner marked it valid, it has a record,
 * and the metric is a positive finite number (a ratio of medians needs positive values).
 */
export function cellMetricValues(result: CellResult, metric: MetricDefinition): CellValues {
  const values: number[] = []
  const reasons = new Set<string>()
  let unusable = 0
  for (const sample of result.samples) {
    const value = sample.valid && sample.record !== null ? metric.read(sample.record.results) : null
    if (value !== null && Number.isFinite(value) && value > 0) {
      values.push(value)
      continue
    }
    unusable++
    if (!sample.valid) {
      for (const reason of sample.invalidReasons.length > 0 ? sample.invalidReasons : ['marked invalid'])
        reasons.add(reason)
    } else if (sample.record === null) {
      reasons.add('no driver record')
    } else {
      reasons.add(`${metric.name} is ${value === null ? 'missing' : value}`)
    }
  }
  return { values, unusable, reasons: [...reasons] }
}
