/**
 * The git data-branch store tells a push the remote refuses for good (protected branch, hook, permission) from a race
 * another writer won: the first fails at once with the remote's own words and the fix, the second is retried.
 */
import { describe, expect, it } from '@jest/globals'
import { chmodSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GitBranchStore } from '../../src/baseline/index.js'
import { pushRefusal } from '../../src/baseline/git.js'
import { makeRecord } from '../baseline/fixtures.js'
import { bareRemote, branchStore, cloneOf, FAST_RETRY, remoteFile } from '../baseline/git-repo.js'

const FINGERPRINT = 'a1b2c3d4e5f6'

// What GitHub and git print, verbatim apart from names.
const GITHUB_PROTECTED = [
  'remote: error: GH006: Protected branch update failed for refs/heads/numa-spsc-bench-data.',
  'remote: error: Changes must be made through a pull request.',
  'To https://github.com/owner/repo',
  ' ! [remote rejected] 1234567 -> numa-spsc-bench-data (protected branch hook declined)',
  "error: failed to push some refs to 'https://github.com/owner/repo'"
].join('\n')
const GITHUB_FORBIDDEN = [
  'remote: Permission to owner/repo.git denied to github-actions[bot].',
  "fatal: unable to access 'https://github.com/owner/repo/': The requested URL returned error: 403"
].join('\n')
const HOOK_DECLINED = [
  'remote: only the release bot may write here',
  'To /srv/git/repo.git',
  ' ! [remote rejected] 1234567 -> numa-spsc-bench-data (pre-receive hook declined)',
  "error: failed to push some refs to '/srv/git/repo.git'"
].join('\n')
const LOST_RACE = [
  'To /srv/git/repo.git',
  ' ! [rejected]        1234567 -> numa-spsc-bench-data (fetch first)',
  "error: failed to push some refs to '/srv/git/repo.git'",
  'hint: Updates were rejected because the remote contains work that you do not have locally.'
].join('\n')
const LOCKED_REF = [
  " ! [remote rejected] 1234567 -> numa-spsc-bench-data (cannot lock ref 'refs/heads/numa-spsc-bench-data': is at 89abcde but expected 1234567)",
  "error: failed to push some refs to '/srv/git/repo.git'"
].join('\n')

describe('pushRefusal', () => {
  it('names a protected branch and keeps what the remote said', () => {
    expect(pushRefusal(GITHUB_PROTECTED)).toEqual({
      reason: 'the branch is protected',
      remoteMessage: expect.stringContaining('remote: error: GH006: Protected branch update failed')
    })
  })

  it('names a missing permission (403)', () => {
    expect(pushRefusal(GITHUB_FORBIDDEN)).toMatchObject({
      reason: 'these credentials may not push to the repository',
      remoteMessage: expect.stringContaining('Permission to owner/repo.git denied to github-actions[bot]')
    })
  })

  it('names a declining hook', () => {
    expect(pushRefusal(HOOK_DECLINED)).toMatchObject({
      reason: 'a hook on the remote declined it',
      remoteMessage: expect.stringContaining('remote: only the release bot may write here')
    })
  })

  it('takes a lost race for what it is', () => {
    expect(pushRefusal(LOST_RACE)).toBeNull()
    expect(pushRefusal(LOCKED_REF)).toBeNull()
  })
})

describe('a refused push', () => {
  it('fails at once with the remote message and the fix, without retrying', async () => {
    const remote = bareRemote()
    const hook = join(remote, 'hooks', 'pre-receive')
    writeFileSync(
      hook,
      '#!/bin/sh\necho "error: GH006: Protected branch update failed for refs/heads/numa-spsc-bench-data." >&2\nexit 1\n'
    )
    chmodSync(hook, 0o755)
    let retries = 0
    const store = new GitBranchStore({
      repoDir: cloneOf(remote),
      branch: 'numa-spsc-bench-data',
      retry: { ...FAST_RETRY, attempts: 3 },
      onRetry: () => retries++
    })
    const saving = store.save(makeRecord())
    await expect(saving).rejects.toThrow(/origin refused the push of the record .*: the branch is protected/)
    await expect(saving).rejects.toThrow('remote: error: GH006: Protected branch update failed')
    await expect(saving).rejects.toThrow(
      'Fix: allow the workflow to push to numa-spsc-bench-data (permissions: contents: write'
    )
    await expect(saving).rejects.toThrow('or use baseline-store: directory')
    expect(retries).toBe(0)
  })
})

describe('concurrent writers on the data branch', () => {
  it('leave baseline.json naming the newest record, round after round', async () => {
    for (const round of [0, 1]) {
      const remote = bareRemote()
      const clones = Array.from({ length: 6 }, () => cloneOf(remote))
      // The newest record goes to a different writer each round, not always the last one started.
      const newest = round === 0 ? 1 : 4
      await Promise.all(
        clones.map((clone, index) => {
          const order = index === newest ? 9 : index
          return branchStore(clone).save(
            makeRecord({ runId: `${round}-${index}`, savedAt: `2026-03-01T00:00:0${order}.000Z` })
          )
        })
      )
      const current = JSON.parse(remoteFile(remote, `${FINGERPRINT}/baseline.json`))
      expect({ round, savedAt: current.savedAt }).toEqual({ round, savedAt: '2026-03-01T00:00:09.000Z' })
    }
  }, 600_000)
})
