/** What the process may use (affinity, cgroup cpusets) and what the kernel and CPU say, on synthetic trees. */
import { describe, expect, it } from '@jest/globals'
import { makeTree, twoSocketSpec, writeFiles } from '../../__fixtures__/topology/tree.js'
import { readTopology, TopologyError } from '../../src/topology/index.js'

const V2_MOUNT = 'cgroup2 /sys/fs/cgroup cgroup2 rw,nosuid,nodev,noexec,relatime 0 0\n'
const V1_MOUNT = 'cgroup /sys/fs/cgroup/cpuset cgroup rw,nosuid,nodev,noexec,relatime,cpuset 0 0\n'

describe('allowed CPUs and memory nodes', () => {
  it('reads the affinity of the given pid, not of the reader', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, {
      'proc/self/status': 'Cpus_allowed_list:\t0-7\nMems_allowed_list:\t0-1\n',
      'proc/4242/status': 'Cpus_allowed_list:\t2-3\nMems_allowed_list:\t1\n'
    })
    expect(readTopology(root).allowedCpus).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    const other = readTopology(root, { pid: 4242 })
    expect(other).toMatchObject({ allowedCpus: [2, 3], allowedMemoryNodes: [1], numaCapable: false, pus: 8 })
  })

  it('intersects the affinity with the cgroup v2 cpuset, looking upwards when the cgroup lacks the file', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, {
      'proc/mounts': V2_MOUNT,
      'proc/self/status': 'Cpus_allowed_list:\t1-7\n',
      'proc/self/cgroup': '0::/runner.slice/job.scope\n',
      'sys/fs/cgroup/cpuset.cpus.effective': '0-7\n',
      'sys/fs/cgroup/runner.slice/cpuset.cpus.effective': '0-2,4-6\n',
      'sys/fs/cgroup/runner.slice/cpuset.mems.effective': '0\n',
      'sys/fs/cgroup/runner.slice/job.scope/cgroup.procs': '1\n'
    })
    const topology = readTopology(root)
    expect(topology.allowedCpus).toEqual([1, 2, 4, 5, 6])
    expect(topology.allowedMemoryNodes).toEqual([0])
    expect(topology.warnings).toEqual([])
  })

  it('reads a cgroup v1 cpuset, preferring effective_cpus', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, {
      'proc/mounts': V1_MOUNT,
      'proc/self/cgroup': '5:cpuset:/ci\n0::/\n',
      'sys/fs/cgroup/cpuset/ci/cpuset.cpus': '0-7\n',
      'sys/fs/cgroup/cpuset/ci/cpuset.effective_cpus': '4-7\n',
      'sys/fs/cgroup/cpuset/ci/cpuset.mems': '0-1\n'
    })
    expect(readTopology(root)).toMatchObject({ allowedCpus: [4, 5, 6, 7], allowedMemoryNodes: [0, 1] })
  })

  it('ignores, with a warning, a cpuset that shares no CPU with the online ones', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, {
      'proc/mounts': V2_MOUNT,
      'proc/self/cgroup': '0::/\n',
      'sys/fs/cgroup/cpuset.cpus.effective': '64-127\n'
    })
    const topology = readTopology(root)
    expect(topology.allowedCpus).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(topology.warnings.join('\n')).toContain('shares no CPU with the online CPUs')
  })

  it('names the status file when its list is garbage', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, { 'proc/self/status': 'Cpus_allowed_list:\tall of them\n' })
    expect(() => readTopology(root)).toThrow(TopologyError)
    expect(() => readTopology(root)).toThrow(/proc\/self\/status Cpus_allowed_list: "all of them" is not a cpulist/)
  })
})

describe('CPU model, virtualisation and kernel settings', () => {
  it('reads the model, the hypervisor flag, numa_balancing and THP', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, {
      'proc/cpuinfo':
        'processor\t: 0\nmodel name\t: Example Xeon 1234\nflags\t\t: fpu sse2 hypervisor avx\n\nprocessor\t: 1\n',
      'proc/sys/kernel/numa_balancing': '1\n',
      'sys/kernel/mm/transparent_hugepage/enabled': 'always [madvise] never\n',
      'sys/kernel/mm/transparent_hugepage/defrag': '[always] defer defer+madvise madvise never\n'
    })
    expect(readTopology(root)).toMatchObject({
      cpuModel: 'Example Xeon 1234',
      virtualized: true,
      kernel: { numaBalancing: '1', transparentHugepages: 'madvise', transparentHugepagesDefrag: 'always' }
    })
  })

  it('leaves what the tree does not hold unknown', () => {
    expect(readTopology(makeTree(twoSocketSpec()))).toMatchObject({
      cpuModel: null,
      virtualized: false,
      kernel: { numaBalancing: null, transparentHugepages: null, transparentHugepagesDefrag: null }
    })
  })
})
