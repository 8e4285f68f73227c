import { describe, expect, it } from '@jest/globals'
import { combineComparisons, crossPackagePenalty, stickyKeyFor } from '../../src/github/index.js'
import type { Comparison, NumaFigure, Verdict } from '../../src/stats/types.js'

const comparison = (verdict: Verdict, regressions = 0, improvements = 0): Comparison => ({
  method: 'stored-baseline',
  verdict,
  alpha: 0.01,
  threshold: 0.05,
  baselineSource: null,
  cells: [],
  regressions,
  improvements
})

describe('combineComparisons', () => {
  it('lets the most serious machine decide and adds the counts', () => {
    expect(
      combineComparisons([comparison('no-change'), comparison('regression', 2), comparison('improvement', 0, 3)])
    ).toEqual({
      verdict: 'regression',
      regressions: 2,
      improvements: 3
    })
    expect(combineComparisons([comparison('no-change'), null]).verdict).toBe('no-change')
    expect(combineComparisons([null, null]).verdict).toBe('no-baseline')
    expect(combineComparisons([comparison('improvement', 0, 1), comparison('inconclusive')]).verdict).toBe(
      'inconclusive'
    )
  })
})

describe('crossPackagePenalty', () => {
  const figure = (overrides: Partial<NumaFigure>): NumaFigure => ({
    kind: 'class',
    label: 'cross-package vs same-l3',
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
    expect(crossPackagePenalty([figure({ label: 'same-node vs same-l3', ratio: 0.9 }), figure({})])).toBe(
      '-38% [-41, -35]'
    )
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
