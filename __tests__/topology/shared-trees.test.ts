/**
 * Every real machine's tree in ../shared/fixtures/sysfs agrees with hwloc's own reading of it (expected.json).
 * GitHub CI has no ../shared: the suite is skipped there, and says so.
 */
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatCpuList, readTopology } from '../../src/topology/index.js'
import { describeWithSharedTrees, SHARED_TREES, sharedTreeNames, tree } from './shared-trees.js'

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

describeWithSharedTrees('real machines from the hwloc test suite', () => {
  it('has trees to check', () => {
    expect(sharedTreeNames.length).toBeGreaterThanOrEqual(10)
  })

  it.each(sharedTreeNames)('%s matches hwloc', (name) => {
    const expected = JSON.parse(readFileSync(join(SHARED_TREES, name, 'expected.json'), 'utf8')) as Expected
    const topology = readTopology(tree(name))
    expect(topology.nodes.map((node) => node.id)).toEqual(expected.node_ids)
    expect(Object.fromEntries(topology.nodes.map((node) => [String(node.id), formatCpuList(node.cpus)]))).toEqual(
      expected.node_cpus
    )
    expect(topology.nodes.filter((node) => node.cpus.length === 0).map((node) => node.id)).toEqual(
      expected.cpuless_nodes
    )
    expect(topology.distances).toEqual(expected.distances)
    expect({ packages: topology.packages, cores: topology.cores, pus: topology.pus, smt: topology.smt }).toEqual({
      packages: expected.packages,
      cores: expected.cores,
      pus: expected.pus,
      smt: expected.smt
    })
    expect(topology.fingerprint).toMatch(/^[0-9a-f]{12}$/)
    expect(topology.numaCapable).toBe(Object.values(expected.node_cpus).filter((cpus) => cpus !== '').length >= 2)
  })

  it('reads the same tree twice into the same topology', () => {
    for (const name of sharedTreeNames) expect(readTopology(tree(name))).toEqual(readTopology(tree(name)))
  })

  it('keeps the cgroup v2 restriction apart from what the machine has', () => {
    const topology = readTopology(tree('32amd64-4s2n4c-cgroup2'))
    expect(topology.pus).toBe(32)
    expect(topology.allowedCpus).toEqual([0, 1, 2, 3, 4, 5])
    // The notes: hwloc's restricted view keeps nodes 0-5, the cpuset's memory nodes.
    expect(topology.allowedMemoryNodes).toEqual([0, 1, 2, 3, 4, 5])
    expect(topology.warnings.join('\n')).toContain('using the deepest cpuset, cgroup/unified/uid_2008/job_15389/step_0')
  })

  it('reads a cgroup v1 cpuset through proc/self/cgroup', () => {
    const topology = readTopology(tree('32intel64-2p8co2t+8ve'))
    expect(topology.allowedCpus).toHaveLength(32)
    expect(topology.allowedMemoryNodes).toEqual([0, 1])
    expect(topology.warnings).toEqual([])
  })

  it('applies no cpuset when sibling cgroups leave the process cgroup unknowable', () => {
    // 40intel64 mounts the cpuset hierarchy with noprefix and holds one cgroup per CPU, but no proc/self/cgroup.
    const topology = readTopology(tree('40intel64-2g2n4c+pcilocality'))
    expect(topology.allowedCpus).toHaveLength(40)
    expect(topology.warnings.join('\n')).toContain('several cgroups under dev/cpuset')
  })

  it('finds a cgroup2 cpuset above a cgroup that does not enable the controller', () => {
    const topology = readTopology(tree('fakeheteromemtiers'))
    expect(topology.allowedCpus).toEqual([0, 1, 2, 3, 4, 5])
    expect(topology.allowedMemoryNodes).toEqual([0, 1, 2, 4, 6, 8, 9])
    expect(topology.nodes.filter((node) => node.cpus.length === 0).every((node) => node.memoryMiB !== null)).toBe(true)
  })

  it('says which core view it takes on Bulldozer compute units (the notes accept either)', () => {
    const topology = readTopology(tree('64amd64-4s2n4ca2co'))
    expect({ cores: topology.cores, smt: topology.smt }).toEqual({ cores: 64, smt: false })
    expect(topology.warnings.join('\n')).toContain('counted as separate cores without SMT, as hwloc does')
  })

  it('says a lone node whose distance reads 0 has unknown distances', () => {
    const topology = readTopology(tree('8ia64-2s2c2t'))
    expect(topology.distances).toBeNull()
    expect(topology.warnings.join('\n')).toContain('zero diagonal')
  })

  it('synthesises one node, with a warning, when the tree has no node folder', () => {
    const topology = readTopology(tree('2arm-2c'))
    expect(topology.nodes).toEqual([{ id: 0, cpus: [0, 1], memoryMiB: null }])
    expect(topology.numaCapable).toBe(false)
    expect(topology.warnings.join('\n')).toContain('no node folders')
  })

  it('reads hex cpumap-only nodes, drops offline CPUs they still list and keeps memory-only nodes', () => {
    const itanium = readTopology(tree('128ia64-17n4s2c'))
    expect(itanium.nodes).toHaveLength(17)
    expect(itanium.nodes[16].cpus).toEqual([])
    expect(itanium.numaCapable).toBe(true)
    const offlines = readTopology(tree('16em64t-4s2c2t-offlines'))
    expect(offlines.nodes[0].cpus).not.toContain(2)
    expect(offlines.allowedCpus).toEqual([0, 1, 3, 4, 6, 7, 8, 9, 10, 11, 12, 15])
  })
})
