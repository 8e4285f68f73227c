import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makePlan } from '../../src/plan/index.js'
import { readResultsFile, validateResults, writeResultsFile } from '../../src/run/index.js'
import type { ResultsFile } from '../../src/run/types.js'
import { oneNodeMachine } from '../plan/machines.js'
import { testEnvironment } from '../../__fixtures__/run/environment.js'

const machine = oneNodeMachine()

function sampleResults(): ResultsFile {
  const plan = makePlan(machine.topology, machine.classes, {
    budgetSeconds: 600,
    seed: 3,
    modes: ['pingpong'],
    paddings: [64],
    pinning: 'unpinned',
    minRepetitions: 1,
    maxRepetitions: 1
  })
  const cell = plan.cells[0]
  return {
    schemaVersion: 2,
    tool: { name: 'numa-spsc-bench', version: '0.1.0' },
    topology: machine.topology,
    plan,
    environment: testEnvironment({ loadAverageEnd: [0.1, 0, 0] }),
    cells: [
      {
        cell,
        samples: [
          {
            block: 0,
            order: 0,
            valid: false,
            invalidReasons: ['timed out after 30 s and was killed'],
            record: null
          }
        ]
      }
    ],
    interrupted: false,
    stoppedEarly: null
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case mutates arbitrary JSON into a shape the schema must refuse
function failure(mutate: (value: Record<string, any>) => void): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  const value = JSON.parse(JSON.stringify(sampleResults())) as Record<string, any>
  mutate(value)
  try {
    validateResults(value, 'results.json')
  } catch (error) {
    return (error as Error).message
  }
  return 'accepted'
}

describe('results file', () => {
  it('accepts what the runner writes', () => {
    const results = sampleResults()
    expect(validateResults(JSON.parse(JSON.stringify(results)), 'results.json')).toEqual(results)
  })

  it('accepts every kind of cell a plan can hold: reference, batched and subject, ordinary and A/B', () => {
    const plan = makePlan(machine.topology, machine.classes, {
      budgetSeconds: 24 * 3600,
      seed: 3,
      modes: ['throughput'],
      paddings: [64],
      subject: { enabled: true },
      batched: true,
      abVariants: { withReference: true }
    })
    const kinds = new Set(plan.cells.map((cell) => `${cell.subject}/${cell.variant ?? 'none'}`))
    expect([...kinds].sort()).toEqual(['batched/none', 'reference/none', 'subject/base', 'subject/head'])
    const results = { ...sampleResults(), plan, cells: plan.cells.map((cell) => ({ cell, samples: [] })) }
    expect(validateResults(JSON.parse(JSON.stringify(results)), 'results.json')).toEqual(results)
  })

  it('names the source and the failing field', () => {
    expect(failure((value) => (value.cells[0].samples[0].valid = 'yes'))).toBe(
      'results.json: /cells/0/samples/0/valid must be boolean'
    )
    expect(failure((value) => delete value.plan.seed)).toBe("results.json: /plan must have required property 'seed'")
    expect(failure((value) => (value.plan.cells[0].mode = 'warp'))).toBe(
      'results.json: /plan/cells/0/mode must be equal to one of the allowed values (throughput, pingpong, same-thread)'
    )
    expect(failure((value) => (value.cells[0].samples[0].record = { schema: 'numa-spsc-bench/run@1' }))).toMatch(
      /^results.json: \/cells\/0\/samples\/0\/record must have required property/
    )
    expect(failure((value) => (value.topology.allowedCpus = [0, 'one']))).toBe(
      'results.json: /topology/allowedCpus/1 must be integer'
    )
  })

  it('says a newer schema version needs a newer numa-spsc-bench', () => {
    expect(failure((value) => (value.schemaVersion = 3))).toMatch(
      /^results.json: schemaVersion 3 was written by a newer numa-spsc-bench/
    )
    expect(failure((value) => (value.schemaVersion = 0))).toBe(
      'results.json: /schemaVersion must be equal to one of the allowed values (1, 2)'
    )
  })

  it('writes atomically into a new directory and reads back', () => {
    const directory = join(mkdtempSync(join(tmpdir(), 'results-')), 'nested', 'out')
    const path = writeResultsFile(directory, sampleResults())
    expect(path).toBe(join(directory, 'results.json'))
    expect(readdirSync(directory)).toEqual(['results.json'])
    expect(readResultsFile(path)).toEqual(sampleResults())
  })

  it('gives clear errors for missing, unreadable and invalid files', () => {
    const directory = mkdtempSync(join(tmpdir(), 'results-'))
    expect(() => readResultsFile(join(directory, 'absent.json'))).toThrow(
      `${join(directory, 'absent.json')}: no such results file`
    )
    const broken = join(directory, 'broken.json')
    writeFileSync(broken, '{"schemaVersion": 1,')
    expect(() => readResultsFile(broken)).toThrow(`${broken}: not valid JSON`)
    const wrong = join(directory, 'wrong.json')
    writeFileSync(wrong, JSON.stringify({ ...sampleResults(), interrupted: 'no' }))
    expect(() => readResultsFile(wrong)).toThrow(`${wrong}: /interrupted must be boolean`)
    expect(existsSync(wrong)).toBe(true)
    expect(readFileSync(wrong, 'utf8')).toContain('"interrupted":"no"')
  })
})
