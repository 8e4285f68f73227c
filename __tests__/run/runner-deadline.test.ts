import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makePlan } from '../../src/plan/index.js'
import type { Plan } from '../../src/plan/types.js'
import { runPlan, summarizeRun, validateResults, type RunOptions } from '../../src/run/index.js'
import type { ResultsFile } from '../../src/run/types.js'
import { oneNodeMachine } from '../plan/machines.js'

const FAKE_DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'run', 'fake-driver.mjs')
const machine = oneNodeMachine()

/** Subject cells as base and head, each planned at the cost model's few milliseconds per sample. */
function abPlan(blocks: number, budgetSeconds: number): Plan {
  const plan = makePlan(machine.topology, machine.classes, {
    budgetSeconds: 3600,
    seed: 5,
    modes: ['throughput'],
    paddings: [0],
    abVariants: { withReference: false },
    minRepetitions: blocks,
    maxRepetitions: blocks,
    messages: { throughput: 1000 }
  })
  return { ...plan, budgetSeconds }
}

function slowRun(
  plan: Plan,
  sleepMs: number,
  options: Pick<RunOptions, 'fillBudget' | 'onProgress'> = {}
): Promise<ResultsFile> {
  const command = { argv: [process.execPath, FAKE_DRIVER, '--fake-sleep-ms', String(sleepMs)] }
  return runPlan(plan, {
    binary: FAKE_DRIVER,
    topology: machine.topology,
    variantCommands: { base: command, head: command },
    ...options
  })
}

function blocksOf(results: ResultsFile): number[][] {
  return results.cells.map((result) => result.samples.map((sample) => sample.block))
}

describe('the runner keeps its deadline in whole blocks', () => {
  it('plans A/B cells as base and head under one key', () => {
    const plan = abPlan(2, 60)
    expect(plan.cells.length).toBeGreaterThanOrEqual(2)
    expect(plan.cells.every((cell) => cell.subject === 'subject')).toBe(true)
    const keys = new Set(plan.cells.map((cell) => cell.key))
    expect(plan.cells.length).toBe(2 * keys.size)
    for (const key of keys) {
      expect(plan.cells.filter((cell) => cell.key === key).map((cell) => cell.variant)).toEqual(['base', 'head'])
    }
  })

  it('stops before a block the slow drivers cannot finish, and every cell keeps the same blocks', async () => {
    // Planned at a few milliseconds per sample, each takes 250 ms or more: the budget holds a few blocks, not twenty.
    const plan = abPlan(20, 4)
    const results = await slowRun(plan, 250)
    expect(results.stoppedEarly?.reason).toBe('deadline')
    const taken = results.stoppedEarly?.blocksTaken ?? -1
    expect(taken).toBeLessThan(20)
    for (const blocks of blocksOf(results)) expect(blocks).toEqual([...Array(taken).keys()])
    expect(results.stoppedEarly?.blocksPlanned).toBe(20)
    expect(results.stoppedEarly?.samplesLeftOut).toBe(
      (20 - taken) * plan.cells.length - (results.stoppedEarly?.samplesDropped ?? 0)
    )
    expect(results.interrupted).toBe(false)
    expect(summarizeRun(results)).toContain(`stopped early (deadline): `)
    expect(validateResults(JSON.parse(JSON.stringify(results)), 'results.json').stoppedEarly).toEqual(
      results.stoppedEarly
    )
  })

  it('drops a block cut short by the deadline instead of keeping it half taken', async () => {
    // The first block's estimate is the cost model's; its samples take 400 ms each, so it cannot finish in 1 s.
    const results = await slowRun(abPlan(3, 1), 400)
    expect(results.stoppedEarly).toMatchObject({ reason: 'deadline', blocksTaken: 0 })
    expect(results.stoppedEarly?.samplesDropped).toBeGreaterThanOrEqual(1)
    expect(results.stoppedEarly?.detail).toMatch(/block 1 ran slower than estimated/)
    expect(blocksOf(results).flat()).toEqual([])
  })

  it('fills the budget with further blocks when asked, and does not call that stopping early', async () => {
    const progress: [number, number][] = []
    const results = await slowRun(abPlan(1, 6), 0, {
      fillBudget: true,
      onProgress: (done, total) => progress.push([done, total])
    })
    // The progress total is the blocks the time left holds, never fewer than the samples already taken.
    expect(progress.every(([done, total]) => done <= total)).toBe(true)
    expect(progress.some(([done, total]) => done < total)).toBe(true)
    expect(results.stoppedEarly).toBeNull()
    const counts = new Set(results.cells.map((result) => result.samples.length))
    expect(counts.size).toBe(1)
    expect([...counts][0]).toBeGreaterThan(1)
  })
})
