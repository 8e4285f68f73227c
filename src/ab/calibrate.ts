/**
 * What the A/B gate can and cannot see on this runner: A/A rounds (the same command as base and head) give its
 * false-alarm rate and how wide its intervals are; rounds whose head does known extra work in the measured path (the
 * driver's `--extra-work N`: N iterations of arithmetic per message in the producer) give its detection rate. The
 * injected change is reported as measured, never as nominal: what N iterations cost depends on the machine.
 */
import { readFileSync } from 'node:fs'
import type { Mode } from '../native/types.js'
import type { Calibration as ReportCalibration } from '../report/types.js'
import type { Comparison } from '../stats/types.js'
import type { PlacementClass, Topology } from '../topology/types.js'
import { buildVariants, measureAb, planAb, type AbContext } from './index.js'
import type { AbOptions } from './types.js'
import { alignColumns } from '../common/text.js'

export type RoundKind = 'aa' | 'injected'

export interface CalibrationRound {
  kind: RoundKind
  comparison: Comparison
}

/** One metric of one mode, e.g. "throughput messagesPerSecond". */
export interface MetricCalibration {
  metric: string
  /** A/A rounds in which some cell of this metric was called a regression or an improvement, over A/A rounds. */
  falseAlarmRate: number
  /** Median over injected rounds and cells of head / base − 1, as measured (e.g. -0.12). null: never measured. */
  injectedChange: number | null
  /** Injected rounds in which some cell of this metric was called a regression, over injected rounds. */
  detectionRate: number
  /**
   * The smallest change this metric can be called a change at: the threshold plus the half-width (in log space) of the
   * A/A rounds' median ratio interval, since the whole interval must clear the threshold. null: no interval in A/A.
   */
  minimumDetectableChange: number | null
}

export interface Calibration {
  rounds: { aa: number; injected: number }
  /** A/A rounds whose overall verdict was a regression or an improvement (any metric): the gate's false alarms. */
  falseAlarmRounds: number
  /** Injected rounds whose overall verdict was a regression. */
  detectedRounds: number
  /** Median over injected rounds and every cell metric of head / base − 1, as measured; null: never measured. */
  injectedChange: number | null
  /** The driver's --extra-work N of the injected rounds. */
  extraWork: number
  threshold: number
  alpha: number
  metrics: MetricCalibration[]
  /**
   * The smallest whole percent at or above every A/A round's estimated |head / base − 1| (at least 1 %), so that a
   * run of unchanged code lands within ±threshold and can be called no-change; null without A/A estimates.
   */
  recommendedThreshold: number | null
}

/** The head of an injected round: the base command with --extra-work N before the protocol's options. */
export function injectedCommand(command: string[], extraWork: number): string[] {
  return [...command, '--extra-work', String(extraWork)]
}

/** Base and head specs of a round. */
function roundOptions(options: AbOptions, kind: RoundKind, extraWork: number, seed: number): AbOptions {
  const head =
    kind === 'aa' ? options.base : { ...options.base, command: injectedCommand(options.base.command, extraWork) }
  return { ...options, head: { ...head, build: null }, base: { ...options.base, build: null }, seed }
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function metricName(mode: Mode, metric: string): string {
  return `${mode} ${metric}`
}

export function summarizeCalibration(
  rounds: CalibrationRound[],
  settings: { extraWork: number; threshold: number; alpha: number }
): Calibration {
  const aa = rounds.filter((round) => round.kind === 'aa')
  const injected = rounds.filter((round) => round.kind === 'injected')
  const rowsOf = (round: CalibrationRound, name: string) =>
    round.comparison.cells.filter((cell) => metricName(cell.cell.mode, cell.metric) === name)
  const names = [
    ...new Set(rounds.flatMap((round) => round.comparison.cells.map((cell) => metricName(cell.cell.mode, cell.metric))))
  ]
  const share = (list: CalibrationRound[], name: string, hit: (verdict: string) => boolean) =>
    list.length === 0
      ? 0
      : list.filter((round) => rowsOf(round, name).some((cell) => hit(cell.verdict))).length / list.length
  const metrics = names.map((name): MetricCalibration => {
    const halfWidths = aa
      .flatMap((round) => rowsOf(round, name))
      .flatMap((cell) => (cell.ratioCi === null ? [] : [Math.log(cell.ratioCi[1] / cell.ratioCi[0]) / 2]))
    const halfWidth = median(halfWidths)
    const change = median(
      injected.flatMap((round) => rowsOf(round, name)).flatMap((cell) => (cell.ratio === null ? [] : [cell.ratio - 1]))
    )
    return {
      metric: name,
      falseAlarmRate: share(aa, name, (verdict) => verdict === 'regression' || verdict === 'improvement'),
      injectedChange: change,
      detectionRate: share(injected, name, (verdict) => verdict === 'regression'),
      minimumDetectableChange: halfWidth === null ? null : (1 + settings.threshold) * Math.exp(halfWidth) - 1
    }
  })
  const aaChanges = aa.flatMap((round) =>
    round.comparison.cells.flatMap((cell) => (cell.ratio === null ? [] : [Math.abs(cell.ratio - 1)]))
  )
  const allChanges = injected.flatMap((round) =>
    round.comparison.cells.flatMap((cell) => (cell.ratio === null ? [] : [cell.ratio - 1]))
  )
  return {
    rounds: { aa: aa.length, injected: injected.length },
    falseAlarmRounds: aa.filter((round) => ['regression', 'improvement'].includes(round.comparison.verdict)).length,
    detectedRounds: injected.filter((round) => round.comparison.verdict === 'regression').length,
    injectedChange: median(allChanges),
    extraWork: settings.extraWork,
    threshold: settings.threshold,
    alpha: settings.alpha,
    metrics,
    recommendedThreshold: aaChanges.length === 0 ? null : wholePercentAbove(Math.max(...aaChanges))
  }
}

/** At least 1 %; 1.07 - 1 is 0.07000000000000006 in binary floating point, which is still 7 %. */
function wholePercentAbove(fraction: number): number {
  return Math.max(1, Math.ceil(Number((100 * fraction).toFixed(6)))) / 100
}

function percent(value: number | null): string {
  return value === null ? '-' : `${value >= 0 ? '+' : ''}${(100 * value).toFixed(1)} %`
}

/** The table a maintainer reads in ten seconds. */
export function renderCalibrationText(calibration: Calibration): string {
  const { aa, injected } = calibration.rounds
  const rows = [['metric', 'false alarms (A/A)', 'injected change', 'detected', 'smallest detectable']]
  for (const metric of calibration.metrics) {
    rows.push([
      metric.metric,
      `${Math.round(metric.falseAlarmRate * aa)} of ${aa}`,
      percent(metric.injectedChange),
      `${Math.round(metric.detectionRate * injected)} of ${injected}`,
      metric.minimumDetectableChange === null ? '-' : `±${(100 * metric.minimumDetectableChange).toFixed(1)} %`
    ])
  }
  const table = alignColumns(rows)
  const recommended =
    calibration.recommendedThreshold === null
      ? 'recommended threshold: unknown (no A/A round gave an estimate)'
      : `recommended threshold: ${Math.round(calibration.recommendedThreshold * 100)} % (now ${Math.round(
          calibration.threshold * 100
        )} %): no A/A estimate was farther from 1`
  return (
    `${table.join('\n')}\n\n` +
    `${aa} A/A rounds (same command as base and head), ${injected} rounds with head doing --extra-work ` +
    `${calibration.extraWork}; alpha ${calibration.alpha}\n${recommended}\n`
  )
}

export interface CalibrationSettings {
  /** A/A rounds and injected rounds each; they alternate, so slow drift touches both kinds alike. */
  roundsEach: number
  extraWork: number
}

/**
 * Runs the rounds through the same machinery as `ab` (planAb, measureAb, comparePaired), each with an equal share of
 * options.budgetSeconds. The base's build, if any, runs once before the first round.
 */
export async function runCalibration(
  options: AbOptions,
  settings: CalibrationSettings,
  context: AbContext & { classes: PlacementClass[]; topology: Topology }
): Promise<Calibration> {
  await buildVariants({ base: options.base, head: { ...options.base, build: null } }, context)
  const roundSeconds = options.budgetSeconds / (2 * settings.roundsEach)
  const rounds: CalibrationRound[] = []
  for (let index = 0; index < 2 * settings.roundsEach && context.signal?.aborted !== true; index++) {
    const kind: RoundKind = index % 2 === 0 ? 'aa' : 'injected'
    const round = roundOptions(
      { ...options, budgetSeconds: roundSeconds },
      kind,
      settings.extraWork,
      options.seed + index
    )
    const plan = planAb(context.topology, context.classes, round)
    const outcome = await measureAb(plan, round, context)
    if (outcome.results.interrupted) break
    rounds.push({ kind, comparison: outcome.comparison })
    context.log(
      `calibrate: round ${index + 1} of ${2 * settings.roundsEach} (${kind === 'aa' ? 'A/A' : 'injected'}): ` +
        `${outcome.comparison.verdict}, ${outcome.comparison.blocks ?? 0} blocks`
    )
  }
  return summarizeCalibration(rounds, {
    extraWork: settings.extraWork,
    threshold: options.threshold,
    alpha: options.alpha
  })
}

/**
 * A calibration.json written by `calibrate --json` (e.g. the scheduled workflow's, kept with the baselines), read so
 * the pull request's comment can cite it. An error names the file and the field that is missing.
 */
export function readCalibrationFile(path: string): Calibration {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`calibration: ${path} cannot be read as JSON: ${(error as Error).message}`, { cause: error })
  }
  const file = value as Partial<Calibration> | null
  const counts: [string, unknown][] = [
    ['rounds.aa', file?.rounds?.aa],
    ['rounds.injected', file?.rounds?.injected],
    ['falseAlarmRounds', file?.falseAlarmRounds],
    ['detectedRounds', file?.detectedRounds]
  ]
  for (const [field, count] of counts) {
    if (!Number.isInteger(count) || (count as number) < 0) {
      throw new Error(`calibration: ${path} is not the output of calibrate --json: ${field} is not a whole number`)
    }
  }
  return value as Calibration
}

/** The report's one-line summary of a calibration: false alarms of the A/A rounds, detections of the injected ones. */
export function calibrationForReport(calibration: Calibration): ReportCalibration {
  const measured = calibration.injectedChange
  return {
    falseAlarms: calibration.falseAlarmRounds,
    rounds: calibration.rounds.aa,
    detected: calibration.detectedRounds,
    injectedRounds: measured === null ? 0 : calibration.rounds.injected,
    injectedChange: measured ?? 0
  }
}
