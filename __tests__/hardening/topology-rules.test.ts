/**
 * Firmware that lies about NUMA, read the way hwloc reads it: nodes that share CPUs are one node, a tree without
 * package or core information leaves them unknown, SMT comes from the thread sibling lists, package sibling lists win
 * over package ids. Each generated tree is also handed to hwloc (lstopo) where it is installed, and the two must agree.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatCpuList, parseCpuMask, placementClasses, readTopology } from '../../src/topology/index.js'
import { regularCpus, writeTree, type TreeSpec } from '../../__fixtures__/hardening/sysfs.js'

interface HwlocView {
  nodes: Record<string, string>
  packages: number
  cores: number
  pus: number
}

function lstopoAvailable(): boolean {
  try {
    execFileSync('lstopo-no-graphics', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** hwloc writes "0xffffffff,,0x0000000f": 32-bit groups with 0x, an all-zero group left empty. */
function hwlocCpuset(text: string): number[] {
  return parseCpuMask(
    text
      .replace(/0x/g, '')
      .split(',')
      .map((group) => group || '0')
      .join(',')
  )
}

/** What hwloc concludes from a tree: its NUMA nodes with their CPUs, and how many packages, cores and PUs. */
function hwloc(root: string): HwlocView {
  const xml = execFileSync('lstopo-no-graphics', ['--if', 'fsroot', '--input', root, '--of', 'xml'], {
    encoding: 'utf8',
    env: { ...process.env, HWLOC_HIDE_ERRORS: '1' },
    stdio: ['ignore', 'pipe', 'ignore']
  })
  const objects = [...xml.matchAll(/<object type="(\w+)"([^>]*)>/g)].map(([, type, attributes]) => ({
    type,
    osIndex: /os_index="(\d+)"/.exec(attributes)?.[1],
    cpuset: /\bcpuset="([^"]+)"/.exec(attributes)?.[1] ?? ''
  }))
  const count = (type: string) => objects.filter((object) => object.type === type).length
  return {
    nodes: Object.fromEntries(
      objects
        .filter((object) => object.type === 'NUMANode')
        .map((object) => [object.osIndex ?? '?', formatCpuList(hwlocCpuset(object.cpuset))])
    ),
    packages: count('Package'),
    cores: count('Core'),
    pus: count('PU')
  }
}

function ours(root: string): HwlocView {
  const topology = readTopology(root)
  return {
    nodes: Object.fromEntries(topology.nodes.map((node) => [String(node.id), formatCpuList(node.cpus)])),
    packages: topology.packages ?? 0,
    cores: topology.cores ?? 0,
    pus: topology.pus
  }
}

const twoSockets = regularCpus(2, 4, 1)
const CASES: { name: string; spec: TreeSpec; expected: HwlocView }[] = [
  {
    name: 'node cpusets that overlap (node 0: 0-5, node 1: 4-7)',
    spec: { cpus: twoSockets, nodes: { 0: [0, 1, 2, 3, 4, 5], 1: [4, 5, 6, 7] } },
    expected: { nodes: { 0: '0-7' }, packages: 2, cores: 8, pus: 8 }
  },
  {
    name: 'every node claiming every CPU',
    spec: {
      cpus: twoSockets,
      nodes: { 0: [0, 1, 2, 3, 4, 5, 6, 7], 1: [0, 1, 2, 3, 4, 5, 6, 7], 2: [0, 1, 2, 3, 4, 5, 6, 7] }
    },
    expected: { nodes: { 0: '0-7' }, packages: 2, cores: 8, pus: 8 }
  },
  {
    name: 'pairs of nodes with identical cpusets',
    spec: { cpus: twoSockets, nodes: { 0: [0, 1, 2, 3], 1: [0, 1, 2, 3], 2: [4, 5, 6, 7], 3: [4, 5, 6, 7] } },
    expected: { nodes: { 0: '0-3', 2: '4-7' }, packages: 2, cores: 8, pus: 8 }
  },
  {
    name: 'no core_id, SMT only in thread_siblings_list',
    spec: {
      cpus: regularCpus(1, 4, 2).map((cpu) => ({ ...cpu, coreId: null })),
      nodes: { 0: [0, 1, 2, 3, 4, 5, 6, 7] }
    },
    expected: { nodes: { 0: '0-7' }, packages: 1, cores: 4, pus: 8 }
  },
  {
    name: 'core_id 0 everywhere, SMT only in thread_siblings_list',
    spec: { cpus: regularCpus(1, 4, 2).map((cpu) => ({ ...cpu, coreId: 0 })), nodes: { 0: [0, 1, 2, 3, 4, 5, 6, 7] } },
    expected: { nodes: { 0: '0-7' }, packages: 1, cores: 4, pus: 8 }
  },
  {
    name: 'one physical_package_id for two packages that the sibling lists tell apart',
    spec: { cpus: twoSockets.map((cpu) => ({ ...cpu, packageId: 0 })), nodes: { 0: [0, 1, 2, 3, 4, 5, 6, 7] } },
    expected: { nodes: { 0: '0-7' }, packages: 2, cores: 8, pus: 8 }
  },
  {
    name: 'physical_package_id -1 with sibling lists',
    spec: { cpus: twoSockets.map((cpu) => ({ ...cpu, packageId: -1 })), nodes: { 0: [0, 1, 2, 3], 1: [4, 5, 6, 7] } },
    expected: { nodes: { 0: '0-3', 1: '4-7' }, packages: 2, cores: 8, pus: 8 }
  }
]

describe('topology per hwloc rules', () => {
  it.each(CASES)('$name', ({ spec, expected }) => {
    expect(ours(writeTree(spec))).toEqual(expected)
  })

  it('never plans a cross-node pair between nodes that share CPUs', () => {
    const topology = readTopology(writeTree(CASES[1].spec))
    expect(topology.numaCapable).toBe(false)
    expect(topology.warnings.join('\n')).toMatch(/NUMA node 1 shares CPUs with node 0.*\n.*NUMA node 2 shares CPUs/)
    const nodeOf = new Map(topology.cpus.map((cpu) => [cpu.id, cpu.node]))
    const classes = placementClasses(topology)
    expect(classes.find((placement) => placement.name === 'same-package')?.pairs).toEqual([])
    for (const [producer, consumer] of classes.flatMap((placement) => placement.pairs))
      expect(nodeOf.get(producer)).toBe(nodeOf.get(consumer))
  })

  it('leaves packages and cores unknown when the topology files are missing, and says which classes cannot be told', () => {
    const spec: TreeSpec = {
      cpus: twoSockets.map((cpu) => ({ ...cpu, packageId: null, packageCpus: null, coreId: null, threadCpus: null })),
      nodes: { 0: [0, 1, 2, 3], 1: [4, 5, 6, 7] },
      distances: [
        [10, 21],
        [21, 10]
      ]
    }
    const topology = readTopology(writeTree(spec))
    expect({ packages: topology.packages, cores: topology.cores, smt: topology.smt }).toEqual({
      packages: null,
      cores: null,
      smt: false
    })
    const classes = placementClasses(topology)
    for (const placement of classes) {
      expect(placement.pairs).toEqual([])
      expect(placement.unavailableReason).toMatch(/^unknown on this machine/)
    }
  })

  it('with cores known but packages unknown, measures within nodes and calls the package classes unknown', () => {
    const spec: TreeSpec = {
      cpus: twoSockets.map((cpu) => ({ ...cpu, packageId: null, packageCpus: null })),
      nodes: { 0: [0, 1, 2, 3], 1: [4, 5, 6, 7] }
    }
    const classes = placementClasses(readTopology(writeTree(spec)))
    const byName = Object.fromEntries(classes.map((placement) => [placement.name, placement]))
    expect(byName['same-l3'].pairs.length).toBeGreaterThan(0)
    expect(byName['cross-package'].unavailableReason).toBe(
      'unknown on this machine: sysfs gives no physical_package_id or package sibling lists'
    )
    expect(byName['same-package'].unavailableReason).toMatch(/^unknown on this machine/)
  })
})

/** Real machines' trees beside the repository (see __tests__/topology/shared-trees.ts); none in GitHub CI. */
const SHARED_TREES = fileURLToPath(new URL('../../../shared/fixtures/sysfs/', import.meta.url))
const sharedTrees = existsSync(SHARED_TREES)
  ? readdirSync(SHARED_TREES).filter((name) => existsSync(join(SHARED_TREES, name, 'expected.json')))
  : []

if (lstopoAvailable()) {
  describe('hwloc (lstopo) reads the generated trees the same way', () => {
    it.each(CASES)('$name', ({ spec, expected }) => {
      expect(hwloc(writeTree(spec))).toEqual(expected)
    })
  })

  if (sharedTrees.length === 0)
    console.warn(`SKIPPED "hwloc reads the real machines' trees": ${SHARED_TREES} is absent`)
  ;(sharedTrees.length > 0 ? describe : describe.skip)(
    "hwloc (lstopo) reads the real machines' trees the same way",
    () => {
      it.each(sharedTrees.length > 0 ? sharedTrees : ['none'])('%s', (name) => {
        const theirs = hwloc(join(SHARED_TREES, name))
        const mine = ours(join(SHARED_TREES, name))
        // Bulldozer compute units: hwloc 2.9 reading an fsroot makes one core of each two-thread module; the tree's
        // expected.json (hwloc's own test output) and this reader count each integer unit as a core, and warn so.
        if (name === '64amd64-4s2n4ca2co') expect(theirs.cores * 2).toBe(mine.cores)
        else expect(theirs.cores).toBe(mine.cores)
        expect({ ...theirs, cores: 0 }).toEqual({ ...mine, cores: 0 })
      })
    }
  )
} else {
  console.warn('SKIPPED "hwloc reads the generated trees the same way": lstopo-no-graphics is not installed')
  describe.skip('hwloc (lstopo) reads the generated trees the same way', () => {
    it('needs lstopo-no-graphics (Debian package hwloc)', () => undefined)
  })
}
