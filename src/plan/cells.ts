/**
 * Turns a selection (pairs per class, paddings, memory homes, modes, pinning) into cells. The budget trimmer in
 * index.ts shrinks the selection; this file only knows how one selection expands.
 */
import type { Mode } from '../native/types.js'
import type { CpuPair, PlacementClassName, Topology } from '../topology/types.js'
import type { Cell, MemoryHome, SubjectKind } from './types.js'

export type Pinning = 'both' | 'pinned' | 'unpinned'

export interface Selection {
  /** Classes in the order they are planned, each with the pairs still kept. */
  pairs: { name: PlacementClassName; pairs: CpuPair[] }[]
  paddings: number[]
  /** Memory homes still kept for pinned cells ('first-touch' is what unpinned cells use). */
  homes: MemoryHome[]
  modes: Mode[]
  pinning: Pinning
  /** The CPU a pinned same-thread cell runs on; null when no allowed CPU has a known node. */
  sameThreadCpu: number | null
  /** Whether unpinned two-thread cells are planned: only where the process may use two CPUs. */
  unpinnedPairs: boolean
  subject: boolean
  /** Batched-ring throughput cells beside the reference's (SubjectKind 'batched'). */
  batched?: boolean
  /** A/B: every subject cell twice (base and head); reference cells only when asked for, as context. */
  abVariants: { withReference: boolean } | null
}

export interface CellShape {
  capacity: number
  payload: number
  messages: Record<Mode, number>
  warmupMessages: Record<Mode, number>
}

/**
 * A pinned same-thread cell has one CPU and no pair, so no class describes it; it carries 'smt-sibling', the
 * nearest class, and its key says "cpuN" instead of a class and pair. Consumers compare cells within one mode.
 */
export const SAME_THREAD_CLASS: PlacementClassName = 'smt-sibling'

export function nodeOf(topology: Topology, cpu: number): number | null {
  return topology.cpus.find((entry) => entry.id === cpu)?.node ?? null
}

/**
 * The third node for the 'other' home: not the producer's or the consumer's, holding memory (a CPU-less node
 * counts), farthest from the producer by SLIT so the cell shows the worst placement. On a tie a CPU-less node
 * wins (that is where CXL or HBM memory lives, the tier a deployment most needs numbers for), then the lowest id.
 */
export function otherNode(topology: Topology, producerNode: number, consumerNode: number): number | null {
  const candidates = topology.nodes.filter(
    (node) => node.id !== producerNode && node.id !== consumerNode && node.memoryMiB !== 0
  )
  if (candidates.length === 0) return null
  const row = topology.nodes.findIndex((node) => node.id === producerNode)
  const distance = (id: number): number => {
    const column = topology.nodes.findIndex((node) => node.id === id)
    return topology.distances?.[row]?.[column] ?? 0
  }
  const rank = (node: (typeof candidates)[number]) => [distance(node.id), node.cpus.length === 0 ? 1 : 0]
  return candidates.reduce((best, node) => {
    const [nodeDistance, nodeCpuless] = rank(node)
    const [bestDistance, bestCpuless] = rank(best)
    return nodeDistance > bestDistance || (nodeDistance === bestDistance && nodeCpuless > bestCpuless) ? node : best
  }).id
}

/** Memory homes of a pinned placement, each with its node; a home on the same node as an earlier one is left out. */
export function homesFor(
  topology: Topology,
  producerCpu: number,
  consumerCpu: number,
  kept: MemoryHome[]
): { home: MemoryHome; node: number }[] {
  const producerNode = nodeOf(topology, producerCpu)
  const consumerNode = nodeOf(topology, consumerCpu)
  if (producerNode === null || consumerNode === null) return []
  const candidates: { home: MemoryHome; node: number | null }[] = [
    { home: 'producer', node: producerNode },
    { home: 'consumer', node: consumerNode },
    { home: 'other', node: otherNode(topology, producerNode, consumerNode) }
  ]
  const homes: { home: MemoryHome; node: number }[] = []
  for (const { home, node } of candidates) {
    if (node === null || !kept.includes(home) || homes.some((earlier) => earlier.node === node)) continue
    homes.push({ home, node })
  }
  return homes
}

function pinnedKey(
  subject: SubjectKind,
  mode: Mode,
  where: string,
  home: string,
  node: number | null,
  padding: number
): string {
  const memory = node === null ? `mem=${home}` : `mem=${home}:${node}`
  return `${subject}/${mode}/${where}/${memory}/pad=${padding}/pinned`
}

/** Messages per published index of the batched ring: four lines of 8-byte messages, DPDK's default burst. */
export const DEFAULT_BATCH = 32

/**
 * The batched ring's throughput cells, one per reference cell at the padding the figures hold fixed (64, else the
 * smallest planned, as stats' canonicalSettings picks), so the report can state its gain per class.
 */
function batchedCells(reference: Cell[], selection: Selection): Cell[] {
  if (selection.batched !== true) return []
  const padding = selection.paddings.includes(64) ? 64 : Math.min(...selection.paddings)
  return reference
    .filter((cell) => cell.mode === 'throughput' && cell.padding === padding)
    .map((cell) => ({
      ...cell,
      subject: 'batched' as const,
      batch: Math.min(DEFAULT_BATCH, cell.capacity),
      key: cell.key.replace(/^reference\//, 'batched/')
    }))
}

export function expandCells(topology: Topology, selection: Selection, shape: CellShape): Cell[] {
  const reference = referenceCells(topology, selection, shape)
  const context = [...reference, ...batchedCells(reference, selection)]
  if (!selection.subject) return context
  // The subject decides its own layout; it gets the largest padding, the one budget trimming keeps longest.
  const subjectPadding = Math.max(...selection.paddings)
  const mirrored = reference
    .filter((cell) => cell.padding === subjectPadding)
    .map((cell) => ({ ...cell, subject: 'subject' as const, key: cell.key.replace(/^reference\//, 'subject/') }))
  if (selection.abVariants === null) return [...context, ...mirrored]
  const variants = mirrored.flatMap((cell) => [
    { ...cell, variant: 'base' as const },
    { ...cell, variant: 'head' as const }
  ])
  return selection.abVariants.withReference ? [...context, ...variants] : variants
}

function referenceCells(topology: Topology, selection: Selection, shape: CellShape): Cell[] {
  const cells: Cell[] = []
  const base = (mode: Mode, padding: number) => ({
    subject: 'reference' as const,
    variant: null,
    mode,
    padding,
    capacity: shape.capacity,
    payload: shape.payload,
    messages: shape.messages[mode],
    warmupMessages: shape.warmupMessages[mode]
  })
  for (const mode of selection.modes) {
    for (const padding of selection.paddings) {
      if (selection.pinning !== 'unpinned') {
        if (mode === 'same-thread') {
          const cpu = selection.sameThreadCpu
          for (const { home, node } of cpu === null ? [] : homesFor(topology, cpu, cpu, selection.homes)) {
            cells.push({
              ...base(mode, padding),
              key: pinnedKey('reference', mode, `cpu${cpu}`, home, node, padding),
              placementClass: SAME_THREAD_CLASS,
              producerCpu: cpu,
              consumerCpu: cpu,
              pinned: true,
              memoryHome: home,
              memoryNode: node
            })
          }
        } else {
          for (const { name, pairs } of selection.pairs) {
            for (const [producerCpu, consumerCpu] of pairs) {
              for (const { home, node } of homesFor(topology, producerCpu, consumerCpu, selection.homes)) {
                cells.push({
                  ...base(mode, padding),
                  key: pinnedKey('reference', mode, `${name}/${producerCpu}>${consumerCpu}`, home, node, padding),
                  placementClass: name,
                  producerCpu,
                  consumerCpu,
                  pinned: true,
                  memoryHome: home,
                  memoryNode: node
                })
              }
            }
          }
        }
      }
      if (selection.pinning !== 'pinned' && (mode === 'same-thread' || selection.unpinnedPairs)) {
        cells.push({
          ...base(mode, padding),
          key: `reference/${mode}/unpinned/mem=first-touch/pad=${padding}/unpinned`,
          placementClass: 'unpinned',
          producerCpu: null,
          consumerCpu: null,
          pinned: false,
          memoryHome: 'first-touch',
          memoryNode: null
        })
      }
    }
  }
  return cells
}
