/**
 * The NUMA penalty table and chart: each placement class against the best local class, from the stats stage's
 * "class" figures. A figure's label reads "<class> vs <best local class>"; its subject summary is the class's own
 * median and CI, its reference summary the best local class's.
 */
import { PLACEMENT_CLASSES } from '../topology/types.js'
import type { NumaFigure, Summary } from '../stats/types.js'
import { escapeText, mermaidText } from './escape.js'
import { formatChange, formatRatio, formatSummary, metricKind, type MetricKind } from './format.js'

export interface ClassMeasure {
  metric: string
  summary: Summary
  /** Against the best local class; null for the best local class itself. */
  ratio: number | null
  ratioCi: [number, number] | null
}

export interface ClassRow {
  label: string
  best: boolean
  measures: Partial<Record<MetricKind, ClassMeasure>>
}

export interface PenaltyTable {
  /** The class the others are measured against, as the figures name it. */
  bestLocal: string
  rows: ClassRow[]
}

const SHOWN: MetricKind[] = ['throughput', 'rtt-p50', 'rtt-p99']

/** Splits "cross-package vs same-l3" into its two sides; a label without " vs " is all subject. */
export function sidesOf(label: string): [string, string] {
  const at = label.lastIndexOf(' vs ')
  return at < 0 ? [label, ''] : [label.slice(0, at).trim(), label.slice(at + 4).trim()]
}

/** Position of a label among the placement classes, nearest first; labels naming no class go last. */
function closeness(label: string): number {
  const index = [...PLACEMENT_CLASSES].reverse().findIndex((name) => label.includes(name))
  return index < 0 ? PLACEMENT_CLASSES.length : PLACEMENT_CLASSES.length - 1 - index
}

export function penaltyTable(figures: NumaFigure[]): PenaltyTable | null {
  const classFigures = figures.filter((figure) => figure.kind === 'class')
  if (classFigures.length === 0) return null
  const rows = new Map<string, ClassRow>()
  const row = (label: string, best: boolean) => {
    const existing = rows.get(label) ?? { label, best, measures: {} }
    existing.best ||= best
    rows.set(label, existing)
    return existing
  }
  const references = new Map<string, number>()
  for (const figure of classFigures) {
    const kind = metricKind(figure.metric)
    if (kind === 'other') continue
    const [subject, reference] = sidesOf(figure.label)
    const self = reference === '' || reference === subject
    if (!self) {
      references.set(reference, (references.get(reference) ?? 0) + 1)
      const best = row(reference, true)
      best.measures[kind] ??= { metric: figure.metric, summary: figure.reference, ratio: null, ratioCi: null }
    }
    row(subject, self).measures[kind] = self
      ? { metric: figure.metric, summary: figure.subject, ratio: null, ratioCi: null }
      : { metric: figure.metric, summary: figure.subject, ratio: figure.ratio, ratioCi: figure.ratioCi }
  }
  if (rows.size === 0) return null
  const bestLocal = [...references.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? [...rows.keys()][0]
  const sorted = [...rows.values()].sort((a, b) => closeness(a.label) - closeness(b.label))
  return { bestLocal, rows: sorted }
}

function cell(measure: ClassMeasure | undefined): [string, string] {
  if (measure === undefined) return ['–', '–']
  const ratio = measure.ratio === null ? 'best local' : formatRatio(measure.metric, measure.ratio, measure.ratioCi)
  return [formatSummary(measure.metric, measure.summary), ratio]
}

/** "cross-package: −38 % throughput [−41, −35], RTT ×2.6 [2.4, 2.9]" for one class, or null for the best local one. */
export function penaltySentence(row: ClassRow): string | null {
  const parts: string[] = []
  const throughput = row.measures.throughput
  if (throughput?.ratio != null) parts.push(formatChange(throughput.ratio, throughput.ratioCi, 'throughput'))
  const rtt = row.measures['rtt-p50']
  if (rtt?.ratio != null) parts.push(`RTT ${formatRatio(rtt.metric, rtt.ratio, rtt.ratioCi)}`)
  return parts.length === 0 ? null : `${escapeText(row.label)}: ${parts.join(', ')}`
}

export function renderPenaltyTable(table: PenaltyTable): string {
  const best = escapeText(table.bestLocal)
  const lines = [
    `| class | throughput [95 % CI] | vs ${best} | RTT p50 [95 % CI] | vs ${best} | RTT p99 [95 % CI] | vs ${best} |`,
    '|---|---|---|---|---|---|---|'
  ]
  for (const row of table.rows) {
    const fields = SHOWN.flatMap((kind) => cell(row.measures[kind]))
    lines.push(`| ${escapeText(row.label)} | ${fields.join(' | ')} |`)
  }
  const sentences = table.rows.flatMap((row) => penaltySentence(row) ?? [])
  if (sentences.length > 0) {
    lines.push('', `Against the best local class, ${best} (changes and factors with their 95 % bootstrap CI):`, '')
    for (const sentence of sentences) lines.push(`- ${sentence}`)
  }
  return lines.join('\n')
}

/** A Mermaid bar chart of median throughput per class, which GitHub draws in comments and summaries. */
export function renderThroughputChart(table: PenaltyTable): string | null {
  const bars = table.rows.flatMap((row) => {
    const throughput = row.measures.throughput
    return throughput === undefined || !Number.isFinite(throughput.summary.median) ? [] : [{ label: row.label, value: throughput.summary.median }]
  })
  if (bars.length === 0) return null
  const largest = Math.max(...bars.map((bar) => bar.value))
  const [divisor, unit] = largest >= 1e9 ? [1e9, 'G messages/s'] : largest >= 1e6 ? [1e6, 'M messages/s'] : largest >= 1e3 ? [1e3, 'k messages/s'] : [1, 'messages/s']
  const values = bars.map((bar) => Number((bar.value / divisor).toFixed(2)))
  const top = niceCeiling(Math.max(...values) * 1.1)
  return [
    '```mermaid',
    'xychart-beta',
    `    title "Median throughput per placement class (${unit})"`,
    `    x-axis [${bars.map((bar) => `"${mermaidText(bar.label)}"`).join(', ')}]`,
    `    y-axis "${unit}" 0 --> ${top}`,
    `    bar [${values.join(', ')}]`,
    '```'
  ].join('\n')
}

/** The next 1, 2 or 5 × 10^k at or above the value, so the axis ends on a round number. */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10
  return Number((step * power).toPrecision(12))
}
