/**
 * What both stores share: the file layout, the record file format and its validation, and which record a lookup
 * picks. Layout, relative to the store's root (a directory, or the data branch's tree):
 *
 *   <fingerprint>/baseline.json                  the current baseline: the newest record saved for this hardware
 *   <fingerprint>/history/<name>.json            every record ever saved, one immutable file each
 *
 * A history file's name carries its metadata (time, commit, run id, ref), so listing and choosing a baseline read
 * names only and open a single file. Names sort by time.
 */
import { Ajv, type ErrorObject } from 'ajv'
import { randomBytes } from 'node:crypto'
import { validateResults } from '../run/index.js'
import type { BaselineQuery, BaselineRecord, HistoryEntry } from './types.js'

export const BASELINE_RECORD_SCHEMA = 'numa-spsc-bench/baseline'
export const BASELINE_RECORD_VERSION = 1
export const CURRENT_FILE_NAME = 'baseline.json'
export const HISTORY_DIR_NAME = 'history'

/** A store file that cannot be used: corrupt, foreign or from a newer numa-spsc-bench. The file is left as it is. */
export class BaselineFileError extends Error {
  override name = 'BaselineFileError'
  constructor(
    readonly location: string,
    problem: string
  ) {
    super(`${location}: ${problem}; the file was left untouched`)
  }
}

const FINGERPRINT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/

/** Fingerprints become folder names, so only a safe subset is accepted. */
export function checkFingerprint(fingerprint: string, source: string): string {
  if (!FINGERPRINT_PATTERN.test(fingerprint)) {
    throw new Error(`${source}: fingerprint "${fingerprint}" is not letters, digits, ".", "_" or "-" (at most 128)`)
  }
  return fingerprint
}

export function currentPath(fingerprint: string): string {
  return `${fingerprint}/${CURRENT_FILE_NAME}`
}

const recordSchema = {
  type: 'object',
  required: ['schema', 'schemaVersion', 'fingerprint', 'commitSha', 'ref', 'runId', 'savedAt', 'results'],
  additionalProperties: false,
  properties: {
    schema: { const: BASELINE_RECORD_SCHEMA },
    schemaVersion: { const: BASELINE_RECORD_VERSION },
    fingerprint: { type: 'string', pattern: FINGERPRINT_PATTERN.source },
    commitSha: { anyOf: [{ type: 'null' }, { type: 'string', pattern: '^[0-9a-f]{7,64}$' }] },
    ref: { anyOf: [{ type: 'null' }, { type: 'string', minLength: 1 }] },
    runId: { anyOf: [{ type: 'null' }, { type: 'string', minLength: 1 }] },
    savedAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$' },
    results: { type: 'object' }
  }
} as const

interface RecordFile {
  schema: typeof BASELINE_RECORD_SCHEMA
  schemaVersion: typeof BASELINE_RECORD_VERSION
  fingerprint: string
  commitSha: string | null
  ref: string | null
  runId: string | null
  savedAt: string
  results: unknown
}

const validateRecordFile = new Ajv({ allErrors: false, strict: false }).compile<RecordFile>(recordSchema)

function describeError(error: ErrorObject | undefined): string {
  if (error === undefined) return 'does not match the baseline record format'
  const path = error.instancePath === '' ? '(top level)' : error.instancePath
  return `${path} ${error.message ?? 'is invalid'}`
}

/**
 * Checks a record's metadata before it is written and returns the folder it is filed under. The results are not
 * validated again: they were validated where they were read (results.json from disk, driver lines from the process),
 * and decodeRecord validates what is read back.
 */
export function checkRecord(record: BaselineRecord, source: string): string {
  const fingerprint = checkFingerprint(record.results.topology.fingerprint, source)
  if (!validateRecordFile(recordFile(record))) {
    throw new Error(`${source} (not written): invalid record: ${describeError(validateRecordFile.errors?.[0])}`)
  }
  return fingerprint
}

function recordFile(record: BaselineRecord): RecordFile {
  return {
    schema: BASELINE_RECORD_SCHEMA,
    schemaVersion: BASELINE_RECORD_VERSION,
    fingerprint: record.results.topology.fingerprint,
    commitSha: record.commitSha,
    ref: record.ref,
    runId: record.runId,
    savedAt: record.savedAt,
    results: record.results
  }
}

export function encodeRecord(record: BaselineRecord): string {
  return `${JSON.stringify(recordFile(record), null, 2)}\n`
}

/**
 * Reads a record file's text. Corrupt JSON, a file that is not a baseline record (foreign), a newer format and a
 * record filed under another fingerprint each get a BaselineFileError naming the location.
 */
export function decodeRecord(text: string, location: string, expectedFingerprint: string): BaselineRecord {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new BaselineFileError(location, `corrupt: not valid JSON (${(error as Error).message})`)
  }
  const object =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  if (object === null || object.schema !== BASELINE_RECORD_SCHEMA) {
    const found =
      object === null
        ? `a JSON ${Array.isArray(value) ? 'array' : typeof value}`
        : `"schema": ${JSON.stringify(object.schema ?? null)}`
    throw new BaselineFileError(
      location,
      `not a numa-spsc-bench baseline record (expected "schema": "${BASELINE_RECORD_SCHEMA}", found ${found})`
    )
  }
  if (typeof object.schemaVersion === 'number' && object.schemaVersion > BASELINE_RECORD_VERSION) {
    throw new BaselineFileError(
      location,
      `schemaVersion ${object.schemaVersion} was written by a newer numa-spsc-bench; this version reads schemaVersion ` +
        `${BASELINE_RECORD_VERSION}. Update numa-spsc-bench to read it`
    )
  }
  if (!validateRecordFile(value))
    throw new BaselineFileError(location, `invalid record: ${describeError(validateRecordFile.errors?.[0])}`)
  let results
  try {
    results = validateResults(value.results, 'results')
  } catch (error) {
    throw new BaselineFileError(location, `invalid results: ${(error as Error).message.replace(/^results: /, '')}`)
  }
  if (value.fingerprint !== expectedFingerprint || results.topology.fingerprint !== expectedFingerprint) {
    throw new BaselineFileError(
      location,
      `filed under fingerprint ${expectedFingerprint} but records fingerprint ${value.fingerprint} ` +
        `(results: ${results.topology.fingerprint})`
    )
  }
  return { results, commitSha: value.commitSha, ref: value.ref, runId: value.runId, savedAt: value.savedAt }
}

/** "2026-01-02T03:04:05.678Z" → "20260102T030405678Z": sortable and safe in file names. */
function compactTime(savedAt: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/.exec(savedAt)
  if (match === null) throw new Error(`savedAt: "${savedAt}" is not an ISO 8601 UTC time (YYYY-MM-DDTHH:MM:SS.sssZ)`)
  const [, year, month, day, hour, minute, second, millis = '0'] = match
  return `${year}${month}${day}T${hour}${minute}${second}${millis.padEnd(3, '0')}Z`
}

function expandTime(compact: string): string {
  return `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}T${compact.slice(9, 11)}:${compact.slice(11, 13)}:${compact.slice(13, 15)}.${compact.slice(15, 18)}Z`
}

// encodeURIComponent escapes "+", so "+" separates the fields; empty fields are null.
const HISTORY_NAME = /^(\d{8}T\d{9}Z)\+([0-9a-f]*)\+([^+/]*)\+([^+/]*)\+([0-9a-f]{8})\.json$/

/** A new, unique history path for the record. */
export function historyPath(fingerprint: string, record: BaselineRecord): string {
  const name = [
    compactTime(record.savedAt),
    record.commitSha ?? '',
    encodeURIComponent(record.runId ?? ''),
    encodeURIComponent(record.ref ?? ''),
    randomBytes(4).toString('hex')
  ].join('+')
  return `${fingerprint}/${HISTORY_DIR_NAME}/${name}.json`
}

/**
 * History entries from store paths (relative to the root). Files outside <fingerprint>/history/ are not entries; a
 * file inside it whose name is not ours is reported, since a record there we cannot read may be one the user expects.
 */
export function historyEntries(
  paths: string[],
  describeLocation: (path: string) => string,
  fingerprint?: string
): HistoryEntry[] {
  const entries: HistoryEntry[] = []
  for (const path of paths) {
    const parts = path.split('/')
    if (parts.length !== 3 || parts[1] !== HISTORY_DIR_NAME || !FINGERPRINT_PATTERN.test(parts[0])) continue
    if (fingerprint !== undefined && parts[0] !== fingerprint) continue
    if (parts[2].startsWith('.')) continue
    const match = HISTORY_NAME.exec(parts[2])
    if (match === null) {
      throw new BaselineFileError(
        describeLocation(path),
        'not a numa-spsc-bench history file (expected TIME+COMMIT+RUN+REF+ID.json as written by numa-spsc-bench)'
      )
    }
    const [, time, commitSha, runId, ref] = match
    entries.push({
      fingerprint: parts[0],
      savedAt: expandTime(time),
      commitSha: commitSha === '' ? null : commitSha,
      runId: runId === '' ? null : decodeURIComponent(runId),
      ref: ref === '' ? null : decodeURIComponent(ref),
      path
    })
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** "refs/heads/main" and "main" name the same branch. */
export function branchName(ref: string): string {
  return ref.replace(/^refs\/heads\//, '')
}

function shortSha(sha: string | null): string {
  return sha === null ? 'unknown commit' : sha.slice(0, 7)
}

function savedFrom(entry: HistoryEntry): string {
  return `commit ${shortSha(entry.commitSha)}, saved ${entry.savedAt}${entry.runId === null ? '' : `, run ${entry.runId}`}`
}

/**
 * The entries a history lookup reads: the newest `limit` of one fingerprint's entries (oldest first, as listed), newest
 * first; with a branch, only those saved from it, the same rule chooseBaseline's branch fallback follows.
 */
export function newestEntries(
  entries: HistoryEntry[],
  branch: string | null | undefined,
  limit: number
): HistoryEntry[] {
  if (!Number.isInteger(limit) || limit < 0)
    throw new Error(`history: limit is ${limit}, expected a whole number of records (0 or more)`)
  const wanted = branch === undefined || branch === null ? null : branchName(branch)
  const fromBranch =
    wanted === null ? entries : entries.filter((entry) => entry.ref !== null && branchName(entry.ref) === wanted)
  return [...fromBranch].reverse().slice(0, limit)
}

/**
 * The record a lookup uses, with the reason in words: the one measured on the merge-base commit when there is one,
 * else the newest saved from the branch, else (no branch asked) the newest saved at all. Entries must be one
 * fingerprint's, oldest first.
 */
export function chooseBaseline(
  entries: HistoryEntry[],
  query: BaselineQuery
): { entry: HistoryEntry; source: string } | null {
  const newestFirst = [...entries].reverse()
  const mergeBase = query.mergeBaseSha?.toLowerCase() ?? null
  if (mergeBase !== null && mergeBase.length >= 7) {
    const onMergeBase = newestFirst.find(
      (entry) =>
        entry.commitSha !== null && (entry.commitSha.startsWith(mergeBase) || mergeBase.startsWith(entry.commitSha))
    )
    if (onMergeBase !== undefined) {
      const where = onMergeBase.ref === null ? '' : ` on ${branchName(onMergeBase.ref)}`
      return {
        entry: onMergeBase,
        source: `merge-base ${shortSha(onMergeBase.commitSha)}${where} (saved ${onMergeBase.savedAt})`
      }
    }
  }
  const notOnMergeBase = mergeBase === null ? '' : `; none saved for merge-base ${mergeBase.slice(0, 7)}`
  if (query.branch !== undefined && query.branch !== null) {
    const branch = branchName(query.branch)
    const newest = newestFirst.find((entry) => entry.ref !== null && branchName(entry.ref) === branch)
    return newest === undefined
      ? null
      : { entry: newest, source: `newest on ${branch} (${savedFrom(newest)}${notOnMergeBase})` }
  }
  const newest = newestFirst[0]
  if (newest === undefined) return null
  const from = newest.ref === null ? '' : ` from ${branchName(newest.ref)}`
  return { entry: newest, source: `newest saved${from} (${savedFrom(newest)}${notOnMergeBase})` }
}
