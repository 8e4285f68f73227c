import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addMergeBaseWorktree } from '../../src/action/merge-base.js'
import { comparesWithMergeBase } from '../../src/action/ab.js'
import { buildConfig } from '../../src/config.js'
import { processRunner } from '../../src/run/process.js'

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t'
    }
  }).trim()
}

/** main with a base commit and a later one; a pull request branch from the base commit with its own change. */
function repository(): { origin: string; base: string; mainTip: string; head: string } {
  const origin = mkdtempSync(join(tmpdir(), 'merge-base-origin-'))
  git(origin, 'init', '-q', '-b', 'main')
  writeFileSync(join(origin, 'ring.txt'), 'merge-base\n')
  git(origin, 'add', 'ring.txt')
  git(origin, 'commit', '-q', '-m', 'base')
  const base = git(origin, 'rev-parse', 'HEAD')
  writeFileSync(join(origin, 'other.txt'), 'later on main\n')
  git(origin, 'add', 'other.txt')
  git(origin, 'commit', '-q', '-m', 'main moves on')
  const mainTip = git(origin, 'rev-parse', 'HEAD')
  git(origin, 'checkout', '-q', '-b', 'change', base)
  writeFileSync(join(origin, 'ring.txt'), 'head\n')
  git(origin, 'commit', '-q', '-am', 'change')
  const head = git(origin, 'rev-parse', 'HEAD')
  return { origin, base, mainTip, head }
}

describe('compare-to: merge-base', () => {
  it('checks out the merge-base of base and head as a worktree, and removes it', async () => {
    const { origin, base, mainTip, head } = repository()
    const parentDir = mkdtempSync(join(tmpdir(), 'runner-temp-'))
    const worktree = await addMergeBaseWorktree({
      repoDir: origin,
      baseSha: mainTip,
      headSha: head,
      baseRef: 'main',
      parentDir,
      runner: processRunner
    })
    expect(worktree.sha).toBe(base)
    expect(worktree.path.startsWith(parentDir)).toBe(true)
    expect(readFileSync(join(worktree.path, 'ring.txt'), 'utf8')).toBe('merge-base\n')
    expect(existsSync(join(worktree.path, 'other.txt'))).toBe(false)
    await worktree.remove()
    expect(existsSync(worktree.path)).toBe(false)
  })

  it('says fetch-depth: 0 when a shallow checkout lacks the merge-base', async () => {
    const { origin, mainTip, head } = repository()
    const clone = join(mkdtempSync(join(tmpdir(), 'shallow-')), 'repo')
    git(tmpdir(), 'clone', '-q', '--depth', '1', '--branch', 'change', `file://${origin}`, clone)
    await expect(
      addMergeBaseWorktree({
        repoDir: clone,
        baseSha: mainTip,
        headSha: head,
        baseRef: 'main',
        parentDir: tmpdir(),
        runner: processRunner
      })
    ).rejects.toThrow(
      /merge-base of main \(\w+\) and the pull request head \(\w+\) is not in this checkout \(a shallow clone\).*"fetch-depth: 0"/
    )
  })

  it('is the default for a subject command on a pull request, and only there', () => {
    const pullRequest = {
      number: 1,
      headSha: 'h',
      baseRef: 'main',
      baseSha: 'b',
      headRepo: 'o/r',
      baseRepo: 'o/r',
      fromFork: false
    }
    const subject = buildConfig({ subject: 'command', 'subject-command': 'bench' })
    expect(subject.compareTo).toBe('auto')
    expect(subject.calibration).toBeNull()
    expect(buildConfig({ calibration: 'data/calibration.json' }).calibration).toBe('data/calibration.json')
    expect(comparesWithMergeBase(subject, pullRequest)).toBe(true)
    expect(comparesWithMergeBase(subject, null)).toBe(false)
    expect(comparesWithMergeBase(buildConfig({}), pullRequest)).toBe(false)
    expect(comparesWithMergeBase({ ...subject, compareTo: 'baseline' }, pullRequest)).toBe(false)
    expect(() => buildConfig({ 'compare-to': 'merge-base' })).toThrow(
      /compare-to: "merge-base" .* needs subject: command/
    )
    expect(() => buildConfig({ 'compare-to': 'yesterday' })).toThrow(
      'compare-to: "yesterday" is not one of auto, merge-base, baseline'
    )
  })
})
