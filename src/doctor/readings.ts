/**
 * Takes the doctor's readings from a machine, or from a fake root holding sys/ and proc/, so checks.ts stays pure and
 * every reading can be tested on a synthetic tree. Only the toolchain probe runs commands, and tests replace it.
 */
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { TopologyError, type Topology } from '../topology/index.js'
import { cgroupMembership, cgroupMounts } from '../topology/cgroup.js'
import { SysfsTree } from '../topology/sysfs.js'
import type { CpuQuota, DoctorReadings } from './checks.js'

/** Runs `command args` and returns the first line of its output, or null when it cannot be run. */
export type CommandProbe = (command: string, args: string[]) => string | null

export interface ReadingOptions {
  probe?: CommandProbe
  /** The C compiler to look for; the native Makefile honours $CC the same way. */
  compiler?: string
}

function firstLineOf(command: string, args: string[]): string | null {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')[0]
      .trim()
  } catch {
    return null
  }
}

/** Governor of each CPU that has cpufreq, keyed by CPU id. */
function governors(tree: SysfsTree): Record<number, string> {
  const found: Record<number, string> = {}
  for (const id of tree.numberedEntries('sys/devices/system/cpu', 'cpu')) {
    const governor = tree.text(`sys/devices/system/cpu/cpu${id}/cpufreq/scaling_governor`)
    if (governor !== null) found[id] = governor
  }
  return found
}

/**
 * A CPU list from sysfs, or from the kernel command line on kernels without the file. `isolcpus=` may start with
 * flags ("domain,managed_irq,2-7"), which are not CPUs; nohz_full reads "(null)" on some kernels when unset.
 */
function bootCpuList(tree: SysfsTree, sysfsFile: string, parameter: string, cmdline: string): number[] {
  const fromSysfs = tree.text(sysfsFile)
  if (fromSysfs !== null) {
    return fromSysfs === '' || fromSysfs === '(null)' ? [] : tree.cpuListIn(fromSysfs, tree.path(sysfsFile))
  }
  const value = new RegExp(`(?:^|\\s)${parameter}=(\\S+)`).exec(cmdline)?.[1]
  if (value === undefined) return []
  const cpus = value
    .split(',')
    .filter((part) => /^\d/.test(part))
    .join(',')
  return cpus === '' ? [] : tree.cpuListIn(cpus, `${tree.path('proc/cmdline')} ${parameter}=`)
}

/** "max 100000", "200000 100000" (cgroup2 cpu.max) or a v1 quota and period in µs → CPUs' worth of time, null: none. */
function quotaAt(tree: SysfsTree, folder: string, version: 1 | 2): { cpus: number; file: string } | null {
  if (version === 2) {
    const file = join(folder, 'cpu.max')
    const text = tree.text(file)
    if (text === null) return null
    const [quota, period = '100000'] = text.split(/\s+/)
    if (quota === 'max') return null
    if (!/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0) {
      throw new TopologyError(`${tree.path(file)}: "${text}" is not "max <period>" or "<quota> <period>"`)
    }
    return { cpus: Number(quota) / Number(period), file }
  }
  const quota = tree.integer(join(folder, 'cpu.cfs_quota_us'))
  const period = tree.integer(join(folder, 'cpu.cfs_period_us'))
  if (quota === null || quota < 0 || period === null || period <= 0) return null
  return { cpus: quota / period, file: join(folder, 'cpu.cfs_quota_us') }
}

/** The tightest CPU-time quota on this process's cgroup or any of its ancestors, in every cpu hierarchy. */
function cpuQuota(tree: SysfsTree): CpuQuota | null {
  let tightest: CpuQuota | null = null
  for (const mount of cgroupMounts(tree, 'cpu')) {
    const path = cgroupMembership(tree, mount, 'self')
    if (path === null || path === undefined) continue
    for (let folder = join(mount.mountPoint, path).replace(/\/+$/, ''); ; folder = dirname(folder)) {
      const quota = quotaAt(tree, folder, mount.version)
      if (quota !== null && (tightest === null || quota.cpus < tightest.cpus)) tightest = { ...quota, cgroup: path }
      if (!folder.startsWith(`${mount.mountPoint}/`)) break
    }
  }
  return tightest
}

/** The systemd unit owning this process's cgroup ("…/actions.runner.x.service" → its name), for the fix lines. */
function systemdUnit(tree: SysfsTree): string | null {
  const text = tree.text('proc/self/cgroup') ?? ''
  const paths = text.split('\n').map((line) => line.slice(line.lastIndexOf(':') + 1))
  for (const path of paths) {
    const unit = path
      .split('/')
      .reverse()
      .find((part) => /\.(service|scope)$/.test(part))
    if (unit !== undefined) return unit
  }
  return null
}

export function takeReadings(topology: Topology, root: string, options: ReadingOptions = {}): DoctorReadings {
  const probe = options.probe ?? firstLineOf
  const tree = new SysfsTree(root)
  const cmdline = tree.text('proc/cmdline') ?? ''
  const load = tree.text('proc/loadavg')
  const loadAverage1m = load === null ? null : Number(load.split(/\s+/)[0])
  if (loadAverage1m !== null && !Number.isFinite(loadAverage1m)) {
    throw new TopologyError(`${tree.path('proc/loadavg')}: "${load}" does not start with a load average`)
  }
  const siblingGroups = new Map(topology.cpus.map((cpu) => [cpu.siblings.join(','), cpu.siblings]))
  return {
    nodes: topology.nodes,
    onlineCpus: topology.cpus.map((cpu) => cpu.id),
    numaBalancing: topology.kernel.numaBalancing,
    transparentHugepages: topology.kernel.transparentHugepages,
    governors: governors(tree),
    smtControl: tree.text('sys/devices/system/cpu/smt/control'),
    smtSiblings: [...siblingGroups.values()].filter((group) => group.length > 1),
    isolatedCpus: bootCpuList(tree, 'sys/devices/system/cpu/isolated', 'isolcpus', cmdline),
    nohzFull: bootCpuList(tree, 'sys/devices/system/cpu/nohz_full', 'nohz_full', cmdline),
    perfEventParanoid: tree.integer('proc/sys/kernel/perf_event_paranoid'),
    eventSources: tree.entries('sys/bus/event_source/devices'),
    compiler: probe(options.compiler ?? process.env.CC ?? 'cc', ['--version']),
    make: probe('make', ['--version']),
    allowedCpus: topology.allowedCpus,
    allowedMemoryNodes: topology.allowedMemoryNodes ?? null,
    cpuQuota: cpuQuota(tree),
    systemdUnit: systemdUnit(tree),
    loadAverage1m,
    virtualized: topology.virtualized
  }
}
