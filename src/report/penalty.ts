/**
 * The NUMA penalty table and chart: each placement class against the best local class, per implementation, from the
 * stats stage's "class" figures (throughput, RTT p50 and RTT p99; the subject side the class, the reference side the
 * best local class).
 */
import type { SubjectKind } from '../plan/types.js'
import type { MetricName, NumaFigure, Summary } from '../stats/types.js'
import { PLACEMENT_CLASSES, type PlacementClassName } from '../topology/types.js'
import { barChart, type Bar } from './chart.js'
import { formatChange, formatRatio, formatSummary, metricKind, type MetricKind } from './format.js'

export interface ClassMeasure {
  metric: MetricName
  summary: Summary
  /** Against the best local class; null for the best local class itself. */
  ratio: number | null
  ratioCi: [number, number] | null
  /** The figure's Holm-adjusted p-value; null for the best local class itself. */
  adjustedP: number | null
}

export interface ClassRow {
  name: PlacementClassName
  best: boolean
  measures: Partial<Record<MetricKind, ClassMeasure>>
}

export interface PenaltyTable {
  implementation: SubjectKind
  /** The class the others are measured against. */
  bestLocal: PlacementClassName
  /** Nearest class first. */
  rows: ClassRow[]
}

const SHOWN: MetricKind[] = ['throughput', 'rtt-p50', 'rtt-p99']

const pinnedClass = (place: PlacementClassName | 'unpinned'): PlacementClassName | null =>
  place === 'unpinned' ? null : place

/** One table per implementation with class figures, reference first. */
export function penaltyTables(figures: NumaFigure[]): PenaltyTable[] {
  const tables: PenaltyTable[] = []
  for (const implementation of ['reference', 'subject'] as const) {
    const rows = new Map<PlacementClassName, ClassRow>()
    const row = (name: PlacementClassName) => {
      const existing = rows.get(name) ?? { name, best: false, measures: {} }
      rows.set(name, existing)
      return existing
    }
    const bests = new Map<PlacementClassName, number>()
    for (const figure of figures) {
      if (figure.kind !== 'class' || figure.implementation !== implementation || figure.mode === 'same-thread') continue
      const subject = pinnedClass(figure.sides.subject.placementClass)
      const reference = pinnedClass(figure.sides.reference.placementClass)
      if (subject === null || reference === null) continue
      const kind = metricKind(figure.metric)
      bests.set(reference, (bests.get(reference) ?? 0) + 1)
      const best = row(reference)
      best.best = true
      best.measures[kind] ??= {
        metric: figure.metric,
        summary: figure.reference,
        ratio: null,
        ratioCi: null,
        adjustedP: null
      }
      row(subject).measures[kind] = {
        metric: figure.metric,
        summary: figure.subject,
        ratio: figure.ratio,
        ratioCi: figure.ratioCi,
        adjustedP: figure.adjustedP
      }
    }
    if (rows.size === 0) continue
    const bestLocal = [...bests.entries()].sort((a, b) => b[1] - a[1])[0][0]
    const sorted = [...rows.values()].sort(
      (a, b) => PLACEMENT_CLASSES.indexOf(a.name) - PLACEMENT_CLASSES.indexOf(b.name)
    )
    tables.push({ implementation, bestLocal, rows: sorted })
  }
  return tables
}

function cell(measure: ClassMeasure | undefined): [string, string] {
  if (measure === undefined) return ['–', '–']
  const ratio = measure.ratio === null ? 'best local' : formatRatio(measure.metric, measure.ratio, measure.ratioCi)
  return [formatSummary(measure.metric, measure.summary), ratio]
}

/** "cross-package: -38 % throughput [-41 %, -35 %], RTT ×2.6 [×2.4, ×2.9]" for one class, or null for the best local one. */
export function penaltySentence(row: ClassRow): string | null {
  const parts: string[] = []
  const throughput = row.measures.throughput
  if (throughput?.ratio != null) parts.push(formatChange(throughput.ratio, throughput.ratioCi, 'throughput'))
  const rtt = row.measures['rtt-p50']
  if (rtt?.ratio != null) parts.push(`RTT ${formatRatio(rtt.metric, rtt.ratio, rtt.ratioCi)}`)
  const tail = row.measures['rtt-p99']
  if (tail?.ratio != null) parts.push(`RTT p99 ${formatRatio(tail.metric, tail.ratio, tail.ratioCi)}`)
  return parts.length === 0 ? null : `${row.name}: ${parts.join(', ')}`
}

export function renderPenaltyTable(table: PenaltyTable): string {
  const best = table.bestLocal
  const lines = [
    `| class (${table.implementation}) | throughput [95 % CI] | vs ${best} | RTT p50 [95 % CI] | vs ${best} | RTT p99 [95 % CI] | vs ${best} |`,
    '|---|---|---|---|---|---|---|'
  ]
  for (const row of table.rows)
    lines.push(`| ${row.name} | ${SHOWN.flatMap((kind) => cell(row.measures[kind])).join(' | ')} |`)
  const sentences = table.rows.flatMap((row) => penaltySentence(row) ?? [])
  if (sentences.length > 0) {
    lines.push(
      '',
      `Against the best local class, ${best} (medians pooled over the class's pairs; bootstrap 95 % CI):`,
      ''
    )
    for (const sentence of sentences) lines.push(`- ${sentence}`)
  }
  return lines.join('\n')
}

/**
 * Median throughput per class of every implementation on one axis, reference and subject side by side under each
 * class, so a subject half as fast draws a bar half as high.
 */
export function renderClassChart(tables: PenaltyTable[]): string | null {
  const bars: Bar[] = []
  for (const name of PLACEMENT_CLASSES) {
    for (const table of tables) {
      const throughput = table.rows.find((row) => row.name === name)?.measures.throughput
      if (throughput === undefined) continue
      bars.push({
        label: tables.length > 1 ? `${name} ${table.implementation}` : name,
        value: throughput.summary.median
      })
    }
  }
  return barChart('Median throughput per placement class', 'messagesPerSecond', bars)
}
