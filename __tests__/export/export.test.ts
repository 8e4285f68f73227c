/** The exports hold to the formats' published shapes, written here as JSON schemas from the formats' own documents. */
import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { Command } from 'commander'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DirectoryStore } from '../../src/baseline/index.js'
import { exportFiles, registerExportCommand } from '../../src/cli/export.js'
import { bmfReport, gabExports } from '../../src/export/index.js'
import { makePlan } from '../../src/plan/index.js'
import { makeRecord, makeResults, temporaryDirectory } from '../baseline/fixtures.js'
import { recordFor } from '../../__fixtures__/run/records.js'
import { oneNodeMachine } from '../plan/machines.js'

// Bencher's own JSON schema for BMF, as published at https://bencher.dev/docs/reference/bencher-metric-format
// ("Bencher Metric Format (BMF) JSON Schema", $id https://bencher.dev/bmf.json).
const BMF_SCHEMA = {
  $id: 'https://bencher.dev/bmf.json',
  $schema: 'http://json-schema.org/draft-07/schema',
  type: 'object',
  patternProperties: {
    '.+': {
      type: 'object',
      patternProperties: {
        '.+': {
          type: 'object',
          properties: {
            value: { type: 'number' },
            lower_value: { type: 'number' },
            upper_value: { type: 'number' }
          },
          required: ['value']
        }
      }
    }
  }
}

// github-action-benchmark's custom tools read a JSON array of BenchmarkResult (name, value, unit required; range and
// extra optional strings): README "Examples" for customBiggerIsBetter / customSmallerIsBetter,
// https://github.com/benchmark-action/github-action-benchmark#examples, and src/extract.ts `interface BenchmarkResult`.
const GAB_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1 },
      value: { type: 'number' },
      unit: { type: 'string', minLength: 1 },
      range: { type: 'string' },
      extra: { type: 'string' }
    },
    required: ['name', 'value', 'unit'],
    additionalProperties: false
  }
}

const ajv = new Ajv({ strict: false, allErrors: true })
const validBmf = ajv.compile(BMF_SCHEMA)
const validGab = ajv.compile(GAB_SCHEMA)

/** A one-node run with throughput and pingpong cells, so both directions are exported. */
function mixedRecord() {
  const machine = oneNodeMachine()
  const base = makeResults()
  const plan = makePlan(base.topology, machine.classes, {
    budgetSeconds: 600,
    seed: 3,
    modes: ['throughput', 'pingpong'],
    paddings: [64],
    pinning: 'pinned',
    minRepetitions: 1,
    maxRepetitions: 1
  })
  const cells = plan.cells.map((cell) => ({
    cell,
    samples: [1, 2, 3].map((step) => ({
      block: step - 1,
      order: step - 1,
      valid: true,
      invalidReasons: [],
      record: recordFor(cell, cell.mode === 'pingpong' ? 100 + step : 1e7 * step)
    }))
  }))
  return makeRecord({ results: { ...base, plan, cells } })
}

describe('bmf', () => {
  it('is Bencher Metric Format: a measure per metric of every cell, the median with its 95 % CI', () => {
    const record = mixedRecord()
    const report = bmfReport(record)
    expect(validBmf(report)).toBe(true)
    const throughput = record.results.cells.find((result) => result.cell.mode === 'throughput')!.cell.key
    const pingpong = record.results.cells.find((result) => result.cell.mode === 'pingpong')!.cell.key
    expect(report[throughput]).toEqual({
      throughput: { value: 2e7, lower_value: expect.any(Number), upper_value: expect.any(Number) }
    })
    expect(Object.keys(report[pingpong])).toEqual(['latency', 'latency-p99'])
    expect(report[pingpong].latency.value).toBe(102)
    expect(report[pingpong]['latency-p99'].value).toBe(306)
    const { lower_value: low, upper_value: high } = report[throughput].throughput
    expect(low).toBeLessThanOrEqual(2e7)
    expect(high).toBeGreaterThanOrEqual(2e7)
  })

  it('would be refused by the schema had it a measure without a value', () => {
    expect(validBmf({ cell: { throughput: { lower_value: 1 } } })).toBe(false)
  })
})

describe('gab', () => {
  it("is github-action-benchmark's custom JSON: throughput bigger-is-better, round trips smaller-is-better", () => {
    const exports = gabExports(mixedRecord())
    expect(exports.map((each) => each.tool)).toEqual(['customBiggerIsBetter', 'customSmallerIsBetter'])
    for (const each of exports) expect(validGab(each.benchmarks)).toBe(true)
    const [bigger, smaller] = exports
    expect(new Set(bigger.benchmarks.map((benchmark) => benchmark.unit))).toEqual(new Set(['messages/s']))
    expect(new Set(smaller.benchmarks.map((benchmark) => benchmark.unit))).toEqual(new Set(['ns']))
    expect(smaller.benchmarks[0].name).toMatch(/ rttNs\.p50$/)
    expect(bigger.benchmarks[0].extra).toBe('median of 3 samples; commit aaaaaaaaaaaa, saved 2026-01-01T00:00:00.000Z')
    expect(validGab([{ name: 'x', value: '1', unit: 'ns' }])).toBe(false)
  })
})

describe('numa-spsc-bench export', () => {
  it('writes one file per machine from a store, each valid', async () => {
    const root = temporaryDirectory('export-store')
    const store = new DirectoryStore(root)
    await store.save(makeRecord({ fingerprint: 'machine0001' }))
    await store.save(makeRecord({ fingerprint: 'machine0002' }))
    const out = mkdtempSync(join(tmpdir(), 'numa-spsc-bench-export-'))
    const printed: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((text: string) => printed.push(text) > 0) as typeof process.stdout.write
    try {
      for (const format of ['bmf', 'gab']) {
        const program = new Command().exitOverride()
        registerExportCommand(program)
        await program.parseAsync(['export', '--format', format, '--store', root, '--out', out], { from: 'user' })
      }
    } finally {
      process.stdout.write = write
    }
    expect(readdirSync(out).sort()).toEqual([
      'machine0001.bmf.json',
      'machine0001.customBiggerIsBetter.json',
      'machine0002.bmf.json',
      'machine0002.customBiggerIsBetter.json'
    ])
    expect(validBmf(JSON.parse(readFileSync(join(out, 'machine0001.bmf.json'), 'utf8')))).toBe(true)
    expect(validGab(JSON.parse(readFileSync(join(out, 'machine0002.customBiggerIsBetter.json'), 'utf8')))).toBe(true)
    expect(printed).toHaveLength(4)
  })

  it('names the files after the machine and the tool', () => {
    expect(exportFiles('m1', mixedRecord(), 'gab').map(([name]) => name)).toEqual([
      'm1.customBiggerIsBetter.json',
      'm1.customSmallerIsBetter.json'
    ])
  })
})
