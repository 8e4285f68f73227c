import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { DirectoryStore, encodeRecord, type BaselineStore } from '../../src/baseline/index.js'
import { makeRecord, temporaryDirectory } from './fixtures.js'
import { bareRemote, branchStore, cloneOf, commitOnDataBranch, remoteFile } from './git-repo.js'

const FINGERPRINT = 'a1b2c3d4e5f6'
const CURRENT = `${FINGERPRINT}/baseline.json`
const HISTORY = `${FINGERPRINT}/history/20260101T000000000Z+${'a'.repeat(40)}+1+refs%2Fheads%2Fmain+0badf00d.json`

const valid = JSON.parse(encodeRecord(makeRecord())) as Record<string, unknown>

/** Files a store must refuse, with the words its error must contain. */
const BAD_FILES: Array<{ name: string; text: string; message: RegExp }> = [
  { name: 'corrupt', text: '{"schema": "numa-spsc-bench/baseline", "results": {', message: /corrupt: not valid JSON/ },
  {
    name: 'foreign',
    text: JSON.stringify({ benchmarks: [{ name: 'x', value: 1 }] }),
    message:
      /not a numa-spsc-bench baseline record \(expected "schema": "numa-spsc-bench\/baseline", found "schema": null\)/
  },
  {
    name: 'a plain results.json',
    text: JSON.stringify(makeRecord().results),
    message: /not a numa-spsc-bench baseline record/
  },
  {
    name: 'newer schema',
    text: JSON.stringify({ ...valid, schemaVersion: 2, somethingNew: true }),
    message: /schemaVersion 2 was written by a newer numa-spsc-bench; this version reads schemaVersion 1/
  },
  {
    name: 'invalid results inside',
    text: JSON.stringify({ ...valid, results: { ...(valid.results as object), cells: 'none' } }),
    message: /: invalid results: \/cells must be array; /
  },
  {
    name: 'filed under the wrong fingerprint',
    text: encodeRecord(makeRecord({ fingerprint: 'ffffffffffff' })),
    message: /filed under fingerprint a1b2c3d4e5f6 but records fingerprint ffffffffffff/
  }
]

interface Seeded {
  store: BaselineStore
  /** A file's bytes as stored now. */
  read: (path: string) => string
  /** How the store names the file in its errors. */
  location: (path: string) => string
}

const backends: Array<{ name: string; seed: (files: Record<string, string>) => Seeded }> = [
  {
    name: 'directory store',
    seed(files) {
      const root = temporaryDirectory('bad')
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true })
        writeFileSync(join(root, path), text)
      }
      return {
        store: new DirectoryStore(root),
        read: (path) => readFileSync(join(root, path), 'utf8'),
        location: (path) => join(root, path)
      }
    }
  },
  {
    name: 'git data-branch store',
    seed(files) {
      const remote = bareRemote()
      commitOnDataBranch(remote, files)
      return {
        store: branchStore(cloneOf(remote)),
        read: (path) => remoteFile(remote, path),
        location: (path) => `branch numa-spsc-bench-data:${path}`
      }
    }
  }
]

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe.each(backends)('$name: files it cannot use', ({ seed }) => {
  it.each(BAD_FILES)(
    'a $name current baseline stops a save, is named, and stays byte for byte',
    async ({ text, message }) => {
      const seeded = seed({ [CURRENT]: text })
      const error = await seeded.store.save(makeRecord({ savedAt: '2026-06-01T00:00:00.000Z' })).then(
        () => null,
        (thrown: Error) => thrown
      )
      expect(error?.message).toMatch(new RegExp(`^${escaped(seeded.location(CURRENT))}: `))
      expect(error?.message).toMatch(message)
      expect(error?.message).toMatch(/the file was left untouched$/)
      expect(seeded.read(CURRENT)).toBe(text)
      expect(await seeded.store.list(FINGERPRINT)).toEqual([])
    },
    60_000
  )

  it.each(BAD_FILES)(
    'a $name history file is named when it is chosen as the baseline, and stays',
    async ({ text, message }) => {
      const seeded = seed({ [HISTORY]: text })
      const error = await seeded.store.load(FINGERPRINT, { branch: 'main' }).then(
        () => null,
        (thrown: Error) => thrown
      )
      expect(error?.message).toMatch(new RegExp(`^${escaped(seeded.location(HISTORY))}: `))
      expect(error?.message).toMatch(message)
      expect(seeded.read(HISTORY)).toBe(text)
    },
    60_000
  )

  it('a history file whose name is not ours is named', async () => {
    const foreign = `${FINGERPRINT}/history/notes.json`
    const seeded = seed({ [foreign]: '{}' })
    await expect(seeded.store.list()).rejects.toThrow(`${seeded.location(foreign)}: not a numa-spsc-bench history file`)
  }, 60_000)

  it('files outside fingerprint folders (a README) are not records', async () => {
    const seeded = seed({ 'README.md': 'baselines live here\n' })
    expect(await seeded.store.list()).toEqual([])
    await seeded.store.save(makeRecord())
    expect(await seeded.store.list(FINGERPRINT)).toHaveLength(1)
    expect(seeded.read('README.md')).toBe('baselines live here\n')
  }, 60_000)
})
