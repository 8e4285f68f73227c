/**
 * Sysfs trees with any combination of the files firmware and kernels leave out or get wrong, written the way the
 * kernel writes them (a cpulist and a hex mask for each set, which hwloc needs), for topology tests and for hwloc.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { formatCpuList, formatCpuMask } from '../../src/topology/cpulist.js'

export interface TreeCpu {
  id: number
  /** physical_package_id; null: no such file. */
  packageId: number | null
  /** core_siblings(_list); null: no such files. */
  packageCpus: number[] | null
  /** core_id; null: no such file. */
  coreId: number | null
  /** thread_siblings(_list); null: no such files. */
  threadCpus: number[] | null
  /** false: no topology folder at all. */
  topology?: boolean
}

export interface TreeSpec {
  cpus: TreeCpu[]
  /** node id → its cpulist; absent: no node folders. */
  nodes?: Record<number, number[]>
  /** One SLIT row per node, in node order; absent: no distance files. */
  distances?: number[][]
}

/** A regular machine: `packages` × `coresPerPackage` × `threads`, CPUs numbered core-major like Linux does. */
export function regularCpus(packages: number, coresPerPackage: number, threads: number): TreeCpu[] {
  const cores = packages * coresPerPackage
  return Array.from({ length: cores * threads }, (_, id) => {
    const core = id % cores
    const pkg = Math.floor(core / coresPerPackage)
    return {
      id,
      packageId: pkg,
      packageCpus: Array.from({ length: cores * threads }, (__, other) => other).filter(
        (other) => Math.floor((other % cores) / coresPerPackage) === pkg
      ),
      coreId: core % coresPerPackage,
      threadCpus: Array.from({ length: threads }, (__, thread) => core + thread * cores)
    }
  })
}

export function writeTree(spec: TreeSpec): string {
  const root = mkdtempSync(join(tmpdir(), 'sysfs-hardening-'))
  const files: Record<string, string> = {}
  const width = Math.max(32, ...spec.cpus.map((cpu) => cpu.id + 1))
  const set = (path: string, cpus: number[]): void => {
    files[`${path}_list`] = `${formatCpuList(cpus)}\n`
    files[path] = `${formatCpuMask(cpus, width)}\n`
  }
  const cpuDir = 'sys/devices/system/cpu'
  const all = formatCpuList(spec.cpus.map((cpu) => cpu.id))
  for (const name of ['online', 'possible', 'present']) files[`${cpuDir}/${name}`] = `${all}\n`
  for (const cpu of spec.cpus) {
    const base = `${cpuDir}/cpu${cpu.id}/topology`
    mkdirSync(join(root, cpuDir, `cpu${cpu.id}`), { recursive: true })
    if (cpu.topology === false) continue
    mkdirSync(join(root, base), { recursive: true })
    if (cpu.packageId !== null) files[`${base}/physical_package_id`] = `${cpu.packageId}\n`
    if (cpu.coreId !== null) files[`${base}/core_id`] = `${cpu.coreId}\n`
    if (cpu.packageCpus !== null) set(`${base}/core_siblings`, cpu.packageCpus)
    if (cpu.threadCpus !== null) set(`${base}/thread_siblings`, cpu.threadCpus)
  }
  const nodes = Object.entries(spec.nodes ?? {})
  for (const [index, [id, cpus]] of nodes.entries()) {
    const base = `sys/devices/system/node/node${id}`
    files[`${base}/cpulist`] = `${formatCpuList(cpus)}\n`
    files[`${base}/cpumap`] = `${formatCpuMask(cpus, width)}\n`
    files[`${base}/meminfo`] = `Node ${id} MemTotal:       2097152 kB\n`
    if (spec.distances !== undefined) files[`${base}/distance`] = `${spec.distances[index].join(' ')}\n`
  }
  if (nodes.length > 0) files['sys/devices/system/node/online'] = `${formatCpuList(nodes.map(([id]) => Number(id)))}\n`
  files['proc/cpuinfo'] = 'processor\t: 0\nmodel name\t: Generated CPU\n'
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}
