import { describe, expect, it } from '@jest/globals'
import { combineComparisons, crossPackagePenalty, stickyKeyFor } from '../../src/github/index.js'
import type { CellComparison, CellVerdict, Comparison, FigureSide, NumaFigure, Verdict } from '../../src/stats/types.js'

const comparison = (verdict: Verdict, verdicts: CellVerdict[]): Comparison => ({
  method: 'stored-baseline',
  verdict,
  alpha: 0.01,
  threshold: 0.05,
  baselineSource: null,
  // Only the verdicts are read when comparisons are combined.
  cells: verdicts.map((each) => ({ verdict: each }) as CellComparison),
  regressions: verdicts.filter((each) => each === 'regression').length,
  improvements: verdicts.filter((each) => each === 'improvement').length
})

describe('combineComparisons', () => {
  it("judges all machines' cell metrics together by the stats stage's one rule and adds the counts", () => {
    expect(
      combineComparisons([
        comparison('no-change', ['no-change']),
        comparison('regression', ['regression', 'regression', 'no-change']),
        comparison('improvement', ['improvement', 'improvement', 'improvement'])
      ])
    ).toEqual({ verdict: 'regression', metrics: 7, regressions: 2, improvements: 3, unchanged: 2, inconclusive: 0 })
    expect(combineComparisons([comparison('no-change', ['no-change']), null]).verdict).toBe('no-change')
    expect(combineComparisons([null, null]).verdict).toBe('no-baseline')
    // One improvement among mostly undecided metrics is no improvement: the run could not tell.
    expect(
      combineComparisons([
        comparison('improvement', ['improvement']),
        comparison('inconclusive', ['inconclusive', 'inconclusive'])
      ]).verdict
    ).toBe('inconclusive')
  })
})

describe('crossPackagePenalty', () => {
  const side = (placementClass: FigureSide['placementClass']): FigureSide => ({
    implementation: 'reference',
    placementClass,
    pinned: true,
    padding: 64,
    memoryHome: 'producer',
    cpuPairs: [[0, 2]]
  })
  const figure = (overrides: Partial<NumaFigure>): NumaFigure => ({
    kind: 'class',
    label: 'cross-package vs same-l3',
    sides: { reference: side('same-l3'), subject: side('cross-package') },
    pValue: 0.0001,
    adjustedP: 0.001,
    mode: 'throughput',
    implementation: 'reference',
    metric: 'messagesPerSecond',
    direction: 'higher-is-better',
    reference: { n: 10, median: 100, ci: [95, 105] },
    subject: { n: 10, median: 62, ci: [59, 65] },
    ratio: 0.62,
    ratioCi: [0.59, 0.65],
    ...overrides
  })

  it("formats the reference ring's cross-package throughput change with its CI", () => {
    expect(
      crossPackagePenalty([
        figure({ sides: { reference: side('same-l3'), subject: side('same-node') }, ratio: 0.9 }),
        figure({})
      ])
    ).toBe('-38% [-41, -35]')
  })

  it('is empty when cross-package throughput was not measured', () => {
    expect(crossPackagePenalty([figure({ mode: 'pingpong', metric: 'rttNs.p50', direction: 'lower-is-better' })])).toBe(
      ''
    )
    expect(crossPackagePenalty([figure({ implementation: 'subject' })])).toBe('')
    expect(crossPackagePenalty([])).toBe('')
  })
})

it('keys one comment per workflow, job and set of machines, in any order', () => {
  expect(stickyKeyFor('w', 'j', ['bbb', 'aaa', 'bbb'])).toEqual({ workflow: 'w', job: 'j', fingerprint: 'aaa+bbb' })
})
