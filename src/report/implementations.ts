/**
 * Each implementation set against the reference ring (the batched ring, the subject), per placement class: both
 * medians, the ratio with its bootstrap 95 % CI and the Holm-adjusted p-value, from the stats stage's "implementation"
 * figures.
 */
import type { NumaFigure } from '../stats/types.js'
import { formatFactor, formatP, formatSummary, metricName } from './format.js'

/** Which rows come first: the mode as the plan lists modes, then the implementation, then the figure's order. */
const MODE_ORDER = ['throughput', 'pingpong', 'same-thread'] as const

/** "throughput", "same-thread throughput" or "RTT p50": what was measured, its mode named where the metric does not. */
function measureOf(figure: NumaFigure): string {
  return figure.mode === 'same-thread' ? `same-thread ${metricName(figure.metric)}` : metricName(figure.metric)
}

export function renderImplementationTable(figures: NumaFigure[]): string | null {
  const rows = figures
    .filter((figure) => figure.kind === 'implementation')
    .map((figure, index) => ({ figure, index }))
    .sort(
      (left, right) =>
        MODE_ORDER.indexOf(left.figure.mode) - MODE_ORDER.indexOf(right.figure.mode) ||
        left.figure.implementation.localeCompare(right.figure.implementation) ||
        left.index - right.index
    )
    .map(({ figure }) => {
      const where = figure.mode === 'same-thread' ? 'one CPU' : figure.sides.subject.placementClass
      return (
        `| ${figure.implementation} | ${measureOf(figure)} | ${where} | ` +
        `${formatSummary(figure.metric, figure.subject)} | ${formatSummary(figure.metric, figure.reference)} | ` +
        `${formatFactor(figure.ratio, figure.ratioCi)} | ${formatP(figure.adjustedP)} |`
      )
    })
  if (rows.length === 0) return null
  return [
    '### Implementations against the reference ring',
    '',
    '| implementation | measure | class | its median [95 % CI] | reference [95 % CI] | ratio [95 % CI] | Holm-adjusted p |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    "Medians pooled over each class's pairs at the implementation's padding and the same memory home; the ratio is its " +
      "median over the reference's, with a bootstrap 95 % CI; p-values are Holm-adjusted across all of this run's figures."
  ].join('\n')
}
