/**
 * The local directory store (default .numa-spsc-bench/): for the CLI and for users who commit a baseline to their
 * repository. History files are created with link(2), which fails rather than replace an existing file, and the
 * current baseline is replaced by rename(2), so a reader never sees half a file and a crash loses nothing stored.
 */
import { randomBytes } from 'node:crypto'
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import {
  BaselineFileError,
  checkFingerprint,
  checkRecord,
  chooseBaseline,
  currentPath,
  decodeRecord,
  encodeRecord,
  HISTORY_DIR_NAME,
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

/** Beside baseline.json while a save decides whether to replace it. */
const CURRENT_LOCK_NAME = '.baseline.json.lock'
/** A save holds the lock for milliseconds; one this old was left by a process that died holding it. */
const LOCK_STALE_MS = 30_000
const LOCK_WAIT_MS = 60_000

function lockAge(lock: string): number | null {
  try {
    return Date.now() - statSync(lock).mtimeMs
  } catch {
    return null
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms))
}

export class DirectoryStore implements BaselineStore {
  constructor(readonly root: string) {}

  describe(): string {
    return `directory ${this.root}`
  }

  private location(path: string): string {
    return join(this.root, path)
  }

  private readText(path: string): string | null {
    try {
      return readFileSync(this.location(path), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new Error(`${this.location(path)}: cannot be read: ${(error as Error).message}`, { cause: error })
    }
  }

  private readRecord(path: string, fingerprint: string): BaselineRecord | null {
    const text = this.readText(path)
    return text === null ? null : decodeRecord(text, this.location(path), fingerprint)
  }

  /** A record that list() just found; its absence now means something removed it underneath us. */
  private readListedRecord(path: string, fingerprint: string): BaselineRecord {
    const record = this.readRecord(path, fingerprint)
    if (record === null) throw new Error(`${this.location(path)}: disappeared while it was being read`)
    return record
  }

  private historyPaths(fingerprint?: string): string[] {
    if (!existsSync(this.root)) return []
    const fingerprints = fingerprint === undefined ? readdirSync(this.root) : [fingerprint]
    const paths: string[] = []
    for (const name of fingerprints) {
      const historyDir = join(this.root, name, HISTORY_DIR_NAME)
      if (!existsSync(historyDir) || !statSync(historyDir).isDirectory()) continue
      for (const file of readdirSync(historyDir)) paths.push(`${name}/${HISTORY_DIR_NAME}/${file}`)
    }
    return paths
  }

  async list(fingerprint?: string): Promise<HistoryEntry[]> {
    if (fingerprint !== undefined) checkFingerprint(fingerprint, this.describe())
    return historyEntries(this.historyPaths(fingerprint), (path) => this.location(path), fingerprint)
  }

  async load(fingerprint: string, query: BaselineQuery): Promise<LoadedBaseline | null> {
    const chosen = chooseBaseline(await this.list(fingerprint), query)
    if (chosen === null) return this.loadCommittedBaseline(fingerprint, query)
    const record = this.readListedRecord(chosen.entry.path, fingerprint)
    return { record, source: chosen.source, location: this.location(chosen.entry.path) }
  }

  async history(fingerprint: string, query: { branch?: string | null }, limit: number): Promise<HistoryRecord[]> {
    return newestEntries(await this.list(fingerprint), query.branch, limit).map((entry) => ({
      record: this.readListedRecord(entry.path, fingerprint),
      location: this.location(entry.path)
    }))
  }

  /** A baseline.json without history (copied in by hand) still serves lookups that ask for no particular branch. */
  private loadCommittedBaseline(fingerprint: string, query: BaselineQuery): LoadedBaseline | null {
    if (query.branch !== undefined && query.branch !== null) return null
    const record = this.readRecord(currentPath(fingerprint), fingerprint)
    if (record === null) return null
    return {
      record,
      source: `the current baseline (saved ${record.savedAt}, no history)`,
      location: this.location(currentPath(fingerprint))
    }
  }

  async save(record: BaselineRecord): Promise<string> {
    const fingerprint = checkRecord(record, this.describe())
    // An unreadable current baseline stops the save before anything is written: it is the user's to look at.
    this.readRecord(currentPath(fingerprint), fingerprint)
    const text = encodeRecord(record)
    const historyFile = this.location(historyPath(fingerprint, record))
    this.writeNew(historyFile, text)
    // Reading the current baseline and replacing it is one step for concurrent savers (other processes included):
    // otherwise a slower saver of an older record could replace a newer one it read before that was written.
    await this.holdingLock(this.location(`${fingerprint}/${CURRENT_LOCK_NAME}`), () => {
      const current = this.readRecord(currentPath(fingerprint), fingerprint)
      if (current === null || current.savedAt <= record.savedAt)
        this.replace(this.location(currentPath(fingerprint)), text)
    })
    return historyFile
  }

  /** Runs `body` while holding an exclusive lock file (created with O_EXCL); a lock older than LOCK_STALE_MS is broken. */
  private async holdingLock(lock: string, body: () => void): Promise<void> {
    const started = Date.now()
    for (;;) {
      try {
        writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' })
        break
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new Error(`${lock}: could not create the lock: ${(error as Error).message}`, { cause: error })
        }
      }
      const age = lockAge(lock)
      if (age !== null && age > LOCK_STALE_MS) rmSync(lock, { force: true })
      else if (Date.now() - started > LOCK_WAIT_MS) {
        throw new Error(
          `${lock}: another save has held this lock for more than ${LOCK_WAIT_MS / 1000} s; if no numa-spsc-bench is ` +
            'running, remove the file'
        )
      } else await sleep(5 + Math.random() * 20)
    }
    try {
      body()
    } finally {
      rmSync(lock, { force: true })
    }
  }

  private temporaryNextTo(path: string, text: string): string {
    mkdirSync(dirname(path), { recursive: true })
    const temporary = join(dirname(path), `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`)
    writeFileSync(temporary, text, { flag: 'wx' })
    return temporary
  }

  private writeNew(path: string, text: string): void {
    const temporary = this.temporaryNextTo(path, text)
    try {
      linkSync(temporary, path)
    } catch (error) {
      const exists = (error as NodeJS.ErrnoException).code === 'EEXIST'
      throw exists
        ? new BaselineFileError(path, 'already exists; history files are never replaced')
        : new Error(`${path}: could not write: ${(error as Error).message}`)
    } finally {
      rmSync(temporary, { force: true })
    }
  }

  private replace(path: string, text: string): void {
    const temporary = this.temporaryNextTo(path, text)
    try {
      renameSync(temporary, path)
    } catch (error) {
      rmSync(temporary, { force: true })
      throw new Error(`${path}: could not write: ${(error as Error).message}`, { cause: error })
    }
  }
}
