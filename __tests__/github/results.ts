/** A schema-valid results file for tests that need one without measuring (artifact reading, comment-only mode). */
import { makePlan } from '../../src/plan/index.js'
import type { ResultsFile } from '../../src/run/types.js'
import { oneNodeMachine } from '../plan/machines.js'
import { testEnvironment } from '../../__fixtures__/run/environment.js'

export function syntheticResults(hostname: string): ResultsFile {
  const machine = oneNodeMachine()
  const plan = makePlan(machine.topology, machine.classes, {
    budgetSeconds: 600,
    seed: 3,
    modes: ['pingpong'],
    paddings: [64],
    pinning: 'unpinned',
    minRepetitions: 1,
    maxRepetitions: 1
  })
  return {
    schemaVersion: 2,
    tool: { name: 'numa-spsc-bench', version: '0.1.0' },
    topology: machine.topology,
    plan,
    environment: testEnvironment({ hostname, virtualized: false }),
    cells: [
      {
        cell: plan.cells[0],
        samples: [{ block: 0, order: 0, valid: false, invalidReasons: ['timed out'], record: null }]
      }
    ],
    interrupted: false,
    stoppedEarly: null
  }
}
