/**
 * The NUMA penalty table and chart: each placement class against the best local class, per implementation. Throughput
 * and RTT p50 come from the stats stage's "class" figures (label "<class> vs <best local class>", subject summary the
 * class's, reference summary the best local class's). The stats stage draws no figure from the RTT tail, so the p99
 * column pools the p99 of the very cells those figures pooled.
 */
import type { SubjectKind } from '../plan/types.js'
import type { ResultsFile } from '../run/types.js'
import {
  bootstrapRatioCi,
  canonicalSettings,
  cellMetricValues,
  COMPARED_METRICS,
  hashSeed,
  MIN_VALID_SAMPLES,
  summarize
} from '../stats/index.js'
import type { NumaFigure, Summary } from '../stats/types.js'
import { PLACEMENT_CLASSES, type PlacementClassName } from '../topology/types.js'
import { mermaidText } from './escape.js'
import { formatChange, formatRatio, formatSummary, type MetricKind } from './format.js'

export interface ClassMeasure {
  metric: string
  summary: Summary
  /** Against the best local class; null for the best local class itself. */
  ratio: number | null
  ratioCi: [number, number] | null
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
const RTT_P99 = COMPARED_METRICS.pingpong.find((metric) => /p99$/.test(metric.name))

/** Splits "cross-package vs same-l3" into its two sides; a label without " vs " is all subject. */
export function sidesOf(label: string): [string, string] {
  const at = label.lastIndexOf(' vs ')
  return at < 0 ? [label, ''] : [label.slice(0, at).trim(), label.slice(at + 4).trim()]
}

/** The placement class a side of a label names; the longest name wins so "same-package" is not read as another. */
function classIn(side: string): PlacementClassName | null {
  const named = PLACEMENT_CLASSES.filter((name) => side.includes(name))
  return named.sort((a, b) => b.length - a.length)[0] ?? null
}

/**
 * The padding and memory home the class figures of one implementation hold fixed. This mirrors numaFigures (padding 64,
 * else the implementation's smallest, since subject cells are planned at the largest padding only; the producer's
 * node, else first touch), and tests hold the two together for both implementations.
 */
function tailValues(results: ResultsFile, implementation: SubjectKind, place: PlacementClassName): number[] {
  const settings = canonicalSettings(results, implementation)
  if (settings === null || RTT_P99 === undefined) return []
  return results.cells
    .filter(
      ({ cell }) =>
        cell.subject === implementation &&
        cell.mode === 'pingpong' &&
        cell.placementClass === place &&
        cell.padding === settings.padding &&
        cell.memoryHome === settings.home
    )
    .flatMap((result) => cellMetricValues(result, RTT_P99).values)
}

function addTail(table: PenaltyTable, results: ResultsFile): void {
  if (RTT_P99 === undefined) return
  const best = tailValues(results, table.implementation, table.bestLocal)
  if (best.length < MIN_VALID_SAMPLES) return
  for (const row of table.rows) {
    const values = row.best ? best : tailValues(results, table.implementation, row.name)
    if (values.length < MIN_VALID_SAMPLES) continue
    const summary = summarize(values)
    const bestMedian = summarize(best).median
    row.measures['rtt-p99'] = row.best
      ? { metric: RTT_P99.name, summary, ratio: null, ratioCi: null }
      : {
          metric: RTT_P99.name,
          summary,
          ratio: summary.median / bestMedian,
          ratioCi: bootstrapRatioCi(best, values, { seed: hashSeed(`class-tail|${table.implementation}|${row.name}`) })
        }
  }
}

function kindOf(figure: NumaFigure): MetricKind | null {
  if (figure.mode === 'throughput') return 'throughput'
  if (figure.mode === 'pingpong') return 'rtt-p50'
  return null
}

/** One table per implementation with class figures, reference first. */
export function penaltyTables(figures: NumaFigure[], results: ResultsFile): PenaltyTable[] {
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
      const kind = kindOf(figure)
      if (figure.kind !== 'class' || figure.implementation !== implementation || kind === null) continue
      const [subjectSide, referenceSide] = sidesOf(figure.label)
      const subject = classIn(subjectSide)
      const reference = classIn(referenceSide)
      if (subject === null || reference === null) continue
      bests.set(reference, (bests.get(reference) ?? 0) + 1)
      const best = row(reference)
      best.best = true
      best.measures[kind] ??= { metric: figure.metric, summary: figure.reference, ratio: null, ratioCi: null }
      row(subject).measures[kind] = {
        metric: figure.metric,
        summary: figure.subject,
        ratio: figure.ratio,
        ratioCi: figure.ratioCi
      }
    }
    if (rows.size === 0) continue
    const bestLocal = [...bests.entries()].sort((a, b) => b[1] - a[1])[0][0]
    const sorted = [...rows.values()].sort(
      (a, b) => PLACEMENT_CLASSES.indexOf(a.name) - PLACEMENT_CLASSES.indexOf(b.name)
    )
    const table = { implementation, bestLocal, rows: sorted }
    addTail(table, results)
    tables.push(table)
  }
  return tables
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

/** A Mermaid bar chart of median throughput per class, which GitHub draws in comments and summaries. */
export function renderThroughputChart(table: PenaltyTable): string | null {
  const bars = table.rows.flatMap((row) => {
    const throughput = row.measures.throughput
    return throughput === undefined || !Number.isFinite(throughput.summary.median)
      ? []
      : [{ label: row.name, value: throughput.summary.median }]
  })
  if (bars.length === 0) return null
  const largest = Math.max(...bars.map((bar) => bar.value))
  const [divisor, unit] =
    largest >= 1e9
      ? [1e9, 'G messages/s']
      : largest >= 1e6
        ? [1e6, 'M messages/s']
        : largest >= 1e3
          ? [1e3, 'k messages/s']
          : [1, 'messages/s']
  const values = bars.map((bar) => Number((bar.value / divisor).toFixed(2)))
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidText(`Median throughput per placement class, ${table.implementation}`, 80)}"`,
    `    x-axis [${bars.map((bar) => `"${mermaidText(bar.label)}"`).join(', ')}]`,
    `    y-axis "${unit}" 0 --> ${niceCeiling(Math.max(...values) * 1.1)}`,
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
