/** NUMA nodes and the SLIT distance matrix, with the quirks real kernels and firmware produce. */
import { formatCpuList } from './cpulist.js'
import type { NumaNode } from './types.js'
import type { SysfsTree } from './sysfs.js'
import { TopologyError } from './sysfs.js'

const NODE_DIR = 'sys/devices/system/node'

function memoryMiB(tree: SysfsTree, node: number): number | null {
  const meminfo = tree.text(`${NODE_DIR}/node${node}/meminfo`)
  const match = meminfo === null ? null : /MemTotal:\s+(\d+)\s*kB/.exec(meminfo)
  return match === null ? null : Math.round(Number(match[1]) / 1024)
}

/** node/online, else the union of has_cpu and has_memory, else every node folder; only ids that have a folder. */
function onlineNodeIds(tree: SysfsTree, folders: number[], warnings: string[]): number[] {
  const withCpu = tree.cpuList(`${NODE_DIR}/has_cpu`)
  const withMemory = tree.cpuList(`${NODE_DIR}/has_memory`)
  const listed =
    tree.cpuList(`${NODE_DIR}/online`) ??
    (withCpu === null && withMemory === null
      ? folders
      : [...new Set([...(withCpu ?? []), ...(withMemory ?? [])])].sort((a, b) => a - b))
  const missing = listed.filter((id) => !folders.includes(id))
  if (missing.length > 0)
    warnings.push(`${NODE_DIR}: online nodes without a folder are left out: ${missing.join(', ')}`)
  return listed.filter((id) => folders.includes(id))
}

export interface ReadNodes {
  /** The nodes kept: online nodes sorted by id, nodes that share CPUs collapsed into one. */
  nodes: NumaNode[]
  /** Every online node id as listed, before collapsing: the columns of older kernels' distance rows follow these. */
  listedIds: number[]
}

/**
 * Online nodes sorted by id, each with its online CPUs; a missing node folder becomes one node with every CPU. A CPU
 * belongs to one node, so nodes whose cpusets overlap (firmware whose SRAT gives a CPU to two nodes, or every node all
 * CPUs) are one NUMA domain as far as placement can tell: as hwloc does, the lowest id stands for them, with the union
 * of their CPUs, and the others are left out, so no cell is ever planned "across" nodes that share CPUs.
 */
export function readNodes(tree: SysfsTree, online: number[], warnings: string[]): ReadNodes {
  const folders = tree.numberedEntries(NODE_DIR, 'node')
  if (folders.length === 0) {
    warnings.push(`${NODE_DIR}: no node folders: treating the machine as one NUMA node`)
    return { nodes: [{ id: 0, cpus: [...online], memoryMiB: null }], listedIds: [0] }
  }
  const ids = onlineNodeIds(tree, folders, warnings)
  const onlineSet = new Set(online)
  const listed = ids.map((id) => {
    const cpus = tree.cpuSet(`${NODE_DIR}/node${id}/cpulist`, `${NODE_DIR}/node${id}/cpumap`)
    if (cpus === null) throw new TopologyError(`${tree.path(`${NODE_DIR}/node${id}`)}: neither cpulist nor cpumap`)
    return { id, cpus: cpus.filter((cpu) => onlineSet.has(cpu)), memoryMiB: memoryMiB(tree, id) }
  })
  const nodes: NumaNode[] = []
  const owner = new Map<number, NumaNode>()
  for (const node of listed) {
    const overlapping = [...new Set(node.cpus.map((cpu) => owner.get(cpu)).filter((kept) => kept !== undefined))]
    if (overlapping.length === 0) {
      nodes.push(node)
      for (const cpu of node.cpus) owner.set(cpu, node)
      continue
    }
    // The lowest overlapping node absorbs this one and any other it bridges to.
    const [keeper, ...bridged] = overlapping.sort((a, b) => a.id - b.id)
    const absorbed = [...bridged, node]
    keeper.cpus = [...new Set([...keeper.cpus, ...absorbed.flatMap((other) => other.cpus)])].sort((a, b) => a - b)
    for (const cpu of keeper.cpus) owner.set(cpu, keeper)
    for (const other of bridged) nodes.splice(nodes.indexOf(other), 1)
    warnings.push(
      `NUMA node ${absorbed.map((other) => other.id).join(', ')} shares CPUs with node ${keeper.id} ` +
        `(the firmware's node cpusets overlap): treated as one NUMA node ${keeper.id} with CPUs ` +
        `${formatCpuList(keeper.cpus)}, as hwloc does; no cross-node cell is planned between them`
    )
  }
  const orphans = online.filter((cpu) => !owner.has(cpu))
  if (orphans.length > 0) warnings.push(`online CPUs in no NUMA node: ${orphans.join(', ')}`)
  return { nodes, listedIds: ids }
}

/**
 * SLIT rows in node order. A row may have one column per online node (newer kernels) or one per node id up to the
 * highest (older ones); a lone node reading 0 or an unreadable row leaves the matrix unknown rather than wrong.
 */
export function readDistances(tree: SysfsTree, { nodes, listedIds }: ReadNodes, warnings: string[]): number[][] | null {
  if (!tree.isDirectory(NODE_DIR) || tree.numberedEntries(NODE_DIR, 'node').length === 0) return null
  const ids = nodes.map((node) => node.id)
  const rows: number[][] = []
  for (const id of ids) {
    const file = `${NODE_DIR}/node${id}/distance`
    const text = tree.text(file)
    if (text === null) {
      warnings.push(`${file} is missing: distances unknown`)
      return null
    }
    const values = text.split(/\s+/).map(Number)
    if (values.some((value) => !Number.isInteger(value) || value < 0)) {
      throw new TopologyError(`${tree.path(file)}: "${text}" is not a row of distances`)
    }
    if (values.length === listedIds.length) rows.push(ids.map((column) => values[listedIds.indexOf(column)]))
    else if (values.length > Math.max(...listedIds)) rows.push(ids.map((column) => values[column]))
    else
      throw new TopologyError(
        `${tree.path(file)}: ${values.length} columns for ${listedIds.length} online nodes (ids ${listedIds.join(',')})`
      )
  }
  if (rows.some((row, index) => row[index] <= 0)) {
    warnings.push('the distance matrix has a zero diagonal (old kernels print 0 for a lone node): distances unknown')
    return null
  }
  return rows
}
