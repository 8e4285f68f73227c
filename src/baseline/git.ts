/**
 * The git data-branch store (default numa-spsc-bench-data), for the action: records live on an orphan branch of the
 * repository the action runs in. Everything goes through git plumbing in that repository with a private index file
 * and a private ref, so the user's working tree, index and branches are never touched:
 *
 *   fetch the branch into refs/numa-spsc-bench/<branch> → read-tree into a temporary index → add the record's blob
 *   → write-tree → commit-tree on the fetched tip → push without force.
 *
 * A push rejected because another writer got there first is retried after an exponential, jittered pause, from a
 * fresh fetch with the record applied again, so both writers' records end up on the branch.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkFingerprint,
  checkRecord,
  chooseBaseline,
  currentPath,
  decodeRecord,
  encodeRecord,
  historyEntries,
  historyPath,
  newestEntries
} from './record.js'
import type {
  BaselineQuery,
  BaselineRecord,
  BaselineStore,
  HistoryEntry,
  HistoryRecord,
  LoadedBaseline
} from './types.js'

/** Who the data branch's commits are by: the tool, so a machine without git config can write. */
export const GIT_IDENTITY = { name: 'numa-spsc-bench', email: 'numa-spsc-bench@users.noreply.github.com' }

export interface RetryPolicy {
  /** Push attempts before giving up. */
  attempts: number
  /** Longest pause before the second attempt (or one attempt's duration, if longer); doubled each time up to maxDelayMs. */
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 15, baseDelayMs: 250, maxDelayMs: 15000 }

export interface GitStoreOptions {
  /** The repository the action runs in (any directory inside it). */
  repoDir: string
  branch: string
  remote?: string
  retry?: Partial<RetryPolicy>
  /** Told about each retry, e.g. to log it. */
  onRetry?: (attempt: number, delayMs: number, reason: string) => void
  /** Source of jitter in [0, 1); tests may pin it. */
  random?: () => number
}

interface GitResult {
  stdout: string
  stderr: string
  code: number
}

export class GitCommandError extends Error {
  override name = 'GitCommandError'
  constructor(
    readonly args: string[],
    readonly result: GitResult,
    repoDir: string
  ) {
    super(
      `git ${args.join(' ')} (in ${repoDir}) failed with exit code ${result.code}: ${result.stderr.trim() || result.stdout.trim()}`
    )
  }
}

/** The commands git runs for us get a fixed identity, English messages and no prompts. */
function gitEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: GIT_IDENTITY.name,
    GIT_AUTHOR_EMAIL: GIT_IDENTITY.email,
    GIT_COMMITTER_NAME: GIT_IDENTITY.name,
    GIT_COMMITTER_EMAIL: GIT_IDENTITY.email,
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    ...extra
  }
}

export function runGit(
  repoDir: string,
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {}
): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', args, {
      cwd: repoDir,
      env: gitEnvironment(options.env ?? {}),
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', (error) =>
      reject(new Error(`git ${args[0]} (in ${repoDir}): could not start git: ${error.message}`))
    )
    child.on('close', (code) =>
      resolvePromise({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        code: code ?? 1
      })
    )
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}

async function git(
  repoDir: string,
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {}
): Promise<string> {
  const result = await runGit(repoDir, args, options)
  if (result.code !== 0) throw new GitCommandError(args, result, repoDir)
  return result.stdout
}

/** The merge-base of two commits, or null when git cannot tell (e.g. a shallow checkout without the history). */
export async function findMergeBase(repoDir: string, base: string, head: string): Promise<string | null> {
  const result = await runGit(repoDir, ['merge-base', base, head])
  return result.code === 0 ? result.stdout.trim() || null : null
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms))
}

/**
 * Why the remote refused a push for good: a protected branch or ruleset, a server-side hook, missing write permission.
 * Checked before lostRace, since GitHub reports a protected branch as "[remote rejected]" too.
 */
const REFUSALS: { pattern: RegExp; reason: string }[] = [
  { pattern: /protected branch|GH006|GH013|repository rule violations/i, reason: 'the branch is protected' },
  { pattern: /hook declined/i, reason: 'a hook on the remote declined it' },
  {
    pattern: /permission to \S+ denied|permission denied|write access to repository not granted|error: 403|\b403\b/i,
    reason: 'these credentials may not push to the repository'
  }
]

export function pushRefusal(output: string): { reason: string; remoteMessage: string } | null {
  const refusal = REFUSALS.find(({ pattern }) => pattern.test(output))
  if (refusal === undefined) {
    // Any other "[remote rejected] (reason)" than a ref another push held or moved is the remote's decision too.
    const rejected = /\[remote rejected\][^(\n]*\(([^)\n]*)\)/.exec(output)
    if (rejected === null || lostRace(rejected[1])) return null
    return { reason: `the remote rejected it (${rejected[1]})`, remoteMessage: remoteLines(output) }
  }
  return { reason: refusal.reason, remoteMessage: remoteLines(output) }
}

/** What the remote and git said about the refusal, without git's generic hints. */
function remoteLines(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(remote:|error:|fatal:|! \[)/.test(line) && !/^remote:\s*$/.test(line))
  return (lines.length > 0 ? lines : [output.trim()]).join(' | ')
}

/** Pushes another writer won are worth retrying; a refusal and anything else (network, auth) is reported at once. */
function lostRace(output: string): boolean {
  return /non-fast-forward|fetch first|cannot lock ref|failed to lock|failed to update ref|incorrect old value|reference already exists/.test(
    output
  )
}

export class GitBranchStore implements BaselineStore {
  readonly remote: string
  private readonly retry: RetryPolicy
  private readonly privateRef: string

  constructor(private readonly options: GitStoreOptions) {
    this.remote = options.remote ?? 'origin'
    this.retry = { ...DEFAULT_RETRY, ...options.retry }
    this.privateRef = `refs/numa-spsc-bench/${options.branch}`
  }

  describe(): string {
    return `branch ${this.options.branch}`
  }

  private location(path: string): string {
    return `branch ${this.options.branch}:${path}`
  }

  /** Fetches the data branch into the private ref; null when the branch does not exist yet (an empty store). */
  private async fetchTip(): Promise<string | null> {
    const { repoDir, branch } = this.options
    const fetched = await runGit(repoDir, [
      'fetch',
      '--no-tags',
      '--quiet',
      this.remote,
      `+refs/heads/${branch}:${this.privateRef}`
    ])
    if (fetched.code !== 0) {
      if (/couldn't find remote ref/i.test(fetched.stderr)) {
        await runGit(repoDir, ['update-ref', '-d', this.privateRef])
        return null
      }
      throw new GitCommandError(['fetch', this.remote, branch], fetched, repoDir)
    }
    return (await git(repoDir, ['rev-parse', '--verify', `${this.privateRef}^{commit}`])).trim()
  }

  private async paths(tip: string): Promise<string[]> {
    const listing = await git(this.options.repoDir, ['ls-tree', '-r', '-z', '--name-only', tip])
    return listing.split('\0').filter((path) => path !== '')
  }

  private async readText(tip: string, path: string): Promise<string | null> {
    const result = await runGit(this.options.repoDir, ['cat-file', 'blob', `${tip}:${path}`])
    return result.code === 0 ? result.stdout : null
  }

  async list(fingerprint?: string): Promise<HistoryEntry[]> {
    if (fingerprint !== undefined) checkFingerprint(fingerprint, this.describe())
    const tip = await this.fetchTip()
    return tip === null ? [] : historyEntries(await this.paths(tip), (path) => this.location(path), fingerprint)
  }

  async load(fingerprint: string, query: BaselineQuery): Promise<LoadedBaseline | null> {
    checkFingerprint(fingerprint, this.describe())
    const tip = await this.fetchTip()
    if (tip === null) return null
    const chosen = chooseBaseline(
      historyEntries(await this.paths(tip), (path) => this.location(path), fingerprint),
      query
    )
    if (chosen === null) return null
    const text = await this.readText(tip, chosen.entry.path)
    if (text === null) throw new Error(`${this.location(chosen.entry.path)}: listed but cannot be read`)
    return {
      record: decodeRecord(text, this.location(chosen.entry.path), fingerprint),
      source: chosen.source,
      location: this.location(chosen.entry.path)
    }
  }

  async history(fingerprint: string, query: { branch?: string | null }, limit: number): Promise<HistoryRecord[]> {
    checkFingerprint(fingerprint, this.describe())
    const tip = await this.fetchTip()
    if (tip === null) return []
    const entries = newestEntries(
      historyEntries(await this.paths(tip), (path) => this.location(path), fingerprint),
      query.branch,
      limit
    )
    const records: HistoryRecord[] = []
    for (const entry of entries) {
      const text = await this.readText(tip, entry.path)
      if (text === null) throw new Error(`${this.location(entry.path)}: listed but cannot be read`)
      records.push({
        record: decodeRecord(text, this.location(entry.path), fingerprint),
        location: this.location(entry.path)
      })
    }
    return records
  }

  async save(record: BaselineRecord): Promise<string> {
    const fingerprint = checkRecord(record, this.describe())
    const text = encodeRecord(record)
    const path = historyPath(fingerprint, record)
    const blob = (await git(this.options.repoDir, ['hash-object', '-w', '--stdin'], { input: text })).trim()
    const random = this.options.random ?? Math.random
    for (let attempt = 1; ; attempt++) {
      const started = Date.now()
      const push = await this.commitAndPush(fingerprint, record, path, blob)
      const attemptMs = Date.now() - started
      if (push.code === 0) return this.location(path)
      const output = `${push.stderr}\n${push.stdout}`.trim()
      const refusal = pushRefusal(output)
      if (refusal !== null) {
        const { branch } = this.options
        throw new Error(
          `${this.describe()}: ${this.remote} refused the push of the record ${path}: ${refusal.reason}. ` +
            `The remote said: ${refusal.remoteMessage}. Nothing was retried (this is not another writer winning a ` +
            `race). Fix: allow the workflow to push to ${branch} (permissions: contents: write, and no branch ` +
            `protection, ruleset or hook that refuses it) or use baseline-store: directory`
        )
      }
      if (!lostRace(output) || attempt >= this.retry.attempts) {
        const gaveUp = lostRace(output) ? ` (another writer kept winning; gave up after ${attempt} attempts)` : ''
        throw new Error(`${this.describe()}: could not push the record ${path}${gaveUp}: ${output}`)
      }
      // "Full jitter": writers that lost the same race spread over the whole window instead of colliding again. The
      // window is at least one attempt long, so on a slow (loaded) machine the writers still take turns.
      const ceiling = Math.min(this.retry.maxDelayMs, Math.max(this.retry.baseDelayMs, attemptMs) * 2 ** (attempt - 1))
      const delay = Math.round(random() * ceiling)
      this.options.onRetry?.(attempt, delay, output)
      await sleep(delay)
    }
  }

  /** One attempt: the record applied on the branch as it is now on the remote, pushed without force. */
  private async commitAndPush(
    fingerprint: string,
    record: BaselineRecord,
    path: string,
    blob: string
  ): Promise<GitResult> {
    const { repoDir, branch } = this.options
    const tip = await this.fetchTip()
    const scratch = mkdtempSync(join(tmpdir(), 'numa-spsc-bench-index-'))
    const env = { GIT_INDEX_FILE: join(scratch, 'index') }
    try {
      if (tip !== null) await git(repoDir, ['read-tree', tip], { env })
      const replaceCurrent = tip === null || (await this.isNewerThanCurrent(tip, fingerprint, record))
      const additions = [`100644 ${blob}\t${path}`]
      if (replaceCurrent) additions.push(`100644 ${blob}\t${currentPath(fingerprint)}`)
      await git(repoDir, ['update-index', '--add', '--index-info'], { env, input: `${additions.join('\n')}\n` })
      const tree = (await git(repoDir, ['write-tree'], { env })).trim()
      const message =
        `numa-spsc-bench: baseline ${fingerprint} from ${record.commitSha?.slice(0, 12) ?? 'an unknown commit'}` +
        `${record.runId === null ? '' : ` (run ${record.runId})`}\n`
      const parents = tip === null ? [] : ['-p', tip]
      const commit = (await git(repoDir, ['commit-tree', tree, ...parents], { input: message })).trim()
      return await runGit(repoDir, ['push', '--quiet', this.remote, `${commit}:refs/heads/${branch}`])
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  }

  /** The current baseline is replaced only by a newer record, and an unreadable one stops the save untouched. */
  private async isNewerThanCurrent(tip: string, fingerprint: string, record: BaselineRecord): Promise<boolean> {
    const text = await this.readText(tip, currentPath(fingerprint))
    if (text === null) return true
    return decodeRecord(text, this.location(currentPath(fingerprint)), fingerprint).savedAt <= record.savedAt
  }
}
