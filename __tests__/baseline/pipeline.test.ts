import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DirectoryStore } from '../../src/baseline/index.js'
import { buildConfig } from '../../src/config.js'
import { compareAndSaveBaseline, type BaselineRunContext } from '../../src/pipeline.js'
import { makeRecord, makeResults, sha, temporaryDirectory } from './fixtures.js'

const FINGERPRINT = 'a1b2c3d4e5f6'
const BASE_VALUES = Array.from({ length: 12 }, (_, index) => 10e6 + index * 1e5)
const SLOWER_VALUES = BASE_VALUES.map((value) => value * 0.8)

function context(overrides: Partial<BaselineRunContext>): BaselineRunContext {
  return {
    eventName: 'push',
    commitSha: sha(20),
    ref: 'refs/heads/main',
    baseBranch: null,
    mergeBaseSha: null,
    runId: '7',
    defaultBranch: 'main',
    repoDir: process.cwd(),
    log: () => undefined,
    ...overrides
  }
}

/** Every file under a directory with its bytes, to show a run wrote nothing. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name)
      if (entry.isDirectory()) walk(path)
      else files[path] = readFileSync(path, 'utf8')
    }
  }
  walk(root)
  return files
}

async function storeWithBaseline(): Promise<DirectoryStore> {
  const store = new DirectoryStore(temporaryDirectory('pipeline'))
  await store.save({ ...makeRecord({ commitSha: sha(1) }), results: makeResults({ values: BASE_VALUES }) })
  return store
}

describe('compareAndSaveBaseline', () => {
  it('a pull request is compared with its base but never writes, even with save-baseline true on an empty store', async () => {
    const store = await storeWithBaseline()
    const before = snapshot(store.root)
    const config = buildConfig({ 'save-baseline': 'true', 'baseline-store': 'directory' })
    for (const eventName of ['pull_request', 'pull_request_target']) {
      const outcome = await compareAndSaveBaseline(
        config,
        makeResults({ values: SLOWER_VALUES }),
        context({
          eventName,
          store,
          ref: 'refs/pull/5/merge',
          baseBranch: 'main',
          mergeBaseSha: sha(1),
          saveFirstBaseline: true
        })
      )
      expect(outcome.saved).toBeNull()
      expect(outcome.saveDecision.save).toBe(false)
      expect(outcome.comparison.baselineSource).toMatch(/^merge-base 0000000 on main/)
      // One stored run: the 20 % loss is there, but with the run-to-run spread unknown it is not called a regression.
      expect(outcome.comparison.verdict).toBe('inconclusive')
      expect(outcome.comparison.regressions).toBe(0)
      expect(outcome.comparison.cells[0].reason).toMatch(/^run-to-run spread unknown: 1 of 3 runs stored/)
    }
    const empty = new DirectoryStore(temporaryDirectory('pipeline'))
    const outcome = await compareAndSaveBaseline(
      config,
      makeResults(),
      context({ eventName: 'pull_request', store: empty, baseBranch: 'main', saveFirstBaseline: true })
    )
    expect(outcome.comparison.verdict).toBe('no-baseline')
    expect(outcome.saved).toBeNull()
    expect(snapshot(store.root)).toEqual(before)
    expect(snapshot(empty.root)).toEqual({})
  })

  it('a push to the default branch is compared with the previous baseline, then saved', async () => {
    const store = await storeWithBaseline()
    const logged: string[] = []
    const outcome = await compareAndSaveBaseline(
      buildConfig({}),
      makeResults({ values: BASE_VALUES }),
      context({ store, log: (line) => logged.push(line) })
    )
    expect(outcome.comparison.verdict).toBe('no-change')
    expect(outcome.comparison.baselineSource).toMatch(
      /^newest on main \(commit 0000000, saved 2026-01-01T00:00:00.000Z, run 1\)$/
    )
    expect(outcome.saveDecision).toEqual({ save: true, why: 'saved: push to the default branch main' })
    expect(outcome.saved).toContain(join(store.root, FINGERPRINT, 'history'))
    expect((await store.list(FINGERPRINT)).map((entry) => entry.commitSha)).toEqual([sha(1), sha(20)])
    expect(logged).toContain('baseline: saved: push to the default branch main')
  })

  it('says "no baseline for this hardware yet" for another fingerprint, and saves it as the first', async () => {
    const store = await storeWithBaseline()
    const outcome = await compareAndSaveBaseline(
      buildConfig({}),
      makeResults({ fingerprint: 'ffffffffffff' }),
      context({ eventName: 'schedule', store })
    )
    expect(outcome.comparison.verdict).toBe('no-baseline')
    expect(outcome.comparison.reason).toBe(
      `no baseline for this hardware yet (fingerprint ffffffffffff in directory ${store.root} on main)`
    )
    expect(outcome.comparison.cells).toEqual([])
    expect(outcome.saved).not.toBeNull()
    expect(await store.list('ffffffffffff')).toHaveLength(1)
  })

  it('a local run saves the first baseline only, unless asked', async () => {
    const store = new DirectoryStore(temporaryDirectory('pipeline'))
    const local = context({ eventName: 'local', store, saveFirstBaseline: true, ref: 'refs/heads/topic' })
    const first = await compareAndSaveBaseline(buildConfig({}), makeResults({ values: BASE_VALUES }), local)
    expect(first.saveDecision.why).toBe('saved: the first baseline for this hardware')
    const second = await compareAndSaveBaseline(buildConfig({}), makeResults({ values: SLOWER_VALUES }), local)
    expect(second.saved).toBeNull()
    expect(second.comparison.verdict).toBe('inconclusive')
    expect(second.comparison.baselineRuns).toBe(1)
    // A local run compares with the newest saved, whatever branch it came from.
    expect(second.comparison.baselineSource).toMatch(/^newest saved from topic/)
    const third = await compareAndSaveBaseline(
      buildConfig({ 'save-baseline': 'true' }),
      makeResults({ values: SLOWER_VALUES }),
      local
    )
    expect(third.saved).not.toBeNull()
    expect(await store.list()).toHaveLength(2)
  })

  it('never saves an interrupted run', async () => {
    const store = new DirectoryStore(temporaryDirectory('pipeline'))
    const outcome = await compareAndSaveBaseline(
      buildConfig({}),
      { ...makeResults(), interrupted: true },
      context({ eventName: 'workflow_dispatch', store, saveFirstBaseline: true })
    )
    expect(outcome.saveDecision.why).toBe('not saved: the run was interrupted before every sample was taken')
    expect(await store.list()).toEqual([])
  })

  it('baseline-store none compares nothing and saves nothing', async () => {
    const outcome = await compareAndSaveBaseline(
      buildConfig({ 'baseline-store': 'none' }),
      makeResults(),
      context({ eventName: 'schedule' })
    )
    expect(outcome.comparison).toMatchObject({
      verdict: 'no-baseline',
      reason: 'baseline-store is none: nothing is compared or saved'
    })
    expect(outcome.saved).toBeNull()
  })

  it('a failed save keeps the comparison and says why', async () => {
    const store = await storeWithBaseline()
    const failing = {
      ...store,
      describe: () => 'broken store',
      load: store.load.bind(store),
      list: store.list.bind(store),
      history: store.history.bind(store),
      save: () => Promise.reject(new Error('read-only'))
    }
    const outcome = await compareAndSaveBaseline(
      buildConfig({}),
      makeResults({ values: BASE_VALUES }),
      context({ eventName: 'schedule', store: failing, ref: 'refs/heads/main' })
    )
    expect(outcome.comparison.verdict).toBe('no-change')
    expect(outcome.saveError).toBe('could not save the baseline to broken store: read-only')
  })

  describe('the run-to-run spread from the store history', () => {
    // Unchanged code whose whole runs land between ×0.93 and ×1.07 (a VM's host), with little noise inside a run.
    const TIGHT_VALUES = Array.from({ length: 12 }, (_, index) => 10e6 + index * 1e4)
    const shifted = (factor: number) => makeResults({ values: TIGHT_VALUES.map((value) => value * factor) })

    async function storeWithRuns(
      factors: number[],
      refs: (string | null)[] = factors.map(() => 'refs/heads/main')
    ): Promise<DirectoryStore> {
      const store = new DirectoryStore(temporaryDirectory('pipeline'))
      for (const [index, factor] of factors.entries()) {
        const savedAt = `2026-01-0${index + 1}T00:00:00.000Z`
        await store.save({
          ...makeRecord({ commitSha: sha(index + 1), savedAt, ref: refs[index] }),
          results: shifted(factor)
        })
      }
      return store
    }

    it('a run shifted like earlier runs is no-change with the history, inconclusive against the baseline alone', async () => {
      const current = shifted(0.94)
      const logged: string[] = []
      const withHistory = await compareAndSaveBaseline(
        buildConfig({}),
        current,
        context({
          eventName: 'schedule',
          store: await storeWithRuns([0.93, 1.07, 0.98, 1]),
          log: (line) => logged.push(line)
        })
      )
      expect(withHistory.comparison.verdict).toBe('no-change')
      expect(withHistory.comparison.runToRunSpreadRuns).toBe(4)
      expect(
        withHistory.comparison.cells.every(
          (cell) => cell.runToRunSpread !== null && cell.reason?.startsWith('within the run-to-run spread')
        )
      ).toBe(true)
      expect(logged).toContain('baseline: run-to-run spread from 4 baseline runs')

      const aloneLog: string[] = []
      const alone = await compareAndSaveBaseline(
        buildConfig({}),
        current,
        context({ eventName: 'schedule', store: await storeWithRuns([1]), log: (line) => aloneLog.push(line) })
      )
      expect(alone.comparison.verdict).toBe('inconclusive')
      expect(alone.comparison.regressions + alone.comparison.improvements).toBe(0)
      expect(alone.comparison.runToRunSpreadRuns).toBeNull()
      expect(alone.comparison.cells.every((cell) => cell.runToRunSpread === null)).toBe(true)
      expect(aloneLog).toContain(
        'baseline: run-to-run spread unknown: 1 of 3 runs stored (a change between two runs is reported inconclusive until then)'
      )
    })

    it('a pull request learns the spread from its base branch only, and from at most 5 runs including its merge-base baseline', async () => {
      // Runs 1–2 are the wandering ones, but on another branch; the merge-base record (run 1 on main) is older than the newest 5.
      const factors = [1, 0.93, 1.07, 1, 1, 1, 1, 1]
      const refs = ['refs/heads/main', 'refs/heads/other', 'refs/heads/other', ...new Array(5).fill('refs/heads/main')]
      const store = await storeWithRuns(factors, refs)
      const logged: string[] = []
      const outcome = await compareAndSaveBaseline(
        buildConfig({}),
        shifted(0.94),
        context({
          eventName: 'pull_request',
          store,
          ref: 'refs/pull/5/merge',
          baseBranch: 'main',
          mergeBaseSha: sha(1),
          log: (line) => logged.push(line)
        })
      )
      expect(outcome.comparison.baselineSource).toMatch(/^merge-base 0000000/)
      expect(logged).toContain('baseline: run-to-run spread from 6 baseline runs')
      expect(outcome.comparison.runToRunSpreadRuns).toBe(6)
      expect(outcome.comparison.baselineRuns).toBe(6)
      // The spread is known (six runs within ±0 %), so a 6 % loss beyond it and the threshold is a regression.
      expect(outcome.comparison.verdict).toBe('regression')
    })
  })
})
