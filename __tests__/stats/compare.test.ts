import { describe, expect, it } from '@jest/globals'
import type { Cell } from '../../src/plan/types.js'
import {
  compareResults,
  COMPARED_METRICS,
  MIN_VALID_SAMPLES,
  type CompareOptions,
  type RunToRunSpread
} from '../../src/stats/index.js'
import { cellResult, makeCell, normalSampler, resultsFile } from './synthetic.js'

const CELLS: Cell[] = [
  makeCell({ mode: 'throughput', place: 'same-l3' }),
  makeCell({ mode: 'throughput', place: 'cross-package', pair: [0, 8] }),
  makeCell({ mode: 'pingpong', place: 'same-l3' }),
  makeCell({ mode: 'pingpong', place: 'cross-package', pair: [0, 8] }),
  makeCell({ mode: 'same-thread', place: 'smt-sibling', pair: [0, 0] })
]
/** Metrics judged per run of CELLS: one for each streaming cell, p50 and p99 for each pingpong cell. */
const METRIC_COUNT = 7

const typical = (cell: Cell) => (cell.mode === 'pingpong' ? 400 : 2e7)
const DEFAULTS: CompareOptions = { alpha: 0.01, threshold: 0.05, baselineSource: 'newest on main' }

/** A run-to-run spread of every cell metric of CELLS, as `runs` stored runs would give it (±2 % by default). */
function knownSpread(runs = 3, spread = 0.02): Map<string, RunToRunSpread> {
  return new Map(
    CELLS.flatMap((cell) =>
      COMPARED_METRICS[cell.mode].map((metric) => [`${cell.key}#${metric.name}`, { spread, runs }])
    )
  )
}
/** Judged with the run-to-run spread known from three stored runs: a change beyond it and the threshold counts. */
const KNOWN: CompareOptions = { ...DEFAULTS, runToRunSpread: knownSpread(), baselineRuns: 3 }

/** One run of CELLS: `count` samples per cell, spread `noise` (relative), medians scaled per cell by `scale`. */
function run(
  sample: ReturnType<typeof normalSampler>,
  noise: number,
  scale: (cell: Cell) => number = () => 1,
  count = 10
) {
  return resultsFile(
    CELLS.map((cell) => cellResult(cell, sample(count, typical(cell) * scale(cell), typical(cell) * noise)))
  )
}

describe('compareResults finds injected shifts once the run-to-run spread is known', () => {
  it('calls a 10 % loss a regression: throughput down, round trips up', () => {
    const sample = normalSampler(21)
    const baseline = run(sample, 0.02)
    const current = run(sample, 0.02, (cell) => (cell.mode === 'pingpong' ? 1.1 : 0.9))
    const comparison = compareResults(baseline, current, KNOWN)
    expect(comparison.verdict).toBe('regression')
    expect(comparison.regressions).toBe(METRIC_COUNT)
    expect(comparison.improvements).toBe(0)
    expect(comparison.method).toBe('stored-baseline')
    expect(comparison.baselineRuns).toBe(3)
    expect(comparison.baselineSource).toBe('newest on main')
    for (const cell of comparison.cells) {
      const expected = cell.direction === 'higher-is-better' ? 0.9 : 1.1
      expect([cell.key, cell.verdict]).toEqual([cell.key, 'regression'])
      expect(cell.ratio).toBeCloseTo(expected, 1)
      expect(cell.adjustedP).toBeLessThan(DEFAULTS.alpha)
      expect(cell.adjustedP).toBeGreaterThanOrEqual(cell.pValue as number)
      const [low, high] = cell.ratioCi as [number, number]
      expect(low).toBeLessThanOrEqual(cell.ratio as number)
      expect(high).toBeGreaterThanOrEqual(cell.ratio as number)
      expect(cell.direction === 'higher-is-better' ? high < 1 : low > 1).toBe(true)
    }
    expect(comparison.cells.map((cell) => cell.metric)).toEqual([
      'messagesPerSecond',
      'messagesPerSecond',
      'rttNs.p50',
      'rttNs.p99',
      'rttNs.p50',
      'rttNs.p99',
      'messagesPerSecond'
    ])
    expect(comparison.cells[2].key).toBe(`${CELLS[2].key}#rttNs.p50`)
  })

  it('calls a 10 % gain an improvement in both directions of metric', () => {
    const sample = normalSampler(22)
    const baseline = run(sample, 0.02)
    const current = run(sample, 0.02, (cell) => (cell.mode === 'pingpong' ? 0.9 : 1.1))
    const comparison = compareResults(baseline, current, KNOWN)
    expect(comparison.verdict).toBe('improvement')
    expect(comparison.improvements).toBe(METRIC_COUNT)
    expect(comparison.cells.map((cell) => cell.verdict)).toEqual(new Array(METRIC_COUNT).fill('improvement'))
  })

  it('reports regression overall when one cell regressed and another improved', () => {
    const sample = normalSampler(23)
    const current = run(sample, 0.01, (cell) => (cell === CELLS[0] ? 0.85 : cell === CELLS[1] ? 1.15 : 1))
    const comparison = compareResults(run(sample, 0.01), current, KNOWN)
    expect(comparison.verdict).toBe('regression')
    expect([comparison.regressions, comparison.improvements]).toEqual([1, 1])
    expect(comparison.cells.slice(2).every((cell) => cell.verdict === 'no-change')).toBe(true)
  })

  it('does not call a significant shift smaller than the threshold a regression', () => {
    const sample = normalSampler(24)
    const comparison = compareResults(
      run(sample, 0.003),
      run(sample, 0.003, () => 0.98),
      KNOWN
    )
    const throughput = comparison.cells[0]
    expect(throughput.adjustedP).toBeLessThan(DEFAULTS.alpha)
    expect(throughput.ratio).toBeCloseTo(0.98, 2)
    expect(throughput.verdict).toBe('no-change')
    expect(comparison.verdict).toBe('no-change')
  })
})

describe('compareResults without a known run-to-run spread', () => {
  it('calls a 10 % loss between two runs inconclusive: one run says nothing about how far the next one lands', () => {
    const sample = normalSampler(21)
    const baseline = run(sample, 0.02)
    const current = run(sample, 0.02, (cell) => (cell.mode === 'pingpong' ? 1.1 : 0.9))
    for (const [options, stored] of [
      [DEFAULTS, 1],
      [{ ...DEFAULTS, runToRunSpread: knownSpread(2) }, 2]
    ] as const) {
      const comparison = compareResults(baseline, current, options)
      expect([comparison.verdict, comparison.regressions, comparison.improvements]).toEqual(['inconclusive', 0, 0])
      for (const cell of comparison.cells) {
        expect(cell.verdict).toBe('inconclusive')
        expect(cell.adjustedP).toBeLessThan(DEFAULTS.alpha)
        expect(cell.reason).toMatch(
          new RegExp(`^run-to-run spread unknown: ${stored} of 3 runs stored \\(change -?\\d+\\.\\d % between two runs`)
        )
      }
    }
  })

  it('still calls a significant change within the threshold no-change', () => {
    const sample = normalSampler(24)
    const comparison = compareResults(
      run(sample, 0.003),
      run(sample, 0.003, () => 0.98),
      DEFAULTS
    )
    expect(comparison.cells[0].verdict).toBe('no-change')
  })
})

describe('compareResults on runs from one distribution (A/A)', () => {
  it('raises a false alarm in at most alpha of the comparisons', () => {
    const sample = normalSampler(31)
    const alpha = 0.05
    const trials = 200
    let falseAlarms = 0
    let rawRejections = 0
    let tested = 0
    for (let trial = 0; trial < trials; trial++) {
      // Threshold 0 leaves the significance test alone to guard against false alarms.
      const comparison = compareResults(run(sample, 0.05), run(sample, 0.05), {
        alpha,
        threshold: 0,
        baselineSource: null,
        resamples: 100
      })
      if (comparison.verdict === 'regression' || comparison.verdict === 'improvement') falseAlarms++
      for (const cell of comparison.cells) {
        tested++
        if ((cell.pValue as number) < alpha) rawRejections++
      }
    }
    expect(falseAlarms / trials).toBeLessThanOrEqual(alpha)
    // Without Holm each test rejects at close to alpha: the p-values are neither inflated nor stuck near 1.
    expect(rawRejections / tested).toBeGreaterThan(alpha / 2)
    expect(rawRejections / tested).toBeLessThan(alpha * 1.5)
  })

  it('says no-change when the intervals rule out a change as large as the threshold', () => {
    const sample = normalSampler(32)
    const comparison = compareResults(run(sample, 0.01), run(sample, 0.01), DEFAULTS)
    expect(comparison.verdict).toBe('no-change')
    for (const cell of comparison.cells) {
      expect(cell.verdict).toBe('no-change')
      expect(cell.ratioCi![0]).toBeGreaterThanOrEqual(0.95)
      expect(cell.ratioCi![1]).toBeLessThanOrEqual(1.05)
    }
  })

  it('gives the same answer every time for the same inputs', () => {
    const sample = normalSampler(33)
    const baseline = run(sample, 0.05)
    const current = run(sample, 0.05)
    expect(compareResults(baseline, current, DEFAULTS)).toEqual(compareResults(baseline, current, DEFAULTS))
  })
})

describe('compareResults is inconclusive when it cannot tell', () => {
  it('when the runs are too noisy', () => {
    const sample = normalSampler(41)
    const comparison = compareResults(run(sample, 0.3), run(sample, 0.3), DEFAULTS)
    expect(comparison.verdict).toBe('inconclusive')
    for (const cell of comparison.cells) {
      expect(cell.verdict).toBe('inconclusive')
      expect(cell.reason).toMatch(
        /^too noisy to decide: change -?\d+\.\d %, ratio CI \[\d\.\d{3}, \d\.\d{3}\] reaches beyond ±5\.0 %/
      )
      expect(cell.pValue).not.toBeNull()
    }
  })

  it('when a side has too few usable samples, naming why samples were unusable', () => {
    const sample = normalSampler(42)
    const [cell] = CELLS
    const baseline = resultsFile([cellResult(cell, sample(10, 2e7, 2e5))])
    const fewer = sample(MIN_VALID_SAMPLES - 1, 2e7, 2e5)
    const withInvalid = resultsFile([cellResult(cell, [...fewer, null, null, null])])
    const comparison = compareResults(baseline, withInvalid, DEFAULTS)
    expect(comparison.verdict).toBe('inconclusive')
    expect(comparison.cells[0]).toMatchObject({ verdict: 'inconclusive', pValue: null, ratio: null, ratioCi: null })
    expect(comparison.cells[0].reason).toBe(
      '4 usable samples in the current run (3 unusable: timed out after 30 s and was killed); at least 5 per side are needed'
    )
    expect(comparison.cells[0].current).toMatchObject({ n: 4 })
    const shortBaseline = compareResults(resultsFile([cellResult(cell, fewer)]), baseline, DEFAULTS)
    expect(shortBaseline.cells[0].reason).toBe('4 usable samples in the baseline; at least 5 per side are needed')
  })

  it('when a cell is in one run only or was measured differently', () => {
    const sample = normalSampler(43)
    const [kept, dropped, added] = CELLS
    const resized = { ...kept, messages: kept.messages * 2 }
    const baseline = resultsFile([cellResult(kept, sample(8, 2e7, 1e5)), cellResult(dropped, sample(8, 2e7, 1e5))])
    const current = resultsFile([cellResult(resized, sample(8, 2e7, 1e5)), cellResult(added, sample(8, 400, 2))])
    const comparison = compareResults(baseline, current, DEFAULTS)
    expect(comparison.cells.map((cell) => [cell.cellKey, cell.verdict, cell.reason])).toEqual([
      [kept.key, 'inconclusive', 'cell parameters differ from the baseline: messages 1000000 → 2000000'],
      [added.key, 'inconclusive', 'not in the baseline (a new cell)'],
      [added.key, 'inconclusive', 'not in the baseline (a new cell)'],
      [dropped.key, 'inconclusive', 'not measured in the current run']
    ])
    expect(comparison.cells[1].baseline).toBeNull()
    expect(comparison.cells[1].current).toMatchObject({ n: 8 })
    expect(comparison.verdict).toBe('inconclusive')
  })

  it('when the sample sizes cannot reach alpha after Holm, and says more repetitions are needed', () => {
    const sample = normalSampler(44)
    const few = (scale: number) => run(sample, 0.05, () => scale, MIN_VALID_SAMPLES)
    const comparison = compareResults(few(1), few(0.97), DEFAULTS)
    // 7 tests × 2/C(10, 5) ≈ 0.056 ≥ 0.01: even complete separation could not be significant.
    for (const cell of comparison.cells.filter((cell) => cell.verdict === 'inconclusive')) {
      expect(cell.reason).toBe(
        'with 5 and 5 samples no difference can pass alpha 0.01 after Holm across 7 tests (smallest possible adjusted p 0.056); ' +
          'more repetitions are needed'
      )
    }
    expect(comparison.cells.some((cell) => cell.verdict === 'inconclusive')).toBe(true)
    expect(comparison.regressions + comparison.improvements).toBe(0)
  })

  it('says no-change overall when some cells were decided and the rest could not be', () => {
    const sample = normalSampler(45)
    const [steady, noisy] = CELLS
    // The noisy cell's two runs interleave over a ±40 % range: nothing significant, and an interval far wider than 5 %.
    const spread = [14, 16, 18, 20, 22, 24, 26, 28, 30, 32].map((value) => value * 1e6)
    const runOf = (offset: number) =>
      resultsFile([
        cellResult(steady, sample(10, 2e7, 2e7 * 0.005)),
        cellResult(
          noisy,
          spread.map((value) => value + offset)
        )
      ])
    const comparison = compareResults(runOf(0), runOf(5e5), DEFAULTS)
    expect(comparison.cells.map((cell) => cell.verdict)).toEqual(['no-change', 'inconclusive'])
    expect(comparison.cells[1].reason).toMatch(/^too noisy to decide: change 2\.2 %/)
    expect(comparison.verdict).toBe('no-change')
  })
})

describe('compareResults refuses what it must not compare', () => {
  it('returns no-baseline for a run on other hardware', () => {
    const sample = normalSampler(51)
    const baseline = resultsFile(run(sample, 0.02).cells, 'fp-aaaa')
    const current = resultsFile(run(sample, 0.02, () => 0.5).cells, 'fp-bbbb')
    expect(compareResults(baseline, current, DEFAULTS)).toEqual({
      method: 'stored-baseline',
      verdict: 'no-baseline',
      reason:
        'no baseline for this hardware yet: the baseline was measured on topology fingerprint fp-aaaa and this run on fp-bbbb',
      alpha: 0.01,
      threshold: 0.05,
      baselineSource: 'newest on main',
      cells: [],
      regressions: 0,
      improvements: 0
    })
  })

  it('names bad options and repeated cell keys', () => {
    const sample = normalSampler(52)
    const good = run(sample, 0.02)
    expect(() => compareResults(good, good, { ...DEFAULTS, alpha: 0 })).toThrow(
      'compareResults: alpha is 0, expected a number between 0 and 1'
    )
    expect(() => compareResults(good, good, { ...DEFAULTS, threshold: -0.1 })).toThrow(
      'compareResults: threshold is -0.1, expected a fraction from 0 up to 1 (0.05 for 5 %)'
    )
    const repeated = resultsFile([...good.cells, good.cells[0]])
    expect(() => compareResults(good, repeated, DEFAULTS)).toThrow(
      `current results: cells/5 repeats cell key "${CELLS[0].key}"`
    )
  })
})
