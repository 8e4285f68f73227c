/**
 * `history` over a real git data branch (a bare remote and a clone) holding 14 runs of one machine with a planted 10 %
 * throughput drop at the ninth commit: every class's series finds the change at that commit, and only there.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { Command } from 'commander'
import { seededRandom } from '../../src/common/random.js'
import { historyFingerprint, loadTrend, trendSeries, type TrendSeries } from '../../src/baseline/index.js'
import { registerHistoryCommand, renderHistoryText } from '../../src/cli/history.js'
import { bareRemote, branchStore, cloneOf } from '../baseline/git-repo.js'
import { makeRecord, makeResults } from '../baseline/fixtures.js'

const RUNS = 14
const STEP_AT = 8
const FINGERPRINT = 'feedc0de0001'

/** Three samples per cell around 10 M/s, 9 M/s from run STEP_AT on, with 1 % noise. */
function runValues(run: number, random: () => number): number[] {
  const level = run < STEP_AT ? 10e6 : 9e6
  return [0, 1, 2].map(() => Math.round(level * (1 + (random() - 0.5) * 0.02)))
}

/** 1111…, 2222…, …: commits whose short forms differ. */
function commitOf(run: number): string {
  return (run + 1).toString(16).repeat(40)
}

function savedAt(run: number): string {
  return new Date(Date.UTC(2026, 10, 1 + run)).toISOString()
}

let clone: string

beforeAll(async () => {
  clone = cloneOf(bareRemote())
  const store = branchStore(clone)
  const random = seededRandom(42)
  for (let run = 0; run < RUNS; run++) {
    await store.save(
      makeRecord({
        results: makeResults({ fingerprint: FINGERPRINT, values: runValues(run, random) }),
        commitSha: commitOf(run),
        runId: String(run),
        savedAt: savedAt(run)
      })
    )
  }
}, 120_000)

describe('history on the git data branch', () => {
  it('finds the planted step at the commit that made it, in every class series, and nowhere else', async () => {
    const store = branchStore(clone)
    expect(await historyFingerprint(store)).toBe(FINGERPRINT)
    const trend = await loadTrend(store, FINGERPRINT)
    expect(trend.runs).toBe(RUNS)
    expect(trend.series.length).toBeGreaterThan(0)
    for (const series of trend.series) {
      expect(series.points.map((point) => point.commitSha)).toEqual(
        Array.from({ length: RUNS }, (_, run) => commitOf(run))
      )
      expect(series.changes).toHaveLength(1)
      const [change] = series.changes
      expect(change.index).toBe(STEP_AT)
      expect(change.commitSha).toBe(commitOf(STEP_AT))
      expect(change.ratio).toBeGreaterThan(0.88)
      expect(change.ratio).toBeLessThan(0.92)
      expect(change.pValue).toBeLessThanOrEqual(0.05)
    }
  })

  it('prints the change through the command, and the series as JSON with --json', async () => {
    const printed: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((text: string) => printed.push(text) > 0) as typeof process.stdout.write
    const cwd = process.cwd()
    try {
      process.chdir(clone)
      const program = new Command().exitOverride()
      registerHistoryCommand(program)
      await program.parseAsync(['history', '--branch', 'numa-spsc-bench-data', '--by', 'cell'], { from: 'user' })
      await program.parseAsync(['history', '--branch', 'numa-spsc-bench-data', '--json', '--last', '6'], {
        from: 'user'
      })
    } finally {
      process.chdir(cwd)
      process.stdout.write = write
    }
    expect(printed[0]).toMatch(
      new RegExp(`^history of ${FINGERPRINT} in branch numa-spsc-bench-data: ${RUNS} stored runs`)
    )
    expect(printed[0]).toContain(`change at run ${STEP_AT + 1} (${commitOf(STEP_AT).slice(0, 12)}`)
    expect(printed[0]).toMatch(/[−-]10 %, 10\.0 M\/s → 9\.0 M\/s/)
    const json = JSON.parse(printed[1]) as { runs: number; series: TrendSeries[] }
    expect(json.runs).toBe(6)
    expect(json.series[0].points).toHaveLength(6)
  })
})

describe('trendSeries', () => {
  it('refuses a metric it does not know, naming the ones it does', () => {
    expect(() => trendSeries([makeRecord()], { metrics: ['speed'] })).toThrow(
      '--metric: "speed" is not a metric; expected one of messagesPerSecond, rttNs.p50, rttNs.p99'
    )
  })

  it('makes one series per cell with --by cell and none for a metric the runs did not measure', () => {
    const records = [makeRecord(), makeRecord({ savedAt: '2026-01-02T00:00:00.000Z' })]
    const cells = trendSeries(records, { grouping: 'cell' })
    expect(cells.map((series) => series.cellKey)).toEqual(records[0].results.cells.map((result) => result.cell.key))
    expect(trendSeries(records, { metrics: ['rttNs.p50'] })).toEqual([])
    expect(renderHistoryText({ fingerprint: 'x', runs: 2, series: cells }, 'directory d')).toContain('0 change points')
  })
})
