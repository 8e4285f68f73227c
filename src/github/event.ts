/**
 * What the workflow run is about, read from the runner's environment and the event payload. Only fields GitHub itself
 * fills in are trusted here; the fork test compares the head and base repositories of the pull_request payload.
 */
import { existsSync, readFileSync } from 'node:fs'

export interface PullRequestEvent {
  number: number
  headSha: string
  baseRef: string
  /** Tip of the base branch when the event fired; with headSha it gives the merge-base. */
  baseSha: string
  /** "owner/name" of the head repository; null when the fork was deleted. */
  headRepo: string | null
  baseRepo: string
  /** The head lives in another repository (or one that no longer exists). */
  fromFork: boolean
}

export interface RunContext {
  eventName: string
  payload: Record<string, unknown>
  /** "owner/name" from GITHUB_REPOSITORY. */
  repository: string | null
  workflow: string
  job: string
  /** "github-hosted", "self-hosted" or whatever RUNNER_ENVIRONMENT holds; null when unset. */
  runnerEnvironment: string | null
  runId: string | null
  sha: string | null
  ref: string | null
  /** The repository's default branch, from the payload; baselines are saved automatically only from it. */
  defaultBranch: string | null
}

/**
 * Why the runner's event payload file cannot be used (unreadable, not JSON, not an object), or null when it can or
 * there is none (the toolkit then reads an empty payload).
 */
export function eventPayloadProblem(path: string | undefined): string | null {
  if (path === undefined || path === '' || !existsSync(path)) return null
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    return (
      `GITHUB_EVENT_PATH ${path}: the event payload is not valid JSON (${(error as Error).message}); the runner ` +
      'writes this file, so the runner or an earlier step damaged it'
    )
  }
  if (record(value) === null) {
    const found = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`
    return `GITHUB_EVENT_PATH ${path}: the event payload is ${found}, expected a JSON object`
  }
  return null
}

/** Events whose payload carries a pull request that may come from a fork. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

function fullName(repo: unknown): string | null {
  const name = record(repo)?.full_name
  return typeof name === 'string' && name !== '' ? name : null
}

/** The pull request of a pull_request(_target) event, or null for any other event. */
export function pullRequestOf(context: Pick<RunContext, 'eventName' | 'payload'>): PullRequestEvent | null {
  if (!PULL_REQUEST_EVENTS.includes(context.eventName)) return null
  const pullRequest = record(context.payload.pull_request)
  const head = record(pullRequest?.head)
  const base = record(pullRequest?.base)
  const number = pullRequest?.number
  if (pullRequest === null || head === null || base === null || typeof number !== 'number') {
    throw new Error(`${context.eventName} event: the payload has no pull_request with number, head and base`)
  }
  const baseRepo = fullName(base.repo)
  if (baseRepo === null) throw new Error(`${context.eventName} event: pull_request.base.repo.full_name is missing`)
  const headRepo = fullName(head.repo)
  return {
    number,
    headSha: typeof head.sha === 'string' ? head.sha : '',
    baseRef: typeof base.ref === 'string' ? base.ref : '',
    baseSha: typeof base.sha === 'string' ? base.sha : '',
    headRepo,
    baseRepo,
    fromFork: headRepo !== baseRepo
  }
}

export class ForkRefusedError extends Error {
  override name = 'ForkRefusedError'
}

/**
 * A fork's pull request runs the fork's code on the runner: on a self-hosted machine that code keeps the runner's
 * network, files and credentials and may persist between jobs. Only "github-hosted" counts as disposable, so an unset
 * RUNNER_ENVIRONMENT is treated as self-hosted.
 */
export function refuseForkOnSelfHosted(context: RunContext, allowForkPrs: boolean): void {
  const pullRequest = pullRequestOf(context)
  if (pullRequest === null || !pullRequest.fromFork || allowForkPrs) return
  if (context.runnerEnvironment === 'github-hosted') return
  const runner =
    context.runnerEnvironment === null
      ? 'a runner that does not say it is GitHub-hosted (RUNNER_ENVIRONMENT unset)'
      : 'a self-hosted runner'
  throw new ForkRefusedError(
    `allow-fork-prs: refusing pull request #${pullRequest.number} from ${pullRequest.headRepo ?? 'a deleted fork'} on ${runner}. ` +
      "A fork can change the code this job builds and runs; on a self-hosted machine that code runs with the runner's " +
      'user, network, files and credentials and can outlive the job. Nothing was built or run. Measure fork pull ' +
      'requests only after review, or set allow-fork-prs: true if this runner is ephemeral and isolated ' +
      '(see docs/self-hosted-runner.md and docs/examples/fork-measure.yml).'
  )
}

function defaultBranchOf(payload: Record<string, unknown>): string | null {
  const branch = record(payload.repository)?.default_branch
  return typeof branch === 'string' && branch !== '' ? branch : null
}

/** The run context from the variables the runner sets and the event payload the toolkit has already parsed. */
export function runContextFrom(
  env: NodeJS.ProcessEnv,
  event: { eventName: string | undefined; payload: Record<string, unknown> }
): RunContext {
  const nonEmpty = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value)
  return {
    eventName: event.eventName ?? '',
    payload: event.payload,
    repository: nonEmpty(env.GITHUB_REPOSITORY),
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    runnerEnvironment: nonEmpty(env.RUNNER_ENVIRONMENT),
    runId: nonEmpty(env.GITHUB_RUN_ID),
    sha: nonEmpty(env.GITHUB_SHA),
    ref: nonEmpty(env.GITHUB_REF),
    defaultBranch: defaultBranchOf(event.payload)
  }
}
