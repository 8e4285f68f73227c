import { describe, expect, it } from '@jest/globals'
import { twoSocketRun } from '../../__fixtures__/report/builders.js'
import { numaFigures } from '../../src/stats/index.js'
import { cellResult, makeCell, resultsFile } from './synthetic.js'

describe('implementation figures: each other implementation against the reference, per class', () => {
  const withBatched = numaFigures(twoSocketRun({ batched: true, subject: true, paddings: [64] }))
  const implementations = withBatched.filter((figure) => figure.kind === 'implementation')

  it('sets the batched ring against the reference in every class it was planned for, with CI and adjusted p', () => {
    const batched = implementations.filter((figure) => figure.implementation === 'batched')
    expect(batched.map((figure) => figure.label).sort()).toEqual([
      'batched vs reference (cross-package)',
      'batched vs reference (same-l3)'
    ])
    const cross = batched.find((figure) => figure.sides.subject.placementClass === 'cross-package')!
    expect(cross).toMatchObject({ mode: 'throughput', metric: 'messagesPerSecond', direction: 'higher-is-better' })
    expect(cross.sides.subject).toMatchObject({ implementation: 'batched', padding: 64 })
    expect(cross.sides.reference).toMatchObject({ implementation: 'reference', padding: 64 })
    expect(cross.ratio).toBeCloseTo(1.6, 2)
    expect(cross.ratioCi[0]).toBeLessThanOrEqual(cross.ratio)
    expect(cross.ratioCi[1]).toBeGreaterThanOrEqual(cross.ratio)
    expect(cross.adjustedP).toBeGreaterThanOrEqual(cross.pValue)
    expect(batched.find((figure) => figure.label.endsWith('(same-l3)'))!.ratio).toBeCloseTo(1.3, 2)
  })

  it('keeps the subject beside it, and gives the batched ring no figures of its own', () => {
    expect(implementations.filter((figure) => figure.implementation === 'subject').length).toBeGreaterThan(0)
    const own = withBatched.filter((figure) => figure.implementation === 'batched' && figure.kind !== 'implementation')
    expect(own).toEqual([])
    // The Holm family is every figure of the run: the reference's figures are adjusted across the batched ones too.
    const reference = numaFigures(twoSocketRun({ subject: true, paddings: [64] }))
    expect(withBatched.length - reference.length).toBe(2)
  })
})

describe('figure ratios stay finite', () => {
  const extreme = (reference: number, batched: number) => {
    const cells = (['reference', 'batched'] as const).map((subject) =>
      cellResult(
        makeCell({ mode: 'throughput', place: 'same-l3', subject }),
        Array.from({ length: 6 }, (_, index) => (subject === 'reference' ? reference : batched) * (1 + index * 0.01))
      )
    )
    return numaFigures(resultsFile(cells), { resamples: 200 })
  }

  it('leaves out a figure whose ratio of medians leaves the range of a double', () => {
    expect(extreme(1e-300, 1e300)).toEqual([])
    expect(extreme(1e300, 1e-300)).toEqual([])
  })

  it('keeps an extreme ratio that is still finite, with finite bounds', () => {
    const [figure] = extreme(1e-200, 1e100)
    expect(figure.ratio / 1e300).toBeCloseTo(1, 5)
    for (const value of [figure.ratio, ...figure.ratioCi]) expect(Number.isFinite(value)).toBe(true)
  })
})
