/**
 * Comment-only mode (report-from) end to end: `node dist/index.js` against a local GitHub API, with an artifact
 * directory as the measuring run leaves it. Nothing is measured here, so these runs take a second each; the
 * measuring runs (regression gate, fork handling, outputs) are in __tests__/shell/action.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cellComparison, comparison } from '../../__fixtures__/report/builders.js'
import { writeComparisonFile, writePullRequestFile } from '../../src/github/index.js'
import { writeResultsFile } from '../../src/run/index.js'
import type { Comparison } from '../../src/stats/types.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { BASE_REPO, HEAD_SHA, workflowRunPayload } from './payloads.js'
import { syntheticResults } from './results.js'
import { runAction, type ActionRun } from './run-action.js'

const TOKEN = 'ghs_e2eTokenThatMustNeverAppearInLogs'

let github: FakeGitHub
beforeEach(async () => {
  github = await startFakeGitHub()
  github.pullRequestHeads.set(42, HEAD_SHA)
})
afterEach(async () => {
  await github.close()
})

function artifact(
  machines: { name: string; comparison?: Comparison }[],
  pullRequest = { number: 42, headSha: HEAD_SHA, baseRef: 'main' }
) {
  const root = mkdtempSync(join(tmpdir(), 'artifact-'))
  for (const machine of machines) {
    const directory = join(root, machine.name)
    writeResultsFile(directory, syntheticResults(machine.name))
    writePullRequestFile(directory, pullRequest)
    if (machine.comparison !== undefined) writeComparisonFile(directory, machine.comparison)
  }
  return root
}

function commentOnly(directory: string, payload = workflowRunPayload()): Promise<ActionRun> {
  return runAction({
    inputs: { 'report-from': directory, 'github-token': TOKEN },
    event: { name: 'workflow_run', payload },
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: BASE_REPO,
      GITHUB_WORKFLOW: 'numa comment',
      GITHUB_JOB: 'comment'
    }
  })
}

/** The only place the token may appear is the ::add-mask:: command that tells the runner to mask it everywhere. */
function expectTokenHidden(run: ActionRun): void {
  const lines = run.stdout.split('\n')
  expect(lines).toContain(`::add-mask::${TOKEN}`)
  expect(lines.filter((line) => line !== `::add-mask::${TOKEN}`).join('\n')).not.toContain(TOKEN)
  expect(run.stderr).not.toContain(TOKEN)
  expect(run.summary).not.toContain(TOKEN)
}

/** Both round-trip metrics of the numa-2s machine's cell regressed: the outputs' counts follow from these cells. */
const pingpong = syntheticResults('numa-2s').cells[0].cell
const regression: Comparison = comparison(
  (['rttNs.p50', 'rttNs.p99'] as const).map((metric) => cellComparison(pingpong, metric, 'regression', 800, 1000)),
  { baselineSource: 'newest on main' }
)

describe('report-from (comment-only mode)', () => {
  it('creates one comment, then edits it, finding it behind 250 other comments', async () => {
    github.addComments(42, 250)
    const directory = artifact([{ name: 'numa-2s' }])
    const first = await commentOnly(directory)
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(
      /PR comment created: https:\/\/github.example\/octo-org\/spsc\/pull\/42#issuecomment-\d+/
    )
    expect(github.commentsOn(42)).toHaveLength(251)
    const ours = github.commentsOn(42).filter((comment) => comment.body.startsWith('<!-- numa-spsc-bench'))
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toMatch(
      /^<!-- numa-spsc-bench workflow=numa%20comment job=comment fingerprint=synthetic -->\nnuma-spsc-bench: /
    )

    github.requests.length = 0
    const second = await commentOnly(directory)
    expect(second.status).toBe(0)
    expect(second.stdout).toContain(
      `PR comment updated: https://github.example/octo-org/spsc/pull/42#issuecomment-${ours[0].id}`
    )
    expect(github.commentsOn(42)).toHaveLength(251)
    const listed = github.requests.filter((request) => request.path.endsWith('/issues/42/comments'))
    expect(listed.map((request) => request.query.page ?? '1')).toEqual(['1', '2', '3'])
    expect(github.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1)
    expect(github.requests.filter((request) => request.method === 'POST')).toHaveLength(0)
    expect(github.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true)
    for (const run of [first, second]) expectTokenHidden(run)
  })

  it('turns a 403 into a warning and still writes the outputs and the job summary', async () => {
    github.readOnly = true
    const run = await commentOnly(artifact([{ name: 'numa-2s', comparison: regression }]))
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(
      /::warning::PR comment on #42 not posted \(HTTP 403: Resource not accessible by integration/
    )
    expect(run.stdout).toContain('pull-requests: write')
    expect(run.outputs.verdict).toBe('regression')
    expect(run.outputs.regressions).toBe('2')
    expect(run.summary).toContain('numa-2s')
    expect(github.commentsOn(42)).toHaveLength(0)
    expectTokenHidden(run)
  })

  it('merges a matrix of machines into one comment; the verdict is reported, not gated, in this mode', async () => {
    const run = await commentOnly(artifact([{ name: 'numa-2s', comparison: regression }, { name: 'numa-4s' }]))
    expect(run.status).toBe(0)
    expect(run.outputs.verdict).toBe('regression')
    const comments = github.commentsOn(42)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('## numa-2s')
    expect(comments[0].body).toContain('## numa-4s')
    expect(comments[0].body).toContain('fingerprint=synthetic -->')
    expect(run.stdout).toContain('report-from: 2 machine(s) for pull request #42')
  })

  it("keeps the comment under GitHub's 65,536 characters, pointing to the full report in the job summary", async () => {
    const machines = Array.from({ length: 40 }, (_, index) => ({ name: `runner-${String(index).padStart(2, '0')}` }))
    const run = await commentOnly(artifact(machines))
    expect(run.status).toBe(0)
    const [comment] = github.commentsOn(42)
    expect(comment.body.length).toBeLessThanOrEqual(65_536)
    expect(comment.body).toMatch(
      /Shortened to fit [\d,]+ characters; left out: .*The full report is in the job summary of run 4242 and its report\.md/
    )
    expect(run.summary.length).toBeGreaterThan(65_536)
    expect(run.summary).toContain('## runner-39')
    expect(run.stdout).toContain('PR comment shortened: left out')
  })

  it('retries a server error and then posts', async () => {
    github.failures.push({ method: 'GET', status: 502, message: 'Bad Gateway' })
    const run = await commentOnly(artifact([{ name: 'numa-2s' }]))
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('PR comment: HTTP 502: Bad Gateway; retry 1 in 1 s')
    expect(run.stdout).toContain('PR comment created')
    expect(github.commentsOn(42)).toHaveLength(1)
  })

  it('refuses an artifact about another commit than the workflow_run, before calling the API', async () => {
    const run = await commentOnly(artifact([{ name: 'numa-2s' }]), workflowRunPayload({ headSha: 'f'.repeat(40) }))
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(`::error::report-from: `)
    expect(run.stdout).toContain(`refusing to comment with a report from another commit`)
    expect(github.requests).toEqual([])
    expect(run.summary).toContain('numa-spsc-bench: failed')
  })

  it('skips the comment when the pull request has moved on since the measured commit', async () => {
    github.pullRequestHeads.set(42, 'e'.repeat(40))
    const run = await commentOnly(artifact([{ name: 'numa-2s' }]))
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`::warning::PR comment skipped: pull request #42 is at ${'e'.repeat(40)}`)
    expect(github.commentsOn(42)).toHaveLength(0)
  })
})
