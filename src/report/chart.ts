/**
 * Mermaid bar charts, which GitHub draws in comments and job summaries. Every chart puts the things it compares on
 * one axis as neighbouring bars of one series (Mermaid draws several bar series over each other, not side by side).
 */
import type { MetricName } from '../stats/types.js'
import { mermaidText } from './escape.js'
import { metricKind } from './format.js'

export interface Bar {
  label: string
  value: number
}

/** The largest unit in which the largest value is at least 1: "M messages/s", "µs". Bar and trend charts share it. */
export function axisUnit(metric: MetricName, largest: number): [number, string] {
  if (metricKind(metric) === 'throughput') {
    if (largest >= 1e9) return [1e9, 'G messages/s']
    if (largest >= 1e6) return [1e6, 'M messages/s']
    if (largest >= 1e3) return [1e3, 'k messages/s']
    return [1, 'messages/s']
  }
  if (largest >= 1e6) return [1e6, 'ms']
  if (largest >= 1e3) return [1e3, 'us']
  return [1, 'ns']
}

/** The next 1, 2 or 5 × 10^k at or above the value, so the axis ends on a round number. */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10
  return Number((step * power).toPrecision(12))
}

/** One bar per entry, in order, on a y-axis from zero; null when there is nothing finite to draw. */
export function barChart(title: string, metric: MetricName, entries: Bar[]): string | null {
  const bars = entries.filter((bar) => Number.isFinite(bar.value) && bar.value >= 0)
  if (bars.length === 0) return null
  const [divisor, unit] = axisUnit(metric, Math.max(...bars.map((bar) => bar.value)))
  const values = bars.map((bar) => Number((bar.value / divisor).toFixed(2)))
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidText(title, 80)}"`,
    `    x-axis [${bars.map((bar) => `"${mermaidText(bar.label)}"`).join(', ')}]`,
    `    y-axis "${mermaidText(unit)}" 0 --> ${niceCeiling(Math.max(...values) * 1.1)}`,
    `    bar [${values.join(', ')}]`,
    '```'
  ].join('\n')
}
