import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { BaselineFileError, DirectoryStore, openBaselineStore } from '../../src/baseline/index.js'
import { makeRecord, sha, temporaryDirectory } from './fixtures.js'

const FINGERPRINT = 'a1b2c3d4e5f6'

describe('directory store', () => {
  it('saves a record and reads the same record back', async () => {
    const root = temporaryDirectory('dir')
    const store = openBaselineStore('directory', { directory: root })
    const record = makeRecord({ commitSha: sha(1), runId: '42' })
    const where = await store.save(record)
    expect(where.startsWith(join(root, FINGERPRINT, 'history'))).toBe(true)
    const loaded = await store.load(FINGERPRINT, {})
    expect(loaded?.record).toEqual(record)
    expect(loaded?.location).toBe(where)
    expect(loaded?.source).toBe(`newest saved from main (commit 0000000, saved 2026-01-01T00:00:00.000Z, run 42)`)
    expect(JSON.parse(readFileSync(join(root, FINGERPRINT, 'baseline.json'), 'utf8')).results).toEqual(record.results)
    expect(store.describe()).toBe(`directory ${root}`)
  })

  it('keeps every saved record in the history, never replacing one, and the newest as the current baseline', async () => {
    const root = temporaryDirectory('dir')
    const store = new DirectoryStore(root)
    const times = ['2026-01-03T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z']
    const paths = []
    for (const [index, savedAt] of times.entries())
      paths.push(await store.save(makeRecord({ savedAt, commitSha: sha(index + 1), runId: String(index) })))
    const before = paths.map((path) => readFileSync(path, 'utf8'))
    await store.save(makeRecord({ savedAt: '2026-01-01T00:00:00.000Z', commitSha: sha(1), runId: '0' }))
    expect(paths.map((path) => readFileSync(path, 'utf8'))).toEqual(before)
    const entries = await store.list()
    // Oldest first; records saved at the same time sort by commit.
    expect(entries.map((entry) => [entry.savedAt, entry.commitSha, entry.runId])).toEqual([
      ['2026-01-01T00:00:00.000Z', sha(1), '0'],
      ['2026-01-01T00:00:00.000Z', sha(2), '1'],
      ['2026-01-02T00:00:00.000Z', sha(3), '2'],
      ['2026-01-03T00:00:00.000Z', sha(1), '0']
    ])
    expect(new Set(entries.map((entry) => entry.path)).size).toBe(4)
    // The current baseline is the newest by time even though older records were saved after it.
    const current = JSON.parse(readFileSync(join(root, FINGERPRINT, 'baseline.json'), 'utf8'))
    expect(current.savedAt).toBe('2026-01-03T00:00:00.000Z')
    expect(readdirSync(join(root, FINGERPRINT, 'history')).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('reads metadata from history names with odd refs and run ids', async () => {
    const store = new DirectoryStore(temporaryDirectory('dir'))
    await store.save(makeRecord({ ref: 'refs/heads/feature/a+b c', runId: 'run 7/+x', commitSha: null }))
    const [entry] = await store.list(FINGERPRINT)
    expect(entry).toMatchObject({
      fingerprint: FINGERPRINT,
      ref: 'refs/heads/feature/a+b c',
      runId: 'run 7/+x',
      commitSha: null
    })
  })

  it('serves a hand-copied baseline.json without history when no branch is asked for', async () => {
    const source = new DirectoryStore(temporaryDirectory('dir'))
    await source.save(makeRecord())
    const root = temporaryDirectory('dir')
    mkdirSync(join(root, FINGERPRINT))
    writeFileSync(
      join(root, FINGERPRINT, 'baseline.json'),
      readFileSync(join(source.root, FINGERPRINT, 'baseline.json'))
    )
    const store = new DirectoryStore(root)
    expect((await store.load(FINGERPRINT, {}))?.source).toBe(
      'the current baseline (saved 2026-01-01T00:00:00.000Z, no history)'
    )
    expect(await store.load(FINGERPRINT, { branch: 'main' })).toBeNull()
  })

  it('is empty when the directory does not exist', async () => {
    const store = new DirectoryStore(join(temporaryDirectory('dir'), 'missing'))
    expect(await store.list()).toEqual([])
    expect(await store.load(FINGERPRINT, { branch: 'main' })).toBeNull()
  })

  it('refuses to save a record whose metadata would not read back, writing nothing', async () => {
    const root = temporaryDirectory('dir')
    const broken = { ...makeRecord(), commitSha: 'not+hex' }
    await expect(new DirectoryStore(root).save(broken)).rejects.toThrow(/\(not written\): invalid record: \/commitSha /)
    expect(readdirSync(root)).toEqual([])
  })

  it('rejects fingerprints that are not safe folder names', async () => {
    const store = new DirectoryStore(temporaryDirectory('dir'))
    await expect(store.load('../etc', {})).rejects.toThrow('fingerprint "../etc" is not letters, digits')
    await expect(store.save(makeRecord({ fingerprint: '..' }))).rejects.toThrow('fingerprint ".." is not letters')
  })

  it('wraps a record under another error type when the file is ours but broken', () => {
    expect(new BaselineFileError('x.json', 'corrupt').message).toBe('x.json: corrupt; the file was left untouched')
  })

  it('reads back the newest records of one fingerprint, newest first, from a branch or any', async () => {
    const root = temporaryDirectory('dir')
    const store = new DirectoryStore(root)
    const saved = [
      { savedAt: '2026-01-01T00:00:00.000Z', ref: 'refs/heads/main' },
      { savedAt: '2026-01-02T00:00:00.000Z', ref: 'refs/heads/feature' },
      { savedAt: '2026-01-03T00:00:00.000Z', ref: 'refs/heads/main' },
      { savedAt: '2026-01-04T00:00:00.000Z', ref: 'refs/heads/main' },
      { savedAt: '2026-01-05T00:00:00.000Z', ref: null }
    ]
    const paths: string[] = []
    for (const [index, fields] of saved.entries())
      paths.push(await store.save(makeRecord({ ...fields, commitSha: sha(index + 1), runId: String(index) })))
    await store.save(makeRecord({ fingerprint: 'ffffffffffff', savedAt: '2026-01-09T00:00:00.000Z' }))

    const any = await store.history(FINGERPRINT, {}, 3)
    expect(any.map((entry) => entry.record.runId)).toEqual(['4', '3', '2'])
    expect(any.map((entry) => entry.location)).toEqual([paths[4], paths[3], paths[2]])
    expect(any[0].record).toEqual(makeRecord({ ...saved[4], commitSha: sha(5), runId: '4' }))
    const main = await store.history(FINGERPRINT, { branch: 'main' }, 5)
    expect(main.map((entry) => entry.record.runId)).toEqual(['3', '2', '0'])
    expect(
      (await store.history(FINGERPRINT, { branch: 'refs/heads/feature' }, 5)).map((entry) => entry.record.runId)
    ).toEqual(['1'])
    expect(await store.history(FINGERPRINT, { branch: 'gone' }, 5)).toEqual([])
    expect(await store.history(FINGERPRINT, {}, 0)).toEqual([])
    expect(await new DirectoryStore(join(root, 'missing')).history(FINGERPRINT, {}, 5)).toEqual([])
    await expect(store.history(FINGERPRINT, {}, 1.5)).rejects.toThrow(
      'history: limit is 1.5, expected a whole number of records (0 or more)'
    )
  })

  it('names a corrupt history file when reading the history, as load does', async () => {
    const root = temporaryDirectory('dir')
    const store = new DirectoryStore(root)
    const good = await store.save(makeRecord({ savedAt: '2026-01-01T00:00:00.000Z' }))
    const bad = await store.save(makeRecord({ savedAt: '2026-01-02T00:00:00.000Z', runId: '2' }))
    writeFileSync(bad, '{"schema": "numa-spsc-bench/baseline", "version": 1, "results": ')
    await expect(store.history(FINGERPRINT, {}, 5)).rejects.toThrow(bad)
    expect(readFileSync(good, 'utf8')).toContain('"runId": "1"')
  })
})
