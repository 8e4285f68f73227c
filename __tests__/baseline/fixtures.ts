/** Valid results files for the baseline tests: a small one-node plan with chosen sample values. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makePlan } from '../../src/plan/index.js'
import { validateResults } from '../../src/run/index.js'
import type { ResultsFile } from '../../src/run/types.js'
import type { BaselineRecord } from '../../src/baseline/index.js'
import { oneNodeMachine } from '../plan/machines.js'
import { recordFor } from '../../__fixtures__/run/records.js'
import { testEnvironment } from '../../__fixtures__/run/environment.js'

/** Throughput cells of a one-node machine, each with the given samples (messages per second). */
export function makeResults(options: { fingerprint?: string; values?: number[] } = {}): ResultsFile {
  const machine = oneNodeMachine()
  const topology = { ...machine.topology, fingerprint: options.fingerprint ?? 'a1b2c3d4e5f6' }
  const plan = makePlan(topology, machine.classes, {
    budgetSeconds: 600,
    seed: 3,
    modes: ['throughput'],
    paddings: [64],
    pinning: 'pinned',
    minRepetitions: 1,
    maxRepetitions: 1
  })
  const values = options.values ?? [10e6, 11e6, 12e6]
  const results: ResultsFile = {
    schemaVersion: 2,
    tool: { name: 'numa-spsc-bench', version: '0.1.0' },
    topology,
    plan,
    environment: testEnvironment(),
    cells: plan.cells.map((cell) => ({
      cell,
      samples: values.map((value, repetition) => ({
        block: repetition,
        order: repetition,
        valid: true,
        invalidReasons: [],
        record: recordFor(cell, value)
      }))
    })),
    interrupted: false,
    stoppedEarly: null
  }
  return validateResults(JSON.parse(JSON.stringify(results)), 'test fixture')
}

export function makeRecord(overrides: Partial<BaselineRecord> & { fingerprint?: string } = {}): BaselineRecord {
  const { fingerprint, ...rest } = overrides
  return {
    results: makeResults({ fingerprint }),
    commitSha: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    ref: 'refs/heads/main',
    runId: '1',
    savedAt: '2026-01-01T00:00:00.000Z',
    ...rest
  }
}

export function temporaryDirectory(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `numa-spsc-bench-${prefix}-`))
}

/** Forty hex digits from a small number, for readable commit SHAs in tests. */
export function sha(n: number): string {
  return n.toString(16).padStart(40, '0')
}
