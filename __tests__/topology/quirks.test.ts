import { describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { makeTree, twoSocketSpec, writeFiles } from '../../__fixtures__/topology/tree.js'
import { readTopology, TopologyError } from '../../src/topology/index.js'

describe('readTopology on synthetic trees', () => {
  it('reads a small two-socket machine with SMT', () => {
    const topology = readTopology(makeTree(twoSocketSpec()))
    expect(topology).toMatchObject({
      numaCapable: true,
      packages: 2,
      cores: 4,
      pus: 8,
      smt: true,
      distances: [
        [10, 21],
        [21, 10]
      ],
      l3Domains: [
        [0, 1, 4, 5],
        [2, 3, 6, 7]
      ]
    })
    expect(topology.nodes[0]).toEqual({ id: 0, cpus: [0, 1, 4, 5], memoryMiB: 2048 })
    expect(topology.cpus.find((cpu) => cpu.id === 0)?.siblings).toEqual([0, 4])
  })

  it('accepts files ending in "\\n\\0"', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, {
      'sys/devices/system/node/node0/cpulist': '0-1,4-5\n\0',
      'sys/devices/system/cpu/online': '0-7\n\0'
    })
    expect(readTopology(root).nodes[0].cpus).toEqual([0, 1, 4, 5])
  })

  it('maps distance columns that follow the online nodes, not the ids', () => {
    const root = makeTree({
      cpus: [
        { id: 0, package: 0, core: 0 },
        { id: 1, package: 1, core: 0 }
      ],
      nodes: { 0: [0], 2: [1] },
      distances: ['10 20', '20 10'],
      extraFiles: { 'sys/devices/system/node/online': '0,2\n' }
    })
    expect(readTopology(root).distances).toEqual([
      [10, 20],
      [20, 10]
    ])
  })

  it('maps distance columns indexed by node id on older kernels', () => {
    const root = makeTree({
      cpus: [
        { id: 0, package: 0, core: 0 },
        { id: 1, package: 1, core: 0 }
      ],
      nodes: { 0: [0], 2: [1] },
      distances: ['10 15 20', '20 15 10'],
      extraFiles: { 'sys/devices/system/node/online': '0,2\n' }
    })
    expect(readTopology(root).distances).toEqual([
      [10, 20],
      [20, 10]
    ])
  })

  it('groups CPUs whose physical_package_id is -1 by their core_siblings', () => {
    const spec = twoSocketSpec()
    const root = makeTree(spec)
    for (const cpu of spec.cpus)
      writeFiles(root, { [`sys/devices/system/cpu/cpu${cpu.id}/topology/physical_package_id`]: '-1\n' })
    const topology = readTopology(root)
    expect(topology.packages).toBe(2)
    expect(topology.warnings.join('\n')).toContain('physical_package_id is -1')
  })

  it('does not merge cores whose core_id repeats inside a package', () => {
    // Four cores of one package in two clusters, both numbering their cores 0-1; no SMT.
    const root = makeTree({
      cpus: [0, 1, 2, 3].map((id) => ({ id, package: 0, core: id % 2 })),
      nodes: { 0: [0, 1, 2, 3] }
    })
    for (const id of [0, 1, 2, 3])
      writeFiles(root, { [`sys/devices/system/cpu/cpu${id}/topology/thread_siblings_list`]: `${id}\n` })
    const topology = readTopology(root)
    expect(topology.cores).toBe(4)
    expect(topology.smt).toBe(false)
  })

  it('collapses nodes that share a CPU into the lower one and says so, as hwloc does', () => {
    const root = makeTree({ ...twoSocketSpec(), nodes: { 0: [0, 1, 2, 4, 5], 1: [2, 3, 6, 7] } })
    const topology = readTopology(root)
    expect(topology.nodes).toEqual([{ id: 0, cpus: [0, 1, 2, 3, 4, 5, 6, 7], memoryMiB: 2048 }])
    expect(topology.distances).toEqual([[10]])
    expect(topology.numaCapable).toBe(false)
    expect(topology.warnings.join('\n')).toContain('NUMA node 1 shares CPUs with node 0')
  })

  it('falls back to package and node as the L3 domain when caches are unknown', () => {
    const spec = twoSocketSpec()
    for (const cpu of spec.cpus) delete cpu.l3
    const topology = readTopology(makeTree(spec))
    expect(topology.l3Domains).toEqual([
      [0, 1, 4, 5],
      [2, 3, 6, 7]
    ])
    expect(topology.warnings.join('\n')).toContain('no L3 cache information')
  })

  it('honours the affinity mask in proc/self/status', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, { 'proc/self/status': 'Name:\tnode\nCpus_allowed_list:\t1-3\n' })
    const topology = readTopology(root)
    expect(topology.allowedCpus).toEqual([1, 2, 3])
    expect(topology.pus).toBe(8)
  })
  it("drops offline CPUs a hex cpumap still lists, reading each CPU's online flag", () => {
    const root = makeTree(twoSocketSpec())
    rmSync(join(root, 'sys/devices/system/cpu/online'))
    rmSync(join(root, 'sys/devices/system/node/node1/cpulist'))
    writeFiles(root, {
      'sys/devices/system/node/node1/cpumap': '00000000,00000000,000000cc\0',
      'sys/devices/system/cpu/cpu6/online': '0\n',
      'sys/devices/system/cpu/cpu7/online': '1\n'
    })
    const topology = readTopology(root)
    expect(topology.nodes[1].cpus).toEqual([2, 3, 7])
    expect(topology.pus).toBe(7)
    expect(topology.cpus.find((cpu) => cpu.id === 2)?.siblings).toEqual([2])
  })

  it('takes the online nodes from has_cpu and has_memory when node/online is absent', () => {
    const nodes = { 0: [0, 1, 4, 5], 1: [2, 3, 6, 7], 3: [] }
    const root = makeTree({ ...twoSocketSpec(), nodes, distances: ['10 21 30', '21 10 30', '30 30 10'] })
    writeFiles(root, { 'sys/devices/system/node/has_cpu': '0-1\n', 'sys/devices/system/node/has_memory': '0,3\n' })
    writeFiles(root, { 'sys/devices/system/node/node2/cpulist': '\n' })
    const topology = readTopology(root)
    expect(topology.nodes.map((node) => [node.id, node.cpus.length])).toEqual([
      [0, 4],
      [1, 4],
      [3, 0]
    ])
    expect(topology.distances?.[2]).toEqual([30, 30, 10])
  })

  it('leaves distances unknown, with a warning, when a distance file is missing', () => {
    const root = makeTree(twoSocketSpec())
    rmSync(join(root, 'sys/devices/system/node/node1/distance'))
    const topology = readTopology(root)
    expect(topology.distances).toBeNull()
    expect(topology.warnings.join('\n')).toContain('node1/distance is missing')
  })
})

describe('errors name the file and the problem', () => {
  it('rejects a garbage cpulist', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, { 'sys/devices/system/cpu/online': 'zero-seven\n' })
    expect(() => readTopology(root)).toThrow(TopologyError)
    expect(() => readTopology(root)).toThrow(
      `${join(root, 'sys/devices/system/cpu/online')}: "zero-seven" is not a cpulist`
    )
  })

  it('leaves packages and cores unknown, not invented, when an online CPU has no topology folder', () => {
    const root = makeTree(twoSocketSpec())
    rmSync(join(root, 'sys/devices/system/cpu/cpu3/topology'), { recursive: true })
    const topology = readTopology(root)
    expect({ packages: topology.packages, cores: topology.cores, pus: topology.pus }).toEqual({
      packages: null,
      cores: null,
      pus: 8
    })
    expect(topology.warnings.join('\n')).toContain('no physical_package_id or package sibling list for CPU(s) 3')
  })

  it('rejects a root that is not a sysfs tree', () => {
    expect(() => readTopology('/nonexistent-root')).toThrow('/nonexistent-root/sys/devices/system/cpu: no cpuN folder')
  })

  it('rejects a garbage node cpulist, naming the node file', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, { 'sys/devices/system/node/node1/cpulist': '2-3,x\n' })
    expect(() => readTopology(root)).toThrow(
      `${join(root, 'sys/devices/system/node/node1/cpulist')}: "2-3,x" is not a cpulist`
    )
  })

  it('rejects a tree without a cpu folder even when it has nodes', () => {
    const root = makeTree(twoSocketSpec())
    rmSync(join(root, 'sys/devices/system/cpu'), { recursive: true })
    expect(() => readTopology(root)).toThrow(`${join(root, 'sys/devices/system/cpu')}: no cpuN folder`)
  })

  it('rejects a core_id that is not a number', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, { 'sys/devices/system/cpu/cpu5/topology/core_id': 'five\n' })
    expect(() => readTopology(root)).toThrow(
      `${join(root, 'sys/devices/system/cpu/cpu5/topology/core_id')}: "five" is not an integer`
    )
  })

  it('rejects a distance row of the wrong width', () => {
    const root = makeTree({ ...twoSocketSpec(), distances: ['10', '21 10'] })
    expect(() => readTopology(root)).toThrow('node0/distance: 1 columns for 2 online nodes')
  })
})
