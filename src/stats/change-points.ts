/**
 * Change points of a series by E-divisive with means (Matteson & James 2014, "A nonparametric approach for multiple
 * change point analysis of multivariate data", JASA 109:505), in the form MongoDB's signal-processing-algorithms and
 * Apache Otava (formerly Hunter) use for CI performance history: each segment between known change points is split
 * where the divergence q̂ of its two parts is largest (the right part runs to the segment's end, not to a searched
 * κ as in R's ecp), and the split is kept only when a permutation test finds it significant. No maintained npm package
 * implements it (npm has only unrelated Bayesian and CUSUM packages), so it is written here.
 *
 * With exponent α = 1, for a left part X of m values and a right part Y of k values:
 *   Ê = 2/(mk) Σ|Xi − Yj| − C(m,2)⁻¹ Σ_{i<l} |Xi − Xl| − C(k,2)⁻¹ Σ_{j<l} |Yj − Yl|,   q̂ = mk/(m+k) · Ê.
 * Significance as in ecp's e.divisive: R permutations of every segment's values, p = (1 + #{max q̂ of a permutation
 * ≥ observed}) / (R + 1); the search stops at the first candidate with p > α.
 */
import { seededRandom } from '../common/random.js'

export interface ChangePointOptions {
  /** Significance level of the permutation test (ecp's sig.lvl; ecp's default 0.05). */
  alpha?: number
  /** Permutations per candidate (ecp's R; ecp's default 199). */
  permutations?: number
  /**
   * Fewest values on either side of a change (ecp's min.size defaults to 30; performance histories are short, and a
   * shift needs a few runs after it before it can be told from one odd run).
   */
  minSize?: number
  /** Seed of the permutations, so the same series always gives the same answer. */
  seed?: number
}

export interface ChangePoint {
  /** Index of the first value after the change. */
  index: number
  /** q̂ of the split when it was found. */
  qHat: number
  /** Permutation p-value of the split when it was found. */
  pValue: number
}

export const CHANGE_POINT_DEFAULTS: Required<ChangePointOptions> = {
  alpha: 0.05,
  permutations: 199,
  minSize: 3,
  seed: 1
}

interface Candidate {
  index: number
  qHat: number
}

/** Distances of each value to the values before and after it within its segment, reused across calls. */
interface Scratch {
  before: Float64Array
  after: Float64Array
}

/** The best split of values[start, end) with at least minSize values on each side, or null when it is too short. */
function bestSplit(values: readonly number[], start: number, end: number, minSize: number, scratch: Scratch) {
  const n = end - start
  if (n < 2 * minSize) return null
  const { before, after } = scratch
  before.fill(0, 0, n)
  after.fill(0, 0, n)
  for (let a = 0; a < n; a++) {
    const value = values[start + a]
    for (let b = a + 1; b < n; b++) {
      const distance = Math.abs(value - values[start + b])
      after[a] += distance
      before[b] += distance
    }
  }
  let withinLeft = 0
  let withinRight = 0
  for (let a = 0; a < n; a++) withinRight += after[a]
  let between = 0
  let best: Candidate | null = null
  // Move value t from the right part to the left one, so the split is at t + 1.
  for (let t = 0; t < n - minSize; t++) {
    withinLeft += before[t]
    withinRight -= after[t]
    between += after[t] - before[t]
    const m = t + 1
    const k = n - m
    if (m < minSize) continue
    const divergence =
      (2 * between) / (m * k) -
      (m > 1 ? withinLeft / ((m * (m - 1)) / 2) : 0) -
      (k > 1 ? withinRight / ((k * (k - 1)) / 2) : 0)
    const qHat = ((m * k) / (m + k)) * divergence
    if (best === null || qHat > best.qHat) best = { index: start + m, qHat }
  }
  return best
}

function bestOverSegments(values: readonly number[], bounds: readonly number[], minSize: number, scratch: Scratch) {
  let best: Candidate | null = null
  for (let segment = 0; segment + 1 < bounds.length; segment++) {
    const candidate = bestSplit(values, bounds[segment], bounds[segment + 1], minSize, scratch)
    if (candidate !== null && (best === null || candidate.qHat > best.qHat)) best = candidate
  }
  return best
}

function shuffleSegments(values: number[], bounds: readonly number[], random: () => number): void {
  for (let segment = 0; segment + 1 < bounds.length; segment++) {
    const first = bounds[segment]
    for (let index = bounds[segment + 1] - 1; index > first; index--) {
      const other = first + Math.floor(random() * (index - first + 1))
      const held = values[index]
      values[index] = values[other]
      values[other] = held
    }
  }
}

/** The significant change points of a series, by index, in order. */
export function eDivisiveMeans(series: readonly number[], options: ChangePointOptions = {}): ChangePoint[] {
  const { alpha, permutations, minSize, seed } = { ...CHANGE_POINT_DEFAULTS, ...options }
  if (!series.every(Number.isFinite)) throw new Error('eDivisiveMeans: the series holds a value that is not finite')
  if (!Number.isInteger(minSize) || minSize < 1)
    throw new Error(`eDivisiveMeans: minSize is ${minSize}, expected 1 or more`)
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new Error(`eDivisiveMeans: permutations is ${permutations}, expected a whole number of 1 or more`)
  }
  const random = seededRandom(seed)
  const scratch: Scratch = { before: new Float64Array(series.length), after: new Float64Array(series.length) }
  const bounds = [0, series.length]
  const found: ChangePoint[] = []
  for (;;) {
    const candidate = bestOverSegments(series, bounds, minSize, scratch)
    if (candidate === null || !(candidate.qHat > 0)) break
    let asLarge = 0
    const shuffled = [...series]
    for (let round = 0; round < permutations; round++) {
      shuffleSegments(shuffled, bounds, random)
      const permuted = bestOverSegments(shuffled, bounds, minSize, scratch)
      if (permuted !== null && permuted.qHat >= candidate.qHat) asLarge++
    }
    const pValue = (1 + asLarge) / (permutations + 1)
    if (pValue > alpha) break
    found.push({ index: candidate.index, qHat: candidate.qHat, pValue })
    bounds.push(candidate.index)
    bounds.sort((a, b) => a - b)
  }
  return found.sort((a, b) => a.index - b.index)
}
