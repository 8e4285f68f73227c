import { normalSf } from './distribution.js'

export interface MannWhitneyResult {
  /** U of the first sample: its rank sum minus n₁(n₁+1)/2 (SciPy's statistic). */
  u: number
  /** Two-sided p-value. */
  pValue: number
  method: 'exact' | 'asymptotic'
}

/**
 * Largest n₁·n₂ for which the exact null distribution is used. The exact counts cost O(min(n₁,n₂)·n₁·n₂) big-integer
 * additions, a few milliseconds at 50 × 50; above that the normal approximation is already very close.
 */
export const EXACT_LIMIT = 2500

interface Ranked {
  rankSumFirst: number
  /** Σ(t³ − t) over groups of tied values. */
  tieTerm: number
}

function rank(first: readonly number[], second: readonly number[]): Ranked {
  const pooled = [
    ...first.map((value) => ({ value, first: true })),
    ...second.map((value) => ({ value, first: false }))
  ]
  pooled.sort((left, right) => left.value - right.value)
  let rankSumFirst = 0
  let tieTerm = 0
  for (let start = 0; start < pooled.length;) {
    let end = start
    while (end + 1 < pooled.length && pooled[end + 1].value === pooled[start].value) end++
    const averageRank = (start + end) / 2 + 1
    const tied = end - start + 1
    tieTerm += tied ** 3 - tied
    for (let index = start; index <= end; index++) if (pooled[index].first) rankSumFirst += averageRank
    start = end + 1
  }
  return { rankSumFirst, tieTerm }
}

function checkSample(values: readonly number[], name: string): void {
  if (values.length === 0)
    throw new Error(`mannWhitneyU: sample ${name} is empty (each sample needs at least one value)`)
  const bad = values.findIndex((value) => !Number.isFinite(value))
  if (bad >= 0) throw new Error(`mannWhitneyU: sample ${name} value ${bad} is ${values[bad]}, expected a finite number`)
}

const cumulativeCounts = new Map<string, bigint[]>()

/**
 * Cumulative counts of the arrangements of m + n distinct values by U: entry k is how many of the C(m+n, m) orderings
 * give U ≤ k. The counts are the coefficients of the Gaussian binomial [m+n choose m](q), built by
 * [n+i choose i] = [n+i−1 choose i−1]·(1 − q^(n+i))/(1 − q^i) in exact integers.
 */
function exactCumulativeCounts(m: number, n: number): bigint[] {
  const small = Math.min(m, n)
  const large = Math.max(m, n)
  const cacheKey = `${small}x${large}`
  const cached = cumulativeCounts.get(cacheKey)
  if (cached) return cached
  let counts: bigint[] = [1n]
  for (let i = 1; i <= small; i++) {
    const shift = large + i
    const product = new Array<bigint>(counts.length + shift).fill(0n)
    for (let k = 0; k < counts.length; k++) {
      product[k] += counts[k]
      product[k + shift] -= counts[k]
    }
    const degree = i * large
    const quotient = new Array<bigint>(degree + 1).fill(0n)
    for (let k = 0; k <= degree; k++) quotient[k] = product[k] + (k >= i ? quotient[k - i] : 0n)
    counts = quotient
  }
  const cumulative: bigint[] = []
  let running = 0n
  for (const count of counts) cumulative.push((running += count))
  cumulativeCounts.set(cacheKey, cumulative)
  return cumulative
}

/** Two-sided exact p-value of U for samples of sizes m and n without ties: 2·P(U ≥ max(U, mn − U)), at most 1. */
function mannWhitneyExactP(u: number, m: number, n: number): number {
  const cumulative = exactCumulativeCounts(m, n)
  const larger = Math.max(u, m * n - u)
  // By symmetry P(U ≥ larger) = P(U ≤ mn − larger); mn − larger is a whole number when there are no ties.
  const atMost = Math.round(m * n - larger)
  const tail = Number(cumulative[atMost]) / Number(cumulative[cumulative.length - 1])
  return Math.min(1, 2 * tail)
}

/**
 * Two-sided p-value from the normal approximation with the tie correction of the variance and a continuity correction
 * of 0.5 toward the mean, exactly as scipy.stats.mannwhitneyu(method='asymptotic', use_continuity=True).
 */
function mannWhitneyAsymptoticP(u: number, m: number, n: number, tieTerm: number): number {
  const total = m + n
  const variance = ((m * n) / 12) * (total + 1 - tieTerm / (total * (total - 1)))
  if (!(variance > 0)) return 1
  const z = (Math.max(u, m * n - u) - (m * n) / 2 - 0.5) / Math.sqrt(variance)
  return Math.min(1, Math.max(0, 2 * normalSf(z)))
}

/**
 * Mann-Whitney U test, two-sided. By default ('auto') the exact distribution is used when there are no ties and
 * n₁·n₂ ≤ EXACT_LIMIT, otherwise the tie-corrected normal approximation with continuity correction. 'exact' refuses
 * tied data, for which the exact distribution without ties would be wrong.
 */
export function mannWhitneyU(
  first: readonly number[],
  second: readonly number[],
  method: 'auto' | 'exact' | 'asymptotic' = 'auto'
): MannWhitneyResult {
  checkSample(first, 'a')
  checkSample(second, 'b')
  const m = first.length
  const n = second.length
  const { rankSumFirst, tieTerm } = rank(first, second)
  const u = rankSumFirst - (m * (m + 1)) / 2
  if (method === 'exact' && tieTerm > 0)
    throw new Error('mannWhitneyU: the exact method needs samples without tied values')
  const exact = method === 'exact' || (method === 'auto' && tieTerm === 0 && m * n <= EXACT_LIMIT)
  if (exact) return { u, pValue: mannWhitneyExactP(u, m, n), method: 'exact' }
  return { u, pValue: mannWhitneyAsymptoticP(u, m, n, tieTerm), method: 'asymptotic' }
}

/** The smallest two-sided p-value any data can give with m and n values (complete separation, exact test). */
export function smallestPossibleP(m: number, n: number): number {
  let arrangements = 1
  for (let index = 1; index <= Math.min(m, n); index++) arrangements = (arrangements * (m + n - index + 1)) / index
  return Math.min(1, 2 / arrangements)
}

/**
 * Holm's step-down adjustment: the k-th smallest p-value is multiplied by (m − k + 1), made monotone, and capped at 1.
 * Controls the family-wise error rate at alpha across all cells of a comparison, with no assumption about dependence.
 */
export function holm(pValues: readonly number[]): number[] {
  pValues.forEach((value, index) => {
    if (!(value >= 0 && value <= 1))
      throw new Error(`holm: p-value ${index} is ${value}, expected a number from 0 to 1`)
  })
  const order = pValues.map((_, index) => index).sort((left, right) => pValues[left] - pValues[right])
  const adjusted = new Array<number>(pValues.length)
  let running = 0
  order.forEach((original, step) => {
    running = Math.max(running, Math.min(1, (pValues.length - step) * pValues[original]))
    adjusted[original] = running
  })
  return adjusted
}
