import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { formatCpuList, placementClasses, readTopology } from '../../src/topology/index.js'

describe("this machine's own /", () => {
  const topology = readTopology('/')

  it('agrees with the kernel and the process', () => {
    const online = readFileSync('/sys/devices/system/cpu/online', 'utf8').trim()
    expect(formatCpuList(topology.cpus.map((cpu) => cpu.id))).toBe(online)
    expect(topology.pus).toBe(availableParallelism())
    expect(topology.nodes.length).toBeGreaterThanOrEqual(1)
    expect(topology.numaCapable).toBe(topology.nodes.filter((node) => node.cpus.length > 0).length >= 2)
    for (const cpu of topology.allowedCpus) expect(topology.cpus.map((known) => known.id)).toContain(cpu)
  })

  ;(topology.nodes.length === 1 ? it : it.skip)('offers no cross-node class on a one-node machine', () => {
    const classes = placementClasses(topology)
    expect(classes.find((placement) => placement.name === 'same-package')?.unavailableReason).toBe('one NUMA node')
    expect(classes.find((placement) => placement.name === 'cross-package')?.pairs).toEqual([])
  })
})
