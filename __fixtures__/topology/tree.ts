/** Writes small synthetic sysfs trees into a temp dir, for the quirks no captured tree shows in isolation. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { formatCpuList } from '../../src/topology/cpulist.js'

export interface SyntheticCpu {
  id: number
  package: number
  core: number
  /** CPUs sharing this CPU's L3; omitted: no cache folder. */
  l3?: number[]
  die?: number
}

export interface SyntheticTree {
  cpus: SyntheticCpu[]
  /** node id → its CPUs (an empty list for a memory-only node). */
  nodes?: Record<number, number[]>
  distances?: string[]
  online?: string
  extraFiles?: Record<string, string>
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
}

export function makeTree(spec: SyntheticTree): string {
  const root = mkdtempSync(join(tmpdir(), 'sysfs-'))
  const files: Record<string, string> = {}
  const cpuDir = 'sys/devices/system/cpu'
  files[`${cpuDir}/online`] = spec.online ?? `${formatCpuList(spec.cpus.map((cpu) => cpu.id))}\n`
  for (const cpu of spec.cpus) {
    const siblings = spec.cpus.filter((other) => other.package === cpu.package && other.core === cpu.core)
    const base = `${cpuDir}/cpu${cpu.id}`
    files[`${base}/topology/physical_package_id`] = `${cpu.package}\n`
    files[`${base}/topology/core_id`] = `${cpu.core}\n`
    files[`${base}/topology/die_id`] = `${cpu.die ?? 0}\n`
    files[`${base}/topology/thread_siblings_list`] = `${formatCpuList(siblings.map((other) => other.id))}\n`
    files[`${base}/topology/core_siblings_list`] =
      `${formatCpuList(spec.cpus.filter((other) => other.package === cpu.package).map((other) => other.id))}\n`
    if (cpu.l3 !== undefined) {
      files[`${base}/cache/index3/level`] = '3\n'
      files[`${base}/cache/index3/type`] = 'Unified\n'
      files[`${base}/cache/index3/shared_cpu_list`] = `${formatCpuList(cpu.l3)}\n`
    }
  }
  for (const [id, cpus] of Object.entries(spec.nodes ?? {})) {
    files[`sys/devices/system/node/node${id}/cpulist`] = `${formatCpuList(cpus)}\n`
    files[`sys/devices/system/node/node${id}/meminfo`] =
      `Node ${id} MemTotal:       2097152 kB\nNode ${id} MemFree: 1000 kB\n`
  }
  ;(spec.distances ?? []).forEach((row, index) => {
    const id = Object.keys(spec.nodes ?? {})[index]
    files[`sys/devices/system/node/node${id}/distance`] = `${row}\n`
  })
  writeFiles(root, { ...files, ...(spec.extraFiles ?? {}) })
  return root
}

/** Two packages × two cores × two threads, one node and one L3 per package: a small 2-socket machine. */
export function twoSocketSpec(): SyntheticTree {
  // Linux numbering: all cores first, then their SMT siblings (cpu n and n+4 share a core).
  const cpus: SyntheticCpu[] = []
  for (let id = 0; id < 8; id++) {
    const pkg = id % 4 < 2 ? 0 : 1
    cpus.push({ id, package: pkg, core: id % 2, l3: pkg === 0 ? [0, 1, 4, 5] : [2, 3, 6, 7] })
  }
  return { cpus, nodes: { 0: [0, 1, 4, 5], 1: [2, 3, 6, 7] }, distances: ['10 21', '21 10'] }
}
