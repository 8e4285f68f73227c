import { describe, expect, it } from '@jest/globals'
import { makePlan, parseBudget, renderPlanText, type PlanOptions } from '../../src/plan/index.js'
import type { Cell, Plan } from '../../src/plan/types.js'
import { HAVE_TREES, machine, oneNodeMachine, type Machine } from './machines.js'

const generous: PlanOptions = { budgetSeconds: 24 * 3600, seed: 7 }

function pinnedCpus(plan: Plan): number[] {
  return plan.cells.flatMap((cell) => [cell.producerCpu, cell.consumerCpu]).filter((cpu): cpu is number => cpu !== null)
}

function checkInvariants({ topology }: Machine, plan: Plan): void {
  const allowed = new Set(topology.allowedCpus)
  const nodeIds = new Set(topology.nodes.map((node) => node.id))
  const nodeOf = (cpu: number) => topology.cpus.find((entry) => entry.id === cpu)?.node
  expect(pinnedCpus(plan).filter((cpu) => !allowed.has(cpu))).toEqual([])
  expect(new Set(plan.cells.map((cell) => cell.key)).size).toBe(plan.cells.length)
  for (const cell of plan.cells) {
    if (cell.memoryNode !== null) expect(nodeIds.has(cell.memoryNode)).toBe(true)
    if (!cell.pinned) {
      expect([cell.producerCpu, cell.consumerCpu, cell.memoryNode, cell.memoryHome]).toEqual([
        null,
        null,
        null,
        'first-touch'
      ])
      continue
    }
    const producerNode = nodeOf(cell.producerCpu as number)
    const consumerNode = nodeOf(cell.consumerCpu as number)
    if (cell.memoryHome === 'producer') expect(cell.memoryNode).toBe(producerNode)
    if (cell.memoryHome === 'consumer') expect(cell.memoryNode).toBe(consumerNode)
    if (cell.memoryHome === 'other') expect([producerNode, consumerNode]).not.toContain(cell.memoryNode)
  }
  expect(plan.repetitions).toBeGreaterThanOrEqual(7)
  expect(plan.estimatedSeconds).toBeLessThanOrEqual(plan.budgetSeconds)
}

/** The budget the planner's own error names for a budget far too small. */
function smallestBudget({ topology, classes }: Machine): number {
  try {
    makePlan(topology, classes, { ...generous, budgetSeconds: 1 })
  } catch (error) {
    return parseBudget(/at least (\S+) \(/.exec((error as Error).message)?.[1] ?? 'no budget named')
  }
  throw new Error('a 1 s budget was accepted')
}

const trees = [
  '16em64t-4s2c2t-offlines',
  '8ia64-2s2c2t',
  '64amd64-4s2n4ca2co',
  '16amd64-8n2c',
  'fakeheteromemtiers',
  '32amd64-4s2n4c-cgroup2'
]

;(HAVE_TREES ? describe : describe.skip)('planner on real sysfs trees', () => {
  it.each(trees)('%s: only allowed CPUs, homes on the right nodes, unique keys', (tree) => {
    const subject = machine(tree)
    const plan = makePlan(subject.topology, subject.classes, generous)
    checkInvariants(subject, plan)
    const available = subject.classes.filter((entry) => entry.pairs.length > 0).map((entry) => entry.name)
    const planned = new Set(plan.cells.filter((cell) => cell.mode !== 'same-thread').map((cell) => cell.placementClass))
    for (const name of available) expect(planned).toContain(name)
    expect(plan.dropped).toEqual([])
  })

  it('plans cross-package cells with all three memory homes on a 4-socket machine', () => {
    const { topology, classes } = machine('64amd64-4s2n4ca2co')
    const plan = makePlan(topology, classes, generous)
    const homes = new Set(
      plan.cells.filter((cell) => cell.placementClass === 'cross-package').map((cell) => cell.memoryHome)
    )
    expect([...homes].sort()).toEqual(['consumer', 'other', 'producer'])
  })

  it('uses a CPU-less memory node as the third home', () => {
    const { topology, classes } = machine('fakeheteromemtiers')
    const cpuless = topology.nodes
      .filter((node) => node.cpus.length === 0 && node.memoryMiB !== 0)
      .map((node) => node.id)
    expect(cpuless.length).toBeGreaterThan(0)
    const plan = makePlan(topology, classes, generous)
    const otherNodes = plan.cells.filter((cell) => cell.memoryHome === 'other').map((cell) => cell.memoryNode)
    expect(otherNodes.some((node) => cpuless.includes(node as number))).toBe(true)
  })

  it('never plans a CPU outside the cgroup cpuset', () => {
    const { topology, classes } = machine('32amd64-4s2n4c-cgroup2')
    expect(topology.allowedCpus.length).toBeLessThan(topology.pus)
    const plan = makePlan(topology, classes, generous)
    expect(pinnedCpus(plan).length).toBeGreaterThan(0)
    expect(pinnedCpus(plan).every((cpu) => topology.allowedCpus.includes(cpu))).toBe(true)
  })

  it('records a class pair outside the allowed CPUs as dropped instead of planning it', () => {
    const { topology, classes } = machine('64amd64-4s2n4ca2co')
    const restricted = { ...topology, allowedCpus: topology.allowedCpus.filter((cpu) => cpu !== 1) }
    const plan = makePlan(restricted, classes, generous)
    expect(pinnedCpus(plan)).not.toContain(1)
    expect(plan.dropped.some((drop) => /^pair (1>\d+|\d+>1) of /.test(drop.what) && /may use/.test(drop.why))).toBe(
      true
    )
  })

  it('trims pairs, then paddings, then memory homes, each with the budget as the reason', () => {
    const { topology, classes } = machine('64amd64-4s2n4ca2co')
    const plan = makePlan(topology, classes, { ...generous, budgetSeconds: smallestBudget({ topology, classes }) })
    const kinds = plan.dropped.map((drop) => drop.what.split(' ')[0])
    expect(kinds).toContain('pair')
    expect(kinds).toContain('padding')
    expect(kinds).toContain('memory')
    const firstOf = (kind: string) => kinds.indexOf(kind)
    const lastOf = (kind: string) => kinds.lastIndexOf(kind)
    expect(lastOf('pair')).toBeLessThan(firstOf('padding'))
    expect(lastOf('padding')).toBeLessThan(firstOf('memory'))
    for (const drop of plan.dropped) expect(drop.why).toMatch(/^budget .*: 7 repetitions of \d+ cells need about/)
    expect(plan.repetitions).toBe(7)
    expect(plan.cells.every((cell) => cell.padding === 128)).toBe(true)
    expect(renderPlanText(plan)).toContain('padding 64: budget')
  })

  it('refuses a budget below the minimum and names a budget that works', () => {
    const subject = machine('16amd64-8n2c')
    expect(() => makePlan(subject.topology, subject.classes, { ...generous, budgetSeconds: 2 })).toThrow(
      /^budget 2 s is too small: .* use a budget of at least \S+ \(the full plan needs \S+\)$/
    )
    const plan = makePlan(subject.topology, subject.classes, { ...generous, budgetSeconds: smallestBudget(subject) })
    expect(plan.repetitions).toBe(7)
  })

  it('mirrors the reference cells for the subject at the largest padding', () => {
    const { topology, classes } = machine('8ia64-2s2c2t')
    const plan = makePlan(topology, classes, { ...generous, subject: { enabled: true } })
    const strip = (cell: Cell) => cell.key.replace(/^\w+\//, '')
    const reference = plan.cells.filter((cell) => cell.subject === 'reference' && cell.padding === 128).map(strip)
    const subject = plan.cells.filter((cell) => cell.subject === 'subject').map(strip)
    expect(subject.length).toBeGreaterThan(0)
    expect(subject).toEqual(reference)
  })
})

describe('planner on a one-node machine', () => {
  const subject = oneNodeMachine()

  it('lists cross-node classes as not available instead of failing', () => {
    const plan = makePlan(subject.topology, subject.classes, generous)
    checkInvariants(subject, plan)
    const unavailable = Object.fromEntries(plan.unavailableClasses.map((entry) => [entry.name, entry.reason]))
    expect(unavailable['cross-package']).toMatch(/^not available on this runner/)
    expect(unavailable['same-package']).toMatch(/^not available on this runner/)
    expect(plan.cells.some((cell) => cell.memoryHome === 'other' || cell.memoryHome === 'consumer')).toBe(false)
    expect(renderPlanText(plan)).toMatch(/Not measured:\n {2}smt-sibling: not available on this runner/)
  })

  it('counts the pilot in the budget it advises when the budget is too small', () => {
    const withPilot = { ...generous, pilotSeconds: 30 }
    let advice = ''
    try {
      makePlan(subject.topology, subject.classes, { ...withPilot, budgetSeconds: 31 })
    } catch (error) {
      advice = (error as Error).message
    }
    expect(advice).toMatch(/^budget 31 s is too small: after the pilot's 30 s, the smallest plan/)
    const advised = parseBudget(/at least (\S+) \(/.exec(advice)?.[1] ?? 'no budget named')
    expect(advised).toBeGreaterThan(30)
    const plan = makePlan(subject.topology, subject.classes, { ...withPilot, budgetSeconds: advised })
    expect(plan.repetitions).toBeGreaterThanOrEqual(7)
  })

  it('gives a stable, readable key to each cell', () => {
    const first = makePlan(subject.topology, subject.classes, generous).cells.map((cell) => cell.key)
    const again = makePlan(subject.topology, subject.classes, { ...generous, seed: 99 }).cells.map((cell) => cell.key)
    expect(again).toEqual(first)
    expect(first).toContain('reference/throughput/same-l3/0>1/mem=producer:0/pad=128/pinned')
    expect(first).toContain('reference/pingpong/unpinned/mem=first-touch/pad=0/unpinned')
    expect(first).toContain('reference/same-thread/cpu1/mem=producer:0/pad=64/pinned')
  })

  it('puts the single same-thread thread off CPU 0 and needs no pair for it', () => {
    const plan = makePlan(subject.topology, subject.classes, { ...generous, modes: ['same-thread'], pinning: 'pinned' })
    expect(plan.cells.map((cell) => [cell.producerCpu, cell.consumerCpu, cell.padding])).toEqual([
      [1, 1, 0],
      [1, 1, 64],
      [1, 1, 128]
    ])
  })

  it('follows the options: modes, paddings, pinning, repetitions bounded by the budget', () => {
    const plan = makePlan(subject.topology, subject.classes, {
      ...generous,
      modes: ['pingpong'],
      paddings: [64],
      pinning: 'unpinned',
      maxRepetitions: 9
    })
    expect(plan.cells.map((cell) => cell.key)).toEqual(['reference/pingpong/unpinned/mem=first-touch/pad=64/unpinned'])
    expect(plan.repetitions).toBe(9)
  })

  it('refuses a requested class the machine lacks instead of measuring others', () => {
    expect(() => makePlan(subject.topology, subject.classes, { ...generous, classes: ['cross-package'] })).toThrow(
      'classes: "cross-package" is not available on this machine (one package (socket)). This machine has same-l3'
    )
  })

  it('rejects bad options by name', () => {
    const { topology, classes } = subject
    expect(() => makePlan(topology, classes, { ...generous, paddings: [-1] })).toThrow('paddings: -1')
    expect(() => makePlan(topology, classes, { ...generous, paddings: [] })).toThrow('paddings: the list is empty')
    expect(() => makePlan(topology, classes, { ...generous, modes: ['bogus' as 'pingpong'] })).toThrow('modes: "bogus"')
    expect(() => makePlan(topology, classes, { ...generous, budgetSeconds: 0 })).toThrow('budget')
    const oneCpu = { ...topology, allowedCpus: topology.allowedCpus.slice(0, 1) }
    expect(() =>
      makePlan(oneCpu, classes, { ...generous, classes: ['same-l3'], pinning: 'pinned', modes: ['throughput'] })
    ).toThrow('nothing to measure')
  })
})
