/** The fingerprint follows the hardware and nothing else: not free memory, not file order, not the process's cgroup. */
import { describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { makeTree, twoSocketSpec, writeFiles } from '../../__fixtures__/topology/tree.js'
import { fingerprintOf, readTopology } from '../../src/topology/index.js'

const NODE = 'sys/devices/system/node'

describe('fingerprint', () => {
  const reference = readTopology(makeTree(twoSocketSpec()))

  it('is 12 hex digits', () => {
    expect(reference.fingerprint).toMatch(/^[0-9a-f]{12}$/)
  })

  it('ignores the order CPUs are written in, the file format and free or total memory', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, {
      'sys/devices/system/cpu/online': '7,6,5,4,3,2,1,0\n\0',
      [`${NODE}/node0/cpulist`]: '5,4 1,0\n',
      [`${NODE}/node0/meminfo`]: 'Node 0 MemTotal: 999999 kB\nNode 0 MemFree: 1 kB\n',
      'sys/devices/system/cpu/cpu2/cache/index3/shared_cpu_list': '7,6,3,2\n'
    })
    rmSync(join(root, NODE, 'node1/cpulist'))
    writeFiles(root, { [`${NODE}/node1/cpumap`]: '00000000,000000cc\n' })
    const reordered = readTopology(root)
    expect(reordered.nodes[1].cpus).toEqual([2, 3, 6, 7])
    expect(reordered.nodes[0].memoryMiB).not.toBe(reference.nodes[0].memoryMiB)
    expect(reordered.fingerprint).toBe(reference.fingerprint)
    expect(fingerprintOf({ ...reference, cpus: [...reference.cpus].reverse() })).toBe(reference.fingerprint)
  })

  it('ignores what the process may use', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, { 'proc/self/status': 'Cpus_allowed_list:\t1\n' })
    expect(readTopology(root).fingerprint).toBe(reference.fingerprint)
  })

  it('changes with the CPU model, SMT, distances, the L3 layout and CPU-less nodes', () => {
    const variants: Array<(root: string) => void> = [
      (root) => writeFiles(root, { 'proc/cpuinfo': 'model name\t: Other CPU\n' }),
      (root) => {
        for (let cpu = 0; cpu < 8; cpu++) {
          writeFiles(root, { [`sys/devices/system/cpu/cpu${cpu}/topology/thread_siblings_list`]: `${cpu}\n` })
          writeFiles(root, { [`sys/devices/system/cpu/cpu${cpu}/topology/core_id`]: `${cpu}\n` })
        }
      },
      (root) => writeFiles(root, { [`${NODE}/node0/distance`]: '10 32\n', [`${NODE}/node1/distance`]: '32 10\n' }),
      (root) => {
        for (const cpu of [0, 1, 4, 5]) {
          writeFiles(root, {
            [`sys/devices/system/cpu/cpu${cpu}/cache/index3/shared_cpu_list`]: cpu % 2 === 0 ? '0,4\n' : '1,5\n'
          })
        }
      },
      (root) =>
        writeFiles(root, {
          [`${NODE}/node2/cpulist`]: '\n',
          [`${NODE}/node0/distance`]: '10 21 30\n',
          [`${NODE}/node1/distance`]: '21 10 30\n',
          [`${NODE}/node2/distance`]: '30 30 10\n'
        })
    ]
    const prints = variants.map((change) => {
      const root = makeTree(twoSocketSpec())
      change(root)
      return readTopology(root).fingerprint
    })
    expect(new Set([reference.fingerprint, ...prints]).size).toBe(variants.length + 1)
  })
})
