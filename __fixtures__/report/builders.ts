/**
 * Typed builders for report tests: results files from a real plan over synthetic machines, and hand-made
 * comparisons and NUMA figures shaped as the stats stage returns them.
 */
import type { Mode } from '../../src/native/types.js'
import { makePlan } from '../../src/plan/index.js'
import type { Cell, SubjectKind } from '../../src/plan/types.js'
import type { MachineReport } from '../../src/report/types.js'
import type { CellResult, Environment, ResultsFile, Sample } from '../../src/run/types.js'
import type {
  CellComparison,
  CellVerdict,
  Comparison,
  Direction,
  FigureKind,
  FigureSide,
  MetricName,
  NumaFigure,
  Summary
} from '../../src/stats/types.js'
import { combineVerdicts } from '../../src/stats/verdict.js'
import { placementClasses } from '../../src/topology/index.js'
import type { Cpu, PlacementClassName, Topology } from '../../src/topology/types.js'
import { recordFor } from '../run/records.js'

/** Two packages, one node each, two cores per package sharing an L3, no SMT: every class but smt-sibling. */
export function twoSocketTopology(): Topology {
  const cpus: Cpu[] = [0, 1, 2, 3].map((id) => {
    const side = id < 2 ? 0 : 1
    return { id, node: side, package: side, die: side, core: id, l3: side, siblings: [id] }
  })
  return {
    root: '(synthetic two-socket machine)',
    numaCapable: true,
    nodes: [
      { id: 0, cpus: [0, 1], memoryMiB: 8192 },
      { id: 1, cpus: [2, 3], memoryMiB: 8192 }
    ],
    distances: [
      [10, 21],
      [21, 10]
    ],
    packages: 2,
    dies: 2,
    cores: 4,
    pus: 4,
    smt: false,
    cpus,
    l3Domains: [
      [0, 1],
      [2, 3]
    ],
    allowedCpus: [0, 1, 2, 3],
    allowedMemoryNodes: [0, 1],
    cpuModel: 'Synthetic Xeon',
    virtualized: false,
    kernel: { numaBalancing: '0', transparentHugepages: 'madvise', transparentHugepagesDefrag: 'madvise' },
    fingerprint: 'fp2socket',
    warnings: []
  }
}

/** One node, two cores: what a hosted runner looks like. */
export function oneNodeTopology(): Topology {
  const cpus: Cpu[] = [0, 1].map((id) => ({ id, node: 0, package: 0, die: 0, core: id, l3: 0, siblings: [id] }))
  return {
    ...twoSocketTopology(),
    root: '(synthetic one-node machine)',
    numaCapable: false,
    nodes: [{ id: 0, cpus: [0, 1], memoryMiB: 4096 }],
    distances: [[10]],
    packages: 1,
    dies: 1,
    cores: 2,
    pus: 2,
    cpus,
    l3Domains: [[0, 1]],
    allowedCpus: [0, 1],
    allowedMemoryNodes: [0],
    fingerprint: 'fp1node',
    virtualized: true
  }
}

export function environment(overrides: Partial<Environment> = {}): Environment {
  return {
    hostname: 'bench-host',
    kernel: '6.8.0',
    cpuModel: 'Synthetic Xeon',
    virtualized: false,
    governor: 'performance',
    numaBalancing: '0',
    transparentHugepages: 'madvise',
    compiler: 'cc 13.2',
    compilerFlags: '-O2',
    loadAverageStart: [0.1, 0.2, 0.3],
    loadAverageEnd: [1.9, 0.9, 0.4],
    gitCommit: 'abc1234',
    startedAt: '2026-11-25T06:00:00.000Z',
    finishedAt: '2026-11-25T06:10:00.000Z',
    ...overrides
  }
}

export interface ResultsOptions {
  topology?: Topology
  /** Samples per cell; the stats stage needs at least 5 valid ones for a figure. */
  samples?: number
  /** The value of a sample: messages/s, or the RTT p50 in ns in pingpong (p99 is 3×). Default: 10/20/30… M/s, 100/200/… ns. */
  sampleValue?: (cell: Cell, repetition: number) => number
  environment?: Partial<Environment>
  /** Reasons given to the second sample of every cell whose key includes `invalidCell`. */
  invalidCell?: string
  invalidReasons?: string[]
  interrupted?: boolean
  /** Paddings to plan; default 64 and 128. */
  paddings?: number[]
  /** Plan subject cells next to the reference ones (the planner gives them the largest padding only). */
  subject?: boolean
  /** Plan unpinned cells too ('both'), or only them. */
  pinning?: 'pinned' | 'unpinned' | 'both'
  /** Plan the batched ring's throughput cells beside the reference's. */
  batched?: boolean
}

/** A results file from a real plan over the topology, every sample valid unless `invalidCell` says otherwise. */
export function resultsFile(options: ResultsOptions = {}): ResultsFile {
  const topology = options.topology ?? twoSocketTopology()
  const plan = makePlan(topology, placementClasses(topology), {
    budgetSeconds: 36000,
    seed: 7,
    modes: ['throughput', 'pingpong'],
    paddings: options.paddings ?? [64, 128],
    pinning: options.pinning ?? 'pinned',
    subject: { enabled: options.subject ?? false },
    batched: options.batched ?? false,
    minRepetitions: 3,
    maxRepetitions: 3
  })
  const count = options.samples ?? 3
  const sampleValue =
    options.sampleValue ??
    ((cell: Cell, repetition: number) => (cell.mode === 'pingpong' ? 100 : 10e6) * (repetition + 1))
  const cells: CellResult[] = plan.cells.map((cell) => ({
    cell,
    samples: Array.from({ length: count }, (_, repetition): Sample => {
      const broken = repetition === 1 && options.invalidCell !== undefined && cell.key.includes(options.invalidCell)
      return {
        block: repetition,
        order: repetition,
        valid: !broken,
        invalidReasons: broken ? (options.invalidReasons ?? ['pages moved']) : [],
        record: broken ? null : recordFor(cell, sampleValue(cell, repetition))
      }
    })
  }))
  return {
    schemaVersion: 2,
    tool: { name: 'numa-spsc-bench', version: '0.1.0' },
    topology,
    plan: { ...plan, repetitions: count },
    environment: environment({
      cpuModel: topology.cpuModel,
      virtualized: topology.virtualized,
      ...options.environment
    }),
    cells,
    interrupted: options.interrupted ?? false,
    stoppedEarly: null
  }
}

/** A summary with a CI of ±spread around the median. */
export function summary(median: number, spread = 0.02, n = 10): Summary {
  return { n, median, ci: [median * (1 - spread), median * (1 + spread)] }
}

export function directionOf(metric: MetricName): Direction {
  return metric === 'messagesPerSecond' ? 'higher-is-better' : 'lower-is-better'
}

export function metricOf(mode: Mode): MetricName {
  return mode === 'pingpong' ? 'rttNs.p50' : 'messagesPerSecond'
}

/** One side of a figure: reference-ring cells of a class, pinned unless the class is "unpinned", padding 64, memory on the producer's node. */
export function side(place: PlacementClassName | 'unpinned', overrides: Partial<FigureSide> = {}): FigureSide {
  const pinned = place !== 'unpinned'
  return {
    implementation: 'reference',
    placementClass: place,
    pinned,
    padding: 64,
    memoryHome: pinned ? 'producer' : 'first-touch',
    cpuPairs: pinned ? [[0, 1]] : [],
    ...overrides
  }
}

/**
 * A figure as numaFigures makes it: `subject` and `reference` are the two groups' medians, the ratio's CI is
 * ratio × (1 ± spread); the sides say which cells were pooled, the p-values survive the correction unless given.
 */
export function figure(
  kind: FigureKind,
  label: string,
  mode: Mode,
  subject: number,
  reference: number,
  options: {
    implementation?: SubjectKind
    spread?: number
    sides?: { reference: FigureSide; subject: FigureSide }
    metric?: MetricName
    adjustedP?: number
  } = {}
): NumaFigure {
  const ratio = subject / reference
  const spread = options.spread ?? 0.03
  const metric = options.metric ?? metricOf(mode)
  return {
    kind,
    label,
    mode,
    implementation: options.implementation ?? (kind === 'implementation' ? 'subject' : 'reference'),
    metric,
    direction: directionOf(metric),
    sides: options.sides ?? { reference: side('same-l3'), subject: side('cross-package') },
    reference: summary(reference),
    subject: summary(subject),
    ratio,
    ratioCi: [ratio * (1 - spread), ratio * (1 + spread)],
    pValue: (options.adjustedP ?? 0.0004) / 4,
    adjustedP: options.adjustedP ?? 0.0004
  }
}

export function cellComparison(
  cell: Cell,
  metric: MetricName,
  verdict: CellVerdict,
  baseline: number,
  current: number,
  extra: Partial<CellComparison> = {}
): CellComparison {
  const ratio = current / baseline
  return {
    key: `${cell.key}#${metric}`,
    cellKey: cell.key,
    cell,
    metric,
    direction: directionOf(metric),
    baseline: summary(baseline),
    current: summary(current),
    ratio,
    ratioCi: [ratio * 0.98, ratio * 1.02],
    pValue: 0.0004,
    adjustedP: 0.002,
    runToRunSpread: null,
    verdict,
    ...extra
  }
}

/** A comparison whose counts and overall verdict follow from its cells by the stats stage's one rule. */
export function comparison(
  cells: CellComparison[],
  options: {
    alpha?: number
    threshold?: number
    baselineSource?: string | null
    runToRunSpreadRuns?: number | null
    method?: Comparison['method']
    blocks?: number
    baselineRuns?: number
  } = {}
): Comparison {
  const combined = combineVerdicts(cells.map((cell) => cell.verdict))
  return {
    method: options.method ?? 'stored-baseline',
    verdict: combined.verdict,
    alpha: options.alpha ?? 0.01,
    threshold: options.threshold ?? 0.05,
    baselineSource: options.baselineSource === undefined ? 'merge-base abc1234 on main' : options.baselineSource,
    runToRunSpreadRuns: options.runToRunSpreadRuns ?? null,
    ...(options.blocks === undefined ? {} : { blocks: options.blocks }),
    ...(options.baselineRuns === undefined ? {} : { baselineRuns: options.baselineRuns }),
    cells,
    regressions: combined.regressions,
    improvements: combined.improvements
  }
}

export function noBaseline(): Comparison {
  return {
    method: 'stored-baseline',
    verdict: 'no-baseline',
    alpha: 0.01,
    threshold: 0.05,
    baselineSource: null,
    cells: [],
    regressions: 0,
    improvements: 0
  }
}

/** Class figures of a two-socket run: same-l3 best local, same-package and cross-package behind it. */
export function classFigures(): NumaFigure[] {
  const sides = (place: PlacementClassName) => ({ reference: side('same-l3'), subject: side(place) })
  return [
    figure('class', 'same-package vs same-l3', 'throughput', 90e6, 100e6, { sides: sides('same-package') }),
    figure('class', 'cross-package vs same-l3', 'throughput', 62e6, 100e6, { sides: sides('cross-package') }),
    figure('class', 'same-package vs same-l3', 'pingpong', 300, 250, { sides: sides('same-package') }),
    figure('class', 'cross-package vs same-l3', 'pingpong', 650, 250, { sides: sides('cross-package') })
  ]
}

export function machine(
  label: string,
  results: ResultsFile,
  comparisonOf: Comparison | null,
  figures: NumaFigure[]
): MachineReport {
  return { label, results, comparison: comparisonOf, figures }
}

/**
 * Samples of a two-socket machine where crossing packages costs 40 % throughput and ×2.6 on the round trip, padding
 * 128 beats 64 by 5 %, memory on the consumer's node costs 10 %, unpinned threads 20 %, the subject half its speed and the
 * batched ring (when planned) 1.6× across packages and 1.3× elsewhere: enough samples for every figure.
 */
export function twoSocketRun(options: ResultsOptions = {}): ResultsFile {
  return resultsFile({
    samples: 7,
    sampleValue: (cell, repetition) => {
      const cross = cell.placementClass === 'cross-package'
      const jitter = 1 + (repetition - 3) * 0.004
      const padding = cell.padding === 128 ? 1.05 : 1
      const home = cell.memoryHome === 'consumer' ? 0.9 : 1
      // Unpinned threads land anywhere (here: 80 % of the best local class's throughput); the subject is half as fast.
      const unpinned = cell.placementClass === 'unpinned'
      const subject = cell.subject === 'subject' ? 2 : 1
      // The batched ring streams 1.6× as fast as the reference across packages and 1.3× elsewhere (throughput only).
      const batched = cell.subject === 'batched' ? (cross ? 1.6 : 1.3) : 1
      if (cell.mode === 'pingpong') return ((unpinned ? 312.5 : cross ? 650 : 250) * jitter * subject) / padding / home
      return ((unpinned ? 80e6 : cross ? 60e6 : 100e6) * jitter * padding * home * batched) / subject
    },
    ...options
  })
}
