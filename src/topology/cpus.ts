/** Online CPUs with their package, die, core and L3, never assuming how the firmware numbered them. */
import type { SysfsTree } from './sysfs.js'
import { TopologyError } from './sysfs.js'
import { formatCpuList } from './cpulist.js'

const CPU_DIR = 'sys/devices/system/cpu'

export interface RawCpu {
  id: number
  /** null when the tree says nothing about packages (no physical_package_id and no package sibling list). */
  package: number | null
  die: number
  /** null when the tree says nothing about cores (no core_id and no thread sibling list). */
  core: number | null
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

interface CpuFiles {
  id: number
  packageId: number | null
  /** The package's online CPUs from package_cpus_list / core_siblings_list, or null when neither exists. */
  packageCpus: number[] | null
  die: number
  coreId: number | null
  /** The core's online CPUs from core_cpus_list / thread_siblings_list, or null when neither exists. */
  threadCpus: number[] | null
  l3Cpus: number[] | null
}

function readCpuFiles(tree: SysfsTree, id: number, onlineSet: Set<number>): CpuFiles {
  const base = `${CPU_DIR}/cpu${id}/topology`
  const online = (cpus: number[] | null): number[] | null => cpus?.filter((cpu) => onlineSet.has(cpu)) ?? null
  const packageId = tree.integer(`${base}/physical_package_id`)
  return {
    id,
    // Firmware may report -1 (unknown); the package's sibling set may still group its CPUs.
    packageId: packageId === null || packageId < 0 ? null : packageId,
    packageCpus: online(
      tree.cpuList(`${base}/package_cpus_list`) ?? tree.cpuSet(`${base}/core_siblings_list`, `${base}/core_siblings`)
    ),
    die: tree.integer(`${base}/die_id`) ?? 0,
    coreId: tree.integer(`${base}/core_id`),
    threadCpus: online(
      tree.cpuList(`${base}/core_cpus_list`) ?? tree.cpuSet(`${base}/thread_siblings_list`, `${base}/thread_siblings`)
    ),
    l3Cpus: online(l3CpusOf(tree, id))
  }
}

/**
 * Which package each CPU is on, hwloc's way: the kernel's package sibling list first (it groups CPUs even where
 * physical_package_id is -1 or repeats across packages), the id where no list exists; null for all when some CPU has
 * neither, since a package made up per CPU would invent cross-package pairs.
 */
function packageKeys(raw: CpuFiles[], warnings: string[]): Map<number, string> | null {
  const unknown = raw.filter(
    (cpu) => (cpu.packageCpus === null || cpu.packageCpus.length === 0) && cpu.packageId === null
  )
  if (unknown.length > 0) {
    warnings.push(
      `no physical_package_id or package sibling list for CPU(s) ${formatCpuList(unknown.map((cpu) => cpu.id))}: ` +
        'packages are unknown on this machine, so the classes that need them are not measured'
    )
    return null
  }
  const keys = new Map(
    raw.map((cpu): [number, string] =>
      cpu.packageCpus !== null && cpu.packageCpus.length > 0
        ? [cpu.id, `cpus:${cpu.packageCpus[0]}`]
        : [cpu.id, `id:${cpu.packageId}`]
    )
  )
  if (raw.some((cpu) => cpu.packageId === null)) {
    warnings.push('physical_package_id is -1 or missing for some CPUs: packages grouped by their core_siblings')
  }
  const byId = new Map<number, Set<string>>()
  for (const cpu of raw) {
    if (cpu.packageId !== null)
      byId.set(cpu.packageId, (byId.get(cpu.packageId) ?? new Set()).add(keys.get(cpu.id) ?? ''))
  }
  const split = [...byId.entries()].filter(([, groups]) => groups.size > 1).map(([id]) => id)
  if (split.length > 0) {
    warnings.push(
      `physical_package_id ${split.join(', ')} is shared by CPUs whose package sibling lists differ: the sibling ` +
        'lists are followed, as hwloc does'
    )
  }
  return keys
}

/** Reads each online CPU; packages, dies and cores are renumbered 0.. in order of their first CPU. */
export function readCpus(tree: SysfsTree, online: number[], warnings: string[]): RawCpu[] {
  const onlineSet = new Set(online)
  const raw = online.map((id) => readCpuFiles(tree, id, onlineSet))
  const packageKeyOf = packageKeys(raw, warnings)
  const packageKey = (cpu: CpuFiles): string => packageKeyOf?.get(cpu.id) ?? 'unknown'
  const coresUnknown = raw.filter((cpu) => cpu.coreId === null && cpu.threadCpus === null)
  if (coresUnknown.length > 0) {
    warnings.push(
      `no core_id or thread sibling list for CPU(s) ${formatCpuList(coresUnknown.map((cpu) => cpu.id))}: cores and ` +
        'SMT are unknown on this machine'
    )
  }
  const pairedAcrossCores = raw.some((cpu) =>
    (cpu.threadCpus ?? []).some((other) => {
      const otherCoreId = raw.find((candidate) => candidate.id === other)?.coreId
      return cpu.coreId !== null && otherCoreId !== null && otherCoreId !== cpu.coreId
    })
  )
  if (pairedAcrossCores) {
    warnings.push(
      'thread_siblings_list pairs CPUs with different core_id (e.g. AMD Bulldozer compute units): counted as separate cores without SMT, as hwloc does'
    )
  }
  const byId = new Map(raw.map((cpu) => [cpu.id, cpu]))
  // Two CPUs are one core only if the kernel calls them thread siblings AND (where core_id exists) share a core_id:
  // core_id alone repeats across clusters and dies, and thread_siblings alone pairs Bulldozer's separate integer cores.
  // Without core_id the thread sibling list alone tells, as it does for hwloc. Sibling lists that disagree with each
  // other are joined, so that every CPU ends up in exactly one core.
  const core = unionFind(online)
  for (const cpu of raw) {
    for (const other of cpu.threadCpus ?? []) {
      const candidate = byId.get(other)
      if (candidate === undefined || packageKey(candidate) !== packageKey(cpu)) continue
      if (cpu.coreId === null || candidate.coreId === null || candidate.coreId === cpu.coreId) core.join(cpu.id, other)
    }
  }
  const packageIndex = indexer()
  const coreIndex = indexer()
  return raw.map((cpu) => {
    const siblings = core.members(cpu.id)
    return {
      id: cpu.id,
      package: packageKeyOf === null ? null : packageIndex(packageKey(cpu)),
      die: cpu.die,
      core: coresUnknown.length > 0 ? null : coreIndex(`${siblings[0]}`),
      siblings,
      l3Cpus: cpu.l3Cpus
    }
  })
}

/** Disjoint sets of CPU ids: join two, ask for the ascending members of one's set. */
function unionFind(ids: number[]): { join: (a: number, b: number) => void; members: (id: number) => number[] } {
  const parent = new Map(ids.map((id) => [id, id]))
  // Computed on the first question, after every join.
  let groups: Map<number, number[]> | undefined
  const root = (id: number): number => {
    let at = id
    while (parent.get(at) !== at) at = parent.get(at) as number
    parent.set(id, at)
    return at
  }
  return {
    join: (a, b) => {
      const [low, high] = [root(a), root(b)].sort((x, y) => x - y)
      parent.set(high, low)
    },
    members: (id) => {
      if (groups === undefined) {
        groups = new Map()
        for (const other of ids) groups.set(root(other), [...(groups.get(root(other)) ?? []), other])
      }
      return groups.get(root(id)) ?? [id]
    }
  }
}

function indexer(): (key: string) => number {
  const seen = new Map<string, number>()
  return (key) => {
    if (!seen.has(key)) seen.set(key, seen.size)
    return seen.get(key) as number
  }
}
