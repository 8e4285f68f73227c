/** The QEMU command line the harness builds for a topology, and its refusals; no QEMU is started here. */
import { describe, expect, it } from '@jest/globals'
import { topologyArguments } from '../../scripts/qemu/harness.mjs'
import { cpuLocation, TOPOLOGIES, type EmulatedTopology } from '../../scripts/qemu/topologies.mjs'

const byName = (name: string): EmulatedTopology => TOPOLOGIES.find((topology) => topology.name === name)!

function valuesOf(args: string[], flag: string): string[] {
  return args.flatMap((value, index) => (args[index - 1] === flag ? [value] : []))
}

describe('topologyArguments', () => {
  it('gives QEMU the sockets, dies, cores and threads, one memory backend per node and every distance', () => {
    const args = topologyArguments(byName('two-socket-two-dies'))
    expect(valuesOf(args, '-smp')).toEqual(['8,sockets=2,dies=2,cores=2,threads=1'])
    expect(valuesOf(args, '-m')).toEqual(['1024M'])
    expect(valuesOf(args, '-numa').filter((value) => value.startsWith('node,'))).toEqual([
      'node,nodeid=0,memdev=m0,cpus=0-1',
      'node,nodeid=1,memdev=m1,cpus=2-3',
      'node,nodeid=2,memdev=m2,cpus=4-5',
      'node,nodeid=3,memdev=m3,cpus=6-7'
    ])
    const distances = valuesOf(args, '-numa').filter((value) => value.startsWith('dist,'))
    expect(distances).toHaveLength(12)
    expect(distances).toContain('dist,src=0,dst=1,val=12')
    expect(distances).toContain('dist,src=3,dst=0,val=32')
  })

  it('makes a node without CPUs a memory-only node: memdev and no cpus=', () => {
    const nodes = valuesOf(topologyArguments(byName('two-socket-cpuless-node')), '-numa').filter((value) =>
      value.startsWith('node,')
    )
    expect(nodes[2]).toBe('node,nodeid=2,memdev=m2')
  })

  it('refuses CPUs given twice or left out, split node ranges and a distance matrix of the wrong size', () => {
    const base = byName('two-socket')
    expect(() =>
      topologyArguments({
        ...base,
        nodes: [
          { cpus: [0, 1], memoryMiB: 64 },
          { cpus: [1, 2], memoryMiB: 64 }
        ]
      })
    ).toThrow('nodes must share CPUs 0-3 exactly once, got 0,1,1,2')
    expect(() =>
      topologyArguments({
        ...base,
        nodes: [
          { cpus: [0, 2], memoryMiB: 64 },
          { cpus: [1, 3], memoryMiB: 64 }
        ]
      })
    ).toThrow('node 0 CPUs must be one range, got 0,2')
    expect(() => topologyArguments({ ...base, distances: [[10]] })).toThrow('distances must be 2x2')
  })
})

describe('cpuLocation', () => {
  it('numbers threads fastest, then cores, dies and sockets, as QEMU does', () => {
    const smt = byName('two-socket-smt')
    expect([0, 1, 2, 5, 7].map((cpu) => cpuLocation(smt, cpu))).toEqual([
      { socket: 0, die: 0, core: 0, thread: 0 },
      { socket: 0, die: 0, core: 0, thread: 1 },
      { socket: 0, die: 0, core: 1, thread: 0 },
      { socket: 1, die: 0, core: 0, thread: 1 },
      { socket: 1, die: 0, core: 1, thread: 1 }
    ])
    expect(cpuLocation(byName('two-socket-two-dies'), 6)).toEqual({ socket: 1, die: 1, core: 0, thread: 0 })
  })
})
