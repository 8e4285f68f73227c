import { describe, expect, it } from '@jest/globals'
import {
  bootstrapRatioCi,
  holm,
  mannWhitneyU,
  median,
  medianCiRanks,
  smallestPossibleP,
  summarize
} from '../../src/stats/index.js'
import { normalSampler } from './synthetic.js'

describe('summarize', () => {
  it('gives the median and the order statistics that bound it', () => {
    expect(summarize([5, 1, 3])).toEqual({ n: 3, median: 3, ci: [1, 5] })
    expect(summarize([4, 1, 3, 2])).toEqual({ n: 4, median: 2.5, ci: [1, 4] })
    // n = 10: ranks 2 and 9 (P(B ≤ 1) = 11/1024 ≤ 2.5 % < P(B ≤ 2)).
    expect(summarize([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({ n: 10, median: 5.5, ci: [2, 9] })
  })

  it('covers the true median about 95 % of the time', () => {
    const sample = normalSampler(11)
    let covered = 0
    const trials = 2000
    for (let trial = 0; trial < trials; trial++) {
      const { ci } = summarize(sample(15, 100, 10))
      if (ci[0] <= 100 && 100 <= ci[1]) covered++
    }
    // The exact coverage at n = 15 (ranks 4 and 12) is 1 − 2·P(B ≤ 3) = 96.5 %; ±3 standard errors of 2000 trials.
    expect(medianCiRanks(15)).toEqual([4, 12])
    expect(covered / trials).toBeGreaterThan(0.965 - 0.013)
    expect(covered / trials).toBeLessThan(0.965 + 0.013)
  })

  it('keeps the median of values near the largest double finite (their sum is not)', () => {
    expect(median([1e308, 1.5e308])).toBe(1.25e308)
    expect(summarize([1.7e308, 1e308, 1.5e308, 1.2e308]).median).toBe(1.35e308)
    expect(median([Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Number.MAX_VALUE)
  })

  it('names what is wrong with its input', () => {
    expect(() => summarize([])).toThrow('summarize: no values to summarize (at least one is needed)')
    expect(() => summarize([1, Number.POSITIVE_INFINITY])).toThrow(
      'summarize: value 1 is Infinity, expected a finite number'
    )
    expect(() => medianCiRanks(0)).toThrow('medianCiRanks: n is 0, expected a positive integer')
    expect(median([3, 1, 2, 10])).toBe(2.5)
  })
})

describe('holm', () => {
  it('multiplies the k-th smallest p-value by m − k + 1, keeps the order monotone and caps at 1', () => {
    // Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → raised to 0.06 to stay monotone.
    expect(holm([0.01, 0.04, 0.03, 0.005]).map((value) => Number(value.toFixed(12)))).toEqual([0.03, 0.06, 0.06, 0.02])
    expect(holm([0.5, 0.6])).toEqual([1, 1])
    expect(holm([])).toEqual([])
    expect(() => holm([0.1, Number.NaN])).toThrow('holm: p-value 1 is NaN, expected a number from 0 to 1')
  })
})

describe('Mann-Whitney U under the null hypothesis', () => {
  it('rejects at about alpha, never clearly more often, for exact and asymptotic p-values', () => {
    const sample = normalSampler(7)
    const alpha = 0.05
    const trials = 3000
    for (const size of [8, 40]) {
      let rejections = 0
      for (let trial = 0; trial < trials; trial++) {
        if (mannWhitneyU(sample(size, 50, 3), sample(size, 50, 3)).pValue < alpha) rejections++
      }
      const rate = rejections / trials
      // Upper bound: alpha plus two standard errors of the trial count; lower bound catches p-values that are too large.
      const upper = alpha + 2 * Math.sqrt((alpha * (1 - alpha)) / trials)
      if (!(rate <= upper && rate > alpha / 2))
        throw new Error(`n = ${size}: rejected ${rate} of A/A trials, expected ${alpha / 2} to ${upper}`)
    }
  })

  it('knows the smallest p-value a sample size allows', () => {
    expect(smallestPossibleP(5, 5)).toBeCloseTo(2 / 252, 15)
    expect(mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]).pValue).toBeCloseTo(smallestPossibleP(5, 5), 15)
  })
})

describe('bootstrapRatioCi', () => {
  const sample = normalSampler(5)
  const reference = sample(12, 1000, 20)
  const shifted = sample(12, 1100, 20)

  it('is reproducible for a seed and brackets a clear shift', () => {
    const ci = bootstrapRatioCi(reference, shifted, { seed: 42 })
    expect(bootstrapRatioCi(reference, shifted, { seed: 42 })).toEqual(ci)
    expect(bootstrapRatioCi(reference, shifted, { seed: 43 })).not.toEqual(ci)
    const ratio = median(shifted) / median(reference)
    expect(ci[0]).toBeLessThan(ratio)
    expect(ci[1]).toBeGreaterThan(ratio)
    expect(ci[0]).toBeGreaterThan(1.05)
    expect(ci[1]).toBeLessThan(1.15)
  })

  it('covers the true ratio of medians most of the time', () => {
    let covered = 0
    const trials = 200
    for (let trial = 0; trial < trials; trial++) {
      const [low, high] = bootstrapRatioCi(sample(15, 1000, 50), sample(15, 1100, 50), { seed: trial, resamples: 400 })
      if (low <= 1.1 && 1.1 <= high) covered++
    }
    // The percentile bootstrap of a median runs a little below its nominal 95 % at small n.
    expect(covered / trials).toBeGreaterThan(0.88)
    expect(covered / trials).toBeLessThan(0.995)
  })

  it('resamples medians of values near the largest double without overflowing', () => {
    const huge = [1e308, 1.1e308, 1.2e308, 1.3e308, 1.4e308, 1.5e308]
    const [low, high] = bootstrapRatioCi(huge, huge, { seed: 5, resamples: 200 })
    expect(Number.isFinite(low) && Number.isFinite(high)).toBe(true)
    expect(low).toBeLessThanOrEqual(1)
    expect(high).toBeGreaterThanOrEqual(1)
  })

  it('refuses empty samples, non-positive values and too few resamples', () => {
    expect(() => bootstrapRatioCi([], [1], { seed: 1 })).toThrow('bootstrapRatioCi: the reference sample is empty')
    expect(() => bootstrapRatioCi([1], [0], { seed: 1 })).toThrow(
      'bootstrapRatioCi: subject value 0 is 0, expected a positive number'
    )
    expect(() => bootstrapRatioCi([1], [1], { seed: 1, resamples: 10 })).toThrow(
      'bootstrapRatioCi: resamples is 10, expected a whole number of at least 100'
    )
  })
})
