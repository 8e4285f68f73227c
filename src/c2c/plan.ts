/**
 * Which CPU pairs the latency map measures within the budget: every unordered pair when they all fit, else a
 * stratified sample, the classes taking turns (smt-sibling first, cross-package last) so that each class gets pairs
 * before any class gets many; within a class the order is a seeded shuffle, so the same seed samples the same pairs.
 */
import { seededRandom } from '../common/random.js'
import { classify } from '../topology/index.js'
import { PLACEMENT_CLASSES, type PlacementClassName, type Topology } from '../topology/types.js'

export interface PlannedPair {
  from: number
  to: number
  class: PlacementClassName
}

export interface PairPlan {
  pairs: PlannedPair[]
  /** Unordered pairs of the CPUs that the budget left out. */
  skipped: number
}

/** The CPUs a map covers: the ones asked for, each checked against what this process may use. */
export function mapCpus(topology: Topology, requested: number[] | null): number[] {
  if (requested === null) return [...topology.allowedCpus]
  const unique = [...new Set(requested)].sort((left, right) => left - right)
  for (const cpu of unique) {
    if (!topology.allowedCpus.includes(cpu)) {
      throw new Error(
        `cpus: CPU ${cpu} is not one this process may use; expected CPUs from ${topology.allowedCpus.join(',')}`
      )
    }
  }
  if (unique.length < 2) throw new Error(`cpus: a map needs at least two CPUs, got ${unique.join(',') || 'none'}`)
  return unique
}

export function planPairs(topology: Topology, cpus: number[], maxPairs: number, seed: number): PairPlan {
  const byId = new Map(topology.cpus.map((cpu) => [cpu.id, cpu]))
  const strata = new Map<PlacementClassName, PlannedPair[]>(PLACEMENT_CLASSES.map((name) => [name, []]))
  let total = 0
  for (const [index, from] of cpus.entries()) {
    for (const to of cpus.slice(index + 1)) {
      const a = byId.get(from)
      const b = byId.get(to)
      const name = a !== undefined && b !== undefined ? classify(a, b) : null
      if (name === null) continue
      strata.get(name)!.push({ from, to, class: name })
      total++
    }
  }
  if (total <= maxPairs) return { pairs: [...strata.values()].flat(), skipped: 0 }
  const random = seededRandom(seed)
  const queues = [...strata.values()].filter((pairs) => pairs.length > 0).map((pairs) => shuffle(pairs, random))
  const chosen: PlannedPair[] = []
  while (chosen.length < maxPairs) {
    for (const queue of queues) {
      const next = queue.shift()
      if (next !== undefined && chosen.length < maxPairs) chosen.push(next)
    }
  }
  return { pairs: chosen, skipped: total - chosen.length }
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other], copy[index]]
  }
  return copy
}
