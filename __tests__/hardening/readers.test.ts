/**
 * One reader of the machine: doctor/ and run/environment.ts read sysfs and procfs through topology/'s SysfsTree, so a
 * fake root, a "\n\0" ending or a garbage file is handled, and named, the same way everywhere.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { takeReadings } from '../../src/doctor/readings.js'
import { captureEnvironment } from '../../src/run/environment.js'
import { readTopology } from '../../src/topology/index.js'
import { regularCpus, writeTree } from '../../__fixtures__/hardening/sysfs.js'
import { writeFiles } from '../../__fixtures__/topology/tree.js'

const SRC = fileURLToPath(new URL('../../src/', import.meta.url))

describe('the machine is read through topology/', () => {
  it('doctor/ and run/environment.ts do not open files themselves', () => {
    const files = [
      ...readdirSync(join(SRC, 'doctor')).map((name) => join(SRC, 'doctor', name)),
      join(SRC, 'run', 'environment.ts')
    ]
    for (const file of files)
      expect({ file, fs: /from 'node:fs'/.test(readFileSync(file, 'utf8')) }).toEqual({ file, fs: false })
  })

  it('the governor comes from the tree, "\\n\\0" endings and all', () => {
    const root = writeTree({ cpus: regularCpus(1, 2, 1), nodes: { 0: [0, 1] } })
    writeFiles(root, {
      'sys/devices/system/cpu/cpu0/cpufreq/scaling_governor': 'performance\n\0',
      'sys/devices/system/cpu/cpu1/cpufreq/scaling_governor': 'powersave\n'
    })
    const topology = readTopology(root)
    expect(captureEnvironment(topology, root).governor).toBe('performance,powersave')
  })

  it("the doctor's boot-parameter CPU lists fail with the file named, as the topology's do", () => {
    const root = writeTree({ cpus: regularCpus(1, 2, 1), nodes: { 0: [0, 1] } })
    writeFiles(root, { 'sys/devices/system/cpu/isolated': '1-x\n' })
    const topology = readTopology(root)
    expect(() => takeReadings(topology, root, { probe: () => null })).toThrow(
      `${join(root, 'sys/devices/system/cpu/isolated')}: "1-x" is not a cpulist`
    )
  })

  it("the doctor's cgroup v1 CPU quota is found through topology's cgroup mounts, beside a cpuset hierarchy", () => {
    const root = writeTree({ cpus: regularCpus(1, 2, 1), nodes: { 0: [0, 1] } })
    writeFiles(root, {
      'proc/mounts':
        'cgroup /sys/fs/cgroup/cpuset cgroup rw,cpuset 0 0\ncgroup /sys/fs/cgroup/cpu,cpuacct cgroup rw,cpu,cpuacct 0 0\n',
      'proc/self/cgroup': '5:cpuset:/\n4:cpu,cpuacct:/ci\n',
      'sys/fs/cgroup/cpu,cpuacct/ci/cpu.cfs_quota_us': '50000\n',
      'sys/fs/cgroup/cpu,cpuacct/ci/cpu.cfs_period_us': '100000\n'
    })
    const readings = takeReadings(readTopology(root), root, { probe: () => null })
    expect(readings.cpuQuota).toEqual({
      cpus: 0.5,
      file: 'sys/fs/cgroup/cpu,cpuacct/ci/cpu.cfs_quota_us',
      cgroup: '/ci'
    })
  })
})
