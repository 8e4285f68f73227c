/** Online CPUs with their package, die, core and L3, never assuming how the firmware numbered them. */
import type { SysfsTree } from './sysfs.js'
import { TopologyError } from './sysfs.js'

const CPU_DIR = 'sys/devices/system/cpu'

export interface RawCpu {
  id: number
  package: number
  die: number
  core: number
  siblings: number[]
  /** CPUs sharing this CPU's L3, or null when the tree has no L3 entry for it. */
  l3Cpus: number[] | null
}

/** Online CPUs: cpu/online when present, else each CPU's own online flag, else a topology folder (offline CPUs lose it). */
export function onlineCpus(tree: SysfsTree, warnings: string[]): number[] {
  const present = tree.numberedEntries(CPU_DIR, 'cpu')
  if (present.length === 0) throw new TopologyError(`${tree.path(CPU_DIR)}: no cpuN folder: not a Linux sysfs tree`)
  const listed = tree.cpuList(`${CPU_DIR}/online`)
  if (listed !== null) {
    const missing = listed.filter((cpu) => !present.includes(cpu))
    if (missing.length > 0) warnings.push(`${CPU_DIR}/online lists CPUs without a folder: ${missing.join(', ')}`)
    return listed.filter((cpu) => present.includes(cpu))
  }
  return present.filter((cpu) => {
    // Some kernels leave the flag empty; then, as when it is absent, the topology folder tells.
    const flag = tree.text(`${CPU_DIR}/cpu${cpu}/online`)
    return flag === null || flag === '' ? tree.isDirectory(`${CPU_DIR}/cpu${cpu}/topology`) : flag === '1'
  })
}

function l3CpusOf(tree: SysfsTree, cpu: number): number[] | null {
  const cacheDir = `${CPU_DIR}/cpu${cpu}/cache`
  for (const index of tree.numberedEntries(cacheDir, 'index')) {
    const base = `${cacheDir}/index${index}`
    if (tree.integer(`${base}/level`) !== 3 || tree.text(`${base}/type`) === 'Instruction') continue
    return tree.cpuSet(`${base}/shared_cpu_list`, `${base}/shared_cpu_map`)
  }
  return null
}

/** Reads each online CPU; packages, dies and cores are renumbered 0.. in order of their first CPU. */
export function readCpus(tree: SysfsTree, online: number[], warnings: string[]): RawCpu[] {
  const onlineSet = new Set(online)
  const raw = online.map((id) => {
    const base = `${CPU_DIR}/cpu${id}/topology`
    if (!tree.isDirectory(base)) throw new TopologyError(`${tree.path(base)}: missing for online CPU ${id}`)
    const packageId = tree.integer(`${base}/physical_package_id`)
    const packageCpus = tree.cpuSet(`${base}/core_siblings_list`, `${base}/core_siblings`)
    const threadCpus = tree.cpuSet(`${base}/thread_siblings_list`, `${base}/thread_siblings`) ?? [id]
    return {
      id,
      // Firmware may report -1 (unknown); the package's sibling set still groups its CPUs.
      packageKey:
        packageId === null || packageId < 0
          ? `cpus:${(packageCpus ?? [id]).find((cpu) => onlineSet.has(cpu)) ?? id}`
          : `id:${packageId}`,
      unknownPackage: packageId === null || packageId < 0,
      die: tree.integer(`${base}/die_id`) ?? 0,
      coreId: tree.integer(`${base}/core_id`) ?? id,
      threadCpus: threadCpus.filter((cpu) => onlineSet.has(cpu)),
      l3Cpus: l3CpusOf(tree, id)?.filter((cpu) => onlineSet.has(cpu)) ?? null
    }
  })
  if (raw.some((cpu) => cpu.unknownPackage)) {
    warnings.push('physical_package_id is -1 or missing for some CPUs: packages grouped by their core_siblings')
  }
  const coreIdOf = new Map(raw.map((cpu) => [cpu.id, cpu.coreId]))
  const pairedAcrossCores = raw.some((cpu) => cpu.threadCpus.some((other) => coreIdOf.get(other) !== cpu.coreId))
  if (pairedAcrossCores) {
    warnings.push(
      'thread_siblings_list pairs CPUs with different core_id (e.g. AMD Bulldozer compute units): counted as separate cores without SMT, as hwloc does'
    )
  }
  const packageIndex = indexer()
  const coreIndex = indexer()
  const sameCoreId = new Map<string, typeof raw>()
  for (const cpu of raw) {
    const key = `${cpu.packageKey}/${cpu.coreId}`
    sameCoreId.set(key, [...(sameCoreId.get(key) ?? []), cpu])
  }
  return raw.map((cpu) => {
    // Two CPUs are one core only if the kernel calls them thread siblings AND they share a core_id: core_id alone
    // repeats across clusters and dies, and thread_siblings alone pairs Bulldozer's separate integer cores.
    const siblings = (sameCoreId.get(`${cpu.packageKey}/${cpu.coreId}`) ?? [])
      .filter((other) => other.id === cpu.id || cpu.threadCpus.includes(other.id))
      .map((other) => other.id)
    return {
      id: cpu.id,
      package: packageIndex(cpu.packageKey),
      die: cpu.die,
      core: coreIndex(`${cpu.packageKey}/${siblings[0]}`),
      siblings,
      l3Cpus: cpu.l3Cpus
    }
  })
}

function indexer(): (key: string) => number {
  const seen = new Map<string, number>()
  return (key) => {
    if (!seen.has(key)) seen.set(key, seen.size)
    return seen.get(key) as number
  }
}
