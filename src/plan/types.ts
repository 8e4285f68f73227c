import type { Mode } from '../native/types.js'
import type { PlacementClassName } from '../topology/types.js'

/** Where the ring's memory (slots and indices) is bound, relative to the pair. */
export const MEMORY_HOMES = ['producer', 'consumer', 'other', 'first-touch'] as const
export type MemoryHome = (typeof MEMORY_HOMES)[number]

/**
 * Which implementation a cell measures: the reference ring, the native driver's batched ring (`--ring batched`, its
 * index published once per batch), or the user's subject command.
 */
export type SubjectKind = 'reference' | 'batched' | 'subject'

/** Which side of a same-run A/B comparison a cell measures: the merge-base build or the pull request's head. */
export type Variant = 'base' | 'head'

/** One configuration to measure; measured once per block (`Plan.repetitions` blocks), each sample a fresh process. */
export interface Cell {
  /** Stable across runs on the same hardware with the same options: the baseline join key. */
  key: string
  subject: SubjectKind
  /** A/B runs plan every subject cell twice under one key; null in ordinary runs. (key, variant) is unique. */
  variant: Variant | null
  mode: Mode
  /** The placement class of the pair, or "unpinned" when the kernel chooses the CPUs. */
  placementClass: PlacementClassName | 'unpinned'
  /** null when unpinned. */
  producerCpu: number | null
  consumerCpu: number | null
  pinned: boolean
  memoryHome: MemoryHome
  /** Node the slots and indices are bound to; null for first-touch. */
  memoryNode: number | null
  padding: number
  capacity: number
  payload: number
  messages: number
  warmupMessages: number
  /** Batched cells: messages per published index (`--batch`); absent for the others. */
  batch?: number
  /**
   * Seconds one sample of this cell is expected to take, process start included: from the pilot measured on this
   * machine before the plan was fixed, or from the cost model (plan --json). Absent in results written before pilots.
   */
  expectedSeconds?: number
}

export interface PlanDrop {
  /** What was left out, e.g. "padding 256" or "pair 3>67 of cross-package". */
  what: string
  why: string
}

export interface Plan {
  cells: Cell[]
  repetitions: number
  /** Seed of the interleaved order; the same seed gives the same order. */
  seed: number
  budgetSeconds: number
  /** The pilot's seconds (when there was one) plus the repetitions' expected seconds. */
  estimatedSeconds: number
  /** Where the expected seconds come from: "cost-model" (plan --json) or "pilot" (measured by run before planning). */
  costSource?: 'cost-model' | 'pilot'
  /** Seconds the pilot took out of the budget; 0 without one. */
  pilotSeconds?: number
  /** Everything the budget or the options trimmed, in the order it was trimmed. */
  dropped: PlanDrop[]
  /** Classes this runner cannot place, with the reason ("not available on this runner"). */
  unavailableClasses: { name: PlacementClassName; reason: string }[]
}
