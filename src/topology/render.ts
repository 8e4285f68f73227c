/** The topology as the CLI contract's JSON object, and as a summary a person reads at a glance. */
import { formatCpuList } from './cpulist.js'
import type { PlacementClass, Topology } from './types.js'

/** The `topology --json` contract: the topology without per-CPU detail, plus the placement classes. */
export type TopologyJson = Pick<
  Topology,
  | 'numaCapable'
  | 'distances'
  | 'packages'
  | 'dies'
  | 'cores'
  | 'pus'
  | 'smt'
  | 'l3Domains'
  | 'allowedCpus'
  | 'allowedMemoryNodes'
  | 'cpuModel'
  | 'virtualized'
  | 'kernel'
  | 'fingerprint'
  | 'warnings'
> & {
  nodes: Topology['nodes']
  classes: PlacementClass[]
}

export function topologyToJson(topology: Topology, classes: PlacementClass[]): TopologyJson {
  return {
    numaCapable: topology.numaCapable,
    nodes: topology.nodes.map(({ id, cpus, memoryMiB }) => ({ id, cpus, memoryMiB })),
    distances: topology.distances,
    packages: topology.packages,
    dies: topology.dies,
    cores: topology.cores,
    pus: topology.pus,
    smt: topology.smt,
    l3Domains: topology.l3Domains,
    allowedCpus: topology.allowedCpus,
    allowedMemoryNodes: topology.allowedMemoryNodes ?? topology.nodes.map((node) => node.id),
    cpuModel: topology.cpuModel,
    virtualized: topology.virtualized,
    kernel: topology.kernel,
    fingerprint: topology.fingerprint,
    classes: classes.map(({ name, distance, pairs, unavailableReason }) =>
      unavailableReason === undefined ? { name, distance, pairs } : { name, distance, pairs, unavailableReason }
    ),
    warnings: topology.warnings
  }
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  return rows.map((row) => row.map((cell, column) => cell.padStart(widths[column])).join('  '))
}

export function renderTopologyText(topology: Topology, classes: PlacementClass[]): string {
  const lines: string[] = []
  const nodesWithCpus = topology.nodes.filter((node) => node.cpus.length > 0).length
  lines.push(
    `${topology.cpuModel ?? 'unknown CPU'}${topology.virtualized ? ' (virtual machine)' : ''}`,
    `${topology.packages ?? 'unknown'} package(s), ${topology.dies} die(s), ${topology.cores ?? 'unknown'} cores, ${topology.pus} online CPUs, ` +
      `SMT ${topology.smt ? 'on' : 'off'}, ${topology.l3Domains.length} L3 domain(s); fingerprint ${topology.fingerprint}`,
    `usable by this process: CPUs ${formatCpuList(topology.allowedCpus)}` +
      (topology.allowedMemoryNodes === undefined
        ? ''
        : `, memory on nodes ${formatCpuList(topology.allowedMemoryNodes)}`),
    `kernel: numa_balancing ${topology.kernel.numaBalancing ?? 'unknown'}, transparent hugepages ` +
      `${topology.kernel.transparentHugepages ?? 'unknown'} (defrag ${topology.kernel.transparentHugepagesDefrag ?? 'unknown'})`,
    ''
  )
  if (!topology.numaCapable) {
    lines.push(
      nodesWithCpus < 2
        ? 'This runner has one NUMA node: cross-node classes are not available.'
        : 'This process may use CPUs of only one NUMA node: cross-node classes are not available.',
      ''
    )
  }
  lines.push('NUMA nodes:')
  for (const node of topology.nodes) {
    const memory = node.memoryMiB === null ? 'memory unknown' : `${node.memoryMiB} MiB`
    lines.push(
      `  node ${node.id}: CPUs ${node.cpus.length > 0 ? formatCpuList(node.cpus) : '(none: memory only)'}, ${memory}`
    )
  }
  if (topology.distances !== null) {
    lines.push('', 'Distances (SLIT):')
    const header = ['node', ...topology.nodes.map((node) => String(node.id))]
    const rows = topology.distances.map((row, index) => [String(topology.nodes[index].id), ...row.map(String)])
    lines.push(...table([header, ...rows]).map((line) => `  ${line}`))
  } else {
    lines.push('', 'Distances: unknown')
  }
  lines.push('', 'Placement classes (producer>consumer):')
  for (const placement of classes) {
    const detail =
      placement.pairs.length > 0
        ? `${placement.pairs.map(([a, b]) => `${a}>${b}`).join(' ')}${placement.distance === null ? '' : ` (distance ${placement.distance})`}`
        : `not available: ${placement.unavailableReason}`
    lines.push(`  ${placement.name.padEnd(14)} ${detail}`)
  }
  if (topology.warnings.length > 0) {
    lines.push('', 'Warnings:', ...topology.warnings.map((warning) => `  - ${warning}`))
  }
  return `${lines.join('\n')}\n`
}
