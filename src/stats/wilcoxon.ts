/**
 * The Wilcoxon signed-rank test on paired differences and the Hodges-Lehmann estimate with its distribution-free
 * confidence interval, as SciPy 1.17's `scipy.stats.wilcoxon` defaults compute the test (zero_method 'wilcox',
 * correction False, method 'auto'); checked against SciPy in __tests__/stats/wilcoxon.test.ts.
 */
import { normalSf } from './distribution.js'
import { CONFIDENCE, midpoint } from './summary.js'

/** Up to this many differences (zeros included) 'auto' uses an exact distribution, as SciPy does. */
export const WILCOXON_EXACT_LIMIT = 50
/**
 * Up to this many differences (zeros included), tied or zero differences still get an exact p-value: SciPy's 'auto'
 * runs a permutation test then, which at these sizes enumerates all 2^n sign assignments (2^13 < its 9999 resamples).
 */
export const WILCOXON_PERMUTATION_LIMIT = 13

/** Standard normal 97.5 % quantile (scipy.stats.norm.ppf(0.975)), for the large-sample interval at CONFIDENCE. */
const Z_TWO_SIDED_95 = 1.959963984540054

export type WilcoxonMethod = 'exact' | 'permutation' | 'asymptotic'

export interface WilcoxonResult {
  /** SciPy's two-sided statistic: the smaller of the rank sums of the positive and the negative differences. */
  statistic: number
  /** Rank sum of the positive differences. */
  rankSumPositive: number
  /** Differences that entered the ranks (zeros are dropped, Wilcoxon's own rule). */
  nonZero: number
  /** Two-sided p-value. */
  pValue: number
  /**
   * exact: the signed-rank distribution without ties; permutation: every sign assignment of the tied or zero-holding
   * ranks, counted exactly; asymptotic: the normal approximation with the tie correction, without continuity correction.
   */
  method: WilcoxonMethod
}

function checkDifferences(differences: readonly number[], what: string): void {
  if (differences.length === 0) throw new Error(`${what}: no differences (at least one pair is needed)`)
  const bad = differences.findIndex((value) => !Number.isFinite(value))
  if (bad >= 0) throw new Error(`${what}: difference ${bad} is ${differences[bad]}, expected a finite number`)
}

/**
 * How many subsets of `weights` (positive integers) have each sum: entry s counts the sign assignments whose positive
 * weights add up to s. The counts stay below 2^51 for the sizes used here, so doubles hold them exactly.
 */
function subsetSumCounts(weights: readonly number[]): Float64Array {
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const counts = new Float64Array(total + 1)
  counts[0] = 1
  let reached = 0
  for (const weight of weights) {
    for (let sum = reached; sum >= 0; sum--) if (counts[sum] !== 0) counts[sum + weight] += counts[sum]
    reached += weight
  }
  return counts
}

const exactCounts = new Map<number, Float64Array>()

/** Counts of the signed-rank statistic R+ over the 2^n sign assignments of the ranks 1..n (no ties). */
function signedRankCounts(n: number): Float64Array {
  let counts = exactCounts.get(n)
  if (counts === undefined) {
    counts = subsetSumCounts(Array.from({ length: n }, (_, index) => index + 1))
    exactCounts.set(n, counts)
  }
  return counts
}

/** P(T ≤ k) and P(T ≥ k) for an integer k under the counts of 2^n equally likely assignments. */
function tails(counts: Float64Array, k: number, n: number): { atMost: number; atLeast: number } {
  const scale = 2 ** -n
  let atMost = 0
  for (let sum = 0; sum <= Math.min(k, counts.length - 1); sum++) atMost += counts[sum]
  let atLeast = 0
  for (let sum = Math.max(k, 0); sum < counts.length; sum++) atLeast += counts[sum]
  return { atMost: atMost * scale, atLeast: atLeast * scale }
}

interface Ranked {
  /** Average ranks of |d| among the non-zero differences, in the order of `signs`. */
  ranks: number[]
  /** Whether each non-zero difference is positive. */
  positive: boolean[]
  /** Σ(t³ − t) over groups of tied |d|. */
  tieTerm: number
}

function rankAbsolute(differences: readonly number[]): Ranked {
  const nonZero = differences.filter((value) => value !== 0)
  const order = nonZero
    .map((_, index) => index)
    .sort((left, right) => Math.abs(nonZero[left]) - Math.abs(nonZero[right]))
  const ranks = new Array<number>(nonZero.length)
  let tieTerm = 0
  for (let start = 0; start < order.length;) {
    let end = start
    while (end + 1 < order.length && Math.abs(nonZero[order[end + 1]]) === Math.abs(nonZero[order[start]])) end++
    const tied = end - start + 1
    tieTerm += tied ** 3 - tied
    for (let index = start; index <= end; index++) ranks[order[index]] = (start + end) / 2 + 1
    start = end + 1
  }
  return { ranks, positive: nonZero.map((value) => value > 0), tieTerm }
}

/**
 * Wilcoxon signed-rank test of "the differences are symmetric about 0", two-sided. Zero differences are dropped from
 * the ranks. 'auto' follows SciPy 1.17: more than WILCOXON_EXACT_LIMIT differences → asymptotic; otherwise exact
 * without ties or zeros; with them, the exact permutation distribution up to WILCOXON_PERMUTATION_LIMIT differences,
 * else asymptotic. 'exact' on tied data rounds R+ conservatively, as SciPy does. When every difference is zero the
 * p-value is 1 (SciPy's asymptotic branch gives NaN there; no evidence of a shift is what it means).
 */
export function wilcoxonSignedRank(
  differences: readonly number[],
  method: 'auto' | 'exact' | 'asymptotic' = 'auto'
): WilcoxonResult {
  checkDifferences(differences, 'wilcoxonSignedRank')
  const { ranks, positive, tieTerm } = rankAbsolute(differences)
  const n = ranks.length
  const zeros = differences.length - n
  const rankSumPositive = ranks.reduce((sum, rank, index) => (positive[index] ? sum + rank : sum), 0)
  const statistic = Math.min(rankSumPositive, (n * (n + 1)) / 2 - rankSumPositive)
  let chosen: WilcoxonMethod = method === 'auto' ? 'asymptotic' : method
  if (method === 'auto' && differences.length <= WILCOXON_EXACT_LIMIT) {
    if (tieTerm === 0 && zeros === 0) chosen = 'exact'
    else if (differences.length <= WILCOXON_PERMUTATION_LIMIT) chosen = 'permutation'
  }
  const result = (pValue: number): WilcoxonResult => ({
    statistic,
    rankSumPositive,
    nonZero: n,
    pValue: Math.min(1, pValue),
    method: chosen
  })
  if (n === 0) return result(1)
  if (chosen === 'exact') {
    const counts = signedRankCounts(n)
    const low = tails(counts, Math.ceil(rankSumPositive), n).atMost
    const high = tails(counts, Math.floor(rankSumPositive), n).atLeast
    return result(2 * Math.min(low, high))
  }
  if (chosen === 'permutation') {
    // Average ranks are multiples of 1/2: doubled, they are integers whose subset sums count exactly.
    const doubled = subsetSumCounts(ranks.map((rank) => rank * 2))
    const { atMost, atLeast } = tails(doubled, rankSumPositive * 2, n)
    return result(2 * Math.min(atMost, atLeast))
  }
  const mean = (n * (n + 1)) / 4
  const deviation = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24)
  return result(2 * normalSf(Math.abs(rankSumPositive - mean) / deviation))
}

export interface HodgesLehmann {
  /** Median of the Walsh averages (d_i + d_j)/2, i ≤ j: the shift the signed-rank test is most compatible with. */
  estimate: number
  /**
   * Distribution-free 95 % confidence interval of the centre of symmetry: the k-th smallest and k-th largest Walsh
   * averages, k from the signed-rank distribution; null below 6 differences, where no such interval reaches 95 %.
   */
  ci: [number, number] | null
  /** Where k came from: the exact signed-rank distribution (up to WILCOXON_EXACT_LIMIT differences) or the normal. */
  method: 'exact' | 'asymptotic'
}

/**
 * 1-based rank k of the Walsh average that bounds the 95 % interval: the largest k with P(R+ ≤ k − 1) ≤ 2.5 % under the
 * null distribution of n untied ranks (the interval [W(k), W(M+1−k)] then covers with at least 95 %). Above
 * WILCOXON_EXACT_LIMIT the normal approximation with continuity correction gives k = ⌊n(n+1)/4 + 1/2 − z·σ⌋. Null when
 * even k = 1 does not reach the level.
 */
export function walshCriticalRank(n: number): { k: number | null; method: 'exact' | 'asymptotic' } {
  if (!Number.isInteger(n) || n < 1) throw new Error(`walshCriticalRank: n is ${n}, expected a positive integer`)
  const tail = (1 - CONFIDENCE) / 2
  if (n > WILCOXON_EXACT_LIMIT) {
    const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24)
    return { k: Math.floor((n * (n + 1)) / 4 + 0.5 - Z_TWO_SIDED_95 * sigma), method: 'asymptotic' }
  }
  const counts = signedRankCounts(n)
  const scale = 2 ** -n
  let below = 0
  let k = 0
  // P(R+ ≤ k) grows with k; the answer is the first k whose cumulative probability passes the tail.
  while (k < counts.length && below + counts[k] * scale <= tail) below += counts[k++] * scale
  return { k: k === 0 ? null : k, method: 'exact' }
}

/** The Hodges-Lehmann estimate of the centre of the differences and its signed-rank confidence interval. */
export function hodgesLehmann(differences: readonly number[]): HodgesLehmann {
  checkDifferences(differences, 'hodgesLehmann')
  const n = differences.length
  const walsh = new Float64Array((n * (n + 1)) / 2)
  let next = 0
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) walsh[next++] = midpoint(differences[i], differences[j])
  walsh.sort()
  const middle = walsh.length >> 1
  const estimate = walsh.length % 2 === 1 ? walsh[middle] : midpoint(walsh[middle - 1], walsh[middle])
  const { k, method } = walshCriticalRank(n)
  return { estimate, ci: k === null ? null : [walsh[k - 1], walsh[walsh.length - k]], method }
}
