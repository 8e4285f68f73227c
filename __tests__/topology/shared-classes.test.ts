/** Placement classes on real machines: right class, allowed CPUs only, few pairs, nearest and farthest, deterministic. */
import { expect, it } from '@jest/globals'
import {
  classify,
  nodeDistance,
  placementClasses,
  readTopology,
  type PlacementClassName,
  type Topology
} from '../../src/topology/index.js'
import { describeWithSharedTrees, sharedTreeNames, tree } from './shared-trees.js'

function classesOf(name: string): {
  topology: Topology
  byName: Record<PlacementClassName, ReturnType<typeof placementClasses>[number]>
} {
  const topology = readTopology(tree(name))
  const classes = placementClasses(topology)
  return { topology, byName: Object.fromEntries(classes.map((placement) => [placement.name, placement])) as never }
}

function pairDistances(topology: Topology, pairs: [number, number][]): number[] {
  const nodeOf = (id: number) => topology.cpus.find((cpu) => cpu.id === id)?.node ?? null
  return [...new Set(pairs.map(([a, b]) => nodeDistance(topology, nodeOf(a), nodeOf(b)) as number))].sort(
    (a, b) => a - b
  )
}

describeWithSharedTrees('placement classes on real machines', () => {
  it.each(sharedTreeNames)('%s: every pair is of its class, both ways, allowed, few, CPU 0 spared', (name) => {
    const topology = readTopology(tree(name))
    const classes = placementClasses(topology)
    const cpu = (id: number) => topology.cpus.find((candidate) => candidate.id === id)!
    for (const placement of classes) {
      expect(placement.pairs.length).toBeLessThanOrEqual(8)
      expect(placement.pairs.length === 0).toBe(placement.unavailableReason !== undefined)
      for (const [producer, consumer] of placement.pairs) {
        expect(classify(cpu(producer), cpu(consumer))).toBe(placement.name)
        expect(placement.pairs).toContainEqual([consumer, producer])
        expect(topology.allowedCpus).toContain(producer)
        expect(topology.allowedCpus).toContain(consumer)
      }
    }
    if (topology.allowedCpus.length > 2) expect(classes.flatMap((placement) => placement.pairs).flat()).not.toContain(0)
    expect(placementClasses(readTopology(tree(name)))).toEqual(classes)
  })

  it('2-socket Xeon with SMT: siblings, same L3, cross-package at 21, no second node per package', () => {
    const { byName } = classesOf('32intel64-2p8co2t+8ve')
    expect(byName['smt-sibling'].pairs).toContainEqual([1, 17])
    expect(byName['same-l3'].distance).toBe(10)
    expect(byName['cross-package'].distance).toBe(21)
    expect(byName['same-package'].unavailableReason).toBe('no package spans two NUMA nodes with usable CPUs')
  })

  it('4-socket Opteron, 2 nodes per socket: same-package at 16, cross-package nearest (16) and farthest (22)', () => {
    const { topology, byName } = classesOf('64amd64-4s2n4ca2co')
    expect(byName['same-package'].distance).toBe(16)
    expect(pairDistances(topology, byName['cross-package'].pairs)).toEqual([16, 22])
    const packages = new Set(
      byName['same-l3'].pairs.map(([producer]) => topology.cpus.find((cpu) => cpu.id === producer)!.package)
    )
    expect(packages.size).toBeGreaterThan(1)
  })

  it('Kunpeng 920, 2 nodes per socket: cross-package pairs span distances 25 to 33', () => {
    const { topology, byName } = classesOf('128arm-2pa2n8cluster4co')
    expect(byName['smt-sibling'].unavailableReason).toBe('no SMT: one hardware thread per core')
    expect(byName['same-package'].distance).toBe(16)
    const distances = pairDistances(topology, byName['cross-package'].pairs)
    expect([distances[0], distances[distances.length - 1]]).toEqual([25, 33])
  })

  it('8 nodes of one socket each: cross-package at 20, nothing between nodes of one package', () => {
    const { byName } = classesOf('16amd64-8n2c')
    expect(byName['cross-package'].distance).toBe(20)
    expect(byName['same-package'].pairs).toEqual([])
  })

  it('17 nodes with a CPU-less one: no pair touches it, cross-package reaches both 10 and 20', () => {
    const { topology, byName } = classesOf('128ia64-17n4s2c')
    const cpuOfNode16 = new Set(topology.nodes.find((node) => node.id === 16)!.cpus)
    expect(cpuOfNode16.size).toBe(0)
    expect(pairDistances(topology, byName['cross-package'].pairs)).toEqual([10, 20])
  })

  it('cgroup-restricted to CPUs 0-5: only those CPUs, no cross-package, same-package between nodes 0 and 1', () => {
    const { topology, byName } = classesOf('32amd64-4s2n4c-cgroup2')
    const used = Object.values(byName)
      .flatMap((placement) => placement.pairs)
      .flat()
    expect(used.length).toBeGreaterThan(0)
    expect(used.every((cpu) => cpu >= 1 && cpu <= 5)).toBe(true)
    expect(byName['cross-package'].unavailableReason).toBe('the usable CPUs are all on one package')
    expect(byName['same-package'].pairs).toEqual([
      [1, 4],
      [4, 1]
    ])
    expect(topology.numaCapable).toBe(true)
  })
})
