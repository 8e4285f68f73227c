/**
 * What the action reports about one or several machines: the combined verdict and counts (outputs and step status),
 * the cross-package penalty output, and the sticky comment's key.
 */
import type { Comparison, NumaFigure, Verdict } from '../stats/types.js'
import type { StickyKey } from './comment.js'

/** Most serious first: one machine's regression is the whole run's regression. */
const SEVERITY: Verdict[] = ['regression', 'inconclusive', 'improvement', 'no-change', 'no-baseline']

export interface CombinedOutcome {
  verdict: Verdict
  regressions: number
  improvements: number
}

export function combineComparisons(comparisons: (Comparison | null)[]): CombinedOutcome {
  const verdicts = comparisons.map((comparison) => comparison?.verdict ?? 'no-baseline')
  const verdict = SEVERITY.find((candidate) => verdicts.includes(candidate)) ?? 'no-baseline'
  const sum = (pick: (comparison: Comparison) => number) =>
    comparisons.reduce((total, comparison) => total + (comparison === null ? 0 : pick(comparison)), 0)
  return { verdict, regressions: sum((c) => c.regressions), improvements: sum((c) => c.improvements) }
}

function signedPercent(fraction: number): string {
  const rounded = Math.round(fraction * 100)
  return `${rounded > 0 ? '+' : ''}${rounded}`
}

/**
 * Cross-package throughput of the reference ring against the best local class, e.g. "-38% [-41, -35]"; empty when
 * the run has no such figure (one-node runner, class not measured).
 */
export function crossPackagePenalty(figures: NumaFigure[]): string {
  const figure = figures.find(
    (candidate) =>
      candidate.kind === 'class' &&
      candidate.mode === 'throughput' &&
      candidate.implementation === 'reference' &&
      candidate.label.startsWith('cross-package') &&
      candidate.direction === 'higher-is-better'
  )
  if (figure === undefined) return ''
  const [low, high] = figure.ratioCi
  return `${signedPercent(figure.ratio - 1)}% [${signedPercent(low - 1)}, ${signedPercent(high - 1)}]`
}

/** One comment per workflow, job and hardware; several machines in one comment share it under their joint key. */
export function stickyKeyFor(workflow: string, job: string, fingerprints: string[]): StickyKey {
  return { workflow, job, fingerprint: [...new Set(fingerprints)].sort().join('+') }
}
