/**
 * This machine's own "/": checked against independent readings (the kernel's files read directly, libuv's affinity
 * count), so the same test holds on this one-node VM (CPUs 0-1) and on a bigger CI runner.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import {
  formatCpuList,
  placementClasses,
  readTopology,
  renderTopologyText,
  topologyToJson
} from '../../src/topology/index.js'

const nodeFolders = (() => {
  try {
    return readdirSync('/sys/devices/system/node').filter((name) => /^node\d+$/.test(name)).length
  } catch {
    return 0
  }
})()

describe("this machine's own /", () => {
  const topology = readTopology('/')
  const classes = placementClasses(topology)

  it('agrees with the kernel and the process', () => {
    const online = readFileSync('/sys/devices/system/cpu/online', 'utf8').trim()
    expect(formatCpuList(topology.cpus.map((cpu) => cpu.id))).toBe(online)
    expect(topology.pus).toBe(topology.cpus.length)
    // libuv counts the CPUs of the process's affinity mask, which the kernel keeps inside its cpuset.
    expect(topology.allowedCpus).toHaveLength(availableParallelism())
    expect(topology.nodes).toHaveLength(Math.max(1, nodeFolders))
    expect(topology.numaCapable).toBe(topology.nodes.filter((node) => node.cpus.length > 0).length >= 2)
    expect(topology.fingerprint).toMatch(/^[0-9a-f]{12}$/)
  })

  it('reads the kernel settings that distort NUMA results', () => {
    const thp = readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8')
    expect(thp).toContain(`[${topology.kernel.transparentHugepages}]`)
    const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8')
    expect(topology.virtualized).toBe(/^flags\s*:.*\bhypervisor\b/m.test(cpuinfo))
  })

  ;(nodeFolders <= 1 ? it : it.skip)('says plainly that a one-node machine has no cross-node class', () => {
    expect(topology.numaCapable).toBe(false)
    expect(topologyToJson(topology, classes)).toMatchObject({ numaCapable: false, nodes: [{ id: 0 }] })
    expect(classes.find((placement) => placement.name === 'same-package')?.unavailableReason).toBe('one NUMA node')
    expect(classes.find((placement) => placement.name === 'same-package')?.pairs).toEqual([])
    expect(renderTopologyText(topology, classes)).toContain(
      'This runner has one NUMA node: cross-node classes are not available'
    )
  })
})
