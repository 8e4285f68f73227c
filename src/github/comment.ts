/**
 * The sticky comment: one per (workflow, job, hardware fingerprint) on a pull request, recognised by a hidden marker
 * on its first line, created once and edited in place on every later run. The search walks every page of the pull
 * request's comments, so a busy pull request does not get a second copy.
 */
import type { getOctokit } from '@actions/github'
import { withRetry, type RetryOptions } from './retry.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export interface StickyKey {
  workflow: string
  job: string
  /** Hardware fingerprint; several machines in one comment are joined with "+". */
  fingerprint: string
}

/** Percent-encoding keeps "--" and ">" (which would end the HTML comment) out of the marker. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/-/g, '%2D')
}

export function commentMarker(key: StickyKey): string {
  return `<!-- numa-spsc-bench workflow=${encode(key.workflow)} job=${encode(key.job)} fingerprint=${encode(key.fingerprint)} -->`
}

/** The comment body: the marker first, so recognising a comment never depends on how the report is laid out. */
export function stickyBody(marker: string, markdown: string): string {
  return `${marker}\n${markdown}`
}

export interface FoundComment {
  id: number
  url: string
}

export async function findStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  retry: RetryOptions
): Promise<FoundComment | null> {
  const matches = await withRetry(
    () =>
      client.paginate(
        client.rest.issues.listComments,
        { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 },
        (response, done) => {
          const match = response.data.find((comment) => comment.body?.startsWith(marker) === true)
          if (match === undefined) return []
          done()
          return [{ id: match.id, url: match.html_url }]
        }
      ),
    retry
  )
  return matches[0] ?? null
}

export interface UpsertResult extends FoundComment {
  action: 'created' | 'updated'
}

export async function updateComment(
  client: GitHubClient,
  target: CommentTarget,
  commentId: number,
  body: string,
  retry: RetryOptions
): Promise<UpsertResult> {
  const response = await withRetry(
    () => client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: commentId, body }),
    retry
  )
  return { action: 'updated', id: response.data.id, url: response.data.html_url }
}

/** Edits the comment carrying the marker, or creates it when there is none yet. */
export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string,
  retry: RetryOptions
): Promise<UpsertResult> {
  const existing = await findStickyComment(client, target, marker, retry)
  if (existing !== null) return updateComment(client, target, existing.id, body, retry)
  const response = await withRetry(
    () =>
      client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body
      }),
    retry
  )
  return { action: 'created', id: response.data.id, url: response.data.html_url }
}

/** The head commit a pull request is at now. */
export async function pullRequestHead(
  client: GitHubClient,
  target: CommentTarget,
  retry: RetryOptions
): Promise<string> {
  const response = await withRetry(
    () => client.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.issueNumber }),
    retry
  )
  return response.data.head.sha
}
