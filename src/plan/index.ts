/**
 * The planner: which cells to measure, how many repetitions the budget buys, and, when it buys fewer than the
 * statistics need, what to drop (pairs, then paddings, then memory homes), always written into plan.dropped.
 */
import { MODES, type Mode } from '../native/types.js'
import { PLACEMENT_CLASSES, type PlacementClass, type PlacementClassName, type Topology } from '../topology/types.js'
import { budgetString, formatSeconds } from './budget.js'
import { expandCells, type CellShape, type Pinning, type Selection } from './cells.js'
import { DEFAULT_COST_MODEL, DEFAULT_MESSAGES, WARMUP_FRACTION, sampleSeconds, type CostModel } from './cost.js'
import type { Cell, Plan, PlanDrop } from './types.js'

export { parseBudget, formatSeconds, budgetString } from './budget.js'
export {
  DEFAULT_COST_MODEL,
  DEFAULT_MESSAGES,
  costKind,
  expectedSeconds,
  sampleSeconds,
  sampleTimeoutMs,
  type CostModel,
  type KindCost
} from './cost.js'
export type { Pinning } from './cells.js'
export { renderPlanText } from './render.js'

/**
 * Seven repetitions by default. The stats stage runs a two-sided Mann-Whitney U test at alpha 0.01: with n samples
 * on each side its smallest attainable p-value is 2 / C(2n, n), which is 0.029 for n = 4 (significance impossible)
 * and 0.0079 for n = 5. Five valid samples per side is therefore the floor; two more absorb an invalid sample or two
 * (a crashed or mis-placed run) without falling below it. With seven, 2 / C(14, 7) = 0.00058.
 */
export const DEFAULT_MIN_REPETITIONS = 7
/** Past about thirty samples a median's CI narrows slowly; the rest of the budget is better left unspent. */
export const DEFAULT_MAX_REPETITIONS = 30
export const DEFAULT_PADDINGS = [0, 64, 128]
/** 1024 slots of 8 bytes: the ring fits in half an L1d, so the numbers show coherence traffic, not cache capacity. */
export const DEFAULT_CAPACITY = 1024
export const DEFAULT_PAYLOAD = 8

export interface PlanOptions {
  budgetSeconds: number
  /** Classes to plan; absent or empty: every class the machine has. */
  classes?: PlacementClassName[]
  paddings?: number[]
  modes?: Mode[]
  pinning?: Pinning
  seed: number
  /** Subject cells mirror the reference cells (same pairs, homes and modes) at the largest padding. */
  subject?: { enabled: boolean }
  /** A same-run A/B: every subject cell planned as base and head (implies subject cells); reference cells optional. */
  abVariants?: { withReference: boolean }
  minRepetitions?: number
  maxRepetitions?: number
  messages?: Partial<Record<Mode, number>>
  warmupMessages?: Partial<Record<Mode, number>>
  capacity?: number
  payload?: number
  costModel?: CostModel
  /** Seconds of the budget already spent measuring the cost model (the pilot); the samples get the rest. */
  pilotSeconds?: number
  /** Plan the batched ring's throughput cells beside the reference's (SubjectKind 'batched'); default false. */
  batched?: boolean
}

export function makePlan(topology: Topology, classes: PlacementClass[], options: PlanOptions): Plan {
  const minRepetitions = positiveInteger('minRepetitions', options.minRepetitions ?? DEFAULT_MIN_REPETITIONS)
  const maxRepetitions = Math.max(
    minRepetitions,
    positiveInteger('maxRepetitions', options.maxRepetitions ?? DEFAULT_MAX_REPETITIONS)
  )
  const model = options.costModel ?? DEFAULT_COST_MODEL
  if (!(options.budgetSeconds > 0)) throw new Error(`budget: ${options.budgetSeconds} s is not a positive duration`)
  const pilotSeconds = options.pilotSeconds ?? 0
  const samplesSeconds = options.budgetSeconds - pilotSeconds
  const shape = cellShape(options)
  const dropped: PlanDrop[] = []
  const selection = initialSelection(topology, classes, options, dropped)
  const unavailableClasses = classes
    .filter((entry) => wanted(options, entry.name) && !selection.pairs.some((kept) => kept.name === entry.name))
    .map((entry) => ({
      name: entry.name,
      reason: `not available on this runner: ${entry.unavailableReason ?? 'no pair of CPUs this process may use'}`
    }))

  const roundSeconds = (cells: Cell[]) => cells.reduce((sum, cell) => sum + sampleSeconds(cell, model), 0)
  const withCost = (cells: Cell[]) => cells.map((cell) => ({ ...cell, expectedSeconds: sampleSeconds(cell, model) }))
  const full = withCost(expandCells(topology, selection, shape))
  if (full.length === 0) {
    throw new Error(
      'plan: nothing to measure: no selected class has a pair of CPUs this process may use ' +
        `(modes ${selection.modes.join(', ')}, pinning "${selection.pinning}")`
    )
  }
  let cells = full
  const repetitionsFor = (list: Cell[]) =>
    Math.min(maxRepetitions, Math.floor(Math.max(0, samplesSeconds) / roundSeconds(list)))
  while (repetitionsFor(cells) < minRepetitions) {
    const why =
      `budget ${formatSeconds(options.budgetSeconds)}: ${minRepetitions} repetitions of ${cells.length} cells ` +
      `need about ${formatSeconds(minRepetitions * roundSeconds(cells))}`
    const drop = trimOnce(selection)
    if (drop === null) {
      // The advice covers the pilot too: the budget is the pilot's seconds plus the samples'.
      const afterPilot = pilotSeconds > 0 ? `after the pilot's ${formatSeconds(pilotSeconds)}, ` : ''
      throw new Error(
        `budget ${formatSeconds(options.budgetSeconds)} is too small: ${afterPilot}the smallest plan it can trim to ` +
          `(${cells.length} of ${full.length} cells) needs about ` +
          `${formatSeconds(minRepetitions * roundSeconds(cells))} for the minimum of ${minRepetitions} repetitions; ` +
          `use a budget of at least ${budgetString(pilotSeconds + minRepetitions * roundSeconds(cells))} ` +
          `(the full plan needs ${budgetString(pilotSeconds + minRepetitions * roundSeconds(full))})`
      )
    }
    const trimmed = withCost(expandCells(topology, selection, shape))
    if (trimmed.length < cells.length) dropped.push({ what: drop, why })
    cells = trimmed
  }
  const repetitions = repetitionsFor(cells)
  return {
    cells,
    repetitions,
    seed: options.seed,
    budgetSeconds: options.budgetSeconds,
    estimatedSeconds: pilotSeconds + repetitions * roundSeconds(cells),
    costSource: model.source,
    pilotSeconds,
    dropped,
    unavailableClasses
  }
}

function wanted(options: PlanOptions, name: PlacementClassName): boolean {
  return options.classes === undefined || options.classes.length === 0 || options.classes.includes(name)
}

function initialSelection(
  topology: Topology,
  classes: PlacementClass[],
  options: PlanOptions,
  dropped: PlanDrop[]
): Selection {
  const allowed = new Set(topology.allowedCpus)
  for (const name of options.classes ?? []) {
    if (!PLACEMENT_CLASSES.includes(name)) {
      throw new Error(`classes: "${name}" is not a placement class; expected one of ${PLACEMENT_CLASSES.join(', ')}`)
    }
  }
  // A requested class the machine lacks would leave a run measuring something else and passing; say so instead.
  const missing = classes.filter((entry) => options.classes?.includes(entry.name) && entry.pairs.length === 0)
  if (missing.length > 0) {
    const present = classes.filter((entry) => entry.pairs.length > 0).map((entry) => entry.name)
    throw new Error(
      `classes: ${missing.map((entry) => `"${entry.name}" is not available on this machine (${entry.unavailableReason})`).join('; ')}. ` +
        `This machine has ${present.length > 0 ? present.join(', ') : 'none of the placement classes'}`
    )
  }
  const pairs: Selection['pairs'] = []
  for (const entry of classes) {
    if (!wanted(options, entry.name)) {
      if (entry.pairs.length > 0) dropped.push({ what: `class ${entry.name}`, why: 'not among the requested classes' })
      continue
    }
    const kept = entry.pairs.filter(([producer, consumer]) => {
      const usable = allowed.has(producer) && allowed.has(consumer)
      if (!usable) {
        dropped.push({
          what: `pair ${producer}>${consumer} of ${entry.name}`,
          why: 'a CPU of the pair is not in the CPUs this process may use (affinity mask or cgroup cpuset)'
        })
      }
      return usable
    })
    if (kept.length > 0) pairs.push({ name: entry.name, pairs: kept.map(([p, c]) => [p, c]) })
  }
  const paddings = [...new Set(options.paddings ?? DEFAULT_PADDINGS)]
  for (const padding of paddings) {
    if (!Number.isInteger(padding) || padding < 0)
      throw new Error(`paddings: ${padding} is not a whole number of bytes`)
  }
  if (paddings.length === 0) throw new Error('paddings: the list is empty; expected e.g. 0,64,128')
  const modes = [...new Set(options.modes ?? MODES)]
  for (const mode of modes) {
    if (!MODES.includes(mode)) throw new Error(`modes: "${mode}" is not a mode; expected one of ${MODES.join(', ')}`)
  }
  if (modes.length === 0) throw new Error(`modes: the list is empty; expected some of ${MODES.join(', ')}`)
  return {
    pairs,
    paddings,
    homes: ['producer', 'consumer', 'other'],
    modes,
    pinning: options.pinning ?? 'both',
    sameThreadCpu: sameThreadCpu(topology),
    unpinnedPairs: unpinnedPairs(topology, modes, options.pinning ?? 'both', dropped),
    subject: (options.subject?.enabled ?? false) || options.abVariants !== undefined,
    batched: options.batched ?? false,
    abVariants: options.abVariants ?? null
  }
}

/**
 * Two threads of an unpinned cell need two CPUs: on one, each spins through its time slice waiting for the other, and
 * the sample measures the scheduler (and usually times out). With fewer than two allowed CPUs they are left out.
 */
function unpinnedPairs(topology: Topology, modes: Mode[], pinning: Pinning, dropped: PlanDrop[]): boolean {
  if (topology.allowedCpus.length >= 2) return true
  const twoThreadModes = modes.filter((mode) => mode !== 'same-thread')
  if (twoThreadModes.length > 0) {
    dropped.push({
      what: `two-thread cells (${twoThreadModes.join(', ')})${pinning === 'pinned' ? '' : ', unpinned ones included'}`,
      why:
        `this process may use only ${topology.allowedCpus.length === 1 ? `CPU ${topology.allowedCpus[0]}` : 'no CPU'} ` +
        '(affinity mask or cgroup cpuset): two spinning threads on one CPU measure the scheduler, not the ring'
    })
  }
  return false
}

/** CPU 0 takes most housekeeping and interrupts on Linux, so a single thread goes on another allowed CPU if any. */
function sameThreadCpu(topology: Topology): number | null {
  const placeable = topology.allowedCpus.filter((id) => topology.cpus.some((cpu) => cpu.id === id && cpu.node !== null))
  return placeable.find((id) => id !== 0) ?? placeable[0] ?? null
}

/**
 * One step of the stated trimming order; returns what was dropped, or null when nothing is left to drop.
 * 1. pairs: the last pair of the class holding the most, until each class keeps one;
 * 2. paddings: all but the largest, largest first (the largest, what a well-built ring uses, stays);
 * 3. memory homes: "other" (a third node), then "consumer"; "producer" stays;
 * 4. unpinned cells, when pinned ones remain: on a busy machine they cost the most and measure the scheduler as much
 *    as the ring.
 */
function trimOnce(selection: Selection): string | null {
  const widest = selection.pairs.reduce<Selection['pairs'][number] | null>(
    (best, entry) =>
      entry.pairs.length > 1 && (best === null || entry.pairs.length >= best.pairs.length) ? entry : best,
    null
  )
  if (widest !== null) {
    const [producer, consumer] = widest.pairs.pop() as [number, number]
    return `pair ${producer}>${consumer} of ${widest.name}`
  }
  if (selection.paddings.length > 1) {
    const largest = Math.max(...selection.paddings)
    const victim = Math.max(...selection.paddings.filter((padding) => padding !== largest))
    selection.paddings = selection.paddings.filter((padding) => padding !== victim)
    return `padding ${victim}`
  }
  for (const home of ['other', 'consumer'] as const) {
    if (selection.homes.includes(home)) {
      selection.homes = selection.homes.filter((kept) => kept !== home)
      return `memory home "${home}"`
    }
  }
  if (selection.pinning === 'both' && (selection.pairs.length > 0 || selection.sameThreadCpu !== null)) {
    selection.pinning = 'pinned'
    return 'unpinned cells'
  }
  return null
}

function cellShape(options: PlanOptions): CellShape {
  const messages = { ...DEFAULT_MESSAGES, ...options.messages }
  const warmupMessages = Object.fromEntries(
    MODES.map((mode) => [mode, options.warmupMessages?.[mode] ?? Math.round(messages[mode] * WARMUP_FRACTION)])
  ) as Record<Mode, number>
  for (const mode of MODES) {
    positiveInteger(`messages for ${mode}`, messages[mode])
    if (!Number.isInteger(warmupMessages[mode]) || warmupMessages[mode] < 0) {
      throw new Error(`warmupMessages for ${mode}: ${warmupMessages[mode]} is not a whole number`)
    }
  }
  return {
    capacity: positiveInteger('capacity', options.capacity ?? DEFAULT_CAPACITY),
    payload: positiveInteger('payload', options.payload ?? DEFAULT_PAYLOAD),
    messages,
    warmupMessages
  }
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: ${value} is not a positive whole number`)
  return value
}
