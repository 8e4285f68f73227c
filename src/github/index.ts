export { pullRequestOf, refuseForkOnSelfHosted, runContextFrom, ForkRefusedError, type PullRequestEvent, type RunContext } from './event.js'
export {
  commentMarker,
  stickyBody,
  findStickyComment,
  upsertStickyComment,
  updateComment,
  pullRequestHead,
  type CommentTarget,
  type GitHubClient,
  type StickyKey,
  type UpsertResult
} from './comment.js'
export { withRetry, isRetryable, isRateLimited, describeApiError, DEFAULT_RETRY_DELAYS_MS, type RetryOptions } from './retry.js'
export { publishComment, type PublishLog, type PublishOutcome, type PublishRequest } from './publish.js'
export {
  readArtifact,
  checkArtifactHead,
  readPullRequestFile,
  writePullRequestFile,
  readComparisonFile,
  writeComparisonFile,
  PULL_REQUEST_FILE_NAME,
  COMPARISON_FILE_NAME,
  REPORT_FILE_NAME,
  type Artifact,
  type ArtifactMachine,
  type PullRequestFile
} from './artifact.js'
export { combineComparisons, crossPackagePenalty, stickyKeyFor, type CombinedOutcome } from './outcome.js'
