import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { baselineRunContext } from '../../src/action/report.js'
import { runContextFrom } from '../../src/github/index.js'
import { pullRequestPayload } from '../github/payloads.js'

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  }).trim()

function commit(repo: string, name: string): string {
  writeFileSync(join(repo, name), name)
  git(repo, 'add', name)
  git(repo, 'commit', '-q', '-m', name)
  return git(repo, 'rev-parse', 'HEAD')
}

/** main: fork → base-tip; pr: fork → head. */
function repoWithPullRequest() {
  const repo = mkdtempSync(join(tmpdir(), 'merge-base-'))
  git(repo, 'init', '-q', '-b', 'main')
  const fork = commit(repo, 'fork-point')
  const baseTip = commit(repo, 'main-moves-on')
  git(repo, 'checkout', '-q', '-b', 'pr', fork)
  const head = commit(repo, 'the-change')
  return { repo, fork, baseTip, head }
}

describe('baselineRunContext', () => {
  it('finds the merge-base of a pull request in a full checkout and names the base branch', async () => {
    const { repo, fork, baseTip, head } = repoWithPullRequest()
    const payload = pullRequestPayload({ headSha: head })
    payload.pull_request.base.sha = baseTip
    const context = runContextFrom(
      { GITHUB_SHA: head, GITHUB_REF: 'refs/pull/42/merge', GITHUB_RUN_ID: '9' },
      { eventName: 'pull_request', payload }
    )
    const lines: string[] = []
    const result = await baselineRunContext(context, repo, (line) => lines.push(line))
    expect(result).toMatchObject({
      eventName: 'pull_request',
      baseBranch: 'main',
      mergeBaseSha: fork,
      ref: 'refs/pull/42/merge',
      runId: '9',
      defaultBranch: 'main',
      repoDir: repo
    })
    expect(lines).toEqual([])
  })

  it('falls back to the newest baseline of the base branch, saying so, when the checkout lacks the history', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'no-history-'))
    const context = runContextFrom({}, { eventName: 'pull_request', payload: pullRequestPayload() })
    const lines: string[] = []
    const result = await baselineRunContext(context, repo, (line) => lines.push(line))
    expect(result.mergeBaseSha).toBeNull()
    expect(result.baseBranch).toBe('main')
    expect(lines[0]).toContain('no merge-base of main and the pull request in this checkout (fetch-depth: 0 gives it)')
  })

  it('has no base branch or merge-base outside pull requests', async () => {
    const context = runContextFrom(
      { GITHUB_REF: 'refs/heads/main' },
      { eventName: 'push', payload: { repository: { default_branch: 'main' } } }
    )
    const result = await baselineRunContext(context, tmpdir(), () => undefined)
    expect(result).toMatchObject({
      eventName: 'push',
      baseBranch: null,
      mergeBaseSha: null,
      ref: 'refs/heads/main',
      defaultBranch: 'main'
    })
  })
})
