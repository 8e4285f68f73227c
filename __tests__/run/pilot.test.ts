import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { costKind, makePlan, sampleTimeoutMs, type PlanOptions } from '../../src/plan/index.js'
import { TIMEOUT_FLOOR_SECONDS } from '../../src/plan/cost.js'
import { runPilot } from '../../src/run/pilot.js'
import { oneNodeMachine } from '../plan/machines.js'

const FAKE_DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'run', 'fake-driver.mjs')
const machine = oneNodeMachine()
const options: PlanOptions = {
  budgetSeconds: 3600,
  seed: 3,
  modes: ['throughput', 'same-thread'],
  paddings: [0],
  subject: { enabled: true },
  messages: { throughput: 1000, 'same-thread': 1000 }
}

describe('runPilot', () => {
  it('times one cell of each kind and plans from it: a slow subject gets long expected times and timeouts', async () => {
    const costModelPlan = makePlan(machine.topology, machine.classes, options)
    // The subject sleeps 400 ms per launch before printing; the driver answers at once.
    const pilot = await runPilot(costModelPlan.cells, {
      binary: FAKE_DRIVER,
      subjectCommand: [process.execPath, FAKE_DRIVER, '--fake-sleep-ms', '400']
    })
    expect(pilot.failures).toEqual([])
    expect(pilot.model.source).toBe('pilot')
    const kinds = new Set(costModelPlan.cells.map(costKind))
    expect(Object.keys(pilot.model.kinds ?? {}).sort()).toEqual([...kinds].sort())
    expect(pilot.seconds).toBeGreaterThan(0.4)

    const plan = makePlan(machine.topology, machine.classes, {
      ...options,
      costModel: pilot.model,
      pilotSeconds: pilot.seconds
    })
    expect(plan.costSource).toBe('pilot')
    expect(plan.pilotSeconds).toBe(pilot.seconds)
    const subject = plan.cells.filter((cell) => cell.subject === 'subject')
    for (const cell of subject) {
      // The sleep is a lower bound of every launch; the fixed model would say about 0.05 s.
      expect(cell.expectedSeconds).toBeGreaterThanOrEqual(0.4)
      expect(sampleTimeoutMs(cell)).toBeGreaterThanOrEqual(1000 * (TIMEOUT_FLOOR_SECONDS + 4))
    }
    const round = plan.cells.reduce((sum, cell) => sum + (cell.expectedSeconds as number), 0)
    expect(plan.estimatedSeconds).toBeCloseTo(pilot.seconds + plan.repetitions * round, 6)
  }, 60_000)

  it('keeps the fixed model for a kind whose pilot sample fails, and says why', async () => {
    const plan = makePlan(machine.topology, machine.classes, { ...options, subject: { enabled: false } })
    const pilot = await runPilot(plan.cells, { binary: '/nonexistent/spsc-bench' })
    expect(pilot.model.kinds).toEqual({})
    expect(pilot.failures.length).toBe(new Set(plan.cells.map(costKind)).size)
    expect(pilot.failures[0]).toMatch(/bare start failed .*ENOENT/)
  })

  it('stops at its share of the budget; the kinds it did not reach keep the fixed model', async () => {
    const plan = makePlan(machine.topology, machine.classes, { ...options, subject: { enabled: false } })
    const pilot = await runPilot(plan.cells, { binary: FAKE_DRIVER, maxSeconds: 0 })
    expect(pilot.model.kinds).toEqual({})
    expect(pilot.failures).toHaveLength(new Set(plan.cells.map(costKind)).size)
    for (const failure of pilot.failures) expect(failure).toMatch(/not measured, the pilot had used its 0 s/)
  })

  it('leaves the samples the budget minus the pilot', () => {
    const model = { ...makePlan(machine.topology, machine.classes, options), budgetSeconds: 20 }
    const whole = makePlan(machine.topology, machine.classes, { ...options, budgetSeconds: model.budgetSeconds })
    const lessPilot = makePlan(machine.topology, machine.classes, {
      ...options,
      budgetSeconds: model.budgetSeconds,
      maxRepetitions: 1000,
      pilotSeconds: 10
    })
    const full = makePlan(machine.topology, machine.classes, {
      ...options,
      budgetSeconds: model.budgetSeconds,
      maxRepetitions: 1000
    })
    expect(whole.pilotSeconds).toBe(0)
    expect(lessPilot.repetitions).toBeLessThan(full.repetitions)
    expect(lessPilot.estimatedSeconds).toBeLessThanOrEqual(model.budgetSeconds)
  })
})
