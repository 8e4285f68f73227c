import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  baselineListCommand,
  baselineSaveCommand,
  baselineShowCommand,
  compareCommand,
  type CompareJson
} from '../../src/cli/commands.js'
import { DirectoryStore, encodeRecord } from '../../src/baseline/index.js'
import { writeResultsFile } from '../../src/run/index.js'
import type { ResultsFile } from '../../src/run/types.js'
import { makeRecord, makeResults, sha, temporaryDirectory } from '../baseline/fixtures.js'

const FINGERPRINT = 'a1b2c3d4e5f6'
const BASE_VALUES = Array.from({ length: 12 }, (_, index) => 10e6 + index * 1e5)

function resultsFile(results: ResultsFile): string {
  return writeResultsFile(temporaryDirectory('results'), results)
}

const defaults = { failOn: 'regression' as const, threshold: 0.05, alpha: 0.01 }

/**
 * A store directory holding three runs of BASE_VALUES (×0.99, ×1.01, ×1): enough for compare to know the run-to-run
 * spread (±1 %) and call a change beyond it.
 */
async function storeOfThreeRuns(): Promise<string> {
  const root = temporaryDirectory('store')
  const store = new DirectoryStore(root)
  for (const [index, factor] of [0.99, 1.01, 1].entries()) {
    await store.save({
      ...makeRecord({ commitSha: sha(index + 1), savedAt: `2026-01-0${index + 1}T00:00:00.000Z` }),
      results: makeResults({ values: BASE_VALUES.map((value) => value * factor) })
    })
  }
  return root
}

describe('compare command', () => {
  const baseline = resultsFile(makeResults({ values: BASE_VALUES }))
  const slower = resultsFile(makeResults({ values: BASE_VALUES.map((value) => value * 0.8) }))
  const faster = resultsFile(makeResults({ values: BASE_VALUES.map((value) => value * 1.25) }))

  it('prints the per-cell table and the verdict, and fails on a regression beyond the known run-to-run spread', async () => {
    const root = await storeOfThreeRuns()
    const output = await compareCommand({ ...defaults, baseline: root, current: slower })
    expect(output.exitCode).toBe(1)
    const lines = output.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^verdict\s+cell\s+metric\s+baseline\s+current\s+ratio\s+95% CI\s+p \(Holm\)$/)
    expect(lines.filter((line) => line.startsWith('regression '))).not.toHaveLength(0)
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^verdict: regression: \\d+ regression\\(s\\), 0 improvement\\(s\\) in \\d+ compared cell metric\\(s\\); ` +
          `baseline: newest saved from main \\(commit 0000000, saved 2026-01-03.*\\) in ${root}; alpha 0.01, threshold 5 %, ` +
          `run-to-run spread from 3 baseline runs$`
      )
    )
  })

  it('--fail-on never reports the regression and exits 0', async () => {
    const output = await compareCommand({
      ...defaults,
      failOn: 'never',
      baseline: await storeOfThreeRuns(),
      current: slower
    })
    expect(output.exitCode).toBe(0)
    expect(output.stdout).toContain('verdict: regression')
  })

  it('an improvement exits 0', async () => {
    const output = await compareCommand({
      ...defaults,
      baseline: await storeOfThreeRuns(),
      current: faster,
      json: true
    })
    expect(output.exitCode).toBe(0)
    expect((JSON.parse(output.stdout) as CompareJson).verdict).toBe('improvement')
  })

  it('--json gives the verdict and one row per cell with medians, ratio, CI, p-value and verdict', async () => {
    const output = await compareCommand({
      ...defaults,
      baseline: await storeOfThreeRuns(),
      current: slower,
      json: true
    })
    const json = JSON.parse(output.stdout) as CompareJson
    expect(json.verdict).toBe('regression')
    expect(json.baselineSource).toMatch(/^newest saved from main \(commit 0000000, saved 2026-01-03/)
    expect(json.cells.length).toBeGreaterThan(0)
    for (const cell of json.cells) {
      expect(cell).toMatchObject({ metric: expect.any(String), key: expect.any(String), verdict: 'regression' })
      expect(cell.baselineMedian).toBeCloseTo(10.55e6, -3)
      expect(cell.currentMedian).toBeCloseTo(10.55e6 * 0.8, -3)
      expect(cell.ratio).toBeCloseTo(0.8, 6)
      expect(cell.ratioCi?.[0]).toBeLessThanOrEqual(0.8)
      expect(cell.ratioCi?.[1]).toBeGreaterThanOrEqual(0.8)
      expect(cell.pValue).toBeLessThan(0.01)
    }
    expect(json.regressions).toBe(json.cells.length)
  })

  it('compare FILE FILE calls a 20 % loss inconclusive: one run says nothing about how far the next one lands', async () => {
    for (const current of [slower, faster]) {
      const output = await compareCommand({ ...defaults, baseline, current, json: true })
      const json = JSON.parse(output.stdout) as CompareJson
      expect([json.verdict, json.regressions, json.improvements, output.exitCode]).toEqual(['inconclusive', 0, 0, 0])
      for (const cell of json.cells) {
        expect(cell.pValue).toBeLessThan(0.01)
        expect(cell.reason).toMatch(/^run-to-run spread unknown: 1 of 3 runs stored/)
      }
    }
  })

  it('reads the newest baseline for this hardware from a store directory, or says there is none', async () => {
    const root = temporaryDirectory('store')
    const empty = await compareCommand({ ...defaults, baseline: root, current: slower, json: true })
    expect(JSON.parse(empty.stdout)).toMatchObject({
      verdict: 'no-baseline',
      reason: `no baseline for this hardware yet: ${root} holds none for fingerprint ${FINGERPRINT}`,
      cells: []
    })
    expect(empty.exitCode).toBe(0)
    await new DirectoryStore(root).save({
      ...makeRecord({ commitSha: sha(3) }),
      results: makeResults({ values: BASE_VALUES })
    })
    const found = await compareCommand({ ...defaults, baseline: root, current: slower })
    // One stored run: its spread is unknown, so the 20 % loss is inconclusive and the command does not fail.
    expect(found.exitCode).toBe(0)
    expect(found.stdout).toContain('run-to-run spread unknown: 1 of 3 runs stored')
    expect(found.stdout).toMatch(
      new RegExp(
        `baseline: newest saved from main \\(commit 0000000, saved 2026-01-01T00:00:00.000Z, run 1\\) in ${root};`
      )
    )
  })

  it("learns the run-to-run spread from a store directory's history, and from nothing else", async () => {
    // Unchanged code whose whole runs wander between ×0.93 and ×1.07, with little noise inside a run.
    const tight = Array.from({ length: 12 }, (_, index) => 10e6 + index * 1e4)
    const shifted = (factor: number) => makeResults({ values: tight.map((value) => value * factor) })
    const root = temporaryDirectory('store')
    const store = new DirectoryStore(root)
    for (const [index, factor] of [0.93, 1.07, 0.98, 1].entries()) {
      await store.save({
        ...makeRecord({ commitSha: sha(index + 1), savedAt: `2026-01-0${index + 1}T00:00:00.000Z` }),
        results: shifted(factor)
      })
    }
    const current = resultsFile(shifted(0.94))
    const fromStore = await compareCommand({ ...defaults, baseline: root, current, json: true })
    const json = JSON.parse(fromStore.stdout) as CompareJson
    expect([json.verdict, json.runToRunSpreadRuns, fromStore.exitCode]).toEqual(['no-change', 4, 0])
    expect(
      json.cells.every(
        (cell) => cell.runToRunSpread !== null && cell.reason?.startsWith('within the run-to-run spread')
      )
    ).toBe(true)
    expect((await compareCommand({ ...defaults, baseline: root, current })).stdout).toContain(
      ', run-to-run spread from 4 baseline runs\n'
    )

    const fromFile = await compareCommand({ ...defaults, baseline: resultsFile(shifted(1)), current, json: true })
    const fileJson = JSON.parse(fromFile.stdout) as CompareJson
    expect([fileJson.verdict, fileJson.runToRunSpreadRuns, fromFile.exitCode]).toEqual(['inconclusive', null, 0])
    expect(fileJson.cells.every((cell) => cell.runToRunSpread === null)).toBe(true)
  })

  it('accepts a saved record file and a results directory as the baseline', async () => {
    const recordFile = join(temporaryDirectory('record'), 'baseline.json')
    writeFileSync(recordFile, encodeRecord({ ...makeRecord(), results: makeResults({ values: BASE_VALUES }) }))
    expect((await compareCommand({ ...defaults, baseline: recordFile, current: slower })).stdout).toContain(
      `baseline: file ${recordFile} (commit aaaaaaa, saved 2026-01-01T00:00:00.000Z)`
    )
    const directory = join(baseline, '..')
    expect((await compareCommand({ ...defaults, baseline: directory, current: slower })).stdout).toContain(
      `baseline: file ${join(directory, 'results.json')};`
    )
  })

  it('never compares other hardware', async () => {
    const other = resultsFile(makeResults({ fingerprint: 'ffffffffffff', values: BASE_VALUES }))
    const output = await compareCommand({ ...defaults, baseline: other, current: slower })
    expect(output.exitCode).toBe(0)
    expect(output.stdout).toBe(
      `verdict: no-baseline: no baseline for this hardware yet: the baseline was measured on topology fingerprint ffffffffffff and this run on ${FINGERPRINT}\n`
    )
  })

  it('names a missing or broken baseline file', async () => {
    await expect(compareCommand({ ...defaults, baseline: '/nonexistent/b.json', current: slower })).rejects.toThrow(
      '--baseline /nonexistent/b.json: no such file or directory'
    )
    const broken = join(temporaryDirectory('broken'), 'b.json')
    writeFileSync(broken, '{"schema": "numa-spsc-bench/baseline", "schemaVersion": 3}')
    await expect(compareCommand({ ...defaults, baseline: broken, current: slower })).rejects.toThrow(
      `${broken}: schemaVersion 3 was written by a newer numa-spsc-bench`
    )
    await expect(compareCommand({ ...defaults, baseline, current: '/nonexistent/c.json' })).rejects.toThrow(
      '/nonexistent/c.json: no such results file'
    )
  })
})

describe('baseline save, show, list', () => {
  it('saves a results file, lists it and shows it', async () => {
    const store = new DirectoryStore(join(temporaryDirectory('cli'), '.numa-spsc-bench'))
    const results = resultsFile(makeResults({ values: BASE_VALUES }))
    const saved = await baselineSaveCommand({
      store,
      resultsPath: results,
      commitSha: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01',
      ref: 'refs/heads/main',
      runId: null
    })
    expect(saved.stdout).toMatch(
      new RegExp(
        `^saved the baseline for fingerprint ${FINGERPRINT} to ${store.root}/${FINGERPRINT}/history/\\S+\\.json\\n$`
      )
    )
    const listed = await baselineListCommand({ store })
    expect(listed.stdout.split('\n')[0]).toMatch(/^fingerprint\s+saved\s+commit\s+ref\s+run$/)
    expect(listed.stdout.split('\n')[1]).toMatch(
      new RegExp(`^${FINGERPRINT}\\s+\\S+Z\\s+abcdef012345\\s+refs/heads/main\\s+-$`)
    )
    const shown = await baselineShowCommand({ store, fingerprint: FINGERPRINT, branch: null })
    expect(shown.stdout).toMatch(new RegExp(`^baseline for fingerprint ${FINGERPRINT}: newest saved from main`))
    expect(shown.stdout).toContain('commit: abcdef0123456789abcdef0123456789abcdef01  ref: refs/heads/main  run: -')
    const json = JSON.parse(
      (await baselineShowCommand({ store, fingerprint: FINGERPRINT, branch: 'main', json: true })).stdout
    )
    expect(json.results.topology.fingerprint).toBe(FINGERPRINT)
    expect((await baselineShowCommand({ store, fingerprint: 'ffffffffffff', branch: null })).stdout).toBe(
      `no baseline for this hardware yet (fingerprint ffffffffffff in directory ${store.root})\n`
    )
  })

  it("records --commit, else the commit in results.json, else the checkout's HEAD", async () => {
    const store = new DirectoryStore(temporaryDirectory('cli'))
    const plain = makeResults({ values: BASE_VALUES })
    const recorded = resultsFile({ ...plain, environment: { ...plain.environment, gitCommit: sha(7) } })
    const unrecorded = resultsFile(plain)
    await baselineSaveCommand({
      store,
      resultsPath: recorded,
      commitSha: sha(8),
      checkoutCommitSha: sha(9),
      ref: null,
      runId: '1'
    })
    await baselineSaveCommand({
      store,
      resultsPath: recorded,
      commitSha: null,
      checkoutCommitSha: sha(9),
      ref: null,
      runId: '2'
    })
    await baselineSaveCommand({
      store,
      resultsPath: unrecorded,
      commitSha: null,
      checkoutCommitSha: sha(9),
      ref: null,
      runId: '3'
    })
    const commits = (await store.list(FINGERPRINT)).map((entry) => [entry.runId, entry.commitSha])
    expect(commits.sort()).toEqual([
      ['1', sha(8)],
      ['2', sha(7)],
      ['3', sha(9)]
    ])
  })

  it('lists an empty store in words, and refuses to save an interrupted run', async () => {
    const root = temporaryDirectory('cli')
    mkdirSync(join(root, 'store'))
    const store = new DirectoryStore(join(root, 'store'))
    expect((await baselineListCommand({ store })).stdout).toBe(`no baselines saved in directory ${store.root}\n`)
    const interrupted = resultsFile({ ...makeResults(), interrupted: true })
    await expect(
      baselineSaveCommand({ store, resultsPath: interrupted, commitSha: null, ref: null, runId: null })
    ).rejects.toThrow(`${interrupted}: the run was interrupted before every sample was taken; not saved as a baseline`)
    expect(await store.list()).toEqual([])
  })
})
