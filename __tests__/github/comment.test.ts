import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import {
  commentMarker,
  findStickyComment,
  publishComment,
  stickyBody,
  upsertStickyComment
} from '../../src/github/index.js'
import type { PublishRequest } from '../../src/github/index.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'

const TOKEN = 'ghs_unitTestTokenThatMustNeverBeLogged'
const noWait = { delaysMs: [0, 0, 0], sleep: async () => undefined }

let github: FakeGitHub
beforeEach(async () => {
  github = await startFakeGitHub()
})
afterEach(async () => {
  await github.close()
})

const client = () => getOctokit(TOKEN, { baseUrl: github.url })
const target = (issueNumber = 42) => ({ owner: github.owner, repo: github.repo, issueNumber })
const marker = commentMarker({ workflow: 'bench', job: 'numa', fingerprint: 'a1b2c3d4e5f6' })

function recordingLog() {
  const lines: { level: 'info' | 'warning'; text: string }[] = []
  return {
    lines,
    log: {
      info: (text: string) => lines.push({ level: 'info', text }),
      warning: (text: string) => lines.push({ level: 'warning', text })
    },
    warnings: () => lines.filter((line) => line.level === 'warning').map((line) => line.text)
  }
}

function request(overrides: Partial<PublishRequest> = {}): PublishRequest {
  return {
    mode: 'always',
    verdict: 'no-change',
    target: target(),
    fromFork: false,
    client,
    hasToken: true,
    marker,
    body: stickyBody(marker, 'report body'),
    log: recordingLog().log,
    retry: noWait,
    ...overrides
  }
}

describe('commentMarker', () => {
  it('differs per workflow, job and fingerprint', () => {
    const markers = new Set([
      marker,
      commentMarker({ workflow: 'bench2', job: 'numa', fingerprint: 'a1b2c3d4e5f6' }),
      commentMarker({ workflow: 'bench', job: 'numa2', fingerprint: 'a1b2c3d4e5f6' }),
      commentMarker({ workflow: 'bench', job: 'numa', fingerprint: 'ffffffffffff' })
    ])
    expect(markers.size).toBe(4)
  })

  it('stays one hidden HTML comment whatever the workflow is called', () => {
    const hostile = commentMarker({ workflow: 'a --> <b>x</b>\n--', job: 'j', fingerprint: 'f' })
    expect(hostile.startsWith('<!-- ')).toBe(true)
    expect(hostile.endsWith(' -->')).toBe(true)
    expect(hostile.slice(4, -3)).not.toMatch(/--|>|<|\n/)
  })
})

describe('upsertStickyComment against a local GitHub API', () => {
  it('creates the comment once, then edits the same comment', async () => {
    const first = await upsertStickyComment(client(), target(), marker, stickyBody(marker, 'first'), noWait)
    const second = await upsertStickyComment(client(), target(), marker, stickyBody(marker, 'second'), noWait)
    expect(first.action).toBe('created')
    expect(second).toMatchObject({ action: 'updated', id: first.id })
    expect(github.commentsOn(42)).toHaveLength(1)
    expect(github.commentsOn(42)[0].body).toBe(`${marker}\nsecond`)
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'PATCH'])
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
  })

  it('finds its comment behind 250 others by following every page', async () => {
    github.addComments(42, 250)
    const created = await upsertStickyComment(client(), target(), marker, stickyBody(marker, 'first'), noWait)
    github.requests.length = 0
    const updated = await upsertStickyComment(client(), target(), marker, stickyBody(marker, 'again'), noWait)
    expect(updated).toMatchObject({ action: 'updated', id: created.id })
    expect(github.commentsOn(42)).toHaveLength(251)
    const pages = github.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1')
    expect(pages).toEqual(['1', '2', '3'])
  })

  it('stops paging once the comment is found', async () => {
    github.addComments(42, 10)
    await upsertStickyComment(client(), target(), marker, stickyBody(marker, 'first'), noWait)
    github.addComments(42, 300)
    github.requests.length = 0
    await upsertStickyComment(client(), target(), marker, stickyBody(marker, 'again'), noWait)
    expect(github.requests.filter((r) => r.method === 'GET')).toHaveLength(1)
  })

  it("ignores comments that only quote the marker, and other jobs' markers", async () => {
    github.addComments(42, 1, () => `> ${marker}\n> quoted by a reviewer`)
    const otherJob = commentMarker({ workflow: 'bench', job: 'other', fingerprint: 'a1b2c3d4e5f6' })
    github.addComments(42, 1, () => stickyBody(otherJob, 'other job'))
    expect(await findStickyComment(client(), target(), marker, noWait)).toBeNull()
    await upsertStickyComment(client(), target(), marker, stickyBody(marker, 'mine'), noWait)
    expect(github.commentsOn(42)).toHaveLength(3)
    expect(github.commentsOn(42)[1].body).toBe(stickyBody(otherJob, 'other job'))
  })
})

describe('publishComment', () => {
  it('posts nothing with comment: never or outside a pull request', async () => {
    expect((await publishComment(request({ mode: 'never' }))).status).toBe('skipped')
    expect((await publishComment(request({ target: null }))).status).toBe('skipped')
    expect(github.requests).toEqual([])
  })

  it('skips a fork pull request with a warning that names the two-workflow pattern, without calling the API', async () => {
    const recorded = recordingLog()
    const outcome = await publishComment(request({ fromFork: true, log: recorded.log }))
    expect(outcome.status).toBe('skipped')
    expect(recorded.warnings()).toEqual([
      expect.stringContaining("comes from a fork, so this run's token is read-only")
    ])
    expect(recorded.warnings()[0]).toContain('fork-comment.yml')
    expect(github.requests).toEqual([])
  })

  it('turns a 403 from a read-only token into a warning, without retrying and without the token', async () => {
    github.readOnly = true
    const recorded = recordingLog()
    const outcome = await publishComment(request({ log: recorded.log }))
    expect(outcome.status).toBe('failed')
    expect(recorded.warnings()).toHaveLength(1)
    expect(recorded.warnings()[0]).toContain('HTTP 403')
    expect(recorded.warnings()[0]).toContain('pull-requests: write')
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'POST'])
    expect(JSON.stringify(recorded.lines)).not.toContain(TOKEN)
  })

  it('retries server errors and rate limits, then succeeds', async () => {
    github.failures.push(
      { method: 'GET', status: 502 },
      { method: 'GET', status: 403, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0' } },
      { method: 'POST', status: 503 }
    )
    const recorded = recordingLog()
    const outcome = await publishComment(request({ log: recorded.log }))
    expect(outcome.status).toBe('created')
    expect(github.requests.map((r) => `${r.method}`)).toEqual(['GET', 'GET', 'GET', 'POST', 'POST'])
    expect(recorded.lines.filter((line) => line.text.includes('retry'))).toHaveLength(3)
    expect(recorded.warnings()).toEqual([])
  })

  it('gives up after the retries with a warning that keeps the verdict', async () => {
    for (let attempt = 0; attempt < 4; attempt++) github.failures.push({ status: 500 })
    const recorded = recordingLog()
    const outcome = await publishComment(request({ log: recorded.log }))
    expect(outcome.status).toBe('failed')
    expect(github.requests).toHaveLength(4)
    expect(recorded.warnings()[0]).toMatch(/HTTP 500.*after retries\. The verdict stands/)
  })

  it('with on-regression posts only on a regression, but keeps an earlier comment up to date', async () => {
    const quiet = await publishComment(request({ mode: 'on-regression', verdict: 'no-change' }))
    expect(quiet.status).toBe('skipped')
    expect(github.commentsOn(42)).toHaveLength(0)
    await publishComment(request({ mode: 'on-regression', verdict: 'regression', body: stickyBody(marker, 'slower') }))
    expect(github.commentsOn(42)).toHaveLength(1)
    const fixed = await publishComment(
      request({ mode: 'on-regression', verdict: 'no-change', body: stickyBody(marker, 'fixed') })
    )
    expect(fixed.status).toBe('updated')
    expect(github.commentsOn(42).map((comment) => comment.body)).toEqual([stickyBody(marker, 'fixed')])
  })

  it('skips with a warning when there is no token', async () => {
    const recorded = recordingLog()
    const outcome = await publishComment(request({ hasToken: false, log: recorded.log }))
    expect(outcome.status).toBe('skipped')
    expect(recorded.warnings()[0]).toContain('github-token is empty')
    expect(github.requests).toEqual([])
  })
})

describe('publishComment in comment-only mode', () => {
  const head = 'a'.repeat(40)

  it('comments when the pull request is still at the measured commit', async () => {
    github.pullRequestHeads.set(42, head)
    const outcome = await publishComment(request({ expectedHeadSha: head }))
    expect(outcome.status).toBe('created')
    expect(github.requests[0]).toMatchObject({ method: 'GET', path: `/repos/${github.owner}/${github.repo}/pulls/42` })
  })

  it('skips with a warning when the pull request has moved on (or the artifact names another one)', async () => {
    github.pullRequestHeads.set(42, 'b'.repeat(40))
    const recorded = recordingLog()
    const outcome = await publishComment(request({ expectedHeadSha: head, log: recorded.log }))
    expect(outcome.status).toBe('skipped')
    expect(recorded.warnings()[0]).toContain(`is at ${'b'.repeat(40)}, but this report was measured on ${head}`)
    expect(github.commentsOn(42)).toHaveLength(0)
  })
})
