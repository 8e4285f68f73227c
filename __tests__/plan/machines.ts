/** Topologies for planner and runner tests: the shared real sysfs trees, and a synthetic one-node machine. */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { placementClasses, readTopology } from '../../src/topology/index.js'
import type { PlacementClass, Topology } from '../../src/topology/types.js'

export const SYSFS_TREES = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
  'sysfs'
)
export const HAVE_TREES = existsSync(SYSFS_TREES)
if (!HAVE_TREES)
  console.warn(`SKIPPED: shared sysfs trees not found at ${SYSFS_TREES}; planner tests on real machines do not run`)

export interface Machine {
  topology: Topology
  classes: PlacementClass[]
}

export function machine(tree: string): Machine {
  const topology = readTopology(join(SYSFS_TREES, tree))
  return { topology, classes: placementClasses(topology) }
}

/** Two cores on one node, one package, one L3, no SMT: what a laptop-sized VM looks like. */
export function oneNodeMachine(): Machine {
  const cpus = [0, 1].map((id) => ({ id, node: 0, package: 0, die: 0, core: id, l3: 0, siblings: [id] }))
  const topology: Topology = {
    root: '(synthetic one-node machine)',
    numaCapable: false,
    nodes: [{ id: 0, cpus: [0, 1], memoryMiB: 4096 }],
    distances: [[10]],
    packages: 1,
    dies: 1,
    cores: 2,
    pus: 2,
    smt: false,
    cpus,
    l3Domains: [[0, 1]],
    allowedCpus: [0, 1],
    cpuModel: 'Synthetic CPU',
    virtualized: true,
    kernel: { numaBalancing: null, transparentHugepages: 'madvise', transparentHugepagesDefrag: 'madvise' },
    fingerprint: 'synthetic',
    warnings: []
  }
  return { topology, classes: placementClasses(topology) }
}
