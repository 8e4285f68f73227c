export {
  pullRequestOf,
  refuseForkOnSelfHosted,
  runContextFrom,
  ForkRefusedError,
  type PullRequestEvent,
  type RunContext
} from './event.js'
export { commentMarker, stickyBody, findStickyComment, upsertStickyComment } from './comment.js'
export { publishComment, type PublishRequest } from './publish.js'
export {
  readArtifact,
  checkArtifactHead,
  readPullRequestFile,
  writePullRequestFile,
  readComparisonFile,
  writeComparisonFile
} from './artifact.js'
export { combineComparisons, crossPackagePenalty, stickyKeyFor } from './outcome.js'
