/** What the process may use, kept apart from what the machine has: its affinity mask and its cgroup cpuset. */
import { readdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import type { SysfsTree } from './sysfs.js'

/** The cgroup controllers read here: cpuset (what the process may use) and cpu (the doctor's CPU-time quota). */
export type CgroupController = 'cpuset' | 'cpu'

export interface CgroupMount {
  controller: CgroupController
  mountPoint: string
  /** 2: cgroup2; 1: a cgroup v1 hierarchy with the controller, or the legacy `cpuset` file system. */
  version: 1 | 2
  /** File name prefix: "<controller>." unless mounted with `noprefix` (or as the legacy cpuset file system). */
  prefix: string
  legacy: boolean
}

/** The mounts (relative to the root) where the controller's files are: cgroup2, or a v1 hierarchy that has it. */
export function cgroupMounts(tree: SysfsTree, controller: CgroupController): CgroupMount[] {
  const mounts = tree.text('proc/mounts') ?? ''
  return mounts.split('\n').flatMap((line): CgroupMount[] => {
    const [, mountPoint, type, options = ''] = line.split(/\s+/)
    const flags = options.split(',')
    const at = (mountPoint ?? '').replace(/^\//, '')
    const mount = { controller, mountPoint: at, legacy: false }
    if (type === 'cgroup2') return [{ ...mount, version: 2, prefix: `${controller}.` }]
    if (type === 'cgroup' && flags.includes(controller)) {
      return [{ ...mount, version: 1, prefix: flags.includes('noprefix') ? '' : `${controller}.` }]
    }
    if (type === 'cpuset' && controller === 'cpuset') return [{ ...mount, version: 1, prefix: '', legacy: true }]
    return []
  })
}

/** File names holding the allowed CPUs or memory nodes, the effective (inherited and clipped) one first. */
function fileNames(mount: CgroupMount, what: 'cpus' | 'mems'): string[] {
  return mount.version === 2
    ? [`cpuset.${what}.effective`]
    : [`${mount.prefix}effective_${what}`, `${mount.prefix}${what}`]
}

/**
 * The process's cgroup path inside the mount, from proc/<pid>/cgroup (or proc/<pid>/cpuset for the legacy mount):
 * null when the process is in no cgroup of it, undefined when the tree has no such file.
 */
export function cgroupMembership(tree: SysfsTree, mount: CgroupMount, pid: number | 'self'): string | null | undefined {
  if (mount.legacy) return tree.text(`proc/${pid}/cpuset`) ?? undefined
  const text = tree.text(`proc/${pid}/cgroup`)
  if (text === null) return undefined
  const v1 = new RegExp(`^\\d+:([^:]*,)?${mount.controller}(,[^:]*)?:`)
  const line = text.split('\n').find((entry) => (mount.version === 2 ? entry.startsWith('0::') : v1.test(entry)))
  return line === undefined ? null : line.slice(line.lastIndexOf(':') + 1)
}

function directoriesWith(directory: string, names: string[]): string[] {
  let entries
  try {
    entries = readdirSync(directory, { withFileTypes: true })
  } catch {
    return []
  }
  const here = entries.some((entry) => entry.isFile() && names.includes(entry.name)) ? [directory] : []
  return [
    ...here,
    ...entries
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => directoriesWith(join(directory, entry.name), names))
  ]
}

/**
 * The cgroup folder whose cpuset applies. A captured tree may lack proc/<pid>/cgroup: then a single chain of cgroups
 * tells (its deepest folder), while sibling cgroups leave it unknowable, so no restriction is applied.
 */
function cgroupFolder(tree: SysfsTree, mount: CgroupMount, pid: number | 'self', warnings: string[]): string | null {
  const path = cgroupMembership(tree, mount, pid)
  if (path === null) return null
  if (path !== undefined) return join(mount.mountPoint, path).replace(/\/+$/, '')
  const found = directoriesWith(tree.path(mount.mountPoint), fileNames(mount, 'cpus'))
  if (found.length === 0) return null
  const deepest = found.reduce((best, next) => (next.split('/').length > best.split('/').length ? next : best))
  const onOneChain = found.every((folder) => deepest === folder || deepest.startsWith(`${folder}/`))
  const shown = relative(tree.root, deepest) || '.'
  if (!onOneChain) {
    warnings.push(
      `no proc/${pid}/cgroup and several cgroups under ${mount.mountPoint}: the cgroup cpuset is not applied`
    )
    return null
  }
  warnings.push(`no proc/${pid}/cgroup in the tree: using the deepest cpuset, ${shown}`)
  return relative(tree.root, deepest)
}

/** Reads the nearest cpuset file at or above the cgroup (cgroup2 omits it where the controller is not enabled). */
function cpusetSet(tree: SysfsTree, mount: CgroupMount, folder: string, what: 'cpus' | 'mems'): number[] | null {
  for (let at = folder; ; at = dirname(at)) {
    for (const name of fileNames(mount, what)) {
      const set = tree.cpuList(join(at, name))
      // An empty effective set means "inherit" in some v1 set-ups; the parent's then applies.
      if (set !== null && set.length > 0) return set
    }
    if (at === mount.mountPoint || at === '.' || at === '/' || !at.startsWith(mount.mountPoint)) return null
  }
}

export interface Allowed {
  cpus: number[]
  memoryNodes: number[]
}

function intersect(current: number[], limit: number[] | null): number[] {
  if (limit === null) return current
  const allowed = new Set(limit)
  return current.filter((id) => allowed.has(id))
}

/** Online CPUs and nodes the process may use: its affinity (proc/<pid>/status) and every cpuset it is in. */
export function readAllowed(
  tree: SysfsTree,
  online: number[],
  nodes: number[],
  pid: number | 'self',
  warnings: string[]
): Allowed {
  const statusFile = `proc/${pid}/status`
  const status = tree.text(statusFile)
  const field = (name: string): number[] | null => {
    const value = status === null ? undefined : new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(status)?.[1]
    return value === undefined ? null : tree.cpuListIn(value, `${tree.path(statusFile)} ${name}`)
  }
  let cpus = intersect(online, field('Cpus_allowed_list'))
  let memoryNodes = intersect(nodes, field('Mems_allowed_list'))
  for (const mount of cgroupMounts(tree, 'cpuset')) {
    const folder = cgroupFolder(tree, mount, pid, warnings)
    if (folder === null) continue
    const restricted = intersect(cpus, cpusetSet(tree, mount, folder, 'cpus'))
    if (restricted.length === 0) {
      warnings.push(`the cpuset of ${folder} shares no CPU with the online CPUs: ignored`)
    } else {
      cpus = restricted
      memoryNodes = intersect(memoryNodes, cpusetSet(tree, mount, folder, 'mems'))
    }
  }
  return { cpus, memoryNodes }
}
