import { describe, expect, it } from '@jest/globals'
import { machineVerdict, renderReport, verdictLine } from '../../src/report/index.js'
import {
  cellComparison,
  comparison,
  machine,
  noBaseline,
  oneNodeTopology,
  resultsFile
} from '../../__fixtures__/report/builders.js'

const results = resultsFile()
const key = results.cells[0].cell.key
const unchanged = cellComparison(key, 'messagesPerSecond', 'no-change', 100e6, 101e6)
const regressed = cellComparison(key, 'messagesPerSecond', 'regression', 100e6, 80e6)
const improved = cellComparison(key, 'rttNs.p50', 'improvement', 300, 250)
const undecided = cellComparison(key, 'rttNs.p99', 'inconclusive', 900, 950, { reason: 'too few valid samples' })

function line(compared: ReturnType<typeof comparison> | null, run = results): string {
  return verdictLine([machine('host-a', run, compared, [])])
}

describe('verdictLine for one machine', () => {
  it('counts regressions and says how sure: alpha, threshold, what was compared and against which baseline', () => {
    expect(line(comparison([regressed, regressed, improved, unchanged], { alpha: 0.01, threshold: 0.05 }))).toBe(
      'numa-spsc-bench: ❌ **2 regressions**, 1 improvement (4 metrics compared, α = 0.01, threshold 5 %; baseline: merge-base abc1234 on main)'
    )
    expect(line(comparison([regressed]))).toContain('❌ **1 regression** (1 metric compared')
  })

  it('says no regression with the settings that were applied', () => {
    expect(
      line(comparison([unchanged, unchanged], { alpha: 0.05, threshold: 0.1, baselineSource: 'newest on main' }))
    ).toBe(
      'numa-spsc-bench: ✅ **No regression** (2 metrics compared, α = 0.05, threshold 10 %; baseline: newest on main)'
    )
    expect(line(comparison([improved, unchanged]))).toMatch(
      /^numa-spsc-bench: ✅ \*\*No regression\*\*, 1 improvement \(/
    )
  })

  it('says inconclusive when no metric could be decided, with the most common reason', () => {
    expect(line(comparison([undecided, undecided]))).toBe(
      'numa-spsc-bench: ⚠️ **Inconclusive**: 2 of 2 metrics undecided (most often: too few valid samples) ' +
        '(2 metrics compared, α = 0.01, threshold 5 %; baseline: merge-base abc1234 on main)'
    )
  })

  it('counts undecided metrics next to a decided verdict', () => {
    expect(line(comparison([undecided, unchanged, unchanged]))).toMatch(
      /^numa-spsc-bench: ✅ \*\*No regression\*\*, 1 inconclusive \(3 metrics compared/
    )
  })

  it('a regression outranks inconclusive metrics', () => {
    expect(line(comparison([regressed, undecided]))).toMatch(
      /^numa-spsc-bench: ❌ \*\*1 regression\*\*, 1 inconclusive \(/
    )
  })

  it('says there is no baseline for this hardware, naming the fingerprint', () => {
    expect(line(noBaseline())).toBe('numa-spsc-bench: ℹ️ **No baseline for this hardware yet** (fingerprint fp2socket)')
  })

  it('says when nothing was compared at all', () => {
    expect(line(null)).toBe('numa-spsc-bench: ℹ️ **Not compared** with a baseline')
  })

  it('flags a runner that is not NUMA-capable next to the comparison verdict', () => {
    const single = resultsFile({ topology: oneNodeTopology() })
    expect(line(comparison([unchanged]), single)).toMatch(
      /^numa-spsc-bench: ✅ \*\*No regression\*\* \(.*\) · \*\*runner not NUMA-capable\*\* \(fewer than two nodes with usable CPUs, so no cross-node figures\)$/
    )
    expect(line(noBaseline(), single)).toContain(
      '**No baseline for this hardware yet** (fingerprint fp1node) · **runner not NUMA-capable**'
    )
  })

  it('is the first line of the rendered document', () => {
    const rendered = renderReport([machine('host-a', results, comparison([regressed]), [])])
    expect(rendered.markdown.split('\n')[0]).toBe(line(comparison([regressed])))
  })
})

describe('verdictLine for several machines', () => {
  const single = resultsFile({ topology: oneNodeTopology() })

  it('leads with the most urgent verdict and gives each machine its own', () => {
    const text = verdictLine([
      machine('2-socket', results, comparison([unchanged]), []),
      machine('4-socket', results, comparison([regressed, regressed, unchanged]), []),
      machine('hosted', single, noBaseline(), [])
    ])
    expect(text).toBe(
      'numa-spsc-bench: ❌ **2 regressions** on 1 of 3 machines (α = 0.01, threshold 5 %) — 2-socket: no regression; 4-socket: 2 regressions; hosted: no baseline for this hardware yet (fingerprint fp1node), not NUMA-capable'
    )
  })

  it('says no regression across all machines only when every machine has none', () => {
    const text = verdictLine([
      machine('a', results, comparison([unchanged]), []),
      machine('b', results, comparison([improved]), [])
    ])
    expect(text).toBe(
      'numa-spsc-bench: ✅ **No regression** on 2 machines (α = 0.01, threshold 5 %) — a: no regression; b: no regression, 1 improvement'
    )
  })

  it('ranks inconclusive above a missing baseline, and leaves out settings that differ between machines', () => {
    const text = verdictLine([
      machine('a', results, comparison([undecided], { alpha: 0.05 }), []),
      machine('b', results, noBaseline(), []),
      machine('c', results, comparison([unchanged], { alpha: 0.01 }), [])
    ])
    expect(text).toMatch(
      /^numa-spsc-bench: ⚠️ \*\*Inconclusive\*\* on 1 of 3 machines — a: inconclusive: 1 of 1 metric undecided \(most often: too few valid samples\); b: no baseline/
    )
    expect(text).not.toContain('α')
  })

  it('refuses an empty list', () => {
    expect(() => verdictLine([])).toThrow(/no machines to report on/)
  })

  it('classifies each machine', () => {
    expect(machineVerdict(machine('a', results, null, []))).toBe('not-compared')
    expect(machineVerdict(machine('a', results, noBaseline(), []))).toBe('no-baseline')
    expect(machineVerdict(machine('a', results, comparison([undecided]), []))).toBe('inconclusive')
    expect(machineVerdict(machine('a', results, comparison([improved]), []))).toBe('no-regression')
  })
})
