/** The doctor's readings and its printed verdict, taken from synthetic sys/ and proc/ trees instead of this machine. */
import { describe, expect, it } from '@jest/globals'
import { makeTree, twoSocketSpec, writeFiles } from '../../__fixtures__/topology/tree.js'
import { runDoctor, takeReadings, type CommandProbe, DOCTOR_EXIT } from '../../src/doctor/index.js'
import { readTopology, TopologyError } from '../../src/topology/index.js'

const toolchainPresent: CommandProbe = (command) =>
  command === 'make' ? 'GNU Make 4.3' : 'cc (Debian 12.2.0-14) 12.2.0'
const noCompiler: CommandProbe = (command) => (command === 'make' ? 'GNU Make 4.3' : null)

const V2_MOUNT = 'cgroup2 /sys/fs/cgroup cgroup2 rw,nosuid,nodev,noexec,relatime 0 0\n'

/** twoSocketSpec (8 CPUs, cpu n and n+4 share a core) tuned: every check should pass on it. */
function tunedTree(extra: Record<string, string> = {}): string {
  const root = makeTree(twoSocketSpec())
  const governors = Object.fromEntries(
    [0, 1, 2, 3, 4, 5, 6, 7].map((cpu) => [
      `sys/devices/system/cpu/cpu${cpu}/cpufreq/scaling_governor`,
      'performance\n'
    ])
  )
  writeFiles(root, {
    ...governors,
    'proc/sys/kernel/numa_balancing': '0\n',
    'sys/kernel/mm/transparent_hugepage/enabled': 'always [madvise] never\n',
    'sys/devices/system/cpu/smt/control': 'on\n',
    'sys/devices/system/cpu/isolated': '1,3,5,7\n',
    'sys/devices/system/cpu/nohz_full': '1,3,5,7\n',
    'proc/sys/kernel/perf_event_paranoid': '2\n',
    'sys/bus/event_source/devices/cpu/type': '4\n',
    'sys/bus/event_source/devices/software/type': '1\n',
    'proc/loadavg': '0.05 0.10 0.20 1/300 4242\n',
    'proc/self/status': 'Cpus_allowed_list:\t0-7\nMems_allowed_list:\t0-1\n',
    ...extra
  })
  return root
}

function readingsOf(root: string, probe: CommandProbe = toolchainPresent) {
  return takeReadings(readTopology(root), root, { probe })
}

describe('doctor readings from a sysfs root', () => {
  it('reads every setting of a tuned tree', () => {
    expect(readingsOf(tunedTree())).toMatchObject({
      onlineCpus: [0, 1, 2, 3, 4, 5, 6, 7],
      numaBalancing: '0',
      transparentHugepages: 'madvise',
      smtControl: 'on',
      smtSiblings: [
        [0, 4],
        [1, 5],
        [2, 6],
        [3, 7]
      ],
      isolatedCpus: [1, 3, 5, 7],
      nohzFull: [1, 3, 5, 7],
      perfEventParanoid: 2,
      eventSources: ['cpu', 'software'],
      compiler: 'cc (Debian 12.2.0-14) 12.2.0',
      make: 'GNU Make 4.3',
      allowedCpus: [0, 1, 2, 3, 4, 5, 6, 7],
      allowedMemoryNodes: [0, 1],
      cpuQuota: null,
      loadAverage1m: 0.05
    })
    expect(Object.keys(readingsOf(tunedTree()).governors)).toHaveLength(8)
  })

  it('asks the probe for $CC or the given compiler, and for make', () => {
    const asked: string[] = []
    const probe: CommandProbe = (command, args) => {
      asked.push(`${command} ${args.join(' ')}`)
      return null
    }
    takeReadings(readTopology(tunedTree()), tunedTree(), { probe, compiler: 'clang-17' })
    expect(asked).toEqual(['clang-17 --version', 'make --version'])
  })

  it('falls back to the kernel command line, skipping isolcpus flags, and reads "(null)" nohz_full as none', () => {
    const root = makeTree(twoSocketSpec())
    writeFiles(root, {
      'proc/cmdline': 'BOOT_IMAGE=/vmlinuz root=/dev/sda1 isolcpus=managed_irq,domain,2-3,6-7 nohz_full=2-3 quiet\n'
    })
    expect(readingsOf(root)).toMatchObject({ isolatedCpus: [2, 3, 6, 7], nohzFull: [2, 3] })
    writeFiles(root, { 'sys/devices/system/cpu/isolated': '\n', 'sys/devices/system/cpu/nohz_full': '(null)\n' })
    expect(readingsOf(root)).toMatchObject({ isolatedCpus: [], nohzFull: [] })
  })

  it('finds the tightest cgroup v2 cpu.max over the cgroup and its ancestors, and the unit owning it', () => {
    const root = tunedTree({
      'proc/mounts': V2_MOUNT,
      'proc/self/cgroup': '0::/system.slice/actions.runner.acme-ring.numa-2s-01.service\n',
      'sys/fs/cgroup/cpu.max': 'max 100000\n',
      'sys/fs/cgroup/system.slice/cpu.max': '150000 100000\n',
      'sys/fs/cgroup/system.slice/actions.runner.acme-ring.numa-2s-01.service/cpu.max': '400000 100000\n'
    })
    const readings = readingsOf(root)
    expect(readings.cpuQuota).toEqual({
      cpus: 1.5,
      file: 'sys/fs/cgroup/system.slice/cpu.max',
      cgroup: '/system.slice/actions.runner.acme-ring.numa-2s-01.service'
    })
    expect(readings.systemdUnit).toBe('actions.runner.acme-ring.numa-2s-01.service')
  })

  it('reads a cgroup v1 CFS quota from a cpu,cpuacct hierarchy and ignores -1 (no quota)', () => {
    const root = tunedTree({
      'proc/mounts': 'cgroup /sys/fs/cgroup/cpu,cpuacct cgroup rw,nosuid,cpu,cpuacct 0 0\n',
      'proc/self/cgroup': '4:cpu,cpuacct:/docker/abc\n3:cpuset:/docker/abc\n',
      'sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us': '-1\n',
      'sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us': '100000\n',
      'sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us': '300000\n',
      'sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us': '100000\n'
    })
    expect(readingsOf(root).cpuQuota).toEqual({
      cpus: 3,
      file: 'sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us',
      cgroup: '/docker/abc'
    })
    writeFiles(root, { 'sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us': '-1\n' })
    expect(readingsOf(root).cpuQuota).toBeNull()
  })

  it('names the file when a reading is garbage', () => {
    const badQuota = tunedTree({
      'proc/mounts': V2_MOUNT,
      'proc/self/cgroup': '0::/\n',
      'sys/fs/cgroup/cpu.max': 'lots\n'
    })
    expect(() => readingsOf(badQuota)).toThrow(TopologyError)
    expect(() => readingsOf(badQuota)).toThrow(
      /sys\/fs\/cgroup\/cpu\.max: "lots" is not "max <period>" or "<quota> <period>"/
    )
    const badParanoid = tunedTree({ 'proc/sys/kernel/perf_event_paranoid': 'strict\n' })
    expect(() => readingsOf(badParanoid)).toThrow(/perf_event_paranoid: "strict" is not an integer/)
    const badLoad = tunedTree({ 'proc/loadavg': 'busy\n' })
    expect(() => readingsOf(badLoad)).toThrow(/proc\/loadavg: "busy" does not start with a load average/)
    const badIsolated = tunedTree({ 'sys/devices/system/cpu/isolated': '1-x\n' })
    expect(() => readingsOf(badIsolated)).toThrow(/sys\/devices\/system\/cpu\/isolated/)
  })
})

describe('numa-spsc-bench doctor on a fake root', () => {
  function printed(root: string, probe: CommandProbe): { lines: string[]; exitCode: number } {
    const lines: string[] = []
    const exitCode = runDoctor(root, (line) => lines.push(line), { probe })
    return { lines, exitCode }
  }

  it('exits 0 and prints no fix on a tuned two-socket tree', () => {
    const { lines, exitCode } = printed(tunedTree(), toolchainPresent)
    expect(exitCode).toBe(DOCTOR_EXIT.ready)
    expect(lines.filter((line) => line.includes('fix:'))).toEqual([])
    expect(lines.at(-1)).toBe('verdict: ready (exit status 0)')
  })

  it('exits 1 with each warning followed by its fix', () => {
    const root = tunedTree({
      'proc/sys/kernel/numa_balancing': '1\n',
      'sys/kernel/mm/transparent_hugepage/enabled': '[always] madvise never\n'
    })
    const { lines, exitCode } = printed(root, toolchainPresent)
    expect(exitCode).toBe(DOCTOR_EXIT.warnings)
    expect(lines.at(-1)).toBe('verdict: usable with warnings (exit status 1)')
    const balancing = lines.findIndex((line) => line.startsWith('WARN numa_balancing:'))
    expect(lines[balancing + 1]).toMatch(/^ {5}fix: sudo sysctl -w kernel\.numa_balancing=0/)
    const thp = lines.findIndex((line) => line.startsWith('WARN thp:'))
    expect(lines[thp + 1]).toMatch(/^ {5}fix: echo madvise/)
  })

  it('exits 2 when no compiler is found or a quota throttles the two threads', () => {
    expect(printed(tunedTree(), noCompiler).exitCode).toBe(DOCTOR_EXIT.unusable)
    const throttled = tunedTree({
      'proc/mounts': V2_MOUNT,
      'proc/self/cgroup': '0::/ci\n',
      'sys/fs/cgroup/ci/cpu.max': '50000 100000\n'
    })
    const { lines, exitCode } = printed(throttled, toolchainPresent)
    expect(exitCode).toBe(DOCTOR_EXIT.unusable)
    expect(lines).toContain(
      'FAIL cpu.max: CPU quota of 0.50 CPUs in sys/fs/cgroup/ci/cpu.max (cgroup /ci): two spinning threads are throttled every period'
    )
  })
})
