/**
 * What the action reports about one or several machines: the combined verdict and counts (outputs and step status),
 * the cross-package penalty output, and the sticky comment's key.
 */
import type { NumaFigure } from '../stats/types.js'
import type { StickyKey } from './comment.js'

/** The machines' verdicts combined by the stats stage's one rule (combineVerdicts over all their cell metrics). */
export { combineComparisons, type CombinedVerdict as CombinedOutcome } from '../stats/verdict.js'

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
      candidate.sides.subject.placementClass === 'cross-package' &&
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
