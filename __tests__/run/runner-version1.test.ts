import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makePlan } from '../../src/plan/index.js'
import { runPlan, validateResults } from '../../src/run/index.js'
import { oneNodeMachine } from '../plan/machines.js'

const FAKE_DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'run', 'fake-driver.mjs')
const machine = oneNodeMachine()

describe('results.json of schema version 1', () => {
  it('still reads: cells get variant null, samples their repetition as block, nothing stopped early', async () => {
    const plan = makePlan(machine.topology, machine.classes, {
      budgetSeconds: 3600,
      seed: 2,
      modes: ['throughput'],
      paddings: [0],
      pinning: 'unpinned',
      minRepetitions: 2,
      maxRepetitions: 2,
      messages: { throughput: 1000 }
    })
    const current = await runPlan(plan, { binary: FAKE_DRIVER, topology: machine.topology })
    const withoutVariant = <T extends { variant: unknown }>({ variant, ...cell }: T) => {
      expect(variant).toBeNull()
      return cell
    }
    const { stoppedEarly, ...rest } = JSON.parse(JSON.stringify(current)) as typeof current
    expect(stoppedEarly).toBeNull()
    const versionOne = {
      ...rest,
      schemaVersion: 1,
      plan: { ...rest.plan, cells: rest.plan.cells.map(withoutVariant) },
      cells: rest.cells.map(({ cell, samples }) => ({
        cell: withoutVariant(cell),
        samples: samples.map(({ block, ...sample }) => ({ ...sample, repetition: block }))
      }))
    }
    expect(validateResults(versionOne, 'old/results.json')).toEqual(current)
    const { repetition: _dropped, ...withoutRepetition } = versionOne.cells[0].samples[0]
    const broken = {
      ...versionOne,
      cells: [{ ...versionOne.cells[0], samples: [withoutRepetition] }, ...versionOne.cells.slice(1)]
    }
    expect(() => validateResults(broken, 'old/results.json')).toThrow(/must have required property 'repetition'/)
  })
})
