/** How numbers read in the report: rates in M/s, times in ns/µs, changes in % with their CI. */
import type { Direction, MetricName, Summary } from '../stats/types.js'

export type MetricKind = 'throughput' | 'rtt-p50' | 'rtt-p99'

/** Which quantity a stats metric measures. */
export function metricKind(metric: MetricName): MetricKind {
  switch (metric) {
    case 'messagesPerSecond':
      return 'throughput'
    case 'rttNs.p50':
      return 'rtt-p50'
    case 'rttNs.p99':
      return 'rtt-p99'
  }
}

const METRIC_NAMES: Record<MetricKind, string> = {
  throughput: 'throughput',
  'rtt-p50': 'RTT p50',
  'rtt-p99': 'RTT p99'
}

export function metricName(metric: MetricName): string {
  return METRIC_NAMES[metricKind(metric)]
}

/**
 * The report's one minus sign is ASCII's: the statistics' reasons, Mermaid labels and the action's outputs all use it,
 * and a second sign (U+2212) beside it reads as two different things.
 */
const MINUS = '-'

interface Scale {
  divisor: number
  unit: string
  digits: number
}

/** The unit a value reads best in; a median and its CI share the median's scale. */
function scaleFor(metric: MetricName, value: number): Scale {
  const magnitude = Math.abs(value)
  if (metricKind(metric) === 'throughput') {
    if (magnitude >= 1e9) return { divisor: 1e9, unit: ' G/s', digits: 2 }
    if (magnitude >= 1e6) return { divisor: 1e6, unit: ' M/s', digits: 1 }
    if (magnitude >= 1e3) return { divisor: 1e3, unit: ' k/s', digits: 1 }
    return { divisor: 1, unit: ' /s', digits: 0 }
  }
  if (magnitude >= 1e6) return { divisor: 1e6, unit: ' ms', digits: 2 }
  if (magnitude >= 1e3) return { divisor: 1e3, unit: ' µs', digits: 2 }
  return { divisor: 1, unit: ' ns', digits: 0 }
}

/** A value of the metric with its unit: "12.3 M/s", "840 ns". */
export function formatValue(metric: MetricName, value: number): string {
  const scale = scaleFor(metric, value)
  return `${(value / scale.divisor).toFixed(scale.digits)}${scale.unit}`
}

/** "12.3 M/s [11.9 M/s, 12.8 M/s]": the median and its 95 % CI, each bound in its own unit, or "–" without samples. */
export function formatSummary(metric: MetricName, summary: Summary | null): string {
  if (summary === null || summary.n === 0) return '–'
  const [low, high] = summary.ci.map((bound) => formatValue(metric, bound))
  return `${formatValue(metric, summary.median)} [${low}, ${high}]`
}

/** A signed percentage: "-38 %", "+4.2 %". */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100
  const magnitude = Math.abs(percent)
  const digits = magnitude >= 10 ? 0 : 1
  const text = magnitude.toFixed(digits)
  if (Number(text) === 0) return '0 %'
  return `${percent < 0 ? MINUS : '+'}${text} %`
}

function signedPercent(percent: number, digits: number): string {
  const text = Math.abs(percent).toFixed(digits)
  if (Number(text) === 0) return '0 %'
  return `${percent < 0 ? MINUS : '+'}${text} %`
}

/** A ratio as a change, optionally naming what changed: "-38 % [-41 %, -35 %]", "-38 % throughput [-41 %, -35 %]". */
export function formatChange(ratio: number, ci: [number, number] | null, what = ''): string {
  const change = `${formatPercent(ratio - 1)}${what === '' ? '' : ` ${what}`}`
  if (ci === null) return change
  const digits = Math.abs(ratio - 1) * 100 >= 10 ? 0 : 1
  return `${change} [${signedPercent((ci[0] - 1) * 100, digits)}, ${signedPercent((ci[1] - 1) * 100, digits)}]`
}

/** A ratio as a factor: "×2.6 [×2.4, ×2.9]"; a tight CI gets the digits that tell its bounds apart. */
export function formatFactor(ratio: number, ci: [number, number] | null): string {
  let digits = ratio >= 10 ? 0 : ratio >= 1.95 ? 1 : 2
  while (ci !== null && digits < 3 && ci[0].toFixed(digits) === ci[1].toFixed(digits) && ci[0] !== ci[1]) digits++
  const text = `×${ratio.toFixed(digits)}`
  return ci === null ? text : `${text} [×${ci[0].toFixed(digits)}, ×${ci[1].toFixed(digits)}]`
}

/** Throughput ratios read as changes, latency ratios as factors (a round trip taking ×2.6 as long). */
export function formatRatio(metric: MetricName, ratio: number, ci: [number, number] | null): string {
  return metricKind(metric) === 'throughput' ? formatChange(ratio, ci) : formatFactor(ratio, ci)
}

/** Whether a ratio's whole CI says better, worse, or cannot tell, for the metric's direction. */
export function outcome(direction: Direction, ci: [number, number]): 'better' | 'worse' | 'same' {
  if (ci[0] > 1) return direction === 'higher-is-better' ? 'better' : 'worse'
  if (ci[1] < 1) return direction === 'higher-is-better' ? 'worse' : 'better'
  return 'same'
}

/** A comparison's minimum change as a percentage: 0.05 reads "5 %", 0.025 "2.5 %". */
export function formatThreshold(threshold: number): string {
  return `${Number((threshold * 100).toFixed(2))} %`
}

export function formatP(p: number | null): string {
  if (p === null) return '–'
  if (p < 0.0001) return '<0.0001'
  return p < 0.01 ? p.toFixed(4) : p.toFixed(3)
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}
