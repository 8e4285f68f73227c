import { describe, expect, it } from '@jest/globals'
import { makeTree, twoSocketSpec, writeFiles } from '../../__fixtures__/topology/tree.js'
import { classify, placementClasses, readTopology, renderTopologyText, topologyToJson } from '../../src/topology/index.js'

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
    const packages = new Set(byName['smt-sibling'].pairs.map(([producer]) => topology.cpus.find((cpu) => cpu.id === producer)!.package))
    expect(packages.size).toBe(2)
    expect(classes.flatMap((placement) => placement.pairs).flat()).not.toContain(0)
  })

  it('says why a class is missing', () => {
    expect(byName['same-node']).toMatchObject({ pairs: [], unavailableReason: 'no NUMA node holds two L3 domains with usable CPUs' })
    expect(byName['same-package']).toMatchObject({ pairs: [], unavailableReason: 'no package spans two NUMA nodes with usable CPUs' })
  })

  it('uses CPU 0 only when nothing else forms the class', () => {
    const root = makeTree({ cpus: [{ id: 0, package: 0, core: 0 }, { id: 1, package: 0, core: 1 }], nodes: { 0: [0, 1] } })
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
    expect(restrictedClasses.flatMap((placement) => placement.pairs).flat().every((cpu) => [0, 1, 4, 5].includes(cpu))).toBe(true)
    expect(restrictedClasses.find((placement) => placement.name === 'cross-package')?.unavailableReason).toBe(
      'the usable CPUs are all on one package'
    )
    expect(renderTopologyText(restricted, restrictedClasses)).toContain('CPUs of only one NUMA node')
  })

  it('renders the CLI JSON contract and a readable summary', () => {
    const json = topologyToJson(topology, classes)
    expect(json).toMatchObject({ numaCapable: true, packages: 2, pus: 8, smt: true, allowedCpus: [0, 1, 2, 3, 4, 5, 6, 7] })
    expect(json.nodes).toEqual([
      { id: 0, cpus: [0, 1, 4, 5], memoryMiB: 2048 },
      { id: 1, cpus: [2, 3, 6, 7], memoryMiB: 2048 }
    ])
    expect(json.classes.map((placement) => placement.name)).toEqual(['smt-sibling', 'same-l3', 'same-node', 'same-package', 'cross-package'])
    const text = renderTopologyText(topology, classes)
    expect(text).toContain('node 0: CPUs 0-1,4-5, 2048 MiB')
    expect(text).toMatch(/node\s+0\s+1\n\s+0\s+10\s+21\n\s+1\s+21\s+10/)
    expect(text).toContain('same-node      not available: no NUMA node holds two L3 domains')
  })
})
