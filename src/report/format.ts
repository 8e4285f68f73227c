/** How numbers read in the report: rates in M/s, times in ns/µs, changes in % with their CI. */
import type { Direction, Summary } from '../stats/types.js'

export type MetricKind = 'throughput' | 'rtt-p50' | 'rtt-p99' | 'other'

/**
 * Which quantity a stats metric name measures. Stats names metrics after the driver's fields (messagesPerSecond,
 * rttNs.p50 / rttP50, …), so the report matches the field, not one spelling.
 */
export function metricKind(metric: string): MetricKind {
  if (/messagesPerSecond|throughput/i.test(metric)) return 'throughput'
  if (/p50$/i.test(metric)) return 'rtt-p50'
  if (/p99$/i.test(metric)) return 'rtt-p99'
  return 'other'
}

export function metricName(metric: string): string {
  switch (metricKind(metric)) {
    case 'throughput':
      return 'throughput'
    case 'rtt-p50':
      return 'RTT p50'
    case 'rtt-p99':
      return 'RTT p99'
    default:
      return metric
  }
}

interface Scale {
  divisor: number
  unit: string
  digits: number
}

/** The unit a value reads best in; a median and its CI share the median's scale. */
function scaleFor(metric: string, value: number): Scale {
  const kind = metricKind(metric)
  const magnitude = Math.abs(value)
  if (kind === 'throughput') {
    if (magnitude >= 1e9) return { divisor: 1e9, unit: ' G/s', digits: 2 }
    if (magnitude >= 1e6) return { divisor: 1e6, unit: ' M/s', digits: 1 }
    if (magnitude >= 1e3) return { divisor: 1e3, unit: ' k/s', digits: 1 }
    return { divisor: 1, unit: ' /s', digits: 0 }
  }
  if (kind === 'rtt-p50' || kind === 'rtt-p99') {
    if (magnitude >= 1e6) return { divisor: 1e6, unit: ' ms', digits: 2 }
    if (magnitude >= 1e3) return { divisor: 1e3, unit: ' µs', digits: 2 }
    return { divisor: 1, unit: ' ns', digits: 0 }
  }
  return { divisor: 1, unit: '', digits: magnitude >= 100 ? 0 : 3 }
}

/** A value of the metric with its unit: "12.3 M/s", "840 ns". */
export function formatValue(metric: string, value: number): string {
  const scale = scaleFor(metric, value)
  return `${(value / scale.divisor).toFixed(scale.digits)}${scale.unit}`
}

/** "12.3 M/s [11.9, 12.8]": the median and its 95 % CI in the median's unit, or "–" without samples. */
export function formatSummary(metric: string, summary: Summary | null): string {
  if (summary === null || summary.n === 0) return '–'
  const scale = scaleFor(metric, summary.median)
  const number = (value: number) => (value / scale.divisor).toFixed(scale.digits)
  return `${number(summary.median)}${scale.unit} [${number(summary.ci[0])}, ${number(summary.ci[1])}]`
}

/** A signed percentage with a real minus sign: "−38 %", "+4.2 %". */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100
  const magnitude = Math.abs(percent)
  const digits = magnitude >= 10 ? 0 : 1
  const text = magnitude.toFixed(digits)
  if (Number(text) === 0) return '0 %'
  return `${percent < 0 ? '−' : '+'}${text} %`
}

function signedNumber(percent: number, digits: number): string {
  const text = Math.abs(percent).toFixed(digits)
  if (Number(text) === 0) return '0'
  return `${percent < 0 ? '−' : '+'}${text}`
}

/** A ratio as a change, optionally naming what changed: "−38 % [−41, −35]", "−38 % throughput [−41, −35]". */
export function formatChange(ratio: number, ci: [number, number] | null, what = ''): string {
  const change = `${formatPercent(ratio - 1)}${what === '' ? '' : ` ${what}`}`
  if (ci === null) return change
  const digits = Math.abs(ratio - 1) * 100 >= 10 ? 0 : 1
  return `${change} [${signedNumber((ci[0] - 1) * 100, digits)}, ${signedNumber((ci[1] - 1) * 100, digits)}]`
}

/** A ratio as a factor: "×2.6 [2.4, 2.9]"; a tight CI gets the digits that tell its bounds apart. */
export function formatFactor(ratio: number, ci: [number, number] | null): string {
  let digits = ratio >= 10 ? 0 : ratio >= 1.95 ? 1 : 2
  while (ci !== null && digits < 3 && ci[0].toFixed(digits) === ci[1].toFixed(digits) && ci[0] !== ci[1]) digits++
  const text = `×${ratio.toFixed(digits)}`
  return ci === null ? text : `${text} [${ci[0].toFixed(digits)}, ${ci[1].toFixed(digits)}]`
}

/** Throughput ratios read as changes, latency ratios as factors (a round trip taking ×2.6 as long). */
export function formatRatio(metric: string, ratio: number, ci: [number, number] | null): string {
  const kind = metricKind(metric)
  return kind === 'rtt-p50' || kind === 'rtt-p99' ? formatFactor(ratio, ci) : formatChange(ratio, ci)
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
