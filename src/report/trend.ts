/**
 * The machine's history over commits: the change points E-divisive found, as a table, and a Mermaid line chart per
 * series (the last runs' medians with the medians between change points drawn as a step), for the comment's collapsed
 * section and the job summary.
 */
import type { TrendSeries } from '../baseline/series.js'
import { axisUnit } from './chart.js'
import { escapeText, mermaidText } from './escape.js'
import { formatPercent, formatValue, metricName } from './format.js'

export interface TrendSectionOptions {
  /** Runs per chart, the newest (default 20). */
  lastRuns?: number
  /** Charts at most; series with a change point come first (default 6). */
  maxCharts?: number
}

const DEFAULT_LAST_RUNS = 20
const DEFAULT_MAX_CHARTS = 6

function seriesLabel(series: TrendSeries): string {
  const where = series.cellKey ?? `${series.subject} ${series.mode} ${series.placementClass}`
  return `${where} ${metricName(series.metric)}`
}

function runLabel(point: { commitSha: string | null; savedAt: string }): string {
  return point.commitSha?.slice(0, 7) ?? point.savedAt.slice(0, 10)
}

/** The series cut to its newest runs, change points re-indexed into the cut. */
function lastRunsOf(series: TrendSeries, lastRuns: number): TrendSeries {
  const first = Math.max(0, series.points.length - lastRuns)
  return {
    ...series,
    points: series.points.slice(first),
    changes: series.changes
      .filter((change) => change.index > first)
      .map((change) => ({ ...change, index: change.index - first }))
  }
}

function rounded(value: number): number {
  return Number(value.toPrecision(3))
}

function chart(series: TrendSeries): string {
  const values = series.points.map((point) => point.median)
  const [divisor, unit] = axisUnit(series.metric, Math.max(...values))
  const scaled = values.map((value) => rounded(value / divisor))
  // The medians between change points, so the chart shows each level and where it moved.
  const bounds = [0, ...series.changes.map((change) => change.index), values.length]
  const levels = values.map((_, index) => {
    const segment = bounds.findIndex((bound, position) => index >= bound && index < bounds[position + 1])
    const part = scaled.slice(bounds[segment], bounds[segment + 1]).sort((a, b) => a - b)
    const middle = part.length >> 1
    return part.length % 2 === 1 ? part[middle] : rounded((part[middle - 1] + part[middle]) / 2)
  })
  const changed = new Set(series.changes.map((change) => change.index))
  const labels = series.points.map((point, index) => `"${runLabel(point)}${changed.has(index) ? ' *' : ''}"`)
  const low = Math.min(...scaled)
  const high = Math.max(...scaled)
  const margin = (high - low) * 0.1 || high * 0.05 || 1
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidText(seriesLabel(series), 70)}${series.changes.length > 0 ? ' (* change)' : ''}"`,
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "${unit}" ${rounded(Math.max(0, low - margin))} --> ${rounded(high + margin)}`,
    `    line [${scaled.join(', ')}]`,
    `    line [${levels.join(', ')}]`,
    '```'
  ].join('\n')
}

function changeRows(series: TrendSeries[]): string[] {
  return series.flatMap((each) =>
    each.changes.map((change) => {
      const worse = each.direction === 'higher-is-better' ? change.ratio < 1 : change.ratio > 1
      return (
        `| ${escapeText(seriesLabel(each))} | \`${runLabel(change)}\` (${change.savedAt.slice(0, 10)}) | ` +
        `${formatPercent(change.ratio - 1)} ${worse ? '(worse)' : '(better)'} | ` +
        `${formatValue(each.metric, change.before)} → ${formatValue(each.metric, change.after)} | ` +
        `${change.pValue.toFixed(3)} |`
      )
    })
  )
}

/**
 * Markdown for the history of one machine: a table of change points and one chart per series with at least two runs;
 * an empty string when no series has two runs yet.
 */
export function renderTrendSection(series: TrendSeries[], options: TrendSectionOptions = {}): string {
  const lastRuns = options.lastRuns ?? DEFAULT_LAST_RUNS
  const maxCharts = options.maxCharts ?? DEFAULT_MAX_CHARTS
  const shown = series.filter((each) => each.points.length >= 2).map((each) => lastRunsOf(each, lastRuns))
  if (shown.length === 0) return ''
  const runs = Math.max(...shown.map((each) => each.points.length))
  const rows = changeRows(shown)
  const lines = [`### History: the last ${runs} stored runs of this machine`, '']
  if (rows.length === 0) {
    lines.push(`No change points in ${shown.length} series (E-divisive means, permutation test at 5 %).`, '')
  } else {
    lines.push(
      `${rows.length} change point${rows.length === 1 ? '' : 's'} (E-divisive means, permutation test at 5 %):`,
      '',
      '| Series | First run after | Change | Before → after (medians) | p |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
      ''
    )
  }
  const charted = [...shown].sort((a, b) => Number(b.changes.length > 0) - Number(a.changes.length > 0))
  for (const each of charted.slice(0, maxCharts)) lines.push(chart(each), '')
  if (charted.length > maxCharts) {
    lines.push(`${charted.length - maxCharts} more series not charted; \`numa-spsc-bench history\` lists them all.`, '')
  }
  return lines.join('\n')
}
