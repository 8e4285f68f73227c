import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { findMergeBase, GitBranchStore } from '../../src/baseline/index.js'
import { makeRecord, sha, temporaryDirectory } from './fixtures.js'
import { bareRemote, branchStore, cloneOf, commitOnDataBranch, gitSync, remoteFile, remotePaths } from './git-repo.js'

const FINGERPRINT = 'a1b2c3d4e5f6'

describe('git data-branch store', () => {
  it('is an empty store while the branch does not exist', async () => {
    const store = branchStore(cloneOf(bareRemote()))
    expect(await store.list()).toEqual([])
    expect(await store.load(FINGERPRINT, { branch: 'main' })).toBeNull()
    expect(store.describe()).toBe('branch numa-spsc-bench-data')
  })

  it('creates the branch, and another clone reads the record back', async () => {
    const remote = bareRemote()
    const record = makeRecord({ commitSha: sha(5), runId: '99' })
    const where = await branchStore(cloneOf(remote)).save(record)
    expect(where).toMatch(
      new RegExp(
        `^branch numa-spsc-bench-data:${FINGERPRINT}/history/20260101T000000000Z\\+0{39}5\\+99\\+refs%2Fheads%2Fmain\\+[0-9a-f]{8}\\.json$`
      )
    )
    const loaded = await branchStore(cloneOf(remote)).load(FINGERPRINT, { branch: 'refs/heads/main' })
    expect(loaded?.record).toEqual(record)
    expect(loaded?.source).toBe('newest on main (commit 0000000, saved 2026-01-01T00:00:00.000Z, run 99)')
    expect(remotePaths(remote).sort()).toEqual(
      [`${FINGERPRINT}/baseline.json`, where.replace('branch numa-spsc-bench-data:', '')].sort()
    )
    expect(gitSync(remote, ['log', '--format=%an <%ae>|%s', 'numa-spsc-bench-data']).trim()).toBe(
      `numa-spsc-bench <numa-spsc-bench@users.noreply.github.com>|numa-spsc-bench: baseline ${FINGERPRINT} from 000000000000 (run 99)`
    )
  })

  it('reads back the newest records of a fingerprint from the branch, newest first, and names a corrupt one', async () => {
    const remote = bareRemote()
    expect(await branchStore(cloneOf(remote)).history(FINGERPRINT, {}, 5)).toEqual([])
    const writer = branchStore(cloneOf(remote))
    const refs = ['refs/heads/main', 'refs/heads/feature', 'refs/heads/main', 'refs/heads/main']
    const records = refs.map((ref, index) =>
      makeRecord({
        ref,
        commitSha: sha(index + 1),
        runId: String(index),
        savedAt: `2026-01-0${index + 1}T00:00:00.000Z`
      })
    )
    const where: string[] = []
    for (const record of records) where.push(await writer.save(record))
    const reader = branchStore(cloneOf(remote))
    const main = await reader.history(FINGERPRINT, { branch: 'main' }, 2)
    expect(main.map((entry) => entry.record)).toEqual([records[3], records[2]])
    expect(main.map((entry) => entry.location)).toEqual([where[3], where[2]])
    expect((await reader.history(FINGERPRINT, {}, 5)).map((entry) => entry.record.runId)).toEqual(['3', '2', '1', '0'])

    const corrupt = where[2].replace('branch numa-spsc-bench-data:', '')
    commitOnDataBranch(remote, { [corrupt]: '{"schema": "numa-spsc-bench/baseline", "version": 1' })
    await expect(reader.history(FINGERPRINT, { branch: 'main' }, 5)).rejects.toThrow(where[2])
  })

  it("leaves the user's working tree, index, HEAD and branches as they were", async () => {
    const remote = bareRemote()
    const clone = cloneOf(remote)
    gitSync(clone, ['commit', '--quiet', '--allow-empty', '-m', 'user work'])
    const before = {
      head: gitSync(clone, ['rev-parse', 'HEAD']),
      symbolic: gitSync(clone, ['symbolic-ref', 'HEAD']),
      status: gitSync(clone, ['status', '--porcelain', '--untracked-files=all']),
      branches: gitSync(clone, ['branch', '--list'])
    }
    await branchStore(clone).save(makeRecord())
    await branchStore(clone).save(makeRecord({ savedAt: '2026-02-01T00:00:00.000Z' }))
    expect({
      head: gitSync(clone, ['rev-parse', 'HEAD']),
      symbolic: gitSync(clone, ['symbolic-ref', 'HEAD']),
      status: gitSync(clone, ['status', '--porcelain', '--untracked-files=all']),
      branches: gitSync(clone, ['branch', '--list'])
    }).toEqual(before)
    expect(remotePaths(remote).filter((path) => path.includes('/history/'))).toHaveLength(2)
  })

  it('keeps every record when 20 writers, each with its own clone, push at once', async () => {
    const remote = bareRemote()
    const clones = Array.from({ length: 20 }, () => cloneOf(remote))
    let retries = 0
    const saved = await Promise.all(
      clones.map((clone, index) =>
        branchStore(clone, () => retries++).save(
          makeRecord({
            commitSha: sha(index + 1),
            runId: String(index),
            savedAt: `2026-03-01T00:00:${String(index).padStart(2, '0')}.000Z`
          })
        )
      )
    )
    const entries = await branchStore(cloneOf(remote)).list(FINGERPRINT)
    expect(entries.map((entry) => entry.runId).sort()).toEqual(clones.map((_, index) => String(index)).sort())
    expect(entries.map((entry) => `branch numa-spsc-bench-data:${entry.path}`).sort()).toEqual([...saved].sort())
    // The writers raced: at least one push lost and was redone on top of the winner's commit.
    expect(retries).toBeGreaterThan(0)
    // The current baseline ends as the newest record whatever order the pushes landed in.
    expect(JSON.parse(remoteFile(remote, `${FINGERPRINT}/baseline.json`)).runId).toBe('19')
    expect(Number(gitSync(remote, ['rev-list', '--count', 'numa-spsc-bench-data']).trim())).toBe(20)
  }, 900_000)

  it('reports a push that fails for another reason at once, without retrying', async () => {
    const clone = cloneOf(bareRemote())
    gitSync(clone, ['remote', 'set-url', 'origin', '/nonexistent/remote.git'])
    let retries = 0
    const store = new GitBranchStore({ repoDir: clone, branch: 'numa-spsc-bench-data', onRetry: () => retries++ })
    await expect(store.save(makeRecord())).rejects.toThrow(
      /git fetch origin numa-spsc-bench-data \(in .*\) failed with exit code 128: .*nonexistent/
    )
    expect(retries).toBe(0)
  })

  it('finds the merge-base of a pull request branch, and null when git cannot', async () => {
    const clone = cloneOf(bareRemote())
    gitSync(clone, ['commit', '--quiet', '--allow-empty', '-m', 'base'])
    const base = gitSync(clone, ['rev-parse', 'HEAD']).trim()
    gitSync(clone, ['checkout', '--quiet', '-b', 'feature'])
    gitSync(clone, ['commit', '--quiet', '--allow-empty', '-m', 'feature work'])
    gitSync(clone, ['checkout', '--quiet', '-'])
    gitSync(clone, ['commit', '--quiet', '--allow-empty', '-m', 'main moves on'])
    expect(await findMergeBase(clone, 'HEAD', 'feature')).toBe(base)
    expect(await findMergeBase(clone, 'HEAD', 'no-such-branch')).toBeNull()
  })

  it('works from a shallow checkout, as actions/checkout makes by default', async () => {
    const remote = bareRemote()
    const seed = cloneOf(remote)
    for (const message of ['one', 'two']) gitSync(seed, ['commit', '--quiet', '--allow-empty', '-m', message])
    gitSync(seed, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main'])
    await branchStore(seed).save(makeRecord({ runId: 'first' }))
    const shallow = join(temporaryDirectory('shallow'), 'work')
    gitSync(remote, ['clone', '--quiet', '--depth', '1', '--branch', 'main', `file://${remote}`, shallow])
    expect(gitSync(shallow, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true')
    await branchStore(shallow).save(makeRecord({ runId: 'second', savedAt: '2026-02-01T00:00:00.000Z' }))
    expect((await branchStore(shallow).list(FINGERPRINT)).map((entry) => entry.runId)).toEqual(['first', 'second'])
    expect((await branchStore(shallow).load(FINGERPRINT, { branch: 'main' }))?.record.runId).toBe('second')
  })
})
