import { binomialHalfCdfs } from './distribution.js'
import type { Summary } from './types.js'

/** Two-sided level of every interval in this module. */
export const CONFIDENCE = 0.95

function checkValues(values: readonly number[], what: string): void {
  if (values.length === 0) throw new Error(`${what}: no values to summarize (at least one is needed)`)
  const bad = values.findIndex((value) => !Number.isFinite(value))
  if (bad >= 0) throw new Error(`${what}: value ${bad} is ${values[bad]}, expected a finite number`)
}

function sortedCopy(values: readonly number[]): number[] {
  return Array.from(Float64Array.from(values).sort())
}

/** (low + high) / 2 without overflowing: two values near 1e308 have a finite mean even when their sum is Infinity. */
export function midpoint(low: number, high: number): number {
  const sum = low + high
  return Number.isFinite(sum) ? sum / 2 : low / 2 + high / 2
}

/** Median of values already sorted ascending (mean of the two middle values for an even count, as numpy does). */
function sortedMedian(sorted: ArrayLike<number>): number {
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : midpoint(sorted[middle - 1], sorted[middle])
}

export function median(values: readonly number[]): number {
  checkValues(values, 'median')
  return sortedMedian(sortedCopy(values))
}

/**
 * 1-based ranks [lower, upper] of the order statistics that bound a distribution-free confidence interval of the
 * median: the number of values below the true median is Binomial(n, 1/2), so x(l) ≤ median ≤ x(n+1−l) holds with
 * probability 1 − 2·P(B ≤ l−1). lower is the largest l keeping that at or above the level (SciPy's quantile_test gives
 * the same interval). Below 6 values no pair of order statistics reaches 95 %; the whole range is returned then, whose
 * coverage is 1 − 2^(1−n) (93.75 % at 5 values), so callers that need the full level require more values.
 */
export function medianCiRanks(n: number, level = CONFIDENCE): [number, number] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`medianCiRanks: n is ${n}, expected a positive integer`)
  const tail = (1 - level) / 2
  const cdfs = binomialHalfCdfs(n)
  let lower = 1
  while (cdfs[lower] <= tail) lower++
  return [lower, n + 1 - lower]
}

/** Median and its distribution-free 95 % confidence interval. */
export function summarize(values: readonly number[]): Summary {
  checkValues(values, 'summarize')
  const sorted = sortedCopy(values)
  const [lower, upper] = medianCiRanks(sorted.length)
  return { n: sorted.length, median: sortedMedian(sorted), ci: [sorted[lower - 1], sorted[upper - 1]] }
}
