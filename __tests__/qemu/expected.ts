/**
 * What an emulated machine must look like to the topology reader, derived only from the description QEMU was given
 * (scripts/qemu/topologies.mjs), never from the reader's own output: shared by the fixture unit tests and the
 * in-guest integration tests.
 */
import { expect } from '@jest/globals'
import { cpuCount, cpuLocation, type EmulatedTopology } from '../../scripts/qemu/topologies.mjs'
import type { PlacementClass, PlacementClassName, Topology } from '../../src/topology/index.js'

export function nodeOfCpu(emulated: EmulatedTopology, cpu: number): number {
  return emulated.nodes.findIndex((node) => node.cpus.includes(cpu))
}

function allCpus(emulated: EmulatedTopology): number[] {
  return Array.from({ length: cpuCount(emulated) }, (_, cpu) => cpu)
}

/** CPUs grouped by a key, as sorted lists sorted by first member: a partition independent of the kernel's ids. */
function partition(cpus: number[], keyOf: (cpu: number) => string): number[][] {
  const groups = new Map<string, number[]>()
  for (const cpu of cpus) groups.set(keyOf(cpu), [...(groups.get(keyOf(cpu)) ?? []), cpu])
  return [...groups.values()].map((group) => group.sort((a, b) => a - b)).sort((a, b) => a[0] - b[0])
}

/** Nodes, memory, distances, packages, dies, cores and SMT as QEMU was told to build them (no per-CPU detail). */
export function expectShapeMatches(
  topology: Pick<Topology, 'nodes' | 'distances' | 'pus' | 'packages' | 'dies' | 'cores' | 'smt'>,
  emulated: EmulatedTopology
): void {
  expect(topology.nodes.map((node) => ({ id: node.id, cpus: node.cpus }))).toEqual(
    emulated.nodes.map((node, id) => ({ id, cpus: node.cpus }))
  )
  // The kernel reserves some of each node's memory, so only "has memory, at most what was given" is exact.
  topology.nodes.forEach((node, index) => {
    expect(node.memoryMiB).toBeGreaterThan(emulated.nodes[index].memoryMiB / 2)
    expect(node.memoryMiB).toBeLessThanOrEqual(emulated.nodes[index].memoryMiB)
  })
  expect(topology.distances).toEqual(emulated.distances)
  expect(topology.pus).toBe(cpuCount(emulated))
  expect(topology.packages).toBe(emulated.sockets)
  expect(topology.dies).toBe(emulated.sockets * (emulated.dies ?? 1))
  expect(topology.cores).toBe(cpuCount(emulated) / (emulated.threads ?? 1))
  expect(topology.smt).toBe((emulated.threads ?? 1) > 1)
}

/** The shape, plus each CPU's node, package, die, core and SMT siblings. */
export function expectTopologyMatches(topology: Topology, emulated: EmulatedTopology): void {
  expectShapeMatches(topology, emulated)
  const cpus = allCpus(emulated)
  const where = (cpu: number) => cpuLocation(emulated, cpu)
  expect(topology.cpus.map((cpu) => cpu.id)).toEqual(cpus)
  expect(topology.cpus.map((cpu) => cpu.node)).toEqual(cpus.map((cpu) => nodeOfCpu(emulated, cpu)))
  const read = new Map(topology.cpus.map((cpu) => [cpu.id, cpu]))
  expect(partition(cpus, (cpu) => String(read.get(cpu)!.package))).toEqual(
    partition(cpus, (cpu) => String(where(cpu).socket))
  )
  expect(partition(cpus, (cpu) => `${read.get(cpu)!.package}/${read.get(cpu)!.die}`)).toEqual(
    partition(cpus, (cpu) => `${where(cpu).socket}/${where(cpu).die}`)
  )
  expect(partition(cpus, (cpu) => String(read.get(cpu)!.core))).toEqual(
    partition(cpus, (cpu) => `${where(cpu).socket}/${where(cpu).die}/${where(cpu).core}`)
  )
  for (const cpu of topology.cpus) {
    const location = where(cpu.id)
    const siblings = cpus.filter((other) => {
      const at = where(other)
      return at.socket === location.socket && at.die === location.die && at.core === location.core
    })
    expect({ cpu: cpu.id, siblings: cpu.siblings }).toEqual({ cpu: cpu.id, siblings })
  }
}

/** Which classes the machine has, and that every representative pair really is of its class at its distance. */
export function expectClassesMatch(classes: PlacementClass[], emulated: EmulatedTopology): void {
  const where = (cpu: number) => cpuLocation(emulated, cpu)
  const sameSocket = (a: number, b: number) => where(a).socket === where(b).socket
  const sameCore = (a: number, b: number) =>
    sameSocket(a, b) && where(a).die === where(b).die && where(a).core === where(b).core
  const sameNode = (a: number, b: number) => nodeOfCpu(emulated, a) === nodeOfCpu(emulated, b)
  const belongs: Record<PlacementClassName, (a: number, b: number) => boolean> = {
    'smt-sibling': (a, b) => a !== b && sameCore(a, b),
    'same-l3': (a, b) => sameNode(a, b) && !sameCore(a, b),
    'same-node': (a, b) => sameNode(a, b) && !sameCore(a, b),
    'same-package': (a, b) => sameSocket(a, b) && !sameNode(a, b),
    'cross-package': (a, b) => !sameSocket(a, b)
  }
  const cpuNodes = emulated.nodes.filter((node) => node.cpus.length > 0)
  const socketSpansNodes = cpuNodes.some((node) =>
    cpuNodes.some((other) => other !== node && sameSocket(node.cpus[0], other.cpus[0]))
  )
  const available = Object.fromEntries(classes.map((entry) => [entry.name, entry.pairs.length > 0]))
  expect(available['smt-sibling']).toBe((emulated.threads ?? 1) > 1)
  expect(available['same-package']).toBe(socketSpansNodes)
  expect(available['cross-package']).toBe(emulated.sockets > 1)
  const distanceOf = (a: number, b: number) => emulated.distances[nodeOfCpu(emulated, a)][nodeOfCpu(emulated, b)]
  const cpus = allCpus(emulated)
  for (const entry of classes) {
    if (entry.pairs.length === 0) {
      expect(entry.unavailableReason).toEqual(expect.any(String))
      continue
    }
    for (const [producer, consumer] of entry.pairs) {
      expect({
        class: entry.name,
        pair: [producer, consumer],
        belongs: belongs[entry.name](producer, consumer)
      }).toEqual({
        class: entry.name,
        pair: [producer, consumer],
        belongs: true
      })
    }
    // A class spans several distances where the SLIT is irregular (a ring of four sockets): its pairs must include
    // the nearest and the farthest, and the class states the nearest.
    const possible = cpus.flatMap((a) => cpus.filter((b) => belongs[entry.name](a, b)).map((b) => distanceOf(a, b)))
    const sampled = new Set(entry.pairs.map(([producer, consumer]) => distanceOf(producer, consumer)))
    expect({
      class: entry.name,
      nearest: sampled.has(Math.min(...possible)),
      farthest: sampled.has(Math.max(...possible))
    }).toEqual({
      class: entry.name,
      nearest: true,
      farthest: true
    })
    expect(entry.distance).toBe(Math.min(...possible))
  }
}
