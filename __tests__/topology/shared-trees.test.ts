/**
 * Every real machine's tree in ../shared/fixtures/sysfs agrees with hwloc's own reading of it (expected.json).
 * GitHub CI has no ../shared: the suite is skipped there, and says so.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { formatCpuList, placementClasses, readTopology } from '../../src/topology/index.js'

const SHARED_TREES = resolve(process.cwd(), '../shared/fixtures/sysfs')
const available = existsSync(SHARED_TREES)
if (!available) console.warn(`SKIPPED: ${SHARED_TREES} is absent, so the real-machine topology trees are not checked`)

interface Expected {
  packages: number
  numa_nodes: number
  cores: number
  pus: number
  smt: boolean
  node_ids: number[]
  node_cpus: Record<string, string>
  cpuless_nodes: number[]
  distances: number[][] | null
  notes: string
}

const trees = available
  ? readdirSync(SHARED_TREES).filter((name) => existsSync(join(SHARED_TREES, name, 'expected.json')))
  : []

;(available ? describe : describe.skip)('real machines from hwloc test suite', () => {
  it('has trees to check', () => {
    expect(trees.length).toBeGreaterThanOrEqual(10)
  })

  it.each(trees)('%s matches hwloc', (name) => {
    const expected = JSON.parse(readFileSync(join(SHARED_TREES, name, 'expected.json'), 'utf8')) as Expected
    const topology = readTopology(join(SHARED_TREES, name))
    expect(topology.nodes.map((node) => node.id)).toEqual(expected.node_ids)
    expect(Object.fromEntries(topology.nodes.map((node) => [String(node.id), formatCpuList(node.cpus)]))).toEqual(
      expected.node_cpus
    )
    expect(topology.nodes.filter((node) => node.cpus.length === 0).map((node) => node.id)).toEqual(expected.cpuless_nodes)
    expect(topology.distances).toEqual(expected.distances)
    expect({ packages: topology.packages, cores: topology.cores, pus: topology.pus, smt: topology.smt }).toEqual({
      packages: expected.packages,
      cores: expected.cores,
      pus: expected.pus,
      smt: expected.smt
    })
    expect(topology.fingerprint).toMatch(/^[0-9a-f]{12}$/)
  })

  it('keeps the cgroup v2 restriction apart from what the machine has', () => {
    const topology = readTopology(join(SHARED_TREES, '32amd64-4s2n4c-cgroup2'))
    expect(topology.pus).toBe(32)
    expect(topology.allowedCpus).toEqual([0, 1, 2, 3, 4, 5])
    expect(topology.warnings.join('\n')).toContain('cpuset.cpus.effective')
  })

  it('never offers a pair outside the CPUs the process may use', () => {
    const topology = readTopology(join(SHARED_TREES, '32amd64-4s2n4c-cgroup2'))
    const pairs = placementClasses(topology).flatMap((placement) => placement.pairs)
    expect(pairs.length).toBeGreaterThan(0)
    for (const cpu of pairs.flat()) expect(topology.allowedCpus).toContain(cpu)
  })

  it('says a lone node whose distance reads 0 has unknown distances', () => {
    const topology = readTopology(join(SHARED_TREES, '8ia64-2s2c2t'))
    expect(topology.distances).toBeNull()
    expect(topology.warnings.join('\n')).toContain('zero diagonal')
  })

  it('synthesises one node, with a warning, when the tree has no node folder', () => {
    const topology = readTopology(join(SHARED_TREES, '2arm-2c'))
    expect(topology.nodes).toEqual([{ id: 0, cpus: [0, 1], memoryMiB: null }])
    expect(topology.numaCapable).toBe(false)
    expect(topology.warnings.join('\n')).toContain('no node folders')
  })

  it('reads hex cpumap-only nodes, drops offline CPUs they still list and keeps memory-only nodes', () => {
    const itanium = readTopology(join(SHARED_TREES, '128ia64-17n4s2c'))
    expect(itanium.nodes).toHaveLength(17)
    expect(itanium.nodes[16].cpus).toEqual([])
    expect(itanium.numaCapable).toBe(true)
    const offlines = readTopology(join(SHARED_TREES, '16em64t-4s2c2t-offlines'))
    expect(offlines.nodes[0].cpus).not.toContain(2)
    expect(offlines.allowedCpus).toEqual([0, 1, 3, 4, 6, 7, 8, 9, 10, 11, 12, 15])
  })
})
