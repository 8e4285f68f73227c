import { describe, expect, it } from '@jest/globals'
import { seededRandom } from '../../src/common/random.js'
import { eDivisiveMeans } from '../../src/stats/change-points.js'

/** Normal draws by Box-Muller from the tool's seeded generator. */
function normals(seed: number, count: number, mean = 0, sd = 1): number[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, () => {
    const u = 1 - random()
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
  })
}

describe('eDivisiveMeans', () => {
  it("finds the two changes of ecp's e.divisive example design (N(0,1), N(3,1), N(0,2)), at a third of its size", () => {
    // ecp's documentation reports estimates 1, 101, 201, 301 (1-based segment starts) for 100 values each and
    // min.size 30; 60 each and min.size 20 keep the test quick. Other random numbers than R's: the estimates may move
    // by a few runs, not more.
    const series = [...normals(100, 60), ...normals(101, 60, 3), ...normals(102, 60, 0, 2)]
    const found = eDivisiveMeans(series, { minSize: 20 })
    expect(found).toHaveLength(2)
    expect(Math.abs(found[0].index - 60)).toBeLessThanOrEqual(3)
    expect(Math.abs(found[1].index - 120)).toBeLessThanOrEqual(3)
    for (const change of found) expect(change.pValue).toBeLessThanOrEqual(0.05)
  })

  it('finds a 10 % step in a short CI history at the run where it happened', () => {
    const series = [...normals(7, 12, 100, 2), ...normals(8, 8, 90, 2)]
    expect(eDivisiveMeans(series).map((change) => change.index)).toEqual([12])
  })

  it('finds nothing in a flat series and in noise without a change, false alarms near the 5 % level', () => {
    expect(eDivisiveMeans(Array.from({ length: 20 }, () => 5))).toEqual([])
    const alarms = Array.from({ length: 20 }, (_, seed) => eDivisiveMeans(normals(1000 + seed, 20)).length)
    expect(alarms.filter((count) => count > 0).length).toBeLessThanOrEqual(3)
  })

  it('gives the same answer for the same seed, and p-values from the permutation count', () => {
    const series = [...normals(3, 10, 0), ...normals(4, 10, 1.5)]
    const once = eDivisiveMeans(series, { seed: 9 })
    expect(eDivisiveMeans(series, { seed: 9 })).toEqual(once)
    expect(once[0].pValue * 200).toBeCloseTo(Math.round(once[0].pValue * 200), 9)
  })

  it('needs minSize runs on each side of a change', () => {
    const series = [...normals(5, 18, 100, 1), ...normals(6, 2, 80, 1)]
    expect(eDivisiveMeans(series, { minSize: 3 }).map((change) => change.index)).not.toContain(18)
    expect(eDivisiveMeans(series, { minSize: 2 }).map((change) => change.index)).toContain(18)
  })

  it('refuses values that are not finite and impossible options', () => {
    expect(() => eDivisiveMeans([1, Number.NaN, 2])).toThrow('not finite')
    expect(() => eDivisiveMeans([1, 2, 3], { minSize: 0 })).toThrow('minSize is 0, expected 1 or more')
    expect(() => eDivisiveMeans([1, 2, 3], { permutations: 0 })).toThrow('permutations is 0')
  })
})
