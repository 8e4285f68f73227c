import { describe, expect, it } from '@jest/globals'
import { makeTree, twoSocketSpec, writeFiles, type SyntheticCpu } from '../../__fixtures__/topology/tree.js'
import {
  classify,
  placementClasses,
  readTopology,
  renderTopologyText,
  topologyToJson
} from '../../src/topology/index.js'

describe('placement classes', () => {
  const topology = readTopology(makeTree(twoSocketSpec()))
  const classes = placementClasses(topology)
  const byName = Object.fromEntries(classes.map((placement) => [placement.name, placement]))

  it('puts every representative pair in its own class, in both directions', () => {
    const cpu = (id: number) => topology.cpus.find((candidate) => candidate.id === id)!
    for (const placement of classes) {
      for (const [producer, consumer] of placement.pairs) {
        expect(classify(cpu(producer), cpu(consumer))).toBe(placement.name)
        expect(placement.pairs).toContainEqual([consumer, producer])
      }
    }
  })

  it('finds SMT siblings, same-L3 and cross-package pairs with their SLIT distance', () => {
    expect(byName['smt-sibling'].pairs).toContainEqual([1, 5])
    expect(byName['same-l3'].distance).toBe(10)
    expect(byName['cross-package'].distance).toBe(21)
    expect(byName['cross-package'].pairs.length).toBeGreaterThan(0)
  })

  it('samples classes inside a package on more than one package and avoids CPU 0', () => {
    const packages = new Set(
      byName['smt-sibling'].pairs.map(([producer]) => topology.cpus.find((cpu) => cpu.id === producer)!.package)
    )
    expect(packages.size).toBe(2)
    expect(classes.flatMap((placement) => placement.pairs).flat()).not.toContain(0)
  })

  it('says why a class is missing', () => {
    expect(byName['same-node']).toMatchObject({
      pairs: [],
      unavailableReason: 'no NUMA node holds two L3 domains with usable CPUs'
    })
    expect(byName['same-package']).toMatchObject({
      pairs: [],
      unavailableReason: 'no package spans two NUMA nodes with usable CPUs'
    })
  })

  it('uses CPU 0 only when nothing else forms the class', () => {
    const root = makeTree({
      cpus: [
        { id: 0, package: 0, core: 0 },
        { id: 1, package: 0, core: 1 }
      ],
      nodes: { 0: [0, 1] }
    })
    const pairs = placementClasses(readTopology(root)).find((placement) => placement.name === 'same-l3')!.pairs
    expect(pairs).toEqual([
      [0, 1],
      [1, 0]
    ])
  })

  it('never leaves the CPUs the process may use', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, { 'proc/self/status': 'Cpus_allowed_list:\t0-1,4-5\n' })
    const restricted = readTopology(root)
    const restrictedClasses = placementClasses(restricted)
    expect(restricted.numaCapable).toBe(false)
    expect(
      restrictedClasses
        .flatMap((placement) => placement.pairs)
        .flat()
        .every((cpu) => [0, 1, 4, 5].includes(cpu))
    ).toBe(true)
    expect(restrictedClasses.find((placement) => placement.name === 'cross-package')?.unavailableReason).toBe(
      'the usable CPUs are all on one package'
    )
    expect(renderTopologyText(restricted, restrictedClasses)).toContain('CPUs of only one NUMA node')
  })

  it('renders the CLI JSON contract and a readable summary', () => {
    const json = topologyToJson(topology, classes)
    expect(json).toMatchObject({
      numaCapable: true,
      packages: 2,
      pus: 8,
      smt: true,
      allowedCpus: [0, 1, 2, 3, 4, 5, 6, 7]
    })
    expect(json.nodes).toEqual([
      { id: 0, cpus: [0, 1, 4, 5], memoryMiB: 2048 },
      { id: 1, cpus: [2, 3, 6, 7], memoryMiB: 2048 }
    ])
    expect(json.classes.map((placement) => placement.name)).toEqual([
      'smt-sibling',
      'same-l3',
      'same-node',
      'same-package',
      'cross-package'
    ])
    const text = renderTopologyText(topology, classes)
    expect(text).toContain('node 0: CPUs 0-1,4-5, 2048 MiB')
    expect(text).toMatch(/node\s+0\s+1\n\s+0\s+10\s+21\n\s+1\s+21\s+10/)
    expect(text).toContain('same-node      not available: no NUMA node holds two L3 domains')
    expect(text).toContain('usable by this process: CPUs 0-7, memory on nodes 0-1')
    expect(text).toContain('kernel: numa_balancing unknown, transparent hugepages unknown (defrag unknown)')
    expect(text).not.toContain('one NUMA node')
    expect(json.allowedMemoryNodes).toEqual([0, 1])
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
  })

  it('says when distances are unknown', () => {
    const root = makeTree({ ...twoSocketSpec(), distances: [] })
    const text = renderTopologyText(readTopology(root), [])
    expect(text).toContain('Distances: unknown')
    expect(text).toMatch(/Warnings:\n {2}- sys\/devices\/system\/node\/node0\/distance is missing/)
  })
})

describe('placement classes on a 2-socket, 128-CPU machine with two nodes per socket', () => {
  // 2 packages x 32 cores x 2 threads; CPU n and n+64 share a core; 16 cores per node, 8 per L3.
  const cpus: SyntheticCpu[] = []
  for (let id = 0; id < 128; id++) {
    const slot = id % 64
    const l3Group = Math.floor(slot / 8)
    const l3 = [...Array(128).keys()].filter((other) => Math.floor((other % 64) / 8) === l3Group)
    cpus.push({ id, package: slot < 32 ? 0 : 1, core: slot % 32, l3 })
  }
  const nodes = Object.fromEntries(
    [0, 1, 2, 3].map((node) => [
      node,
      cpus.filter((cpu) => Math.floor((cpu.id % 64) / 16) === node).map((cpu) => cpu.id)
    ])
  )
  const distances = ['10 11 21 22', '11 10 22 21', '21 22 10 11', '22 21 11 10']
  const topology = readTopology(makeTree({ cpus, nodes, distances }))
  const classes = placementClasses(topology)

  it('finds every class, each with a handful of pairs on both packages', () => {
    expect(topology).toMatchObject({ packages: 2, cores: 64, pus: 128, smt: true, numaCapable: true })
    for (const placement of classes) {
      expect(placement.pairs.length).toBeGreaterThan(0)
      expect(placement.pairs.length).toBeLessThanOrEqual(8)
      const packages = new Set(placement.pairs.flat().map((id) => topology.cpus.find((cpu) => cpu.id === id)!.package))
      expect(packages).toEqual(new Set([0, 1]))
    }
  })

  it('gives each class its distance and keeps the nearest and the farthest cross-package pair', () => {
    expect(classes.map((placement) => [placement.name, placement.distance])).toEqual([
      ['smt-sibling', 10],
      ['same-l3', 10],
      ['same-node', 10],
      ['same-package', 11],
      ['cross-package', 21]
    ])
    const nodeOf = (id: number) => topology.cpus.find((cpu) => cpu.id === id)!.node
    const crossDistances = classes[4].pairs.map(([a, b]) => topology.distances![nodeOf(a)!][nodeOf(b)!])
    expect(new Set(crossDistances)).toEqual(new Set([21, 22]))
  })

  it('is deterministic', () => {
    expect(placementClasses(readTopology(makeTree({ cpus, nodes, distances })))).toEqual(classes)
  })
})
