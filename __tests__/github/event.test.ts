import { describe, expect, it } from '@jest/globals'
import { ForkRefusedError, pullRequestOf, refuseForkOnSelfHosted, runContextFrom } from '../../src/github/index.js'
import { BASE_REPO, BASE_SHA, HEAD_SHA, pullRequestPayload } from './payloads.js'

function context(eventName: string, payload: object, runnerEnvironment?: string) {
  return runContextFrom(
    {
      GITHUB_REPOSITORY: BASE_REPO,
      GITHUB_WORKFLOW: 'bench',
      GITHUB_JOB: 'numa',
      RUNNER_ENVIRONMENT: runnerEnvironment
    },
    { eventName, payload: payload as Record<string, unknown> }
  )
}

describe('pullRequestOf', () => {
  it('reads number, head, base and whether the head is a fork', () => {
    expect(pullRequestOf(context('pull_request', pullRequestPayload()))).toEqual({
      number: 42,
      headSha: HEAD_SHA,
      baseRef: 'main',
      baseSha: BASE_SHA,
      headRepo: BASE_REPO,
      baseRepo: BASE_REPO,
      fromFork: false
    })
    expect(pullRequestOf(context('pull_request', pullRequestPayload({ headRepo: 'someone/spsc' })))?.fromFork).toBe(
      true
    )
    expect(pullRequestOf(context('pull_request_target', pullRequestPayload({ headRepo: null })))?.fromFork).toBe(true)
  })

  it('knows the default branch from the payload', () => {
    expect(context('pull_request', pullRequestPayload()).defaultBranch).toBe('main')
    expect(context('schedule', {}).defaultBranch).toBeNull()
  })

  it('is null for events without a pull request and names a broken payload', () => {
    expect(pullRequestOf(context('push', { ref: 'refs/heads/main' }))).toBeNull()
    expect(() => pullRequestOf(context('pull_request', { number: 3 }))).toThrow(
      'pull_request event: the payload has no pull_request with number, head and base'
    )
  })
})

describe('refuseForkOnSelfHosted', () => {
  const fork = pullRequestPayload({ headRepo: 'someone/spsc' })

  it('refuses a fork on a self-hosted runner, explaining the risk', () => {
    const refuse = () => refuseForkOnSelfHosted(context('pull_request', fork, 'self-hosted'), false)
    expect(refuse).toThrow(ForkRefusedError)
    expect(refuse).toThrow(/refusing pull request #42 from someone\/spsc on a self-hosted runner/)
    expect(refuse).toThrow(/runs with the runner's user, network, files and credentials/)
    expect(refuse).toThrow(/allow-fork-prs: true/)
  })

  it('treats a runner that does not say what it is as self-hosted', () => {
    expect(() => refuseForkOnSelfHosted(context('pull_request', fork), false)).toThrow(/RUNNER_ENVIRONMENT unset/)
  })

  it('lets the workflow opt in, and leaves GitHub-hosted runners, same-repo PRs and pushes alone', () => {
    expect(() => refuseForkOnSelfHosted(context('pull_request', fork, 'self-hosted'), true)).not.toThrow()
    expect(() => refuseForkOnSelfHosted(context('pull_request', fork, 'github-hosted'), false)).not.toThrow()
    expect(() =>
      refuseForkOnSelfHosted(context('pull_request', pullRequestPayload(), 'self-hosted'), false)
    ).not.toThrow()
    expect(() => refuseForkOnSelfHosted(context('push', {}, 'self-hosted'), false)).not.toThrow()
  })
})
