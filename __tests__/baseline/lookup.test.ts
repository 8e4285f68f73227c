import { describe, expect, it } from '@jest/globals'
import { DirectoryStore, shouldSaveBaseline } from '../../src/baseline/index.js'
import { makeRecord, sha, temporaryDirectory } from './fixtures.js'
import { bareRemote, branchStore, cloneOf } from './git-repo.js'

const FINGERPRINT = 'a1b2c3d4e5f6'

/** main: commits 1 (Jan) and 3 (Mar); release: commit 2 (Feb), so the newest on main is older than release's. */
async function seeded(store: { save: DirectoryStore['save'] }): Promise<void> {
  await store.save(
    makeRecord({ commitSha: sha(1), ref: 'refs/heads/main', runId: '1', savedAt: '2026-01-01T00:00:00.000Z' })
  )
  await store.save(
    makeRecord({ commitSha: sha(3), ref: 'refs/heads/main', runId: '3', savedAt: '2026-03-01T00:00:00.000Z' })
  )
  await store.save(makeRecord({ commitSha: sha(2), ref: 'release', runId: '2', savedAt: '2026-04-01T00:00:00.000Z' }))
}

describe('which baseline a lookup picks', () => {
  it('the record measured on the merge-base when there is one, and says so', async () => {
    const store = new DirectoryStore(temporaryDirectory('lookup'))
    await seeded(store)
    const loaded = await store.load(FINGERPRINT, { mergeBaseSha: sha(1), branch: 'main' })
    expect(loaded?.record.runId).toBe('1')
    expect(loaded?.source).toBe('merge-base 0000000 on main (saved 2026-01-01T00:00:00.000Z)')
  })

  it('a short merge-base SHA matches too', async () => {
    const store = new DirectoryStore(temporaryDirectory('lookup'))
    await store.save(makeRecord({ commitSha: 'abcdef0123456789abcdef0123456789abcdef01', runId: '8' }))
    expect((await store.load(FINGERPRINT, { mergeBaseSha: 'ABCDEF0', branch: 'main' }))?.record.runId).toBe('8')
  })

  it('else the newest on the base branch, naming the merge-base that had none', async () => {
    const store = new DirectoryStore(temporaryDirectory('lookup'))
    await seeded(store)
    const loaded = await store.load(FINGERPRINT, { mergeBaseSha: sha(9), branch: 'refs/heads/main' })
    expect(loaded?.record.runId).toBe('3')
    expect(loaded?.source).toBe(
      'newest on main (commit 0000000, saved 2026-03-01T00:00:00.000Z, run 3; none saved for merge-base 0000000)'
    )
    expect((await store.load(FINGERPRINT, { branch: 'release' }))?.record.runId).toBe('2')
  })

  it('nothing when the base branch has no record, even if another branch has', async () => {
    const store = new DirectoryStore(temporaryDirectory('lookup'))
    await seeded(store)
    expect(await store.load(FINGERPRINT, { branch: 'develop' })).toBeNull()
  })

  it('the newest of all when no branch is asked (a local comparison)', async () => {
    const store = new DirectoryStore(temporaryDirectory('lookup'))
    await seeded(store)
    const loaded = await store.load(FINGERPRINT, {})
    expect(loaded?.record.runId).toBe('2')
    expect(loaded?.source).toBe('newest saved from release (commit 0000000, saved 2026-04-01T00:00:00.000Z, run 2)')
  })

  it('never a record of other hardware', async () => {
    const store = new DirectoryStore(temporaryDirectory('lookup'))
    await seeded(store)
    await store.save(
      makeRecord({ fingerprint: 'ffffffffffff', commitSha: sha(1), savedAt: '2026-05-01T00:00:00.000Z' })
    )
    expect(await store.load('0123456789ab', {})).toBeNull()
    expect(await store.load('0123456789ab', { mergeBaseSha: sha(1), branch: 'main' })).toBeNull()
    expect((await store.load(FINGERPRINT, { mergeBaseSha: sha(1) }))?.record.results.topology.fingerprint).toBe(
      FINGERPRINT
    )
    expect((await store.list('ffffffffffff')).map((entry) => entry.fingerprint)).toEqual(['ffffffffffff'])
  })

  it('the data branch picks the same way', async () => {
    const remote = bareRemote()
    await seeded(branchStore(cloneOf(remote)))
    const store = branchStore(cloneOf(remote))
    expect((await store.load(FINGERPRINT, { mergeBaseSha: sha(1), branch: 'main' }))?.record.runId).toBe('1')
    expect((await store.load(FINGERPRINT, { mergeBaseSha: sha(7), branch: 'main' }))?.record.runId).toBe('3')
    expect(await store.load('ffffffffffff', { branch: 'main' })).toBeNull()
  }, 120_000)
})

describe('shouldSaveBaseline', () => {
  const main = { ref: 'refs/heads/main', defaultBranch: 'main' }

  it.each(['pull_request', 'pull_request_target'])('never saves from %s, whatever the setting', (event) => {
    for (const setting of ['auto', 'true', 'false'] as const) {
      const decision = shouldSaveBaseline(setting, event, main)
      expect(decision.save).toBe(false)
      expect(decision.why).toContain(`${event} events never write the baseline (save-baseline: ${setting})`)
    }
  })

  it('auto saves on trusted events only', () => {
    expect(shouldSaveBaseline('auto', 'push', main)).toEqual({
      save: true,
      why: 'saved: push to the default branch main'
    })
    expect(shouldSaveBaseline('auto', 'schedule')).toEqual({ save: true, why: 'saved: schedule is a trusted event' })
    expect(shouldSaveBaseline('auto', 'workflow_dispatch').save).toBe(true)
    expect(shouldSaveBaseline('auto', 'push', { ref: 'refs/heads/topic', defaultBranch: 'main' })).toEqual({
      save: false,
      why: 'not saved: push to topic, not the default branch main (save-baseline: true saves it)'
    })
    expect(shouldSaveBaseline('auto', 'push').save).toBe(false)
    expect(shouldSaveBaseline('auto', 'merge_group').why).toBe(
      'not saved: merge_group is not a trusted event (push to the default branch, schedule, workflow_dispatch)'
    )
    expect(shouldSaveBaseline('auto', 'local').save).toBe(false)
  })

  it('true saves outside pull requests, false never', () => {
    expect(shouldSaveBaseline('true', 'push', { ref: 'refs/heads/topic', defaultBranch: 'main' }).save).toBe(true)
    expect(shouldSaveBaseline('true', 'local').save).toBe(true)
    expect(shouldSaveBaseline('false', 'schedule')).toEqual({ save: false, why: 'not saved: save-baseline is false' })
  })
})
