import type { ResultsFile } from '../run/types.js'

/** One saved run: the results and where they came from. */
export interface BaselineRecord {
  results: ResultsFile
  /** Commit the results were measured on (full SHA), when known. */
  commitSha: string | null
  /** Ref the run measured, e.g. "refs/heads/main" or "main". */
  ref: string | null
  /** CI run id, when there is one. */
  runId: string | null
  /** ISO 8601 time of saving. */
  savedAt: string
}

/** What a baseline is looked up for: a PR gives both, a push or a local run gives the branch or nothing. */
export interface BaselineQuery {
  /** Merge-base of the PR with its base branch: the record measured on exactly this commit is preferred. */
  mergeBaseSha?: string | null
  /** Base branch (PR) or measured branch (push): the newest record saved from it is the fallback. */
  branch?: string | null
}

export interface LoadedBaseline {
  record: BaselineRecord
  /** Which record was chosen, in words: "merge-base abc1234 on main" / "newest on main (commit abc1234, …)". */
  source: string
  /** File the record was read from (a path, or "branch:path" for the data branch). */
  location: string
}

/** One saved run read back from a fingerprint's history. */
export interface HistoryRecord {
  record: BaselineRecord
  /** File the record was read from (a path, or "branch:path" for the data branch). */
  location: string
}

/** One entry of a fingerprint's history, read from its file name (the file itself is read only when needed). */
export interface HistoryEntry {
  fingerprint: string
  savedAt: string
  commitSha: string | null
  ref: string | null
  runId: string | null
  /** Path inside the store, e.g. "abc123def456/history/20260101T000000000Z+….json". */
  path: string
}

export interface BaselineStore {
  /** "directory .numa-spsc-bench" / "branch numa-spsc-bench-data". */
  describe(): string
  /** The baseline for this hardware, or null when none was saved for this fingerprint ("no baseline for this hardware yet"). */
  load(fingerprint: string, query: BaselineQuery): Promise<LoadedBaseline | null>
  /** Appends the record to its fingerprint's history and makes it the current baseline; returns where it went. */
  save(record: BaselineRecord): Promise<string>
  /** Every history entry, by fingerprint and then oldest first; with a fingerprint, only that hardware's. */
  list(fingerprint?: string): Promise<HistoryEntry[]>
  /**
   * The newest `limit` records of this hardware, newest first, each validated as load validates; with a branch, only
   * those saved from it. For the run-to-run spread of a comparison. A record that cannot be read is an error naming it.
   */
  history(fingerprint: string, query: { branch?: string | null }, limit: number): Promise<HistoryRecord[]>
}
