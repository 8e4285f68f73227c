import { describe, expect, it } from '@jest/globals'
import { DEFAULT_COST_MODEL, makePlan } from '../../src/plan/index.js'
import { placementClasses } from '../../src/topology/index.js'
import { oneNodeMachine } from './machines.js'

function planOn(allowedCpus: number[]) {
  const machine = oneNodeMachine()
  const topology = { ...machine.topology, allowedCpus }
  return makePlan(topology, placementClasses(topology), { budgetSeconds: 3600, seed: 1, paddings: [64] })
}

describe('planning from the CPUs this process may use', () => {
  it('with one allowed CPU plans no two-thread cell, pinned or unpinned, and says why', () => {
    const plan = planOn([1])
    expect(plan.cells.length).toBeGreaterThan(0)
    expect(plan.cells.every((cell) => cell.mode === 'same-thread')).toBe(true)
    expect(plan.dropped).toContainEqual({
      what: 'two-thread cells (throughput, pingpong), unpinned ones included',
      why: expect.stringMatching(/only CPU 1 .*two spinning threads on one CPU/) as unknown as string
    })
  })

  it('with two allowed CPUs plans unpinned two-thread cells', () => {
    const plan = planOn([0, 1])
    const unpinned = plan.cells.filter((cell) => !cell.pinned).map((cell) => cell.mode)
    expect(unpinned.sort()).toEqual(['pingpong', 'same-thread', 'throughput'])
    expect(plan.dropped.some((drop) => drop.what.startsWith('two-thread'))).toBe(false)
  })
})

describe('trimming on a slow machine', () => {
  it('drops unpinned cells last, when the measured cost of the pinned ones alone fits the budget', () => {
    const machine = oneNodeMachine()
    const slow = { startupSeconds: 5, messagesPerSecond: 1e9 }
    const plan = makePlan(machine.topology, machine.classes, {
      budgetSeconds: 30,
      seed: 1,
      modes: ['throughput'],
      costModel: {
        ...DEFAULT_COST_MODEL,
        source: 'pilot',
        kinds: { 'reference/throughput/unpinned': slow }
      }
    })
    expect(plan.cells.length).toBeGreaterThan(0)
    expect(plan.cells.every((cell) => cell.pinned)).toBe(true)
    expect(plan.dropped.map((drop) => drop.what)).toContain('unpinned cells')
    expect(plan.dropped.map((drop) => drop.what).indexOf('unpinned cells')).toBe(plan.dropped.length - 1)
  })
})
