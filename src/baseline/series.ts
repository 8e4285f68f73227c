/**
 * History over commits: the stored baselines of one machine as series of medians, one per (placement class or cell,
 * metric), in the order they were saved, with the change points E-divisive means finds in each.
 */
import type { Mode } from '../native/types.js'
import type { Cell, SubjectKind } from '../plan/types.js'
import type { CellResult } from '../run/types.js'
import { eDivisiveMeans, type ChangePointOptions } from '../stats/change-points.js'
import { cellMetricValues, COMPARED_METRICS, type MetricDefinition } from '../stats/metrics.js'
import { median } from '../stats/summary.js'
import type { Direction } from '../stats/types.js'
import type { BaselineRecord, BaselineStore, HistoryRecord } from './types.js'

/** What one series follows: a placement class (the median of its cells' medians) or a single cell. */
export type SeriesGrouping = 'class' | 'cell'
export const SERIES_GROUPINGS: readonly SeriesGrouping[] = ['class', 'cell']

export interface TrendPoint {
  commitSha: string | null
  ref: string | null
  savedAt: string
  /** Median of the metric in this run: of the cell's samples, or of the class's cell medians. */
  median: number
  /** Usable samples behind it. */
  samples: number
}

export interface TrendChange {
  /** Index in `points` of the first run after the change. */
  index: number
  commitSha: string | null
  savedAt: string
  /** Median of the run medians from the previous change (or the start) up to this one, and from it to the next. */
  before: number
  after: number
  /** after / before. */
  ratio: number
  /** Permutation p-value of the split when E-divisive found it. */
  pValue: number
}

export interface TrendSeries {
  /** "reference/throughput/cross-package#messagesPerSecond" (class) or the cell key with the metric (cell). */
  key: string
  grouping: SeriesGrouping
  subject: SubjectKind
  mode: Mode
  placementClass: Cell['placementClass']
  /** The cell's key when grouping is 'cell'; null for a class. */
  cellKey: string | null
  metric: MetricDefinition['name']
  direction: Direction
  /** Oldest first, one per stored run that measured it. */
  points: TrendPoint[]
  changes: TrendChange[]
}

export interface TrendOptions {
  grouping?: SeriesGrouping
  /** Only these metrics (e.g. "messagesPerSecond", "rttNs.p50"); all compared metrics when absent or empty. */
  metrics?: readonly string[]
  changePoints?: ChangePointOptions
}

export const TREND_METRICS: readonly string[] = [
  ...new Set(Object.values(COMPARED_METRICS).flatMap((metrics) => metrics.map((metric) => metric.name)))
]

interface Group {
  key: string
  first: Cell
  metric: MetricDefinition
  points: TrendPoint[]
}

function groupKey(cell: Cell, grouping: SeriesGrouping): string {
  return grouping === 'cell' ? cell.key : `${cell.subject}/${cell.mode}/${cell.placementClass}`
}

/** The run's median of one metric over a group of cells, or null when none of them has a usable sample. */
function pointOf(record: BaselineRecord, cells: CellResult[], metric: MetricDefinition): TrendPoint | null {
  const medians: number[] = []
  let samples = 0
  for (const cell of cells) {
    const { values } = cellMetricValues(cell, metric)
    if (values.length === 0) continue
    medians.push(median(values))
    samples += values.length
  }
  if (medians.length === 0) return null
  return {
    commitSha: record.commitSha,
    ref: record.ref,
    savedAt: record.savedAt,
    median: median(medians),
    samples
  }
}

function changesOf(points: TrendPoint[], options: ChangePointOptions): TrendChange[] {
  const values = points.map((point) => point.median)
  const found = eDivisiveMeans(values, options)
  const bounds = [0, ...found.map((change) => change.index), values.length]
  return found.map((change, position): TrendChange => {
    const before = median(values.slice(bounds[position], change.index))
    const after = median(values.slice(change.index, bounds[position + 2]))
    const point = points[change.index]
    return {
      index: change.index,
      commitSha: point.commitSha,
      savedAt: point.savedAt,
      before,
      after,
      ratio: after / before,
      pValue: change.pValue
    }
  })
}

/**
 * Series from one machine's records, oldest first. A/B base cells are left out: a stored run's history is its head.
 * Series keep the order in which their cells first appear in the records.
 */
export function trendSeries(records: readonly BaselineRecord[], options: TrendOptions = {}): TrendSeries[] {
  const grouping = options.grouping ?? 'class'
  const wanted = options.metrics !== undefined && options.metrics.length > 0 ? new Set(options.metrics) : null
  for (const name of wanted ?? []) {
    if (!TREND_METRICS.includes(name)) {
      throw new Error(`--metric: "${name}" is not a metric; expected one of ${TREND_METRICS.join(', ')}`)
    }
  }
  const groups = new Map<string, Group>()
  for (const record of records) {
    const byGroup = new Map<string, CellResult[]>()
    for (const result of record.results.cells) {
      if (result.cell.variant === 'base') continue
      const key = groupKey(result.cell, grouping)
      byGroup.set(key, [...(byGroup.get(key) ?? []), result])
    }
    for (const [key, cells] of byGroup) {
      for (const metric of COMPARED_METRICS[cells[0].cell.mode]) {
        if (wanted !== null && !wanted.has(metric.name)) continue
        const point = pointOf(record, cells, metric)
        if (point === null) continue
        const seriesKey = `${key}#${metric.name}`
        const group = groups.get(seriesKey) ?? { key: seriesKey, first: cells[0].cell, metric, points: [] }
        group.points.push(point)
        groups.set(seriesKey, group)
      }
    }
  }
  return [...groups.values()].map((group): TrendSeries => ({
    key: group.key,
    grouping,
    subject: group.first.subject,
    mode: group.first.mode,
    placementClass: group.first.placementClass,
    cellKey: grouping === 'cell' ? group.first.key : null,
    metric: group.metric.name,
    direction: group.metric.direction,
    points: group.points,
    changes: changesOf(group.points, options.changePoints ?? {})
  }))
}

export interface StoredTrend {
  fingerprint: string
  /** How many stored runs the series were read from. */
  runs: number
  series: TrendSeries[]
}

/**
 * The fingerprint a history is about: the one asked for, or the only one the store holds. Several without a choice is
 * an error that lists them, since mixing machines would make every difference a hardware difference.
 */
export async function historyFingerprint(store: BaselineStore, fingerprint?: string): Promise<string | null> {
  if (fingerprint !== undefined) return fingerprint
  const counts = new Map<string, number>()
  for (const entry of await store.list()) counts.set(entry.fingerprint, (counts.get(entry.fingerprint) ?? 0) + 1)
  if (counts.size <= 1) return [...counts.keys()][0] ?? null
  const listed = [...counts].map(([name, runs]) => `${name} (${runs} runs)`).join(', ')
  throw new Error(`--fingerprint: ${store.describe()} holds several machines; choose one of ${listed}`)
}

/** Every stored run of one machine, oldest first; with `last`, only the newest `last` of them. */
export async function storedRuns(store: BaselineStore, fingerprint: string, last?: number): Promise<HistoryRecord[]> {
  const total = (await store.list(fingerprint)).length
  const newestFirst = await store.history(fingerprint, {}, Math.min(total, last ?? total))
  return newestFirst.reverse()
}

/** The series of one machine's stored runs (the newest `last` when given). */
export async function loadTrend(
  store: BaselineStore,
  fingerprint: string,
  options: TrendOptions & { last?: number } = {}
): Promise<StoredTrend> {
  const runs = await storedRuns(store, fingerprint, options.last)
  return {
    fingerprint,
    runs: runs.length,
    series: trendSeries(
      runs.map((entry) => entry.record),
      options
    )
  }
}
