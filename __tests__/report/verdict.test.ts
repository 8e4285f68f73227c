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
const cell = results.cells[0].cell
const unchanged = cellComparison(cell, 'messagesPerSecond', 'no-change', 100e6, 101e6)
const regressed = cellComparison(cell, 'messagesPerSecond', 'regression', 100e6, 80e6)
const improved = cellComparison(cell, 'rttNs.p50', 'improvement', 300, 250)
const undecided = cellComparison(cell, 'rttNs.p99', 'inconclusive', 900, 950, { reason: 'too few valid samples' })
const SURE = 'stored baseline merge-base abc1234 on main · α 0.01 after Holm, threshold 5 %'

function line(compared: ReturnType<typeof comparison> | null, run = results): string {
  return verdictLine([machine('host-a', run, compared, [])])
}

describe('verdictLine for one machine', () => {
  it('counts regressions and says how sure: which comparison, alpha after Holm, threshold', () => {
    expect(line(comparison([regressed, regressed, improved, unchanged], { baselineRuns: 3 }))).toBe(
      'numa-spsc-bench: ❌ **2 regressions**, 1 improvement · stored baseline merge-base abc1234 on main (3 stored runs) · α 0.01 after Holm, threshold 5 %'
    )
    expect(line(comparison([regressed]))).toBe(`numa-spsc-bench: ❌ **1 regression** · ${SURE}`)
  })

  it('names a same-run A/B and its blocks', () => {
    expect(line(comparison([unchanged], { method: 'same-run-ab', blocks: 12, alpha: 0.05, threshold: 0.1 }))).toBe(
      'numa-spsc-bench: ✅ **No regression** · same-run A/B of base and head over 12 blocks · α 0.05 after Holm, threshold 10 %'
    )
  })

  it('says no regression with what else was found', () => {
    expect(line(comparison([improved, unchanged]))).toBe(
      `numa-spsc-bench: ✅ **No regression**, 1 improvement · ${SURE}`
    )
    expect(line(comparison([undecided, unchanged, unchanged]))).toBe(
      `numa-spsc-bench: ✅ **No regression**, 1 inconclusive · ${SURE}`
    )
  })

  it('warns instead of a green tick when most metrics are undecided, and says what would decide them', () => {
    expect(line(comparison([undecided, undecided, improved]))).toBe(
      `numa-spsc-bench: ⚠️ **Inconclusive**: 2 of 3 metrics undecided · ${SURE} · ` +
        'to decide them: a larger budget (more samples) or more stored baseline runs, or a threshold above 5 %'
    )
  })

  it('a regression outranks inconclusive metrics', () => {
    expect(line(comparison([regressed, undecided, undecided]))).toBe(
      `numa-spsc-bench: ❌ **1 regression**, 2 inconclusive · ${SURE}`
    )
  })

  it('says there is no baseline for this hardware, naming the fingerprint', () => {
    expect(line(noBaseline())).toBe('numa-spsc-bench: ℹ️ **No baseline for this hardware yet** · fingerprint fp2socket')
  })

  it('says when nothing was compared at all', () => {
    expect(line(null)).toBe('numa-spsc-bench: ℹ️ **Not compared** with a baseline')
  })

  it('flags a runner that is not NUMA-capable next to the comparison verdict', () => {
    const single = resultsFile({ topology: oneNodeTopology() })
    expect(line(comparison([unchanged]), single)).toBe(
      `numa-spsc-bench: ✅ **No regression** · ${SURE} · runner not NUMA-capable (no cross-node figures)`
    )
    expect(line(noBaseline(), single)).toBe(
      'numa-spsc-bench: ℹ️ **No baseline for this hardware yet** · fingerprint fp1node · runner not NUMA-capable (no cross-node figures)'
    )
  })

  it('gives the calibrated false-alarm rate and links to the run and the commit', () => {
    const calibrated = {
      ...machine('host-a', results, comparison([unchanged]), []),
      calibration: { falseAlarms: 0, rounds: 30, detected: 28, injectedRounds: 30, injectedChange: -0.05 }
    }
    expect(
      verdictLine([calibrated], {
        links: { run: 'https://example.test/runs/7', commit: 'https://example.test/commit/(x)' }
      })
    ).toBe(
      `numa-spsc-bench: ✅ **No regression** · ${SURE} · calibrated on this runner: false alarms in 0 of 30 A/A rounds, ` +
        'caught 28 of 30 planted 5 % changes · [workflow run](https://example.test/runs/7) · [commit](https://example.test/commit/%28x%29)'
    )
  })

  it('is the first line of the rendered document', () => {
    const rendered = renderReport([machine('host-a', results, comparison([regressed]), [])])
    expect(rendered.markdown.split('\n')[0]).toBe(line(comparison([regressed])))
  })
})

describe('verdictLine for several machines', () => {
  const single = resultsFile({ topology: oneNodeTopology() })

  it("judges every machine's metrics together by the one rule and gives each machine its own", () => {
    const text = verdictLine([
      machine('2-socket', results, comparison([unchanged]), []),
      machine('4-socket', results, comparison([regressed, regressed, unchanged]), []),
      machine('hosted', single, noBaseline(), [])
    ])
    expect(text).toBe(
      `numa-spsc-bench: ❌ **2 regressions** · ${SURE} · 2-socket: ✅ No regression; 4-socket: ❌ 2 regressions; ` +
        'hosted: ℹ️ No baseline for this hardware yet'
    )
  })

  it('says no regression across all machines only when no machine has one', () => {
    const text = verdictLine([
      machine('a', results, comparison([unchanged]), []),
      machine('b', results, comparison([improved]), [])
    ])
    expect(text).toBe(
      `numa-spsc-bench: ✅ **No regression**, 1 improvement · ${SURE} · a: ✅ No regression; b: ✅ No regression, 1 improvement`
    )
  })

  it('is inconclusive when most metrics of all machines are, and lists settings that differ', () => {
    const text = verdictLine([
      machine('a', results, comparison([undecided, undecided], { alpha: 0.05 }), []),
      machine('b', results, noBaseline(), []),
      machine('c', results, comparison([unchanged], { alpha: 0.01 }), [])
    ])
    expect(text).toMatch(/^numa-spsc-bench: ⚠️ \*\*Inconclusive\*\*: 2 of 3 metrics undecided · /)
    expect(text).toContain('α 0.05 after Holm, threshold 5 % · α 0.01 after Holm, threshold 5 %')
    expect(text).toContain('a: ⚠️ Inconclusive: 2 of 2 metrics undecided; b: ℹ️ No baseline')
  })

  it('refuses an empty list', () => {
    expect(() => verdictLine([])).toThrow(/no machines to report on/)
  })

  it('classifies each machine', () => {
    expect(machineVerdict(machine('a', results, null, []))).toBe('not-compared')
    expect(machineVerdict(machine('a', results, noBaseline(), []))).toBe('no-baseline')
    expect(machineVerdict(machine('a', results, comparison([undecided]), []))).toBe('inconclusive')
    expect(machineVerdict(machine('a', results, comparison([improved]), []))).toBe('improvement')
  })
})
