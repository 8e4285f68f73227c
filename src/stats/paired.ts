/**
 * The same-run A/B comparison: base and head measured in one run, in blocks, judged on paired log ratios. Whatever
 * moves the machine for a while (a host phase, frequency, where the pages landed) moves both samples of a block, and
 * the ratio of the pair cancels it; a test on one run's samples against another run's cannot (pseudo-replication).
 */
import type { Variant } from '../plan/types.js'
import type { CellResult, ResultsFile, Sample } from '../run/types.js'
import { checkVerdictOptions, judgeFamily, shapeDifference } from './comparable.js'
import { COMPARED_METRICS, type MetricDefinition } from './metrics.js'
import { summarize } from './summary.js'
import type { CellComparison, CellVerdict, Comparison } from './types.js'
import { combineVerdicts } from './verdict.js'
import { hodgesLehmann, wilcoxonSignedRank } from './wilcoxon.js'

/**
 * Fewest usable pairs for a cell metric to be judged: six is the smallest count whose signed-rank test can reach p < 0.05
 * at all (2/2^6 ≈ 0.031) and whose Hodges-Lehmann interval reaches 95 % (from the smallest to the largest Walsh average).
 */
export const MIN_PAIRS = 6

export interface PairedOptions {
  /** Family-wise significance level, after Holm's adjustment across every tested cell and metric. */
  alpha: number
  /** Smallest relative change of the head / base ratio that counts, e.g. 0.05: the CI must lie beyond it. */
  threshold: number
}

/** One cell key's two variants, as the runner measured them. */
interface VariantPair {
  key: string
  base?: CellResult
  head?: CellResult
}

function variantPairs(results: ResultsFile): VariantPair[] {
  const byKey = new Map<string, VariantPair>()
  for (const [index, result] of results.cells.entries()) {
    const variant = result.cell.variant
    if (variant === null) continue // context cells of an A/B run (the reference ring) are not compared
    const entry = byKey.get(result.cell.key) ?? { key: result.cell.key }
    if (entry[variant] !== undefined) {
      throw new Error(`comparePaired: cells/${index} repeats cell key "${result.cell.key}" with variant ${variant}`)
    }
    entry[variant] = result
    byKey.set(result.cell.key, entry)
  }
  if (byKey.size === 0) {
    throw new Error(
      'comparePaired: the results hold no cells with variant "base" or "head"; pass the results of an A/B run (ab)'
    )
  }
  return [...byKey.values()]
}

/** The metric of a sample when it is usable: valid, with a record, and a positive finite value (a ratio needs one). */
function usableValue(sample: Sample, metric: MetricDefinition): number | null {
  const value = sample.valid && sample.record !== null ? metric.read(sample.record.results) : null
  return value !== null && Number.isFinite(value) && value > 0 ? value : null
}

function samplesByBlock(result: CellResult, variant: Variant): Map<number, Sample> {
  const byBlock = new Map<number, Sample>()
  for (const sample of result.samples) {
    if (byBlock.has(sample.block)) {
      throw new Error(`comparePaired: cell "${result.cell.key}" (${variant}) has two samples in block ${sample.block}`)
    }
    byBlock.set(sample.block, sample)
  }
  return byBlock
}

/** Why every sample of a variant is unusable, in words. */
function allUnusable(result: CellResult, variant: Variant, metric: MetricDefinition): string {
  const reasons = new Set<string>()
  for (const sample of result.samples) {
    if (!sample.valid) for (const reason of sample.invalidReasons) reasons.add(reason)
    else if (sample.record === null) reasons.add('no driver record')
    else reasons.add(`${metric.name} is ${metric.read(sample.record.results) ?? 'missing'}`)
  }
  const why = reasons.size === 0 ? '' : ` (${[...reasons].join('; ')})`
  return `all ${result.samples.length} ${variant} samples are unusable${why}`
}

/** A cell metric with enough pairs, waiting for the Holm adjustment. */
interface Tested {
  row: CellComparison
  /** The Hodges-Lehmann interval of the log ratio, which the verdict is drawn from (no overflow in log space). */
  logCi: [number, number]
  pairs: number
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)} %`
const interval = ([low, high]: [number, number]) => `[${low.toFixed(3)}, ${high.toFixed(3)}]`

function compareMetric(
  pair: VariantPair,
  metric: MetricDefinition,
  blocks: number
): { row: CellComparison; tested?: Tested } {
  const { base, head } = pair
  const values = (result: CellResult | undefined) =>
    (result?.samples ?? []).flatMap((sample) => usableValue(sample, metric) ?? [])
  const baseValues = values(base)
  const headValues = values(head)
  const row: CellComparison = {
    key: `${pair.key}#${metric.name}`,
    cellKey: pair.key,
    cell: (head ?? base)!.cell,
    metric: metric.name,
    direction: metric.direction,
    baseline: baseValues.length > 0 ? summarize(baseValues) : null,
    current: headValues.length > 0 ? summarize(headValues) : null,
    ratio: null,
    ratioCi: null,
    pValue: null,
    adjustedP: null,
    runToRunSpread: null,
    verdict: 'inconclusive'
  }
  const inconclusive = (reason: string) => ({ row: { ...row, reason } })
  if (base === undefined) return inconclusive('only the head variant was measured (no base cell to pair with)')
  if (head === undefined) return inconclusive('only the base variant was measured (no head cell to pair with)')
  const shape = shapeDifference(base.cell, head.cell)
  if (shape) return inconclusive(`base and head ${shape.replace('from the baseline', 'between the variants')}`)
  const unusable = [
    baseValues.length === 0 ? allUnusable(base, 'base', metric) : null,
    headValues.length === 0 ? allUnusable(head, 'head', metric) : null
  ].filter((text) => text !== null)
  if (unusable.length > 0) return inconclusive(unusable.join('; '))
  const headByBlock = samplesByBlock(head, 'head')
  const logRatios: number[] = []
  for (const [block, baseSample] of samplesByBlock(base, 'base')) {
    const headSample = headByBlock.get(block)
    const before = usableValue(baseSample, metric)
    const after = headSample === undefined ? null : usableValue(headSample, metric)
    // Logs of each side, never the quotient: 1e308 / 1e-308 overflows, log(1e308) − log(1e-308) does not.
    if (before !== null && after !== null) logRatios.push(Math.log(after) - Math.log(before))
  }
  if (logRatios.length < MIN_PAIRS) {
    return inconclusive(
      `${logRatios.length} usable pairs over ${blocks} blocks (a pair needs a usable base and head sample in the same ` +
        `block); at least ${MIN_PAIRS} are needed`
    )
  }
  const test = wilcoxonSignedRank(logRatios)
  const centre = hodgesLehmann(logRatios)
  const logCi = centre.ci as [number, number] // MIN_PAIRS pairs always have a 95 % interval
  const ratio = Math.exp(centre.estimate)
  const ratioCi: [number, number] = [Math.exp(logCi[0]), Math.exp(logCi[1])]
  if (![ratio, ...ratioCi].every((value) => Number.isFinite(value) && value > 0)) {
    return inconclusive('the head / base ratio or its interval lies beyond the range of a double-precision number')
  }
  const tested: Tested = { row: { ...row, ratio, ratioCi, pValue: test.pValue }, logCi, pairs: logRatios.length }
  return { row: tested.row, tested }
}

/** Fewest pairs whose exact signed-rank test can pass alpha after Holm across `family` tests: 2 / 2^n · family < alpha. */
function pairsNeeded(family: number, alpha: number): number {
  return Math.floor(1 + Math.log2(family / alpha)) + 1
}

function judge(tested: Tested, adjustedP: number, family: number, options: PairedOptions): CellComparison {
  const { row, logCi, pairs } = tested
  const up = Math.log1p(options.threshold)
  const down = Math.log1p(-options.threshold)
  const above = logCi[0] > up
  const below = logCi[1] < down
  const significant = adjustedP < options.alpha
  const ratioCi = row.ratioCi as [number, number]
  let verdict: CellVerdict
  let reason: string | undefined
  if (significant && (above || below)) {
    const better = row.direction === 'higher-is-better' ? above : below
    verdict = better ? 'improvement' : 'regression'
  } else if (logCi[0] >= down && logCi[1] <= up) {
    verdict = 'no-change'
  } else if (above || below) {
    verdict = 'inconclusive'
    const floor = 2 ** (1 - pairs) * family
    reason =
      floor >= options.alpha
        ? `with ${pairs} pairs no change can pass alpha ${options.alpha} after Holm across ${family} tests ` +
          `(smallest possible adjusted p ${floor.toPrecision(2)}); at least ${pairsNeeded(family, options.alpha)} ` +
          `pairs (blocks) would decide it`
        : `the ratio CI ${interval(ratioCi)} lies beyond ±${percent(options.threshold)} but the Holm-adjusted ` +
          `p-value ${adjustedP.toPrecision(2)} is not below ${options.alpha}; more blocks would decide it`
  } else {
    verdict = 'inconclusive'
    const side = logCi[1] > up ? (logCi[0] < down ? '±' : '+') : '−'
    reason =
      `the ratio CI ${interval(ratioCi)} straddles ${side}${percent(options.threshold)} (estimate ` +
      `${(row.ratio as number).toFixed(3)}, ${pairs} pairs); more blocks would narrow it to one side`
  }
  return { ...row, adjustedP, verdict, ...(reason === undefined ? {} : { reason }) }
}

/**
 * Compares the head variant of an A/B run with its base variant, cell by cell and metric by metric, pairing the two
 * samples of each block.
 *
 * Per pair, the log ratio head / base; the effect is the Hodges-Lehmann estimate of those log ratios (the median of
 * their Walsh averages) with its distribution-free 95 % signed-rank interval, reported as ratios; the test is the
 * Wilcoxon signed-rank test on them (SciPy's defaults), Holm-adjusted across every tested cell and metric. A cell
 * metric is a regression or an improvement only when the adjusted p is below alpha AND the whole ratio interval lies
 * beyond ±threshold on one side (which side, and the metric's direction, say which). It is no-change when the interval
 * lies within ±threshold, and inconclusive otherwise, with the reason saying what would decide it; also when a variant
 * is missing or has no usable sample, or fewer than MIN_PAIRS blocks give a usable pair. The decision rule works in
 * log space, so values near the ends of the double range cannot overflow into it. The overall verdict is
 * combineVerdicts' (stats/verdict.ts).
 */
export function comparePaired(results: ResultsFile, options: PairedOptions): Comparison {
  checkVerdictOptions(options, 'comparePaired')
  const blocks = new Set(results.cells.flatMap((result) => result.samples.map((sample) => sample.block))).size
  const rows: CellComparison[] = []
  const tested: Tested[] = []
  for (const pair of variantPairs(results)) {
    for (const metric of COMPARED_METRICS[(pair.head ?? pair.base)!.cell.mode]) {
      const compared = compareMetric(pair, metric, blocks)
      rows.push(compared.row)
      if (compared.tested) tested.push(compared.tested)
    }
  }
  const cells = judgeFamily(rows, tested, (entry, adjustedP, family) => judge(entry, adjustedP, family, options))
  const combined = combineVerdicts(cells.map((cell) => cell.verdict))
  return {
    method: 'same-run-ab',
    verdict: combined.verdict,
    alpha: options.alpha,
    threshold: options.threshold,
    baselineSource: 'the base variant of the same run',
    blocks,
    cells,
    regressions: combined.regressions,
    improvements: combined.improvements
  }
}
