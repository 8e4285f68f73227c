/**
 * The changes against the baseline: the counts, one row per placement class (the stats stage's classChanges), then
 * the metrics cell by cell with short labels as columns, the verdict first; most important rows first, so a cut list
 * keeps them.
 */
import { classChanges, VERDICT_ORDER, type ClassChange } from '../stats/verdict.js'
import type { CellComparison, CellVerdict, Comparison, MetricName } from '../stats/types.js'
import type { Mode } from '../native/types.js'
import type { SubjectKind } from '../plan/types.js'
import { PLACEMENT_CLASSES } from '../topology/types.js'
import { barChart, type Bar } from './chart.js'
import { escapeText } from './escape.js'
import { formatChange, formatP, formatSummary, formatThreshold, formatValue, metricName, plural } from './format.js'

/** Reasons are shown whole; this only stops a hostile results file from filling the comment. */
const MAX_REASON_LENGTH = 2000

const VERDICT_CELL: Record<CellVerdict | 'no-baseline', string> = {
  regression: '❌ **regression**',
  improvement: '✅ improvement',
  inconclusive: '⚠️ inconclusive',
  'no-change': 'no change',
  'no-baseline': 'no baseline'
}

/** The two sides' names: base and head in a same-run A/B, baseline and current against a stored run. */
function sides(comparison: Comparison): [string, string] {
  return comparison.method === 'same-run-ab' ? ['base', 'head'] : ['baseline', 'current']
}

/** "throughput", "RTT p99", "throughput same-thread (subject)": the metric, with its mode and implementation when not the usual. */
function measure(metric: MetricName, mode: Mode, implementation: SubjectKind): string {
  const where = mode === 'same-thread' ? ' same-thread' : ''
  const who = implementation === 'reference' ? '' : ` (${implementation})`
  return `${metricName(metric)}${where}${who}`
}

const size = (ratio: number | null) => (ratio === null ? 0 : Math.abs(Math.log(ratio)))

function sorted(cells: CellComparison[]): CellComparison[] {
  return [...cells].sort(
    (a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) || size(b.ratio) - size(a.ratio)
  )
}

/** "8 of 8 regressed", "3 of 8 undecided": how many of the class's cell metrics carry its verdict. */
function support(change: ClassChange): string {
  const { combined } = change
  const [count, word] =
    combined.verdict === 'regression'
      ? [combined.regressions, 'regressed']
      : combined.verdict === 'improvement'
        ? [combined.improvements, 'improved']
        : combined.verdict === 'inconclusive'
          ? [combined.inconclusive, 'undecided']
          : [combined.unchanged, 'unchanged']
  return `${count} of ${combined.metrics} ${word}`
}

function classRow(change: ClassChange): string {
  const value = (median: number | null) => (median === null ? '–' : formatValue(change.metric, median))
  const ratio = change.ratio === null ? '–' : formatChange(change.ratio, change.ratioEnvelope)
  return (
    `| ${VERDICT_CELL[change.combined.verdict === 'no-baseline' ? 'no-baseline' : change.combined.verdict]} | ` +
    `${change.placementClass} | ${measure(change.metric, change.mode, change.implementation)} | ` +
    `${value(change.baseline)} | ${value(change.current)} | ${ratio} | ${support(change)} |`
  )
}

/** The counts of every verdict and the rule a change had to pass, in one sentence. */
function counts(comparison: Comparison): string {
  const count = (verdict: CellVerdict) => comparison.cells.filter((cell) => cell.verdict === verdict).length
  const spreadRuns = comparison.runToRunSpreadRuns ?? null
  const spread =
    spreadRuns === null ? '' : ` and the run-to-run spread of its metric over ${plural(spreadRuns, 'baseline run')}`
  return (
    `${plural(comparison.cells.length, 'metric')} compared: ${count('regression')} regressed, ${count('improvement')} improved, ` +
    `${count('inconclusive')} inconclusive, ${count('no-change')} unchanged (a change counts when its Holm-adjusted ` +
    `p < ${comparison.alpha} and it exceeds ${formatThreshold(comparison.threshold)}${spread}).`
  )
}

/** The counts and one row per placement class, regressions and the largest changes first. */
export function renderClassChanges(comparison: Comparison): string {
  const [before, after] = sides(comparison)
  const rows = classChanges(comparison).map(classRow)
  return [
    counts(comparison),
    '',
    `| verdict | class | metric | ${before} | ${after} | change [lowest, highest cell CI bound] | cells |`,
    '|---|---|---|---|---|---|---|',
    ...rows
  ].join('\n')
}

function pair(cell: CellComparison): string {
  return cell.cell.producerCpu === null || cell.cell.consumerCpu === null
    ? '–'
    : `${cell.cell.producerCpu}→${cell.cell.consumerCpu}`
}

function cellRow(cell: CellComparison, withReason: boolean): string {
  const change = cell.ratio === null ? '–' : formatChange(cell.ratio, cell.ratioCi)
  const columns = [
    VERDICT_CELL[cell.verdict],
    cell.cell.placementClass,
    pair(cell),
    cell.cell.memoryHome,
    `${cell.cell.padding} B`,
    measure(cell.metric, cell.cell.mode, cell.cell.subject),
    formatSummary(cell.metric, cell.baseline),
    formatSummary(cell.metric, cell.current),
    change,
    formatP(cell.adjustedP),
    ...(withReason ? [cell.reason === undefined ? '' : escapeText(cell.reason, MAX_REASON_LENGTH)] : [])
  ]
  return `| ${columns.join(' | ')} |`
}

export interface CellTable {
  /** Rows in the table before any cut. */
  total: number
  /** The table with its first `limit` rows (the most important) and a line saying how many were left out. */
  render(limit: number): string
}

/**
 * The given verdicts' metrics cell by cell (pair as producer→consumer CPU, memory home, padding), the regressions and
 * largest changes first; with the reason column for inconclusive ones. Null when there are none.
 */
export function cellTable(comparison: Comparison, verdicts: CellVerdict[]): CellTable | null {
  const rows = sorted(comparison.cells.filter((cell) => verdicts.includes(cell.verdict)))
  if (rows.length === 0) return null
  const [before, after] = sides(comparison)
  const withReason = verdicts.includes('inconclusive')
  const header = [
    `| verdict | class | pair | memory | padding | metric | ${before} [95 % CI] | ${after} [95 % CI] | change [95 % CI] | p (Holm) |${withReason ? ' why |' : ''}`,
    `|---|---|---|---|---|---|---|---|---|---|${withReason ? '---|' : ''}`
  ]
  return {
    total: rows.length,
    render(limit: number): string {
      const shown = rows.slice(0, limit).map((cell) => cellRow(cell, withReason))
      const left = rows.length - shown.length
      const note = left === 0 ? [] : ['', `${plural(left, 'less important row')} left out to fit the comment.`]
      return [...header, ...shown, ...note].join('\n')
    }
  }
}

/**
 * The reference ring's throughput per class, baseline (base) and current (head) side by side on one axis: the
 * medians over each class's cells of their medians.
 */
export function renderChangesChart(comparison: Comparison): string | null {
  const [before, after] = sides(comparison)
  const changes = classChanges(comparison).filter(
    (change) =>
      change.metric === 'messagesPerSecond' && change.mode === 'throughput' && change.implementation === 'reference'
  )
  const ordered = [...PLACEMENT_CLASSES, 'unpinned' as const].flatMap((place) =>
    changes.filter((change) => change.placementClass === place)
  )
  const bars: Bar[] = ordered.flatMap((change) =>
    change.baseline === null || change.current === null
      ? []
      : [
          { label: `${change.placementClass} ${before}`, value: change.baseline },
          { label: `${change.placementClass} ${after}`, value: change.current }
        ]
  )
  return barChart(`Throughput per class, ${before} and ${after}`, 'messagesPerSecond', bars)
}
