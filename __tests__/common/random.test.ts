import { describe, expect, it } from '@jest/globals'
import { hashSeed, seededRandom } from '../../src/common/random.js'

const draw = (seed: number, count = 8) => {
  const random = seededRandom(seed)
  return Array.from({ length: count }, () => random())
}

describe('seededRandom', () => {
  it('gives the same stream for the same seed, values in [0, 1)', () => {
    expect(draw(42, 100)).toEqual(draw(42, 100))
    for (const value of draw(7, 1000)) {
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThan(1)
    }
  })

  it('uses all 53 bits of the seed: seeds that differ by 2^32 (or only in the top bit) give different streams', () => {
    expect(draw(5)).not.toEqual(draw(5 + 2 ** 32))
    expect(draw(0)).not.toEqual(draw(2 ** 32))
    expect(draw(Number.MAX_SAFE_INTEGER)).not.toEqual(draw(Number.MAX_SAFE_INTEGER - 2 ** 52))
  })

  it('gives neighbouring seeds unrelated streams', () => {
    const first = draw(1, 1)[0]
    const second = draw(2, 1)[0]
    expect(Math.abs(first - second)).toBeGreaterThan(1e-3)
  })

  it('is roughly uniform: each tenth of [0, 1) gets 10 % ± 1 % of 100 000 draws', () => {
    const random = seededRandom(20261130)
    const counts = new Array<number>(10).fill(0)
    for (let index = 0; index < 100_000; index++) counts[Math.floor(random() * 10)]++
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(1_000)
  })

  it('rejects seeds it cannot use whole', () => {
    for (const seed of [-1, 1.5, 2 ** 53, Number.NaN, Infinity]) {
      expect(() => seededRandom(seed)).toThrow(
        `seededRandom: seed is ${seed}, expected a whole number from 0 to 9007199254740991 (2^53 − 1)`
      )
    }
  })
})

describe('hashSeed', () => {
  it('is FNV-1a: stable, 32-bit, and different for different texts', () => {
    expect(hashSeed('')).toBe(0x811c9dc5)
    expect(hashSeed('a')).toBe(0xe40c292c)
    expect(hashSeed('cell#messagesPerSecond')).not.toBe(hashSeed('cell#rttNs.p50'))
  })
})
