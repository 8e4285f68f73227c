/** NUMA nodes and the SLIT distance matrix, with the quirks real kernels and firmware produce. */
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

/** Online nodes sorted by id, each with its online CPUs; a missing node folder becomes one node with every CPU. */
export function readNodes(tree: SysfsTree, online: number[], warnings: string[]): NumaNode[] {
  const folders = tree.numberedEntries(NODE_DIR, 'node')
  if (folders.length === 0) {
    warnings.push(`${NODE_DIR}: no node folders: treating the machine as one NUMA node`)
    return [{ id: 0, cpus: [...online], memoryMiB: null }]
  }
  const ids = onlineNodeIds(tree, folders, warnings)
  const onlineSet = new Set(online)
  const owner = new Map<number, number>()
  const nodes = ids.map((id) => {
    const cpus = tree.cpuSet(`${NODE_DIR}/node${id}/cpulist`, `${NODE_DIR}/node${id}/cpumap`)
    if (cpus === null) throw new TopologyError(`${tree.path(`${NODE_DIR}/node${id}`)}: neither cpulist nor cpumap`)
    const mine = cpus.filter((cpu) => {
      if (!onlineSet.has(cpu)) return false
      // Buggy firmware can give one CPU to two nodes; the lower node keeps it so placement stays deterministic.
      if (owner.has(cpu)) {
        warnings.push(`CPU ${cpu} is listed by node ${owner.get(cpu)} and node ${id}: kept in node ${owner.get(cpu)}`)
        return false
      }
      owner.set(cpu, id)
      return true
    })
    return { id, cpus: mine, memoryMiB: memoryMiB(tree, id) }
  })
  const orphans = online.filter((cpu) => !owner.has(cpu))
  if (orphans.length > 0) warnings.push(`online CPUs in no NUMA node: ${orphans.join(', ')}`)
  return nodes
}

/**
 * SLIT rows in node order. A row may have one column per online node (newer kernels) or one per node id up to the
 * highest (older ones); a lone node reading 0 or an unreadable row leaves the matrix unknown rather than wrong.
 */
export function readDistances(tree: SysfsTree, nodes: NumaNode[], warnings: string[]): number[][] | null {
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
    if (values.length === ids.length) rows.push(values)
    else if (values.length > Math.max(...ids)) rows.push(ids.map((column) => values[column]))
    else
      throw new TopologyError(
        `${tree.path(file)}: ${values.length} columns for ${ids.length} online nodes (ids ${ids.join(',')})`
      )
  }
  if (rows.some((row, index) => row[index] <= 0)) {
    warnings.push('the distance matrix has a zero diagonal (old kernels print 0 for a lone node): distances unknown')
    return null
  }
  return rows
}
