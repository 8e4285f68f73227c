import { describe, expect, it } from '@jest/globals'
import { classChanges, combineComparisons, combineVerdicts } from '../../src/stats/verdict.js'
import type { CellVerdict } from '../../src/stats/types.js'
import { cellComparison, comparison, twoSocketRun } from '../../__fixtures__/report/builders.js'

const repeat = (verdict: CellVerdict, count: number): CellVerdict[] => Array.from({ length: count }, () => verdict)

describe('combineVerdicts, the one rule', () => {
  it('is a regression when any metric regressed, whatever the rest', () => {
    expect(combineVerdicts(['regression', ...repeat('inconclusive', 9)]).verdict).toBe('regression')
  })

  it('is inconclusive when more than half of the metrics are undecided, or all are', () => {
    expect(combineVerdicts(['improvement', ...repeat('inconclusive', 32)]).verdict).toBe('inconclusive')
    expect(combineVerdicts(['no-change', 'inconclusive']).verdict).toBe('no-change')
    expect(combineVerdicts(['no-change', 'inconclusive', 'inconclusive']).verdict).toBe('inconclusive')
    expect(combineVerdicts([]).verdict).toBe('inconclusive')
  })

  it('is an improvement when any improved, else no-change, and counts every verdict', () => {
    expect(combineVerdicts(['improvement', 'no-change', 'inconclusive'])).toEqual({
      verdict: 'improvement',
      metrics: 3,
      regressions: 0,
      improvements: 1,
      unchanged: 1,
      inconclusive: 1
    })
    expect(combineVerdicts(['no-change', 'no-change']).verdict).toBe('no-change')
  })

  it('combines machines over all their metrics, and says no-baseline when none was compared', () => {
    const run = twoSocketRun()
    const row = (verdict: CellVerdict) => cellComparison(run.cells[0].cell, 'messagesPerSecond', verdict, 100, 100)
    expect(combineComparisons([comparison([row('no-change')]), comparison([row('regression')])]).regressions).toBe(1)
    expect(combineComparisons([null]).verdict).toBe('no-baseline')
  })
})

describe('classChanges', () => {
  const run = twoSocketRun()
  const throughput = run.cells.filter(({ cell }) => cell.mode === 'throughput' && cell.pinned).map(({ cell }) => cell)
  const cross = throughput.filter((cell) => cell.placementClass === 'cross-package')
  const local = throughput.filter((cell) => cell.placementClass === 'same-l3')

  it('groups by class, regressions first, with the median change and the envelope of the cell CIs', () => {
    const rows = [
      ...local.map((cell) => cellComparison(cell, 'messagesPerSecond', 'no-change', 100, 100)),
      ...cross.map((cell, index) =>
        cellComparison(cell, 'messagesPerSecond', index === 0 ? 'inconclusive' : 'regression', 100, 84 + index)
      )
    ]
    const [first, second] = classChanges(comparison(rows))
    expect(first.placementClass).toBe('cross-package')
    expect(first.combined.verdict).toBe('regression')
    expect(first.combined.regressions).toBe(cross.length - 1)
    expect(first.ratio).toBeCloseTo((84 + (cross.length - 1) / 2) / 100, 9)
    expect(first.ratioEnvelope?.[0]).toBeCloseTo(0.84 * 0.98, 9)
    expect(first.ratioEnvelope?.[1]).toBeCloseTo(((84 + cross.length - 1) / 100) * 1.02, 9)
    expect(second.placementClass).toBe('same-l3')
    expect(second.combined.verdict).toBe('no-change')
  })
})
