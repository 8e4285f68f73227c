/**
 * Placement classes: how far apart a producer and a consumer CPU are, from sharing a core to sitting on different
 * packages. Measuring every pair of a 2 × 64-core machine is infeasible, so each class keeps a few representatives.
 */
import {
  PLACEMENT_CLASSES,
  type Cpu,
  type CpuPair,
  type PlacementClass,
  type PlacementClassName,
  type Topology
} from './types.js'

/** Unordered pairs kept per class before adding the reverse direction of each. */
const REPRESENTATIVES_PER_CLASS = 4

/** The class of a pair, or null when the pair is one CPU or the tree cannot tell (cores or packages unknown). */
export function classify(a: Cpu, b: Cpu): PlacementClassName | null {
  if (a.id === b.id) return null
  if (a.core === null || b.core === null) return null
  if (a.siblings.includes(b.id)) return 'smt-sibling'
  if (a.package === null || b.package === null) return a.node === b.node ? withinNode(a, b) : null
  if (a.package !== b.package) return 'cross-package'
  if (a.node !== b.node) return 'same-package'
  return withinNode(a, b)
}

function withinNode(a: Cpu, b: Cpu): PlacementClassName {
  return a.l3 !== b.l3 ? 'same-node' : 'same-l3'
}

export function nodeDistance(topology: Topology, from: number | null, to: number | null): number | null {
  if (topology.distances === null || from === null || to === null) return null
  const row = topology.nodes.findIndex((node) => node.id === from)
  const column = topology.nodes.findIndex((node) => node.id === to)
  return row < 0 || column < 0 ? null : topology.distances[row][column]
}

interface Candidate {
  pair: CpuPair
  distance: number
  /** Where the pair sits: its package, or its two packages; used to spread representatives over the machine. */
  site: string
}

/**
 * Nearest and farthest by SLIT distance, then the first pair of the first and of the last site, so that classes inside
 * a package are sampled on more than one package. CPU 0 (housekeeping, interrupts) only when nothing else exists.
 */
function representatives(candidates: Candidate[]): CpuPair[] {
  const withoutCpu0 = candidates.filter(({ pair }) => !pair.includes(0))
  const pool = withoutCpu0.length > 0 ? withoutCpu0 : candidates
  const nearest = pool.reduce((best, next) => (next.distance < best.distance ? next : best))
  const farthest = pool.reduce((best, next) => (next.distance > best.distance ? next : best))
  const sites = [...new Set(pool.map((candidate) => candidate.site))]
  const firstOfSite = (site: string): Candidate => pool.find((candidate) => candidate.site === site) as Candidate
  const chosen = [nearest, farthest, firstOfSite(sites[0]), firstOfSite(sites[sites.length - 1])]
  const unique = [...new Map(chosen.map((candidate) => [candidate.pair.join('>'), candidate.pair])).values()]
  return unique.slice(0, REPRESENTATIVES_PER_CLASS).flatMap(([a, b]): CpuPair[] => [
    [a, b],
    [b, a]
  ])
}

/** Why the tree cannot tell a class's pairs apart, or null when it can. */
function unknownReason(topology: Topology, name: PlacementClassName): string | null {
  if (topology.cores === null) return 'unknown on this machine: sysfs gives no core_id or thread sibling lists'
  if (topology.packages === null && (name === 'same-package' || name === 'cross-package')) {
    return 'unknown on this machine: sysfs gives no physical_package_id or package sibling lists'
  }
  return null
}

function unavailableReason(topology: Topology, name: PlacementClassName): string {
  const unknown = unknownReason(topology, name)
  if (unknown !== null) return unknown
  const nodesWithCpus = topology.nodes.filter((node) => node.cpus.length > 0).length
  switch (name) {
    case 'smt-sibling':
      return topology.smt ? 'no usable pair of SMT siblings' : 'no SMT: one hardware thread per core'
    case 'same-l3':
      return 'no L3 domain holds two usable cores'
    case 'same-node':
      return 'no NUMA node holds two L3 domains with usable CPUs'
    case 'same-package':
      return nodesWithCpus < 2 ? 'one NUMA node' : 'no package spans two NUMA nodes with usable CPUs'
    case 'cross-package':
      return (topology.packages ?? 0) < 2 ? 'one package (socket)' : 'the usable CPUs are all on one package'
  }
}

export function placementClasses(topology: Topology): PlacementClass[] {
  const allowed = new Set(topology.allowedCpus)
  const usable = topology.cpus.filter((cpu) => allowed.has(cpu.id))
  const byClass = new Map<PlacementClassName, Candidate[]>(PLACEMENT_CLASSES.map((name) => [name, []]))
  for (const [index, a] of usable.entries()) {
    for (const b of usable.slice(index + 1)) {
      const name = classify(a, b)
      if (name === null) continue
      const site = name === 'cross-package' ? `${a.package}-${b.package}` : `${a.package}`
      const distance = nodeDistance(topology, a.node, b.node) ?? 0
      byClass.get(name)?.push({ pair: [a.id, b.id], distance, site })
    }
  }
  return PLACEMENT_CLASSES.map((name) => {
    const candidates = byClass.get(name) ?? []
    if (candidates.length === 0) {
      return { name, distance: null, pairs: [], unavailableReason: unavailableReason(topology, name) }
    }
    const pairs = representatives(candidates)
    const distances = pairs.map(([a, b]) =>
      nodeDistance(topology, cpuById(topology, a).node, cpuById(topology, b).node)
    )
    const known = distances.filter((distance): distance is number => distance !== null)
    return { name, distance: known.length > 0 ? Math.min(...known) : null, pairs }
  })
}

function cpuById(topology: Topology, id: number): Cpu {
  return topology.cpus.find((cpu) => cpu.id === id) as Cpu
}
