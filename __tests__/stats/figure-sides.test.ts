/** The NUMA figures as typed facts: which cells each side pooled, every metric the report prints, Holm across the run. */
import { describe, expect, it } from '@jest/globals'
import { holm, numaFigures } from '../../src/stats/index.js'
import { twoSocketRun } from '../../__fixtures__/report/builders.js'

describe('numaFigures sides and p-values', () => {
  const run = twoSocketRun({ pinning: 'both' })
  const figures = numaFigures(run)

  it('names each side by class, pairs, padding, memory home, pinning and implementation', () => {
    const cross = figures.find(
      (figure) =>
        figure.kind === 'class' &&
        figure.mode === 'throughput' &&
        figure.sides.subject.placementClass === 'cross-package'
    )!
    expect(cross.sides.reference).toEqual({
      implementation: 'reference',
      placementClass: 'same-l3',
      pinned: true,
      padding: 64,
      memoryHome: 'producer',
      cpuPairs: expect.arrayContaining([
        [2, 3],
        [3, 2]
      ])
    })
    expect(cross.sides.subject.cpuPairs).toEqual(expect.arrayContaining([[1, 2]]))
    const pinning = figures.find((figure) => figure.kind === 'pinning' && figure.mode === 'throughput')!
    expect(pinning.sides.subject).toMatchObject({
      placementClass: 'unpinned',
      pinned: false,
      memoryHome: 'first-touch',
      cpuPairs: []
    })
    const padding = figures.find((figure) => figure.kind === 'padding')!
    expect([padding.sides.reference.padding, padding.sides.subject.padding]).toEqual([64, 128])
  })

  it('draws the RTT p99 class figures from the same cells as the p50 ones', () => {
    const classPingpong = figures.filter((figure) => figure.kind === 'class' && figure.mode === 'pingpong')
    expect(classPingpong.map((figure) => figure.metric).sort()).toEqual(['rttNs.p50', 'rttNs.p99'])
    const [p50, p99] = ['rttNs.p50', 'rttNs.p99'].map((metric) =>
      classPingpong.find((figure) => figure.metric === metric)!
    )
    expect(p99.sides).toEqual(p50.sides)
    expect(p99.subject.median).toBeCloseTo(3 * p50.subject.median, 6)
    expect(p99.subject.n).toBe(p50.subject.n)
  })

  it('adjusts every p-value by Holm across all figures of the run, as the gate does', () => {
    expect(figures.map((figure) => figure.adjustedP)).toEqual(holm(figures.map((figure) => figure.pValue)))
    expect(figures.every((figure) => figure.adjustedP >= figure.pValue)).toBe(true)
  })
})
