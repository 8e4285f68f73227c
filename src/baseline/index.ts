import { DirectoryStore } from './directory.js'
import { GitBranchStore, type GitStoreOptions } from './git.js'
import type { BaselineStore } from './types.js'

export const DEFAULT_BASELINE_DIRECTORY = '.numa-spsc-bench'
export const DEFAULT_BASELINE_BRANCH = 'numa-spsc-bench-data'

export interface OpenStoreOptions extends Partial<Omit<GitStoreOptions, 'branch' | 'repoDir'>> {
  /** directory store: its folder (default .numa-spsc-bench). */
  directory?: string
  /** branch store: the data branch (default numa-spsc-bench-data) of the repository at repoDir (default: cwd). */
  branch?: string
  repoDir?: string
}

/** The store a Config asks for: "directory" (a folder) or "branch" (a data branch of the repository at repoDir). */
export function openBaselineStore(kind: 'branch' | 'directory', options: OpenStoreOptions = {}): BaselineStore {
  if (kind === 'directory') return new DirectoryStore(options.directory ?? DEFAULT_BASELINE_DIRECTORY)
  return new GitBranchStore({
    ...options,
    repoDir: options.repoDir ?? process.cwd(),
    branch: options.branch ?? DEFAULT_BASELINE_BRANCH
  })
}

export { DirectoryStore } from './directory.js'
export { SPREAD_HISTORY_RUNS, spreadHistory } from './history.js'
export {
  historyFingerprint,
  loadTrend,
  SERIES_GROUPINGS,
  storedRuns,
  TREND_METRICS,
  trendSeries,
  type SeriesGrouping,
  type StoredTrend,
  type TrendChange,
  type TrendOptions,
  type TrendPoint,
  type TrendSeries
} from './series.js'
export {
  GitBranchStore,
  GitCommandError,
  findMergeBase,
  DEFAULT_RETRY,
  GIT_IDENTITY,
  type GitStoreOptions,
  type RetryPolicy
} from './git.js'
export {
  BaselineFileError,
  BASELINE_RECORD_SCHEMA,
  BASELINE_RECORD_VERSION,
  decodeRecord,
  encodeRecord,
  branchName
} from './record.js'
export { shouldSaveBaseline, isPullRequestEvent, LOCAL_EVENT, type SaveDecision, type SaveSetting } from './trust.js'
export * from './types.js'
