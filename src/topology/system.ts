/** What the process may use and how the kernel is set, kept apart from what the machine has. */
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseCpuList } from './cpulist.js'
import type { KernelSettings } from './types.js'
import type { SysfsTree } from './sysfs.js'

interface CpusetMount {
  mountPoint: string
  version: 1 | 2
}

function cpusetMounts(tree: SysfsTree): CpusetMount[] {
  const mounts = tree.text('proc/mounts') ?? ''
  return mounts
    .split('\n')
    .map((line) => line.split(/\s+/))
    .filter(([, , type, options]) => type === 'cgroup2' || (type === 'cgroup' && (options ?? '').split(',').includes('cpuset')))
    .map(([, mountPoint, type]) => ({ mountPoint: mountPoint.replace(/^\//, ''), version: type === 'cgroup2' ? 2 : 1 }))
}

/** The cgroup of the process from proc/self/cgroup, or, in a captured tree without it, the deepest cpuset found. */
function cpusetFile(tree: SysfsTree, mount: CpusetMount, warnings: string[]): string | null {
  const fileName = mount.version === 2 ? 'cpuset.cpus.effective' : 'cpuset.cpus'
  const membership = tree.text('proc/self/cgroup')
  if (membership !== null) {
    const line = membership
      .split('\n')
      .find((entry) => (mount.version === 2 ? entry.startsWith('0::') : /^\d+:[^:]*\bcpuset\b[^:]*:/.test(entry)))
    if (line === undefined) return null
    const file = join(mount.mountPoint, line.slice(line.lastIndexOf(':') + 1), fileName)
    return tree.exists(file) ? file : null
  }
  const found = findFiles(tree.path(mount.mountPoint), fileName)
  if (found.length === 0) return null
  const deepest = found.sort((a, b) => b.split('/').length - a.split('/').length)[0]
  const file = relative(tree.root, deepest)
  warnings.push(`no proc/self/cgroup in the tree: using the deepest cpuset, ${file}`)
  return file
}

function findFiles(directory: string, name: string): string[] {
  let entries
  try {
    entries = readdirSync(directory, { withFileTypes: true })
  } catch {
    return []
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return findFiles(path, name)
    return entry.name === name ? [path] : []
  })
}

/** Online CPUs the process may run on: its affinity mask (proc/self/status) and every cgroup cpuset above it. */
export function allowedCpus(tree: SysfsTree, online: number[], pid: number | 'self', warnings: string[]): number[] {
  let allowed = new Set(online)
  const status = tree.text(`proc/${pid}/status`)
  const affinity = status === null ? null : /^Cpus_allowed_list:\s*(.*)$/m.exec(status)?.[1]
  if (affinity !== null && affinity !== undefined) {
    const mask = new Set(parseCpuList(affinity, tree.path(`proc/${pid}/status`)))
    allowed = new Set([...allowed].filter((cpu) => mask.has(cpu)))
  }
  for (const mount of cpusetMounts(tree)) {
    const file = cpusetFile(tree, mount, warnings)
    const cpus = file === null ? null : tree.cpuList(file)
    if (cpus === null || cpus.length === 0) continue
    allowed = new Set([...allowed].filter((cpu) => cpus.includes(cpu)))
  }
  return [...allowed].sort((a, b) => a - b)
}

export interface CpuInfo {
  model: string | null
  virtualized: boolean
}

export function readCpuInfo(tree: SysfsTree): CpuInfo {
  const text = tree.text('proc/cpuinfo') ?? ''
  const field = (name: string): string | undefined =>
    new RegExp(`^${name}\\s*:\\s*(.+)$`, 'mi').exec(text)?.[1]?.trim()
  const model = field('model name') ?? field('cpu model') ?? field('family') ?? field('CPU part') ?? null
  const flags = field('flags') ?? field('Features') ?? ''
  return { model, virtualized: flags.split(/\s+/).includes('hypervisor') }
}

/** "always [madvise] never" → "madvise". */
function selected(text: string | null): string | null {
  if (text === null) return null
  return /\[([^\]]+)\]/.exec(text)?.[1] ?? text
}

export function readKernelSettings(tree: SysfsTree): KernelSettings {
  return {
    numaBalancing: tree.text('proc/sys/kernel/numa_balancing'),
    transparentHugepages: selected(tree.text('sys/kernel/mm/transparent_hugepage/enabled')),
    transparentHugepagesDefrag: selected(tree.text('sys/kernel/mm/transparent_hugepage/defrag'))
  }
}
