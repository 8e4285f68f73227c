/**
 * A short hash of what makes two machines' numbers comparable. It covers what changes coherence costs (CPU model,
 * sockets, nodes, distances, SMT, how CPUs share an L3) and nothing that varies between runs on one machine (free
 * memory, file order, the process's cgroup).
 */
import { createHash } from 'node:crypto'
import type { Topology } from './types.js'

type FingerprintInput = Pick<
  Topology,
  'cpuModel' | 'packages' | 'dies' | 'cores' | 'pus' | 'smt' | 'nodes' | 'distances' | 'cpus' | 'l3Domains'
>

export function fingerprintOf(topology: FingerprintInput): string {
  const packageOf = new Map(topology.cpus.map((cpu) => [cpu.id, cpu.package]))
  const canonical = {
    cpuModel: topology.cpuModel,
    packages: topology.packages,
    dies: topology.dies,
    cores: topology.cores,
    pus: topology.pus,
    smt: topology.smt,
    nodes: topology.nodes.map((node) => ({ id: node.id, cpus: node.cpus.length, cpuless: node.cpus.length === 0 })),
    distances: topology.distances,
    // Domain sizes per package, sorted: the L3 layout without depending on how CPUs were numbered.
    l3: topology.l3Domains.map((domain) => `${packageOf.get(domain[0])}:${domain.length}`).sort()
  }
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 12)
}
