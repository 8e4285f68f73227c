import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EXACT_LIMIT, mannWhitneyU, medianCiRanks, normalSf } from '../../src/stats/index.js'

/** Written by scripts/stats-reference.py with SciPy; see that script for how each vector was made. */
interface Reference {
  scipy: string
  mannWhitney: { note: string; a: number[]; b: number[]; u: number; asymptotic: number; exact: number | null }[]
  medianCiRanks: { n: number; lower: number; upper: number }[]
  normalSf: { z: number; sf: number }[]
}

const reference = JSON.parse(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'stats', 'scipy-reference.json'),
    'utf8'
  )
) as Reference

const TOLERANCE = 1e-6

function expectClose(actual: number, expected: number, what: string): void {
  const error = Math.abs(actual - expected)
  if (error > TOLERANCE)
    throw new Error(`${what}: got ${actual}, SciPy ${reference.scipy} gives ${expected} (off by ${error})`)
}

describe('Mann-Whitney U against scipy.stats.mannwhitneyu', () => {
  const withTies = reference.mannWhitney.filter((entry) => entry.exact === null)
  const withoutTies = reference.mannWhitney.filter((entry) => entry.exact !== null)

  it('has both kinds of vectors to check', () => {
    expect(withTies.length).toBeGreaterThanOrEqual(10)
    expect(withoutTies.length).toBeGreaterThanOrEqual(40)
  })

  it.each(reference.mannWhitney.map((entry) => [entry.note, entry] as const))(
    '%s: U and the asymptotic p-value',
    (note, entry) => {
      const result = mannWhitneyU(entry.a, entry.b, 'asymptotic')
      expect(result.u).toBe(entry.u)
      expect(result.method).toBe('asymptotic')
      expectClose(result.pValue, entry.asymptotic, `${note} asymptotic`)
    }
  )

  it.each(withoutTies.map((entry) => [entry.note, entry] as const))('%s: the exact p-value', (note, entry) => {
    const result = mannWhitneyU(entry.a, entry.b, 'exact')
    expect(result.method).toBe('exact')
    expectClose(result.pValue, entry.exact as number, `${note} exact`)
    // Swapping the samples turns U into n₁n₂ − U and leaves the two-sided p-value alone.
    const swapped = mannWhitneyU(entry.b, entry.a, 'exact')
    expect(swapped.u).toBe(entry.a.length * entry.b.length - entry.u)
    expectClose(swapped.pValue, entry.exact as number, `${note} exact, swapped`)
  })

  it('picks exact for small samples without ties and the approximation otherwise, with the matching p-value', () => {
    for (const entry of reference.mannWhitney) {
      const result = mannWhitneyU(entry.a, entry.b)
      const exact = entry.exact !== null && entry.a.length * entry.b.length <= EXACT_LIMIT
      expect([entry.note, result.method]).toEqual([entry.note, exact ? 'exact' : 'asymptotic'])
      expectClose(result.pValue, exact ? (entry.exact as number) : entry.asymptotic, `${entry.note} auto`)
    }
  })

  it('refuses the exact method on tied data and empty or non-finite samples', () => {
    expect(() => mannWhitneyU([1, 2, 2], [3, 4], 'exact')).toThrow(
      'mannWhitneyU: the exact method needs samples without tied values'
    )
    expect(() => mannWhitneyU([], [1])).toThrow('mannWhitneyU: sample a is empty')
    expect(() => mannWhitneyU([1], [2, Number.NaN])).toThrow(
      'mannWhitneyU: sample b value 1 is NaN, expected a finite number'
    )
  })
})

describe('median confidence interval ranks against scipy.stats.quantile_test', () => {
  it.each(reference.medianCiRanks.map((entry) => [entry.n, entry] as const))('n = %i', (n, entry) => {
    expect(medianCiRanks(n)).toEqual([entry.lower, entry.upper])
  })
})

describe('normal tail against scipy.stats.norm.sf', () => {
  it.each(reference.normalSf.map((entry) => [entry.z, entry] as const))('z = %f', (z, entry) => {
    expectClose(normalSf(z), entry.sf, `normalSf(${z})`)
    // Far tails matter for tiny p-values, so the relative error is checked as well.
    expect(Math.abs(normalSf(z) - entry.sf) / entry.sf).toBeLessThan(1e-9)
  })
})
