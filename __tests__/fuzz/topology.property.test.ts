/**
 * Any sysfs tree, however its firmware lied (overlapping nodes, missing or contradictory package and core files,
 * asymmetric sibling lists, odd distance rows), either reads into a self-consistent topology or fails with a
 * TopologyError that says why: never another exception, never a CPU in two nodes, two packages or two cores, never a
 * placement pair its class does not describe.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { classify, placementClasses, readTopology, TopologyError, type Topology } from '../../src/topology/index.js'
import { writeTree, type TreeCpu, type TreeSpec } from '../../__fixtures__/hardening/sysfs.js'

const cpuIds = fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { minLength: 1, maxLength: 8 })

function treeOf(ids: number[]): fc.Arbitrary<TreeSpec> {
  const subset = fc.subarray(ids)
  const cpu = (id: number): fc.Arbitrary<TreeCpu> =>
    fc.record({
      id: fc.constant(id),
      packageId: fc.option(fc.integer({ min: -1, max: 2 })),
      packageCpus: fc.option(subset),
      coreId: fc.option(fc.integer({ min: 0, max: 3 })),
      threadCpus: fc.option(subset),
      topology: fc.boolean().map((absent) => !absent || id % 5 !== 0)
    })
  const nodes = fc.option(
    fc.dictionary(
      fc.integer({ min: 0, max: 3 }).map(String),
      subset.map((cpus) => cpus.sort((a, b) => a - b)),
      { maxKeys: 4 }
    ),
    { nil: undefined }
  )
  return fc
    .tuple(fc.tuple(...ids.map(cpu)), nodes, fc.boolean(), fc.integer({ min: 0, max: 30 }))
    .map(([cpus, nodeMap, withDistances, far]) => {
      const nodeIds = Object.keys(nodeMap ?? {})
      return {
        cpus,
        nodes:
          nodeMap === undefined
            ? undefined
            : Object.fromEntries(Object.entries(nodeMap).map(([id, list]) => [Number(id), list])),
        distances:
          nodeMap === undefined || !withDistances
            ? undefined
            : nodeIds.map((_, row) => nodeIds.map((__, column) => (row === column ? 10 : far)))
      }
    })
}

const trees = cpuIds.chain(treeOf)

function checkConsistent(topology: Topology, spec: TreeSpec): void {
  const ids = topology.cpus.map((cpu) => cpu.id)
  expect(new Set(ids).size).toBe(ids.length)
  expect(ids).toEqual([...spec.cpus.map((cpu) => cpu.id)].sort((a, b) => a - b))
  const byId = new Map(topology.cpus.map((cpu) => [cpu.id, cpu]))

  // Every CPU in at most one node, and it knows which.
  const nodeOf = new Map<number, number>()
  for (const node of topology.nodes) {
    for (const cpu of node.cpus) {
      expect(nodeOf.has(cpu)).toBe(false)
      nodeOf.set(cpu, node.id)
    }
  }
  for (const cpu of topology.cpus) expect(cpu.node).toBe(nodeOf.get(cpu.id) ?? null)

  // One package and one core per CPU, or none known at all; counts that match.
  const packages = topology.cpus.map((cpu) => cpu.package)
  if (topology.packages === null) expect(packages.every((pkg) => pkg === null)).toBe(true)
  else expect(new Set(packages).size).toBe(topology.packages)
  const cores = topology.cpus.map((cpu) => cpu.core)
  if (topology.cores === null) expect(cores.every((core) => core === null)).toBe(true)
  else expect(new Set(cores).size).toBe(topology.cores)

  // Siblings are exactly the CPUs of one core, in one package.
  for (const cpu of topology.cpus) {
    expect(cpu.siblings).toContain(cpu.id)
    for (const other of cpu.siblings) {
      const sibling = byId.get(other)
      expect(sibling?.siblings).toEqual(cpu.siblings)
      expect(sibling?.core).toBe(cpu.core)
      expect(sibling?.package).toBe(cpu.package)
    }
    if (cpu.core !== null) {
      const sameCore = topology.cpus.filter((other) => other.core === cpu.core).map((other) => other.id)
      expect(sameCore).toEqual(cpu.siblings)
    }
  }
  expect(topology.smt).toBe(topology.cpus.some((cpu) => cpu.siblings.length > 1))
  if (topology.distances !== null) {
    expect(topology.distances).toHaveLength(topology.nodes.length)
    for (const row of topology.distances) expect(row).toHaveLength(topology.nodes.length)
  }

  // Every pair is one its class describes, on CPUs this process may use.
  const allowed = new Set(topology.allowedCpus)
  for (const placement of placementClasses(topology)) {
    if (placement.pairs.length === 0) expect(placement.unavailableReason).toEqual(expect.any(String))
    for (const [producer, consumer] of placement.pairs) {
      const a = byId.get(producer)
      const b = byId.get(consumer)
      expect(a !== undefined && b !== undefined && allowed.has(producer) && allowed.has(consumer)).toBe(true)
      if (a === undefined || b === undefined) continue
      expect(classify(a, b)).toBe(placement.name)
      if (placement.name === 'cross-package') expect(a.package !== null && a.package !== b.package).toBe(true)
      if (placement.name === 'same-package') {
        expect(a.package !== null && a.package === b.package && a.node !== b.node).toBe(true)
      }
      if (placement.name === 'same-node' || placement.name === 'same-l3') expect(a.node).toBe(b.node)
    }
  }
}

describe('any generated sysfs tree', () => {
  it('gives a self-consistent topology or a TopologyError', () => {
    fc.assert(
      fc.property(trees, (spec) => {
        const root = writeTree(spec)
        let topology: Topology
        try {
          topology = readTopology(root)
        } catch (error) {
          expect(error).toBeInstanceOf(TopologyError)
          expect((error as Error).message).toContain(root)
          return
        }
        checkConsistent(topology, spec)
      }),
      { numRuns: 150, seed: 20261130 }
    )
  })
})
