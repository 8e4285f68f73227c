import type { Mode } from '../native/types.js'
import { MEMORY_HOMES, type MemoryHome, type SubjectKind } from '../plan/types.js'
import type { ResultsFile } from '../run/types.js'
import { PLACEMENT_CLASSES, type PlacementClassName } from '../topology/types.js'
import { bootstrapRatioCi } from './bootstrap.js'
import { MIN_VALID_SAMPLES } from './compare.js'
import { cellMetricValues, FIGURE_METRIC } from './metrics.js'
import { hashSeed } from './random.js'
import { median, summarize } from './summary.js'
import type { NumaFigure } from './types.js'

/** Classes whose producer and consumer share a NUMA node: the "local" side of every class figure. */
const LOCAL_CLASSES: readonly PlacementClassName[] = ['smt-sibling', 'same-l3', 'same-node']

type Place = PlacementClassName | 'unpinned'

/**
 * The values of one metric pooled over the cells that differ only in their CPU pair: the pairs of a class are chosen
 * as interchangeable representatives of it, so a class's figure pools them rather than picking one pair.
 */
class Groups {
  private readonly values = new Map<string, number[]>()

  static key(implementation: SubjectKind, mode: Mode, place: Place, padding: number, home: MemoryHome): string {
    return `${implementation}|${mode}|${place}|${padding}|${home}`
  }

  add(key: string, values: number[]): void {
    const list = this.values.get(key)
    if (list) list.push(...values)
    else this.values.set(key, [...values])
  }

  get(implementation: SubjectKind, mode: Mode, place: Place, padding: number, home: MemoryHome): number[] {
    return this.values.get(Groups.key(implementation, mode, place, padding, home)) ?? []
  }
}

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
export function canonicalSettings(
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
 * The NUMA figures of one run: ratios of pooled medians (subject group / reference group) with bootstrap 95 % CIs.
 *
 * Every figure varies one thing and holds the rest at a canonical setting, so that, e.g., the class figures are not
 * mixed with padding effects: padding 64 (else the smallest padding measured; per implementation, and the subject's own
 * padding for subject against reference) and memory on the producer's node (else first touch). Per implementation and mode (metric: messages/s for throughput and
 * same-thread, RTT p50 for pingpong):
 * - class: each pinned class against the best local class (smt-sibling, same-l3, same-node; best median wins);
 * - padding: each other padding against the canonical one, per class;
 * - pinning: unpinned (first touch) against the best pinned class;
 * - memory-home: consumer, other and first-touch against producer, per class at the canonical padding;
 * - subject: the subject's cells against the reference's matching cells, per class (implementation 'both').
 * A figure is left out when either group has fewer than MIN_VALID_SAMPLES usable samples.
 */
export function numaFigures(results: ResultsFile, options: { resamples?: number } = {}): NumaFigure[] {
  const groups = new Groups()
  const paddingsOf = new Map<SubjectKind, Set<number>>()
  const implementations = new Set<SubjectKind>()
  const modes = new Set<Mode>()
  for (const result of results.cells) {
    const { cell } = result
    groups.add(
      Groups.key(cell.subject, cell.mode, cell.placementClass, cell.padding, cell.memoryHome),
      cellMetricValues(result, FIGURE_METRIC[cell.mode]).values
    )
    implementations.add(cell.subject)
    modes.add(cell.mode)
    paddingsOf.set(cell.subject, (paddingsOf.get(cell.subject) ?? new Set<number>()).add(cell.padding))
  }
  if (results.cells.length === 0) return []
  const canonicalPadding = (implementation: SubjectKind): number => canonicalSettings(results, implementation)!.padding
  const home = canonicalSettings(results, results.cells[0].cell.subject)!.home
  const figures: NumaFigure[] = []
  for (const mode of [...modes]) {
    const metric = FIGURE_METRIC[mode]
    const better = (left: number, right: number) =>
      metric.direction === 'higher-is-better' ? left > right : left < right
    const figure = (
      kind: string,
      label: string,
      implementation: SubjectKind | 'both',
      reference: number[],
      subject: number[]
    ): void => {
      if (reference.length < MIN_VALID_SAMPLES || subject.length < MIN_VALID_SAMPLES) return
      const seed = hashSeed(`${kind}|${label}|${mode}|${implementation}`)
      const referenceSummary = summarize(reference)
      const subjectSummary = summarize(subject)
      figures.push({
        kind,
        label,
        mode,
        implementation,
        metric: metric.name,
        direction: metric.direction,
        reference: referenceSummary,
        subject: subjectSummary,
        ratio: subjectSummary.median / referenceSummary.median,
        ratioCi: bootstrapRatioCi(reference, subject, { seed, resamples: options.resamples })
      })
    }
    const where = (place: Place) => (mode === 'same-thread' ? 'one CPU' : place)

    for (const implementation of [...implementations]) {
      const padding = canonicalPadding(implementation)
      const paddings = paddingsOf.get(implementation) ?? new Set<number>()
      const at = (place: Place, atPadding = padding, atHome = home) =>
        groups.get(implementation, mode, place, atPadding, atHome)
      const measured = PLACEMENT_CLASSES.filter((place) => at(place).length >= MIN_VALID_SAMPLES)
      const prefix = implementation === 'subject' ? 'subject: ' : ''
      const candidates = mode === 'same-thread' ? measured : measured.filter((place) => LOCAL_CLASSES.includes(place))
      const best = candidates.reduce<PlacementClassName | null>(
        (winner, place) => (winner === null || better(median(at(place)), median(at(winner))) ? place : winner),
        null
      )
      if (best !== null && mode !== 'same-thread') {
        for (const place of measured.filter((place) => place !== best)) {
          figure('class', `${prefix}${place} vs ${best}`, implementation, at(best), at(place))
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

    if (implementations.has('subject') && implementations.has('reference')) {
      const padding = canonicalPadding('subject')
      for (const place of [...PLACEMENT_CLASSES, 'unpinned' as const]) {
        const placeHome: MemoryHome = place === 'unpinned' ? 'first-touch' : home
        figure(
          'subject',
          `subject vs reference (${where(place)})`,
          'both',
          groups.get('reference', mode, place, padding, placeHome),
          groups.get('subject', mode, place, padding, placeHome)
        )
      }
    }
  }
  return figures
}
