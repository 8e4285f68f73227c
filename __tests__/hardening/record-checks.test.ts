/**
 * A driver's or subject's line counts only when its own numbers agree with each other and with the cell, and results
 * read back from disk are judged again from what they recorded rather than from their stored `valid` flag.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decodeRecord, encodeRecord } from '../../src/baseline/record.js'
import { parseNativeLine } from '../../src/native/index.js'
import type { NativeRecord } from '../../src/native/types.js'
import { sampleOf } from '../../src/run/check.js'
import { readResultsFile } from '../../src/run/index.js'
import type { ResultsFile } from '../../src/run/types.js'
import { recordFor } from '../../__fixtures__/run/records.js'
import { makeRecord, makeResults } from '../baseline/fixtures.js'

const results = makeResults()
const cell = results.cells[0].cell

function outcomeOf(record: NativeRecord) {
  return {
    stdout: `${JSON.stringify(record)}\n`,
    stderrTail: '',
    exitCode: 0,
    signal: null,
    timedOut: false,
    spawnError: null
  }
}

function judged(record: NativeRecord) {
  return sampleOf(cell, outcomeOf(record) as Parameters<typeof sampleOf>[1], {
    block: 0,
    order: 0,
    source: 'subject',
    timeoutMs: 1000
  })
}

/** The first sample's record with a change applied, stored as valid. */
function tampered(change: (record: NativeRecord) => void): ResultsFile {
  const copy = JSON.parse(JSON.stringify(results)) as ResultsFile
  const record = copy.cells[0].samples[0].record as NativeRecord
  change(record)
  return copy
}

describe('a line is cross-checked before it counts', () => {
  it('accepts a record whose rate follows from its messages and elapsed time', () => {
    expect(judged(recordFor(cell, 12e6))).toMatchObject({ valid: true, invalidReasons: [] })
  })

  it('rejects a rate 1000 times what its own messages and elapsed time give', () => {
    const record = recordFor(cell, 12e6)
    record.results.messagesPerSecond = 12e9
    const sample = judged(record)
    expect(sample.valid).toBe(false)
    expect(sample.invalidReasons.join('\n')).toMatch(
      /messagesPerSecond is 12000000000, but \d+ messages in \d+ ns give/
    )
  })

  it('tolerates rounding within 1 % and no more', () => {
    const record = recordFor(cell, 12e6)
    record.results.messagesPerSecond = 12e6 * 1.009
    expect(judged(record).valid).toBe(true)
    record.results.messagesPerSecond = 12e6 * 1.02
    expect(judged(record).valid).toBe(false)
  })

  it('rejects round-trip percentiles out of order', () => {
    const record = recordFor({ ...cell, mode: 'pingpong' }, 500)
    record.params.mode = 'pingpong'
    const pingpong = { ...cell, mode: 'pingpong' as const }
    record.results.rttNs = { p50: 500, p90: 450, p99: 900, p999: 1500, max: 1400 }
    const sample = sampleOf(pingpong, outcomeOf(record) as Parameters<typeof sampleOf>[1], {
      block: 0,
      order: 0,
      source: 'subject',
      timeoutMs: 1000
    })
    expect(sample.valid).toBe(false)
    expect(sample.invalidReasons).toEqual(
      expect.arrayContaining([
        'round-trip p50 500 ns is above p90 450 ns',
        'round-trip p999 1500 ns is above max 1400 ns'
      ])
    )
  })

  it('names a number too large to be finite instead of letting Infinity through', () => {
    const line = JSON.stringify(recordFor(cell, 12e6)).replace(
      '"messagesPerSecond":12000000',
      '"messagesPerSecond":1e999'
    )
    expect(() => parseNativeLine(line, 'subject')).toThrow('subject: /results/messagesPerSecond is not a finite number')
  })
})

describe('results read from disk are judged again', () => {
  const wrongCpu = tampered((record) => {
    record.observed.producerCpus = [(cell.producerCpu ?? 0) + 1]
  })

  it('readResultsFile marks a stored valid sample invalid when its CPUs contradict the cell', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hardening-results-')), 'results.json')
    writeFileSync(path, JSON.stringify(wrongCpu))
    const sample = readResultsFile(path).cells[0].samples[0]
    expect(sample.valid).toBe(false)
    expect(sample.invalidReasons.join('\n')).toContain(`the producer thread ran on CPUs ${(cell.producerCpu ?? 0) + 1}`)
  })

  it('readResultsFile marks a stored valid sample with an impossible rate invalid', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hardening-results-')), 'results.json')
    writeFileSync(
      path,
      JSON.stringify(
        tampered((record) => {
          record.results.messagesPerSecond = (record.results.messagesPerSecond ?? 0) * 1000
        })
      )
    )
    expect(readResultsFile(path).cells[0].samples[0].valid).toBe(false)
  })

  it('the baseline record decoder does the same', () => {
    const record = makeRecord()
    const text = encodeRecord({ ...record, results: wrongCpu })
    const decoded = decodeRecord(text, 'store/a1b2c3d4e5f6/baseline.json', 'a1b2c3d4e5f6')
    expect(decoded.results.cells[0].samples[0].valid).toBe(false)
    expect(decoded.results.cells[0].samples[1].valid).toBe(true)
  })

  it('leaves consistent results exactly as stored', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hardening-results-')), 'results.json')
    writeFileSync(path, JSON.stringify(results))
    expect(readResultsFile(path)).toEqual(results)
  })
})
