import { describe, expect, it } from '@jest/globals'
import type { Cell } from '../../src/plan/types.js'
import { compareResults, MIN_VALID_SAMPLES, runToRunSpread, type CompareOptions } from '../../src/stats/index.js'
import { cellResult, makeCell, normalSampler, resultsFile } from './synthetic.js'

const CELLS: Cell[] = [
  makeCell({ mode: 'throughput', place: 'same-l3' }),
  makeCell({ mode: 'pingpong', place: 'same-l3' }),
  makeCell({ mode: 'same-thread', place: 'smt-sibling', pair: [0, 0] })
]
const typical = (cell: Cell) => (cell.mode === 'pingpong' ? 400 : 2e7)
const DEFAULTS: CompareOptions = { alpha: 0.01, threshold: 0.05, baselineSource: 'newest on main' }

/**
 * One run of CELLS whose every value is scaled by `runFactor` (what a VM's host or clock does to a whole run) and, on
 * top, by `change` per cell (what a code change does): 12 samples per cell with 1 % noise within the run.
 */
function run(sample: ReturnType<typeof normalSampler>, runFactor: number, change: (cell: Cell) => number = () => 1) {
  return resultsFile(
    CELLS.map((cell) => cellResult(cell, sample(12, typical(cell) * runFactor * change(cell), typical(cell) * 0.01)))
  )
}

/** Exact values: a cell whose samples are all `value`. */
const constantRun = (cell: Cell, value: number, count = MIN_VALID_SAMPLES) =>
  resultsFile([cellResult(cell, new Array(count).fill(value))])

describe('runToRunSpread', () => {
  it('is the largest distance of a run median from the median of the run medians, keyed like CellComparison.key', () => {
    const cell = CELLS[0]
    const spreads = runToRunSpread([
      constantRun(cell, 100),
      constantRun(cell, 110),
      constantRun(cell, 90),
      constantRun(cell, 104)
    ])
    // Run medians 90, 100, 104, 110: their median is 102, and 90 is the farthest from it.
    expect([...spreads.keys()]).toEqual([`${cell.key}#messagesPerSecond`])
    expect(spreads.get(`${cell.key}#messagesPerSecond`)!.spread).toBeCloseTo(12 / 102, 12)
    expect(spreads.get(`${cell.key}#messagesPerSecond`)!.runs).toBe(4)
  })

  it('gives pingpong cells both compared metrics', () => {
    const cell = CELLS[1]
    const spreads = runToRunSpread([constantRun(cell, 400), constantRun(cell, 440)])
    expect([...spreads.keys()].sort()).toEqual([`${cell.key}#rttNs.p50`, `${cell.key}#rttNs.p99`])
    // The synthetic p99 is twice the p50, so both move by the same fraction: 440 / 420 − 1.
    expect(spreads.get(`${cell.key}#rttNs.p99`)!.spread).toBeCloseTo(20 / 420, 12)
    expect(spreads.get(`${cell.key}#rttNs.p99`)!.runs).toBe(2)
  })

  it('leaves out runs with too few usable samples, runs measured with other parameters, and cells seen in one run', () => {
    const cell = CELLS[0]
    const otherShape = { ...cell, messages: cell.messages * 10 }
    const tooFew = resultsFile([cellResult(cell, [...new Array(MIN_VALID_SAMPLES - 1).fill(500), null, null])])
    const spreads = runToRunSpread([
      constantRun(cell, 100),
      constantRun(cell, 110),
      tooFew,
      constantRun(otherShape, 1000),
      constantRun(CELLS[2], 5)
    ])
    expect([...spreads.keys()]).toEqual([`${cell.key}#messagesPerSecond`])
    expect(spreads.get(`${cell.key}#messagesPerSecond`)!.spread).toBeCloseTo(5 / 105, 12)
    expect(spreads.get(`${cell.key}#messagesPerSecond`)!.runs).toBe(2)
    expect(runToRunSpread([constantRun(cell, 100)]).size).toBe(0)
    expect(runToRunSpread([]).size).toBe(0)
  })
})

describe('compareResults with the run-to-run spread (A/A across runs)', () => {
  // Unchanged code, but each run shifted as a whole by a factor between ×0.93 and ×1.07, as seen on a VM. The baseline
  // is the run at ×1.00 and the current run landed at ×1.06.
  const sample = normalSampler(71)
  const baseline = run(sample, 1.0)
  const history = [baseline, run(sample, 0.93), run(sample, 1.07), run(sample, 0.98)]
  const current = run(sample, 1.06)

  it('without the spread, calls the whole-run shift of unchanged code inconclusive, never a change', () => {
    const comparison = compareResults(baseline, current, DEFAULTS)
    expect(comparison.verdict).toBe('inconclusive')
    expect([comparison.regressions, comparison.improvements]).toEqual([0, 0])
    for (const cell of comparison.cells) {
      // The samples of the two runs do differ (the test is right); one stored run cannot say whether runs do that.
      expect(cell.adjustedP).toBeLessThan(DEFAULTS.alpha)
      expect(cell.verdict).toBe('inconclusive')
      expect(cell.reason).toMatch(
        /^run-to-run spread unknown: 1 of 3 runs stored \(change [+-]?\d+\.\d % between two runs;/
      )
    }
    expect(comparison.runToRunSpreadRuns).toBeNull()
    expect(comparison.cells.every((cell) => cell.runToRunSpread === null)).toBe(true)
  })

  it('with a history of 4 such runs, says no-change for the same pair and why', () => {
    const spreads = runToRunSpread(history)
    const comparison = compareResults(baseline, current, { ...DEFAULTS, runToRunSpread: spreads })
    expect(comparison.verdict).toBe('no-change')
    expect(comparison.runToRunSpreadRuns).toBe(4)
    for (const cell of comparison.cells) {
      expect(cell.adjustedP).toBeLessThan(DEFAULTS.alpha)
      expect(Math.abs((cell.ratio as number) - 1)).toBeGreaterThan(DEFAULTS.threshold)
      expect(cell.verdict).toBe('no-change')
      expect(cell.runToRunSpread).toBe(spreads.get(cell.key)!.spread)
      expect(cell.runToRunSpread).toBeGreaterThan(0.06)
      expect(cell.reason).toMatch(
        /^within the run-to-run spread \(change [+-]?\d+\.\d %; ±\d+\.\d % over 4 baseline runs\)$/
      )
    }
  })

  it('still calls a 20 % regression beyond the spread a regression', () => {
    const worse = run(sample, 1.0, (cell) => (cell.mode === 'pingpong' ? 1.2 : 1 / 1.2))
    const comparison = compareResults(baseline, worse, { ...DEFAULTS, runToRunSpread: runToRunSpread(history) })
    expect(comparison.verdict).toBe('regression')
    expect(comparison.regressions).toBe(comparison.cells.length)
    for (const cell of comparison.cells) {
      expect(cell.runToRunSpread).toBeLessThan(0.15)
      expect(cell.reason).toBeUndefined()
    }
  })

  it('with 2 history runs knows a spread but does not trust it yet: a change beyond the test stays inconclusive', () => {
    const twoRuns = runToRunSpread(history.slice(0, 2))
    expect([...twoRuns.values()].every((entry) => entry.runs === 2)).toBe(true)
    const worse = run(sample, 1.0, (cell) => (cell.mode === 'pingpong' ? 1.2 : 1 / 1.2))
    const comparison = compareResults(baseline, worse, { ...DEFAULTS, runToRunSpread: twoRuns })
    expect(comparison.verdict).toBe('inconclusive')
    for (const cell of comparison.cells) expect(cell.reason).toMatch(/^run-to-run spread unknown: 2 of 3 runs stored/)
  })

  it('with fewer than 2 history runs, knows no spread and judges exactly as without one', () => {
    const spreads = runToRunSpread([baseline])
    expect(spreads.size).toBe(0)
    const withOne = compareResults(baseline, current, { ...DEFAULTS, runToRunSpread: spreads })
    expect(withOne).toEqual(compareResults(baseline, current, DEFAULTS))
    expect(withOne.verdict).toBe('inconclusive')
    expect(withOne.runToRunSpreadRuns).toBeNull()
  })

  it('gives no spread (rather than Infinity) when run medians lie a double’s range apart', () => {
    const cell = CELLS[0]
    // The median run is at 1e-308, so the third run is 1e616 times it: no double holds that distance.
    expect(runToRunSpread([constantRun(cell, 1e-308), constantRun(cell, 2e-308), constantRun(cell, 1e308)]).size).toBe(
      0
    )
  })
})
