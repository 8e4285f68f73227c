/**
 * Whether and how the report reaches the pull request. Every way this can go wrong (not a pull request, a fork's
 * read-only token, a 403, an API outage) ends in an outcome and a warning, never an exception: the verdict, the
 * outputs and the job summary must not depend on the comment.
 */
import type { CommentMode } from '../config.js'
import type { Verdict } from '../stats/types.js'
import {
  findStickyComment,
  pullRequestHead,
  updateComment,
  upsertStickyComment,
  type CommentTarget,
  type GitHubClient
} from './comment.js'
import { DEFAULT_RETRY_DELAYS_MS, describeApiError, isRateLimited, statusOf, type RetryOptions } from './retry.js'

export interface PublishLog {
  info(message: string): void
  warning(message: string): void
}

export interface PublishRequest {
  mode: CommentMode
  verdict: Verdict
  /** null when the run is not about a pull request (push, schedule, …). */
  target: CommentTarget | null
  /** The pull request comes from a fork under pull_request: its token is read-only. */
  fromFork: boolean
  /** Makes the client; called only when a comment will really be attempted, so no token is needed otherwise. */
  client: () => GitHubClient
  hasToken: boolean
  marker: string
  body: string
  /**
   * Comment-only mode: the commit the report was measured on. The pull request must still be at this commit, so a
   * stale report never replaces a newer one and an artifact cannot aim the comment at another pull request.
   */
  expectedHeadSha?: string
  log: PublishLog
  retry?: Partial<RetryOptions>
}

export interface PublishOutcome {
  status: 'created' | 'updated' | 'skipped' | 'failed'
  /** Why, in words; also what was logged. */
  detail: string
  url?: string
}

const FORK_PATTERN_HINT =
  'Use the two-workflow pattern for forks: measure on pull_request and upload the out-dir as an artifact, then comment ' +
  'from a workflow_run workflow with report-from (docs/examples/fork-measure.yml and fork-comment.yml).'

function skipped(log: PublishLog, detail: string, warn: boolean): PublishOutcome {
  if (warn) log.warning(detail)
  else log.info(detail)
  return { status: 'skipped', detail }
}

export async function publishComment(request: PublishRequest): Promise<PublishOutcome> {
  const { log, target } = request
  if (request.mode === 'never') return skipped(log, 'PR comment: off (comment: never).', false)
  if (target === null) return skipped(log, 'PR comment: not a pull request event, nothing to comment on.', false)
  if (request.fromFork) {
    return skipped(
      log,
      `PR comment skipped: pull request #${target.issueNumber} comes from a fork, so this run's token is read-only. ` +
        `The report is in the job summary. ${FORK_PATTERN_HINT}`,
      true
    )
  }
  if (!request.hasToken) {
    return skipped(log, 'PR comment skipped: github-token is empty. The report is in the job summary.', true)
  }
  const retry: RetryOptions = {
    delaysMs: request.retry?.delaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    maxDelayMs: request.retry?.maxDelayMs,
    sleep: request.retry?.sleep,
    onRetry: (attempt, error, delayMs) =>
      log.info(`PR comment: ${describeApiError(error)}; retry ${attempt} in ${Math.round(delayMs / 1000)} s`)
  }
  try {
    const client = request.client()
    if (request.expectedHeadSha !== undefined) {
      const head = await pullRequestHead(client, target, retry)
      if (head !== request.expectedHeadSha) {
        return skipped(
          log,
          `PR comment skipped: pull request #${target.issueNumber} is at ${head}, but this report was measured on ` +
            `${request.expectedHeadSha}; a newer run will report on the new head.`,
          true
        )
      }
    }
    if (request.mode === 'on-regression' && request.verdict !== 'regression') {
      // An earlier run may have reported a regression this run no longer sees: that comment must not stay stale.
      const existing = await findStickyComment(client, target, request.marker, retry)
      if (existing === null) {
        return skipped(log, `PR comment: none posted (comment: on-regression, verdict ${request.verdict}).`, false)
      }
      const updated = await updateComment(client, target, existing.id, request.body, retry)
      log.info(`PR comment updated (no regression any more): ${updated.url}`)
      return { status: 'updated', detail: 'earlier comment updated', url: updated.url }
    }
    const result = await upsertStickyComment(client, target, request.marker, request.body, retry)
    const detail = `PR comment ${result.action}: ${result.url}`
    log.info(detail)
    return { status: result.action, detail, url: result.url }
  } catch (error) {
    const detail = failureDetail(error, target)
    log.warning(detail)
    return { status: 'failed', detail }
  }
}

function failureDetail(error: unknown, target: CommentTarget): string {
  const status = statusOf(error)
  const what = `PR comment on #${target.issueNumber} not posted (${describeApiError(error)})`
  if ((status === 403 || status === 401) && !isRateLimited(error)) {
    return (
      `${what}: the token cannot write comments. Give the job "permissions: pull-requests: write", or, for pull ` +
      `requests from forks, ${FORK_PATTERN_HINT[0].toLowerCase()}${FORK_PATTERN_HINT.slice(1)} The report is in the job summary.`
    )
  }
  if (status === 404) return `${what}: the pull request or comment was not found. The report is in the job summary.`
  return `${what}, after retries. The verdict stands; the report is in the job summary.`
}
