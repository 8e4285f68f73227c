/** The regression table: only the metrics that changed or could not be decided, and how many did neither. */
import type { CellComparison, CellVerdict, Comparison } from '../stats/types.js'
import { escapeText } from './escape.js'
import { formatChange, formatP, formatSummary, formatThreshold, metricName, plural } from './format.js'

const ORDER: CellVerdict[] = ['regression', 'improvement', 'inconclusive', 'no-change']

function size(cell: CellComparison): number {
  return cell.ratio === null ? 0 : Math.abs(Math.log(cell.ratio))
}

function sorted(cells: CellComparison[]): CellComparison[] {
  return [...cells].sort((a, b) => ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict) || size(b) - size(a))
}

/** As a percentage for every metric, times included: the threshold it is judged by is a percentage. */
function change(cell: CellComparison): string {
  return cell.ratio === null ? '–' : formatChange(cell.ratio, cell.ratioCi)
}

function row(cell: CellComparison): string {
  const verdict = cell.reason === undefined ? cell.verdict : `${cell.verdict}: ${escapeText(cell.reason, 120)}`
  return `| ${escapeText(cell.cellKey, 160)} | ${escapeText(metricName(cell.metric), 40)} | ${formatSummary(cell.metric, cell.baseline)} | ${formatSummary(cell.metric, cell.current)} | ${change(cell)} | ${formatP(cell.adjustedP)} | ${verdict} |`
}

function table(cells: CellComparison[]): string {
  return [
    '| cell | metric | baseline [95 % CI] | current [95 % CI] | change [95 % CI] | p (Holm) | verdict |',
    '|---|---|---|---|---|---|---|',
    ...sorted(cells).map(row)
  ].join('\n')
}

/** When the history gave a run-to-run spread, a change also had to exceed it: the note says so and from how many runs. */
function spreadNote(comparison: Comparison): string {
  const runs = comparison.runToRunSpreadRuns ?? null
  return runs === null ? '' : ` and the run-to-run spread of its metric over ${plural(runs, 'baseline run')}`
}

/** Counts of every verdict, then a table of the regressions and improvements when there are any. */
export function renderChanges(comparison: Comparison): string {
  const count = (verdict: CellVerdict) => comparison.cells.filter((cell) => cell.verdict === verdict).length
  const counts =
    `${plural(comparison.cells.length, 'metric')} compared: ${count('regression')} regressed, ${count('improvement')} improved, ` +
    `${count('inconclusive')} inconclusive, ${count('no-change')} unchanged (a change counts when its Holm-adjusted ` +
    `p < ${comparison.alpha} and it exceeds ${formatThreshold(comparison.threshold)}${spreadNote(comparison)}).`
  const changed = comparison.cells.filter((cell) => cell.verdict === 'regression' || cell.verdict === 'improvement')
  return changed.length === 0 ? counts : `${counts}\n\n${table(changed)}`
}

/** The inconclusive metrics with the reason each could not be decided; null when there are none. */
export function renderInconclusive(comparison: Comparison): string | null {
  const inconclusive = comparison.cells.filter((cell) => cell.verdict === 'inconclusive')
  return inconclusive.length === 0 ? null : table(inconclusive)
}
