/** Small builders of ResultsFiles with chosen sample values, for the comparison and figure tests. */
import type { Mode, NativeRecord } from '../../src/native/types.js'
import type { Cell, MemoryHome, SubjectKind, Variant } from '../../src/plan/types.js'
import type { CellResult, ResultsFile, Sample } from '../../src/run/types.js'
import { seededRandom } from '../../src/common/random.js'
import type { PlacementClassName } from '../../src/topology/types.js'
import { oneNodeMachine } from '../plan/machines.js'
import { testEnvironment } from '../../__fixtures__/run/environment.js'

export interface CellSpec {
  mode: Mode
  place: PlacementClassName | 'unpinned'
  padding?: number
  home?: MemoryHome
  subject?: SubjectKind
  pair?: [number, number]
  variant?: Variant | null
}

/** A cell shaped like the planner's, with its key in the planner's format. */
export function makeCell(spec: CellSpec): Cell {
  const subject = spec.subject ?? 'reference'
  const padding = spec.padding ?? 64
  const pinned = spec.place !== 'unpinned'
  const [producerCpu, consumerCpu] = pinned ? (spec.pair ?? [0, 1]) : [null, null]
  const home = pinned ? (spec.home ?? 'producer') : 'first-touch'
  const memoryNode = home === 'first-touch' ? null : 0
  const where = pinned ? `${spec.place}/${producerCpu}>${consumerCpu}` : 'unpinned'
  const memory = memoryNode === null ? `mem=${home}` : `mem=${home}:${memoryNode}`
  return {
    key: `${subject}/${spec.mode}/${where}/${memory}/pad=${padding}/${pinned ? 'pinned' : 'unpinned'}`,
    subject,
    variant: spec.variant ?? null,
    mode: spec.mode,
    placementClass: spec.place,
    producerCpu,
    consumerCpu,
    pinned,
    memoryHome: home,
    memoryNode,
    padding,
    capacity: 1024,
    payload: 8,
    messages: 1_000_000,
    warmupMessages: 10_000
  }
}

/** A driver record whose headline metric is `value`: messages/s, or the RTT p50 in ns (p99 at twice that) in pingpong. */
function record(cell: Cell, value: number): NativeRecord {
  const pingpong = cell.mode === 'pingpong'
  return {
    schema: 'numa-spsc-bench/run@1',
    implementation: cell.subject === 'reference' ? 'reference' : 'nimsync',
    params: {
      mode: cell.mode,
      producerCpu: cell.producerCpu,
      consumerCpu: cell.consumerCpu,
      slotsNode: cell.memoryNode,
      indexNode: cell.memoryNode,
      padding: cell.padding,
      capacity: cell.capacity,
      payload: cell.payload,
      messages: cell.messages,
      warmupMessages: cell.warmupMessages
    },
    observed: {
      producerCpus: cell.producerCpu === null ? [] : [cell.producerCpu],
      consumerCpus: cell.consumerCpu === null ? [] : [cell.consumerCpu],
      slots: null,
      indices: null,
      producerInvoluntarySwitches: 0,
      consumerInvoluntarySwitches: 0
    },
    results: {
      messages: cell.messages,
      elapsedNs: 1e9,
      messagesPerSecond: pingpong ? null : value,
      rttNs: pingpong ? { p50: value, p90: value * 1.5, p99: value * 2, p999: value * 3, max: value * 10 } : null
    },
    perf: { cycles: null, instructions: null, llcMisses: null, unavailableReason: 'synthetic' },
    valid: true,
    invalidReasons: []
  }
}

/** One sample per value; null stands for an invalid sample (the runner's "timed out" case). */
export function cellResult(cell: Cell, values: (number | null)[]): CellResult {
  const samples: Sample[] = values.map((value, repetition) =>
    value === null
      ? {
          block: repetition,
          order: repetition,
          valid: false,
          invalidReasons: ['timed out after 30 s and was killed'],
          record: null
        }
      : { block: repetition, order: repetition, valid: true, invalidReasons: [], record: record(cell, value) }
  )
  return { cell, samples }
}

export function resultsFile(cells: CellResult[], fingerprint = 'synthetic'): ResultsFile {
  const { topology } = oneNodeMachine()
  return {
    schemaVersion: 2,
    tool: { name: 'numa-spsc-bench', version: '0.1.0' },
    topology: { ...topology, fingerprint },
    plan: {
      cells: cells.map((result) => result.cell),
      repetitions: Math.max(0, ...cells.map((result) => result.samples.length)),
      seed: 1,
      budgetSeconds: 300,
      estimatedSeconds: 100,
      dropped: [],
      unavailableClasses: []
    },
    environment: testEnvironment(),
    cells,
    interrupted: false,
    stoppedEarly: null
  }
}

/** Seeded normal samples (Box-Muller), so every run of a test sees the same data. */
export function normalSampler(seed: number): (count: number, mean: number, spread: number) => number[] {
  const random = seededRandom(seed)
  return (count, mean, spread) =>
    Array.from(
      { length: count },
      () => mean + spread * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
    )
}

/**
 * An A/B run: every spec measured as a base and a head cell under one key, `blocks` blocks, each sample's value from
 * `value` (null for an invalid sample).
 */
export function abResults(
  specs: CellSpec[],
  blocks: number,
  value: (specIndex: number, variant: Variant, block: number) => number | null
): ResultsFile {
  return resultsFile(
    specs.flatMap((spec, specIndex) =>
      (['base', 'head'] as const).map((variant) =>
        cellResult(
          makeCell({ ...spec, subject: spec.subject ?? 'subject', variant }),
          Array.from({ length: blocks }, (_, block) => value(specIndex, variant, block))
        )
      )
    )
  )
}
