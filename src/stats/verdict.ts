/**
 * The one rule that turns verdicts of cell metrics into a verdict: of one comparison (stats), of several machines
 * together (the action's outputs and step status) and of the report's headline. Each of them calls this module, so a
 * run is never a regression in one place and "no change" in another.
 */
import type { Mode } from '../native/types.js'
import type { SubjectKind } from '../plan/types.js'
import type { PlacementClassName } from '../topology/types.js'
import { median } from './summary.js'
import type { CellComparison, CellVerdict, Comparison, Direction, MetricName, Verdict } from './types.js'

export interface CombinedVerdict {
  verdict: Verdict
  /** Cell metrics the verdict rests on. */
  metrics: number
  regressions: number
  improvements: number
  unchanged: number
  inconclusive: number
}

/**
 * Regression when any metric regressed. Otherwise inconclusive when most metrics (more than half) or all of them were
 * undecided: "no change" or "improvement" over a run that could not tell would read surer than the data is. Otherwise
 * improvement when any improved, else no-change.
 */
export function combineVerdicts(verdicts: readonly CellVerdict[]): CombinedVerdict {
  const count = (verdict: CellVerdict) => verdicts.filter((each) => each === verdict).length
  const counts = {
    metrics: verdicts.length,
    regressions: count('regression'),
    improvements: count('improvement'),
    unchanged: count('no-change'),
    inconclusive: count('inconclusive')
  }
  const decided = counts.metrics - counts.inconclusive
  let verdict: Verdict
  if (counts.regressions > 0) verdict = 'regression'
  else if (decided === 0 || counts.inconclusive * 2 > counts.metrics) verdict = 'inconclusive'
  else if (counts.improvements > 0) verdict = 'improvement'
  else verdict = 'no-change'
  return { verdict, ...counts }
}

/**
 * Several comparisons (one per machine) as one: the rule above over all their cell metrics together, so one
 * machine's regression is the whole run's. No-baseline when none was compared (null: nothing to compare with).
 */
export function combineComparisons(comparisons: readonly (Comparison | null)[]): CombinedVerdict {
  const compared = comparisons.filter(
    (comparison): comparison is Comparison => comparison !== null && comparison.verdict !== 'no-baseline'
  )
  if (compared.length === 0) {
    return { verdict: 'no-baseline', metrics: 0, regressions: 0, improvements: 0, unchanged: 0, inconclusive: 0 }
  }
  return combineVerdicts(compared.flatMap((comparison) => comparison.cells.map((cell) => cell.verdict)))
}

/** The metrics of one placement class, one implementation and one mode in a comparison, and what they say together. */
export interface ClassChange {
  implementation: SubjectKind
  mode: Mode
  metric: MetricName
  direction: Direction
  placementClass: PlacementClassName | 'unpinned'
  /** combineVerdicts over the class's cell metrics. */
  combined: CombinedVerdict
  /** Median over the class's cells of their baseline (base) and current (head) medians; null without any. */
  baseline: number | null
  current: number | null
  /** Median over the cells of their current / baseline ratio; null when no cell had one. */
  ratio: number | null
  /** From the lowest to the highest bound of the cells' 95 % ratio CIs: every cell's interval lies within it. */
  ratioEnvelope: [number, number] | null
}

const middle = (values: number[]): number | null => (values.length === 0 ? null : median(values))

/**
 * The comparison's cell metrics grouped by implementation, mode, metric and placement class (the pairs, paddings and
 * memory homes of a class pooled), each group's verdict by combineVerdicts; regressions first, then the largest change.
 */
export function classChanges(comparison: Comparison): ClassChange[] {
  const groups = new Map<string, CellComparison[]>()
  for (const row of comparison.cells) {
    const key = `${row.cell.subject}|${row.cell.mode}|${row.metric}|${row.cell.placementClass}`
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  const changes = [...groups.values()].map((rows): ClassChange => {
    const intervals = rows.flatMap((row) => (row.ratioCi === null ? [] : [row.ratioCi]))
    return {
      implementation: rows[0].cell.subject,
      mode: rows[0].cell.mode,
      metric: rows[0].metric,
      direction: rows[0].direction,
      placementClass: rows[0].cell.placementClass,
      combined: combineVerdicts(rows.map((row) => row.verdict)),
      baseline: middle(rows.flatMap((row) => (row.baseline === null ? [] : [row.baseline.median]))),
      current: middle(rows.flatMap((row) => (row.current === null ? [] : [row.current.median]))),
      ratio: middle(rows.flatMap((row) => (row.ratio === null ? [] : [row.ratio]))),
      ratioEnvelope:
        intervals.length === 0
          ? null
          : [Math.min(...intervals.map((ci) => ci[0])), Math.max(...intervals.map((ci) => ci[1]))]
    }
  })
  const rank = (change: ClassChange) => VERDICT_ORDER.indexOf(change.combined.verdict)
  const size = (change: ClassChange) => (change.ratio === null ? 0 : Math.abs(Math.log(change.ratio)))
  return changes.sort((left, right) => rank(left) - rank(right) || size(right) - size(left))
}

/** Most urgent first: the order rows and classes are listed in. */
export const VERDICT_ORDER: readonly Verdict[] = [
  'regression',
  'improvement',
  'inconclusive',
  'no-change',
  'no-baseline'
]
