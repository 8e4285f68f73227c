/**
 * baseline.json names the newest record however concurrent savers interleave: 20 saves in flight at once from separate
 * processes (the CLI's `baseline save` run in parallel), in several rounds, each round with the newest record handed to
 * a different writer and position.
 */
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { DirectoryStore } from '../../src/baseline/index.js'
import { transpiledSources } from '../../__fixtures__/hardening/transpiled.js'
import { makeRecord, sha, temporaryDirectory } from '../baseline/fixtures.js'

const FINGERPRINT = 'a1b2c3d4e5f6'
const WRITER = fileURLToPath(new URL('../../__fixtures__/hardening/save-records.mjs', import.meta.url))
const WRITERS = 5
const SAVES_PER_ROUND = 20
const ROUNDS = 3

/** A fixed permutation of 0..n-1 per round, so the newest record lands with a different writer each time. */
function shuffled(n: number, round: number): number[] {
  return Array.from({ length: n }, (_, index) => (index * 7 + round * 3) % n)
}

describe('concurrent saves to the directory store', () => {
  it(`leaves baseline.json naming the newest record after ${SAVES_PER_ROUND} concurrent saves, ${ROUNDS} rounds`, async () => {
    const root = transpiledSources()
    const base = makeRecord()
    const work = temporaryDirectory('concurrent-jobs')
    const stores = Array.from({ length: ROUNDS }, () => temporaryDirectory('concurrent'))
    type Save = { store: string; record: unknown }
    const rounds: { barrier: string; writers: number; saves: Save[] }[][] = Array.from({ length: WRITERS }, () => [])
    for (const [round, store] of stores.entries()) {
      const barrier = join(work, `round-${round}`)
      mkdirSync(barrier)
      const saves: Save[][] = Array.from({ length: WRITERS }, () => [])
      for (const [position, order] of shuffled(SAVES_PER_ROUND, round).entries()) {
        const record = {
          ...base,
          commitSha: sha(order + 1),
          runId: `${round}-${order}`,
          savedAt: `2026-03-01T00:00:${String(order).padStart(2, '0')}.000Z`
        }
        saves[position % WRITERS].push({ store, record })
      }
      for (const [writer, mine] of saves.entries()) rounds[writer].push({ barrier, writers: WRITERS, saves: mine })
    }
    await Promise.all(
      rounds.map((writerRounds, writer) => {
        const file = join(work, `writer-${writer}.json`)
        writeFileSync(file, JSON.stringify(writerRounds))
        return promisify(execFile)('node', [WRITER, root, file])
      })
    )
    for (const [round, store] of stores.entries()) {
      const current = JSON.parse(readFileSync(join(store, FINGERPRINT, 'baseline.json'), 'utf8'))
      expect({ round, savedAt: current.savedAt }).toEqual({ round, savedAt: '2026-03-01T00:00:19.000Z' })
      expect(await new DirectoryStore(store).list(FINGERPRINT)).toHaveLength(SAVES_PER_ROUND)
    }
  }, 300_000)
})
