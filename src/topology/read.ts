/** readTopology: a Topology from a Linux root ("/" or a captured tree), each quirk handled where it is read. */
import { readCpus, onlineCpus, type RawCpu } from './cpus.js'
import { fingerprintOf } from './fingerprint.js'
import { readDistances, readNodes } from './nodes.js'
import { SysfsTree } from './sysfs.js'
import { readAllowed } from './cgroup.js'
import { readCpuInfo, readKernelSettings } from './system.js'
import type { Cpu, Topology } from './types.js'

export interface ReadOptions {
  /** Whose affinity mask bounds allowedCpus; the reading process by default. */
  pid?: number
}

/** L3 domains from the caches; where a CPU has none, its node within its package stands in (with a warning). */
function l3Domains(cpus: RawCpu[], nodeOf: Map<number, number | null>, warnings: string[]): number[][] {
  const fallback = new Map<string, number[]>()
  for (const cpu of cpus) {
    const key = `${cpu.package}/${nodeOf.get(cpu.id)}`
    fallback.set(key, [...(fallback.get(key) ?? []), cpu.id])
  }
  const domains = new Map<string, number[]>()
  let fellBack = false
  for (const cpu of cpus) {
    const shared = cpu.l3Cpus !== null && cpu.l3Cpus.length > 0 ? cpu.l3Cpus : null
    if (shared === null) fellBack = true
    const members = shared ?? fallback.get(`${cpu.package}/${nodeOf.get(cpu.id)}`) ?? [cpu.id]
    domains.set(members.join(','), members)
  }
  if (fellBack) warnings.push('no L3 cache information for some CPUs: their package and node stand in as the L3 domain')
  return [...domains.values()].sort((a, b) => a[0] - b[0])
}

export function readTopology(root = '/', options: ReadOptions = {}): Topology {
  const tree = new SysfsTree(root)
  const warnings: string[] = []
  const online = onlineCpus(tree, warnings)
  const rawCpus = readCpus(tree, online, warnings)
  const numa = readNodes(tree, online, warnings)
  const { nodes } = numa
  const distances = readDistances(tree, numa, warnings)
  const nodeOf = new Map<number, number | null>(online.map((cpu) => [cpu, null]))
  for (const node of nodes) for (const cpu of node.cpus) nodeOf.set(cpu, node.id)
  const domains = l3Domains(rawCpus, nodeOf, warnings)
  const domainOf = new Map(domains.flatMap((domain, index) => domain.map((cpu): [number, number] => [cpu, index])))
  const cpus: Cpu[] = rawCpus.map((cpu) => ({
    id: cpu.id,
    node: nodeOf.get(cpu.id) ?? null,
    package: cpu.package,
    die: cpu.die,
    core: cpu.core,
    l3: domainOf.get(cpu.id) ?? null,
    siblings: cpu.siblings
  }))
  const allowed = readAllowed(
    tree,
    online,
    nodes.map((node) => node.id),
    options.pid ?? 'self',
    warnings
  )
  const info = readCpuInfo(tree)
  const allowedSet = new Set(allowed.cpus)
  const usableNodes = nodes.filter((node) => node.cpus.some((cpu) => allowedSet.has(cpu))).length
  const shape = {
    cpuModel: info.model,
    packages: cpus.some((cpu) => cpu.package === null) ? null : new Set(cpus.map((cpu) => cpu.package)).size,
    dies: new Set(cpus.map((cpu) => `${cpu.package}/${cpu.die}`)).size,
    cores: cpus.some((cpu) => cpu.core === null) ? null : new Set(cpus.map((cpu) => cpu.core)).size,
    pus: cpus.length,
    smt: cpus.some((cpu) => cpu.siblings.length > 1),
    nodes,
    distances,
    cpus,
    l3Domains: domains
  }
  return {
    root,
    numaCapable: usableNodes >= 2,
    ...shape,
    allowedCpus: allowed.cpus,
    allowedMemoryNodes: allowed.memoryNodes,
    virtualized: info.virtualized,
    kernel: readKernelSettings(tree),
    fingerprint: fingerprintOf(shape),
    warnings
  }
}
