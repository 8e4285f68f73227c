/** What the machine is, read from sysfs/procfs. Everything downstream (plan, fingerprint, report) starts here. */

export interface NumaNode {
  id: number
  /** Online CPUs of this node, ascending. Empty for a memory-only (CPU-less) node. */
  cpus: number[]
  /** MemTotal of the node, or null when the node has no meminfo file. */
  memoryMiB: number | null
}

export interface Cpu {
  id: number
  /** NUMA node id, or null when no node folder lists it. */
  node: number | null
  /** Package (socket) index 0.., from the kernel's package sibling lists; null when the tree does not tell. */
  package: number | null
  die: number
  /** Core index 0.., unique machine-wide (core_id repeats across packages in sysfs); null when the tree does not tell. */
  core: number | null
  /** Index into Topology.l3Domains, or null when no L3 is known. */
  l3: number | null
  /** Online SMT siblings including this CPU, ascending. */
  siblings: number[]
}

export interface KernelSettings {
  /** /proc/sys/kernel/numa_balancing: "0" off, "1" on, null when absent. */
  numaBalancing: string | null
  /** The selected value of /sys/kernel/mm/transparent_hugepage/enabled, e.g. "madvise". */
  transparentHugepages: string | null
  transparentHugepagesDefrag: string | null
}

export interface Topology {
  /** The fake or real root the tree was read from. */
  root: string
  /** True only when at least two nodes have CPUs this process may use. */
  numaCapable: boolean
  /** Online nodes sorted by id, including CPU-less ones. */
  nodes: NumaNode[]
  /** SLIT distances, rows and columns in the order of `nodes`; null when unknown. */
  distances: number[][] | null
  /** null: unknown on this machine (no package ids or sibling lists in sysfs), never a made-up count. */
  packages: number | null
  dies: number
  /** null: unknown on this machine (no core ids or thread sibling lists in sysfs). */
  cores: number | null
  /** Online CPUs of the machine. */
  pus: number
  smt: boolean
  /** Online CPUs, ascending by id. */
  cpus: Cpu[]
  /** CPU sets sharing one L3 (or the fallback domain), each ascending, sorted by first CPU. */
  l3Domains: number[][]
  /** CPUs this process may run on (affinity mask and cgroup cpuset), ascending. */
  allowedCpus: number[]
  /** Nodes this process may allocate on (Mems_allowed_list and cgroup cpuset mems), ascending; absent when not read. */
  allowedMemoryNodes?: number[]
  cpuModel: string | null
  /** The `hypervisor` cpuinfo flag. */
  virtualized: boolean
  kernel: KernelSettings
  /** Short stable hash of what makes numbers comparable; see fingerprint.ts. */
  fingerprint: string
  warnings: string[]
}

export const PLACEMENT_CLASSES = ['smt-sibling', 'same-l3', 'same-node', 'same-package', 'cross-package'] as const
export type PlacementClassName = (typeof PLACEMENT_CLASSES)[number]

/** A [producerCpu, consumerCpu] pair. */
export type CpuPair = [number, number]

export interface PlacementClass {
  name: PlacementClassName
  /** SLIT distance between the pair's nodes (the same for every pair of the class when the SLIT is regular). */
  distance: number | null
  /** Representative pairs, both directions, on more than one package where the machine has them. Empty when unavailable. */
  pairs: CpuPair[]
  /** Why the class has no pair on this machine (e.g. "one NUMA node"), absent when it has pairs. */
  unavailableReason?: string
}
