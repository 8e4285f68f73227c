import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seededRandom } from '../../src/common/random.js'
import { hodgesLehmann, walshCriticalRank, wilcoxonSignedRank } from '../../src/stats/wilcoxon.js'

/** Written by scripts/stats-reference.py with SciPy; the Hodges-Lehmann fields are that script's own computation. */
interface WilcoxonVector {
  note: string
  d: number[]
  statistic: number
  auto: number
  autoMethod: 'exact' | 'permutation' | 'asymptotic'
  asymptotic: number
  exact: number | null
  permutation: number | null
  hlEstimate: number
  hlCriticalRank: number | null
  hlCi: [number, number] | null
  hlMethod: 'exact' | 'asymptotic'
}

const reference = JSON.parse(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'stats', 'scipy-reference.json'),
    'utf8'
  )
) as { scipy: string; wilcoxon: WilcoxonVector[] }

const TOLERANCE = 1e-6

function expectClose(actual: number, expected: number, what: string): void {
  const error = Math.abs(actual - expected)
  if (!(error <= TOLERANCE))
    throw new Error(`${what}: got ${actual}, SciPy ${reference.scipy} gives ${expected} (off by ${error})`)
}

const vectors = reference.wilcoxon.map((entry) => [entry.note, entry] as const)

describe('Wilcoxon signed-rank test against scipy.stats.wilcoxon', () => {
  it('has vectors for every branch of method="auto"', () => {
    const methods = reference.wilcoxon.map((entry) => entry.autoMethod)
    for (const method of ['exact', 'permutation', 'asymptotic'] as const)
      expect(methods.filter((value) => value === method).length).toBeGreaterThanOrEqual(10)
  })

  it.each(vectors)('%s: statistic, branch and p-value of the defaults', (note, entry) => {
    const result = wilcoxonSignedRank(entry.d)
    expect(result.statistic).toBe(entry.statistic)
    expect(result.method).toBe(entry.autoMethod)
    expectClose(result.pValue, entry.auto, `${note} auto`)
  })

  it.each(vectors)('%s: the asymptotic and exact p-values', (note, entry) => {
    expectClose(wilcoxonSignedRank(entry.d, 'asymptotic').pValue, entry.asymptotic, `${note} asymptotic`)
    if (entry.exact !== null) expectClose(wilcoxonSignedRank(entry.d, 'exact').pValue, entry.exact, `${note} exact`)
  })

  it('matches SciPy’s permutation test wherever it enumerates every sign assignment', () => {
    const permuted = reference.wilcoxon.filter((entry) => entry.autoMethod === 'permutation')
    expect(permuted.length).toBeGreaterThan(0)
    for (const entry of permuted) {
      expectClose(wilcoxonSignedRank(entry.d).pValue, entry.permutation as number, `${entry.note} permutation`)
    }
  })

  it('is symmetric: negating the differences leaves the two-sided p-value alone', () => {
    for (const entry of reference.wilcoxon) {
      const negated = entry.d.map((value) => -value)
      expectClose(wilcoxonSignedRank(negated).pValue, entry.auto, `${entry.note} negated`)
    }
  })

  it('gives p = 1 when every difference is zero, and refuses empty or non-finite input', () => {
    expect(wilcoxonSignedRank(new Array<number>(20).fill(0)).pValue).toBe(1)
    expect(() => wilcoxonSignedRank([])).toThrow('wilcoxonSignedRank: no differences (at least one pair is needed)')
    expect(() => wilcoxonSignedRank([1, Number.NaN])).toThrow(
      'wilcoxonSignedRank: difference 1 is NaN, expected a finite number'
    )
  })
})

describe('Hodges-Lehmann estimate and signed-rank interval (the script computes them from first principles)', () => {
  it.each(vectors)('%s', (note, entry) => {
    const result = hodgesLehmann(entry.d)
    expectClose(result.estimate, entry.hlEstimate, `${note} estimate`)
    expect(result.method).toBe(entry.hlMethod)
    expect(walshCriticalRank(entry.d.length).k).toBe(entry.hlCriticalRank)
    if (entry.hlCi === null) expect(result.ci).toBeNull()
    else {
      expectClose(result.ci![0], entry.hlCi[0], `${note} ci low`)
      expectClose(result.ci![1], entry.hlCi[1], `${note} ci high`)
    }
  })

  it('has no 95 % interval below 6 differences, where even the full range covers less', () => {
    expect(walshCriticalRank(5).k).toBeNull()
    expect(walshCriticalRank(6).k).toBe(1)
  })

  it('covers the true centre in about 95 % of seeded simulations (at least the level, as the critical rank is conservative)', () => {
    const random = seededRandom(20261130)
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
    const trials = 1000
    let covered = 0
    for (let trial = 0; trial < trials; trial++) {
      const { ci } = hodgesLehmann(Array.from({ length: 15 }, () => 0.3 + 0.1 * normal()))
      if (ci !== null && ci[0] <= 0.3 && 0.3 <= ci[1]) covered++
    }
    // Binomial(1000, 0.95) has a standard deviation of 0.7 %: 93.5 % to 97.5 % holds with room to spare.
    expect(covered / trials).toBeGreaterThan(0.935)
    expect(covered / trials).toBeLessThan(0.975)
  })
})
