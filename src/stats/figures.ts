import type { Mode } from '../native/types.js'
import { MEMORY_HOMES, type Cell, type MemoryHome, type SubjectKind } from '../plan/types.js'
import type { CellResult, ResultsFile } from '../run/types.js'
import { PLACEMENT_CLASSES, type PlacementClassName } from '../topology/types.js'
import { bootstrapRatioCi } from './bootstrap.js'
import { finiteRatio, MIN_VALID_SAMPLES } from './comparable.js'
import { holm, mannWhitneyU } from './mann-whitney.js'
import { cellMetricValues, COMPARED_METRICS, FIGURE_METRIC, type MetricDefinition } from './metrics.js'
import { hashSeed } from '../common/random.js'
import { median, summarize } from './summary.js'
import type { FigureKind, FigureSide, MetricName, NumaFigure, Summary } from './types.js'

/** Classes whose producer and consumer share a NUMA node: the "local" side of every class figure. */
const LOCAL_CLASSES: readonly PlacementClassName[] = ['smt-sibling', 'same-l3', 'same-node']

type Place = PlacementClassName | 'unpinned'

/** The implementations set against the reference, in the order their figures are listed. */
const OTHER_IMPLEMENTATIONS: readonly SubjectKind[] = ['batched', 'subject']

/** The cells pooled into one group and the values of each metric they gave. */
interface Group {
  side: FigureSide
  values: Map<MetricName, number[]>
}

/**
 * The values of each metric pooled over the cells that differ only in their CPU pair: the pairs of a class are chosen
 * as interchangeable representatives of it, so a class's figure pools them rather than picking one pair.
 */
class Groups {
  private readonly groups = new Map<string, Group>()

  private static key(implementation: SubjectKind, mode: Mode, place: Place, padding: number, home: MemoryHome): string {
    return `${implementation}|${mode}|${place}|${padding}|${home}`
  }

  add(result: CellResult): void {
    const { cell } = result
    const key = Groups.key(cell.subject, cell.mode, cell.placementClass, cell.padding, cell.memoryHome)
    const group = this.groups.get(key) ?? {
      side: {
        implementation: cell.subject,
        placementClass: cell.placementClass,
        pinned: cell.pinned,
        padding: cell.padding,
        memoryHome: cell.memoryHome,
        cpuPairs: []
      },
      values: new Map<MetricName, number[]>()
    }
    this.groups.set(key, group)
    if (cell.producerCpu !== null && cell.consumerCpu !== null)
      group.side.cpuPairs.push([cell.producerCpu, cell.consumerCpu])
    for (const metric of COMPARED_METRICS[cell.mode]) {
      const values = group.values.get(metric.name) ?? []
      values.push(...cellMetricValues(result, metric).values)
      group.values.set(metric.name, values)
    }
  }

  get(implementation: SubjectKind, mode: Mode, place: Place, padding: number, home: MemoryHome): Group | undefined {
    return this.groups.get(Groups.key(implementation, mode, place, padding, home))
  }
}

const valuesOf = (group: Group | undefined, metric: MetricName): number[] => group?.values.get(metric) ?? []

function mostPreferred<T>(present: Set<T>, preference: readonly T[]): T {
  const found = preference.find((value) => present.has(value))
  if (found === undefined) throw new Error(`numaFigures: none of ${preference.join(', ')} present`)
  return found
}

/**
 * The settings every figure holds fixed while it varies one thing: padding 64 of the implementation's own cells
 * (else its smallest; the planner gives subject cells only the plan's largest padding, so a shared 64 would leave the
 * subject without figures) and memory on the producer's node (else first touch). The report reads its extra columns
 * at the same settings, so they describe the same cells as the figures. Null when the implementation has no cells.
 */
function canonicalSettings(
  results: ResultsFile,
  implementation: SubjectKind
): { padding: number; home: MemoryHome } | null {
  const paddings = new Set(
    results.cells.filter(({ cell }) => cell.subject === implementation).map(({ cell }) => cell.padding)
  )
  if (paddings.size === 0) return null
  const homes = new Set<MemoryHome>([
    'first-touch',
    ...results.cells.filter(({ cell }) => cell.pinned).map(({ cell }) => cell.memoryHome)
  ])
  return {
    padding: mostPreferred(paddings, [64, ...[...paddings].sort((left, right) => left - right)]),
    home: mostPreferred<MemoryHome>(homes, ['producer', 'first-touch'])
  }
}

/**
 * The NUMA figures of one run: ratios of pooled medians (subject group / reference group) with bootstrap 95 % CIs, and
 * Mann-Whitney p-values Holm-adjusted across every figure of the run, as the gate adjusts its comparisons.
 *
 * Every figure varies one thing and holds the rest at canonicalSettings, so that, e.g., the class figures are not
 * mixed with padding effects. Per implementation and mode (metric: messages/s for throughput and same-thread, RTT p50
 * for pingpong; the class figures of pingpong also for RTT p99):
 * - class: each pinned class against the best local class (smt-sibling, same-l3, same-node; best median wins);
 * - padding: each other padding against the canonical one, per class;
 * - pinning: unpinned (first touch) against the best pinned class;
 * - memory-home: consumer, other and first-touch against producer, per class at the canonical padding;
 * - implementation: each other implementation's cells (the batched ring's, the subject's) against the reference's
 *   matching cells at that implementation's canonical padding, per class; `implementation` names the other one.
 * The batched ring gets only its implementation figures: it is planned to state its gain over the reference per class,
 * and figures of its own would widen the family the Holm correction spans, weakening every other figure.
 * A figure is left out when either group has fewer than MIN_VALID_SAMPLES usable samples, or when the ratio of its
 * medians or a bound of its CI is not a finite positive number (finiteRatio).
 */
export function numaFigures(results: ResultsFile, options: { resamples?: number } = {}): NumaFigure[] {
  if (results.cells.length === 0) return []
  const groups = new Groups()
  const paddingsOf = new Map<SubjectKind, Set<number>>()
  const implementations = new Set<SubjectKind>()
  const modes = new Set<Mode>()
  for (const result of results.cells) {
    const { cell } = result
    groups.add(result)
    implementations.add(cell.subject)
    modes.add(cell.mode)
    paddingsOf.set(cell.subject, (paddingsOf.get(cell.subject) ?? new Set<number>()).add(cell.padding))
  }
  const canonicalPadding = (implementation: SubjectKind): number => canonicalSettings(results, implementation)!.padding
  const home = canonicalSettings(results, results.cells[0].cell.subject)!.home
  const figures: Omit<NumaFigure, 'adjustedP'>[] = []
  for (const mode of [...modes]) {
    const figureMetric = FIGURE_METRIC[mode]
    const better = (left: number, right: number) =>
      figureMetric.direction === 'higher-is-better' ? left > right : left < right
    const figure = (
      kind: FigureKind,
      label: string,
      implementation: SubjectKind,
      reference: Group | undefined,
      subject: Group | undefined,
      metric: MetricDefinition = figureMetric
    ): void => {
      const referenceValues = valuesOf(reference, metric.name)
      const subjectValues = valuesOf(subject, metric.name)
      if (reference === undefined || subject === undefined) return
      if (referenceValues.length < MIN_VALID_SAMPLES || subjectValues.length < MIN_VALID_SAMPLES) return
      // The RTT tail's class figures keep the seed the report's p99 column drew before stats computed it.
      const seed =
        metric === figureMetric
          ? hashSeed(`${kind}|${label}|${mode}|${implementation}`)
          : hashSeed(`class-tail|${implementation}|${subject.side.placementClass}`)
      const referenceSummary = summarize(referenceValues)
      const subjectSummary = summarize(subjectValues)
      const ratio = finiteRatio(subjectSummary.median, referenceSummary.median)
      if (ratio === null) return
      const ratioCi = bootstrapRatioCi(referenceValues, subjectValues, { seed, resamples: options.resamples })
      if (ratioCi.some((bound) => !(Number.isFinite(bound) && bound > 0))) return
      figures.push({
        kind,
        label,
        mode,
        implementation,
        metric: metric.name,
        direction: metric.direction,
        sides: { reference: reference.side, subject: subject.side },
        reference: referenceSummary,
        subject: subjectSummary,
        ratio,
        ratioCi,
        pValue: mannWhitneyU(referenceValues, subjectValues).pValue
      })
    }
    const where = (place: Place) => (mode === 'same-thread' ? 'one CPU' : place)

    for (const implementation of [...implementations].filter((each) => each !== 'batched')) {
      const padding = canonicalPadding(implementation)
      const paddings = paddingsOf.get(implementation) ?? new Set<number>()
      const at = (place: Place, atPadding = padding, atHome = home) =>
        groups.get(implementation, mode, place, atPadding, atHome)
      const count = (place: Place) => valuesOf(at(place), figureMetric.name).length
      const measured = PLACEMENT_CLASSES.filter((place) => count(place) >= MIN_VALID_SAMPLES)
      const prefix = implementation === 'subject' ? 'subject: ' : ''
      const candidates = mode === 'same-thread' ? measured : measured.filter((place) => LOCAL_CLASSES.includes(place))
      const middle = (place: Place) => median(valuesOf(at(place), figureMetric.name))
      const best = candidates.reduce<PlacementClassName | null>(
        (winner, place) => (winner === null || better(middle(place), middle(winner)) ? place : winner),
        null
      )
      if (best !== null && mode !== 'same-thread') {
        for (const place of measured.filter((place) => place !== best)) {
          for (const metric of COMPARED_METRICS[mode]) {
            figure('class', `${prefix}${place} vs ${best}`, implementation, at(best), at(place), metric)
          }
        }
      }
      for (const place of PLACEMENT_CLASSES) {
        for (const other of [...paddings].filter((value) => value !== padding).sort((left, right) => left - right)) {
          figure(
            'padding',
            `${prefix}padding ${other} vs ${padding} (${where(place)})`,
            implementation,
            at(place),
            at(place, other)
          )
        }
        for (const otherHome of MEMORY_HOMES.filter((value) => value !== 'producer')) {
          figure(
            'memory-home',
            `${prefix}memory ${otherHome} vs producer (${where(place)})`,
            implementation,
            at(place, padding, 'producer'),
            at(place, padding, otherHome)
          )
        }
      }
      if (best !== null) {
        figure(
          'pinning',
          `${prefix}unpinned vs pinned ${where(best)}`,
          implementation,
          at(best),
          at('unpinned', padding, 'first-touch')
        )
      }
    }

    const compared = implementations.has('reference') ? OTHER_IMPLEMENTATIONS : []
    for (const implementation of compared.filter((each) => implementations.has(each))) {
      const padding = canonicalPadding(implementation)
      for (const place of [...PLACEMENT_CLASSES, 'unpinned' as const]) {
        const placeHome: MemoryHome = place === 'unpinned' ? 'first-touch' : home
        figure(
          'implementation',
          `${implementation} vs reference (${where(place)})`,
          implementation,
          groups.get('reference', mode, place, padding, placeHome),
          groups.get(implementation, mode, place, padding, placeHome)
        )
      }
    }
  }
  const adjusted = holm(figures.map((figure) => figure.pValue))
  return figures.map((figure, index) => ({ ...figure, adjustedP: adjusted[index] }))
}

/** The median of one mode's figure metric at one padding and pinning, over every class measured so. */
export interface SettingMedian {
  implementation: SubjectKind
  mode: Mode
  metric: MetricName
  pinned: boolean
  padding: number
  summary: Summary
}

/**
 * Medians per implementation, mode, pinning and padding, pooled over the placement classes at the canonical memory
 * home (first touch for unpinned cells): what a runner without cross-node classes can still show, modes × padding.
 * Groups with fewer than MIN_VALID_SAMPLES usable values are left out.
 */
export function settingMedians(results: ResultsFile): SettingMedian[] {
  const pooled = new Map<string, SettingMedian & { values: number[] }>()
  for (const result of results.cells) {
    const { cell } = result
    const home = cell.pinned ? canonicalSettings(results, cell.subject)?.home : 'first-touch'
    if (cell.memoryHome !== home) continue
    const metric = FIGURE_METRIC[cell.mode]
    const key = `${cell.subject}|${cell.mode}|${cell.pinned}|${cell.padding}`
    const entry = pooled.get(key) ?? {
      implementation: cell.subject,
      mode: cell.mode,
      metric: metric.name,
      pinned: cell.pinned,
      padding: cell.padding,
      summary: { n: 0, median: 0, ci: [0, 0] },
      values: []
    }
    entry.values.push(...cellMetricValues(result, metric).values)
    pooled.set(key, entry)
  }
  return [...pooled.values()]
    .filter((entry) => entry.values.length >= MIN_VALID_SAMPLES)
    .map(({ values, ...entry }) => ({ ...entry, summary: summarize(values) }))
    .sort((left, right) => left.padding - right.padding)
}

/** One cell's median of its mode's figure metric over its usable samples; null when it has none. */
export interface CellMedian {
  cell: Cell
  metric: MetricName
  median: number | null
}

/** Every cell's median of its figure metric (throughput, or RTT p50 in ping-pong), in the results' order. */
export function cellMedians(results: ResultsFile): CellMedian[] {
  return results.cells.map((result) => {
    const metric = FIGURE_METRIC[result.cell.mode]
    const { values } = cellMetricValues(result, metric)
    return { cell: result.cell, metric: metric.name, median: values.length === 0 ? null : median(values) }
  })
}

/** One placement class's pooled median of a mode's figure metric, at the implementation's canonical settings. */
export interface ClassMedian {
  placementClass: PlacementClassName
  metric: MetricName
  summary: Summary
}

/**
 * Per pinned placement class, the implementation's figure metric of one mode (RTT p50 for pingpong) pooled over the
 * class's pairs at the canonical padding and memory home, as the class figures pool it; classes with fewer than
 * MIN_VALID_SAMPLES usable values are left out.
 */
export function classMedians(results: ResultsFile, implementation: SubjectKind, mode: Mode): ClassMedian[] {
  const settings = canonicalSettings(results, implementation)
  if (settings === null) return []
  const groups = new Groups()
  for (const result of results.cells) if (result.cell.subject === implementation) groups.add(result)
  const metric = FIGURE_METRIC[mode].name
  return PLACEMENT_CLASSES.flatMap((placementClass) => {
    const values = valuesOf(groups.get(implementation, mode, placementClass, settings.padding, settings.home), metric)
    return values.length < MIN_VALID_SAMPLES ? [] : [{ placementClass, metric, summary: summarize(values) }]
  })
}
