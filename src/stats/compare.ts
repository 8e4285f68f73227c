import type { CellResult, ResultsFile } from '../run/types.js'
import { bootstrapRatioCi } from './bootstrap.js'
import { cellMetricValues, COMPARED_METRICS, type CellValues, type MetricDefinition } from './metrics.js'
import { mannWhitneyU, smallestPossibleP } from './mann-whitney.js'
import { hashSeed } from '../common/random.js'
import { checkVerdictOptions, finiteRatio, judgeFamily, MIN_VALID_SAMPLES, shapeDifference } from './comparable.js'
import { summarize } from './summary.js'
import { combineVerdicts } from './verdict.js'
import type { CellComparison, CellVerdict, Comparison, RunToRunSpread, Summary } from './types.js'

export interface CompareOptions {
  /** Family-wise significance level, after Holm's adjustment across every tested cell and metric. */
  alpha: number
  /** Smallest relative change of the median that counts as a regression or an improvement, e.g. 0.05. */
  threshold: number
  /** Which baseline this is, in words; copied into the result. */
  baselineSource: string | null
  /** Bootstrap resamples per cell (default 2000). */
  resamples?: number
  /** Mixed with each cell key into its bootstrap seed, so the same inputs always give the same intervals (default 1). */
  seed?: number
  /**
   * How far whole runs wander, per CellComparison.key, from the baseline history (runToRunSpread). A significant change
   * beyond the threshold is a regression or an improvement only when its cell metric's spread comes from at least
   * MIN_SPREAD_RUNS runs and the change lies beyond it; within it, it is no-change (another run of the same code could
   * have landed there); without such a spread (or for a key it lacks), inconclusive.
   */
  runToRunSpread?: ReadonlyMap<string, RunToRunSpread>
  /** How many stored runs of this hardware the history held, the baseline included (default 1); copied into the result. */
  baselineRuns?: number
}

/**
 * Fewest baseline runs of a cell metric whose spread lets a stored-baseline comparison call a change: with two runs,
 * one distance between run medians says little about how far the next run may land.
 */
export const MIN_SPREAD_RUNS = 3

function cellsByKey(results: ResultsFile, which: string): Map<string, CellResult> {
  const byKey = new Map<string, CellResult>()
  for (const [index, result] of results.cells.entries()) {
    if (byKey.has(result.cell.key))
      throw new Error(`${which} results: cells/${index} repeats cell key "${result.cell.key}"`)
    byKey.set(result.cell.key, result)
  }
  return byKey
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)} %`
const interval = ([low, high]: [number, number]) => `[${low.toFixed(3)}, ${high.toFixed(3)}]`

function tooFew(values: CellValues, run: string): string | null {
  if (values.values.length >= MIN_VALID_SAMPLES) return null
  const unusable = values.unusable === 0 ? '' : ` (${values.unusable} unusable: ${values.reasons.join('; ')})`
  return `${values.values.length} usable samples in the ${run}${unusable}; at least ${MIN_VALID_SAMPLES} per side are needed`
}

const summaryOf = (values: CellValues | null): Summary | null =>
  values && values.values.length > 0 ? summarize(values.values) : null

/** A cell and metric that has enough samples on both sides, waiting for the Holm adjustment to be judged. */
interface Tested {
  row: CellComparison
  baselineCount: number
  currentCount: number
}

function judge(tested: Tested, adjustedP: number, family: number, options: CompareOptions): CellComparison {
  const { row } = tested
  const ratio = row.ratio as number
  const ratioCi = row.ratioCi as [number, number]
  const change = ratio - 1
  const worse = row.direction === 'higher-is-better' ? change < -options.threshold : change > options.threshold
  const better = row.direction === 'higher-is-better' ? change > options.threshold : change < -options.threshold
  const significant = adjustedP < options.alpha
  const spread = options.runToRunSpread?.get(row.key)
  let verdict: CellVerdict
  let reason: string | undefined
  if (significant && (worse || better) && (spread === undefined || spread.runs < MIN_SPREAD_RUNS)) {
    // The samples of one run are not independent evidence about another run (pseudo-replication): until the history
    // shows how far whole runs of unchanged code wander, a change between two runs cannot be told from a shifted run.
    verdict = 'inconclusive'
    reason =
      `run-to-run spread unknown: ${spread?.runs ?? 1} of ${MIN_SPREAD_RUNS} runs stored (change ${percent(change)} ` +
      `between two runs; store more baseline runs of this hardware, or compare base and head in the same run with ab)`
  } else if (significant && (worse || better) && spread !== undefined && Math.abs(change) <= spread.spread) {
    // The change is real for these two runs' samples, but runs of unchanged code have been this far apart before.
    verdict = 'no-change'
    reason = `within the run-to-run spread (change ${percent(change)}; ±${percent(spread.spread)} over ${spread.runs} baseline runs)`
  } else if (significant && worse) verdict = 'regression'
  else if (significant && better) verdict = 'improvement'
  else if (significant || (ratioCi[0] >= 1 - options.threshold && ratioCi[1] <= 1 + options.threshold)) {
    // Significant but within the threshold, or the interval itself rules out a change as large as the threshold.
    verdict = 'no-change'
  } else {
    verdict = 'inconclusive'
    const floor = smallestPossibleP(tested.baselineCount, tested.currentCount) * family
    reason =
      floor >= options.alpha
        ? `with ${tested.baselineCount} and ${tested.currentCount} samples no difference can pass alpha ${options.alpha} ` +
          `after Holm across ${family} tests (smallest possible adjusted p ${floor.toPrecision(2)}); more repetitions are needed`
        : `too noisy to decide: change ${percent(change)}, ratio CI ${interval(ratioCi)} reaches beyond ±${percent(options.threshold)} ` +
          `and the Holm-adjusted p-value ${adjustedP.toPrecision(2)} is not below ${options.alpha}`
  }
  return {
    ...row,
    adjustedP,
    verdict,
    runToRunSpread: spread?.spread ?? null,
    ...(reason === undefined ? {} : { reason })
  }
}

/** The most baseline runs any cell metric's spread came from; null when no spread is known. */
function spreadRuns(spreads: ReadonlyMap<string, RunToRunSpread> | undefined): number | null {
  const runs = [...(spreads?.values() ?? [])].map((entry) => entry.runs)
  return runs.length === 0 ? null : Math.max(...runs)
}

/** A comparison of nothing, verdict 'no-baseline', saying why in `reason` (no baseline stored, another fingerprint, …). */
export function noBaselineComparison(
  options: { alpha: number; threshold: number; baselineSource?: string | null; method?: Comparison['method'] },
  reason: string
): Comparison {
  const { alpha, threshold } = options
  return {
    method: options.method ?? 'stored-baseline',
    verdict: 'no-baseline',
    reason,
    alpha,
    threshold,
    baselineSource: options.baselineSource ?? null,
    cells: [],
    regressions: 0,
    improvements: 0
  }
}

/**
 * Compares a current run with a baseline, cell by cell (joined by cell key) and metric by metric.
 *
 * A cell is a regression (or an improvement) only when BOTH the Holm-adjusted Mann-Whitney p-value is below alpha AND
 * the ratio of medians (current / baseline) moved by more than the threshold in the bad (good) direction. It is
 * the change also lies beyond the run-to-run spread of that cell metric, known from at least MIN_SPREAD_RUNS stored runs
 * (options.runToRunSpread): the test compares the samples of two runs and cannot see a shift of a whole run, so a
 * significant change without a known spread is inconclusive ("run-to-run spread unknown"). It is no-change when the
 * shift is significant but smaller than the threshold, or when the bootstrap interval of the ratio lies inside
 * ±threshold, or when whole runs of unchanged code have wandered as far. The change is held against the spread itself,
 * not twice it, although two runs at opposite ends could differ by more: the spread is already the largest distance
 * seen, and doubling it would hide regressions of the very size a noisy VM makes worth catching. It is inconclusive
 * when it is missing from one run, its parameters differ, either side has fewer than MIN_VALID_SAMPLES usable samples,
 * the ratio leaves the range of a double, or the data cannot tell (too noisy). The overall verdict is regression if any
 * cell regressed, else as combineVerdicts says (inconclusive when most metrics were undecided).
 *
 * Runs on different hardware (another topology fingerprint) are never compared: the result is verdict 'no-baseline'
 * with the reason, and no cells, which the pipeline reports as "no baseline for this hardware yet".
 */
export function compareResults(baseline: ResultsFile, current: ResultsFile, options: CompareOptions): Comparison {
  checkVerdictOptions(options, 'compareResults')
  if (baseline.topology.fingerprint !== current.topology.fingerprint) {
    return noBaselineComparison(
      options,
      `no baseline for this hardware yet: the baseline was measured on topology fingerprint ` +
        `${baseline.topology.fingerprint} and this run on ${current.topology.fingerprint}`
    )
  }
  const baselineCells = cellsByKey(baseline, 'baseline')
  const currentCells = cellsByKey(current, 'current')
  const keys = [...currentCells.keys(), ...[...baselineCells.keys()].filter((key) => !currentCells.has(key))]
  const rows: CellComparison[] = []
  const tested: Tested[] = []
  for (const cellKey of keys) {
    const before = baselineCells.get(cellKey)
    const after = currentCells.get(cellKey)
    const mode = (after ?? before)!.cell.mode
    for (const metric of COMPARED_METRICS[mode]) {
      const row = compareCell(cellKey, metric, before, after, options)
      rows.push(row.row)
      if (row.tested) tested.push(row.tested)
    }
  }
  const cells = judgeFamily(rows, tested, (entry, adjustedP, family) => judge(entry, adjustedP, family, options))
  const combined = combineVerdicts(cells.map((cell) => cell.verdict))
  return {
    method: 'stored-baseline',
    alpha: options.alpha,
    threshold: options.threshold,
    baselineSource: options.baselineSource,
    baselineRuns: options.baselineRuns ?? 1,
    runToRunSpreadRuns: spreadRuns(options.runToRunSpread),
    verdict: combined.verdict,
    cells,
    regressions: combined.regressions,
    improvements: combined.improvements
  }
}

function compareCell(
  cellKey: string,
  metric: MetricDefinition,
  before: CellResult | undefined,
  after: CellResult | undefined,
  options: CompareOptions
): { row: CellComparison; tested?: Tested } {
  const baselineValues = before ? cellMetricValues(before, metric) : null
  const currentValues = after ? cellMetricValues(after, metric) : null
  const baselineSummary = summaryOf(baselineValues)
  const currentSummary = summaryOf(currentValues)
  const row: CellComparison = {
    key: `${cellKey}#${metric.name}`,
    cellKey,
    // compareResults only calls this for a key found in at least one run.
    cell: (after ?? before)!.cell,
    metric: metric.name,
    direction: metric.direction,
    baseline: baselineSummary,
    current: currentSummary,
    ratio: null,
    ratioCi: null,
    pValue: null,
    adjustedP: null,
    runToRunSpread: options.runToRunSpread?.get(`${cellKey}#${metric.name}`)?.spread ?? null,
    verdict: 'inconclusive'
  }
  const inconclusive = (reason: string) => ({ row: { ...row, reason } })
  if (!before || !baselineValues) return inconclusive('not in the baseline (a new cell)')
  if (!after || !currentValues) return inconclusive('not measured in the current run')
  const shape = shapeDifference(before.cell, after.cell)
  if (shape) return inconclusive(shape)
  const few = [tooFew(baselineValues, 'baseline'), tooFew(currentValues, 'current run')].filter((text) => text !== null)
  if (few.length > 0) return inconclusive(few.join('; '))
  const test = mannWhitneyU(baselineValues.values, currentValues.values)
  const seed = hashSeed(`${options.seed ?? 1}|${row.key}`)
  const ratioCi = bootstrapRatioCi(baselineValues.values, currentValues.values, { seed, resamples: options.resamples })
  // Both sides have MIN_VALID_SAMPLES values here, so both summaries exist; the ratio is of the medians the row shows.
  const ratio = finiteRatio((currentSummary as Summary).median, (baselineSummary as Summary).median)
  if (ratio === null || !ratioCi.every((bound) => Number.isFinite(bound) && bound > 0)) {
    return inconclusive('the ratio of the medians or its interval lies beyond the range of a double-precision number')
  }
  const tested: Tested = {
    row: { ...row, ratio, ratioCi, pValue: test.pValue },
    baselineCount: baselineValues.values.length,
    currentCount: currentValues.values.length
  }
  return { row: tested.row, tested }
}
