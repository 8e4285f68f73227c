/**
 * The same-run A/B: plan every subject cell as base and head, build both trees, measure them interleaved in blocks
 * until the budget is spent, and judge head against base pair by pair (comparePaired). Whatever moves the machine
 * during the run moves both sides of a pair, so a verdict here does not depend on how the machine felt on another day.
 */
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildNative, findNativeSourceDir } from '../native/index.js'
import { DEFAULT_BUILD_TIMEOUT_MS, defaultBuildDir } from '../native/build.js'
import { makePlan } from '../plan/index.js'
import type { Plan } from '../plan/types.js'
import { renderReport, type Calibration as ReportCalibration } from '../report/index.js'
import { childEnvironment } from '../run/launch.js'
import { describeFailure, processRunner, type ProcessRunner } from '../run/process.js'
import { runPlan, writeResultsFile, type RunOptions } from '../run/index.js'
import type { ResultsFile } from '../run/types.js'
import { COMPARED_METRICS, numaFigures } from '../stats/index.js'
import { comparePaired } from '../stats/paired.js'
import type { Comparison } from '../stats/types.js'
import type { PlacementClass, Topology } from '../topology/types.js'
import { VariantBuildError, type AbJson, type AbOptions, type VariantSpec } from './types.js'

export { VariantBuildError, type AbCellJson, type AbJson, type AbOptions, type VariantSpec } from './types.js'

const COMPARISON_FILE_NAME = 'comparison.json'
const REPORT_FILE_NAME = 'report.md'

/** Spare blocks above the least that can reach alpha, so an invalid sample or two do not make that impossible. */
const SPARE_BLOCKS = 2

/**
 * The fewest pairs with which the signed-rank test can reach alpha after Holm over `tests` cell metrics: the smallest
 * exact two-sided p-value of n pairs is 2 / 2^n, so n must exceed 1 + log2(tests / alpha).
 */
export function minimumBlocks(tests: number, alpha: number): number {
  return Math.floor(1 + Math.log2(Math.max(1, tests) / alpha)) + 1 + SPARE_BLOCKS
}

/**
 * Subject cells as base and head, reference cells only with withReference. The plan asks for the blocks the test
 * needs; the run then takes further blocks while the budget lasts.
 */
export function planAb(topology: Topology, classes: PlacementClass[], options: AbOptions): Plan {
  const planOptions = {
    budgetSeconds: options.budgetSeconds,
    classes: options.classes.length > 0 ? options.classes : undefined,
    paddings: options.paddings,
    modes: options.modes,
    seed: options.seed,
    abVariants: { withReference: options.withReference },
    messages:
      options.messages === null
        ? undefined
        : Object.fromEntries(options.modes.map((mode) => [mode, options.messages as number]))
  }
  const outline = makePlan(topology, classes, { ...planOptions, minRepetitions: 1, maxRepetitions: 1 })
  const tests = outline.cells
    .filter((cell) => cell.variant === 'head')
    .reduce((sum, cell) => sum + COMPARED_METRICS[cell.mode].length, 0)
  const blocks = minimumBlocks(tests, options.alpha)
  return makePlan(topology, classes, { ...planOptions, minRepetitions: blocks, maxRepetitions: blocks })
}

/** Runs each variant's build in its tree; the first failure stops everything and names its variant. */
export async function buildVariants(
  options: Pick<AbOptions, 'base' | 'head'>,
  context: { runner?: ProcessRunner; signal?: AbortSignal; log: (line: string) => void; timeoutMs?: number }
): Promise<void> {
  const runner = context.runner ?? processRunner
  for (const variant of ['base', 'head'] as const) {
    const spec = options[variant]
    if (spec.build === null) continue
    const [command, ...args] = spec.build
    context.log(`${variant} build: ${spec.build.join(' ')} (in ${spec.cwd})`)
    const timeoutMs = context.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS
    const outcome = await runner.run(command, args, {
      cwd: spec.cwd,
      env: childEnvironment(),
      timeoutMs,
      signal: context.signal,
      label: `${variant} build`
    })
    if (outcome.exitCode !== 0 || outcome.signal !== null || outcome.spawnError !== null) {
      throw new VariantBuildError(
        variant,
        `the ${variant} build in ${spec.cwd}: ${describeFailure(spec.build, outcome, timeoutMs)}`
      )
    }
  }
}

export interface AbContext {
  topology: Topology
  runner?: ProcessRunner
  signal?: AbortSignal
  onProgress?: RunOptions['onProgress']
  log: (line: string) => void
  /** Where the native driver is built when reference cells are measured too. */
  buildDir?: string
  /** A native driver to run instead of building one (reference cells only). */
  binary?: string
  /** Take further blocks while the budget lasts (default); false: exactly the planned blocks. */
  fillBudget?: boolean
}

export interface AbOutcome {
  results: ResultsFile
  comparison: Comparison
}

/** Builds both variants (and the native driver when reference cells are planned), measures, and judges. */
export async function measureAb(plan: Plan, options: AbOptions, context: AbContext): Promise<AbOutcome> {
  await buildVariants(options, context)
  let binary = ''
  let environment: RunOptions['environment']
  if (context.binary !== undefined) {
    binary = context.binary
  } else if (plan.cells.some((cell) => cell.subject === 'reference')) {
    const native = await buildNative({
      sourceDir: findNativeSourceDir(import.meta.url),
      buildDir: context.buildDir ?? defaultBuildDir(),
      runner: context.runner,
      signal: context.signal
    })
    binary = native.binary
    environment = { compiler: native.compiler, compilerFlags: native.flags }
  }
  const command = (spec: VariantSpec) => ({ argv: spec.command, cwd: spec.cwd })
  const results = await runPlan(plan, {
    binary,
    variantCommands: { base: command(options.base), head: command(options.head) },
    topology: context.topology,
    seed: plan.seed,
    signal: context.signal,
    onProgress: context.onProgress,
    environment,
    fillBudget: context.fillBudget ?? true
  })
  return { results, comparison: judgeAb(results, options) }
}

/** The paired verdict of an A/B run's results (also of a results.json written earlier). */
export function judgeAb(results: ResultsFile, options: Pick<AbOptions, 'alpha' | 'threshold'>): Comparison {
  return comparePaired(results, { alpha: options.alpha, threshold: options.threshold })
}

export function abJson(comparison: Comparison): AbJson {
  return {
    verdict: comparison.verdict,
    reason: comparison.reason ?? null,
    alpha: comparison.alpha,
    threshold: comparison.threshold,
    blocks: comparison.blocks ?? 0,
    cells: comparison.cells.map((cell) => ({
      key: cell.cellKey,
      metric: cell.metric,
      direction: cell.direction,
      baseMedian: cell.baseline?.median ?? null,
      headMedian: cell.current?.median ?? null,
      ratio: cell.ratio,
      ratioCi: cell.ratioCi,
      pValue: cell.pValue,
      adjustedP: cell.adjustedP,
      verdict: cell.verdict,
      reason: cell.reason ?? null
    }))
  }
}

/** DIR/results.json, DIR/comparison.json and DIR/report.md (citing the runner's calibration if given); their paths. */
export function writeAbOutputs(
  directory: string,
  outcome: AbOutcome,
  calibration?: ReportCalibration
): { results: string; comparison: string; report: string } {
  const results = writeResultsFile(resolve(directory), outcome.results)
  const comparison = join(resolve(directory), COMPARISON_FILE_NAME)
  writeFileSync(comparison, `${JSON.stringify(outcome.comparison, null, 2)}\n`)
  const report = join(resolve(directory), REPORT_FILE_NAME)
  const rendered = renderReport([
    {
      label: outcome.results.environment.hostname,
      results: outcome.results,
      comparison: outcome.comparison,
      figures: numaFigures(outcome.results),
      calibration
    }
  ])
  writeFileSync(report, rendered.markdown)
  return { results, comparison, report }
}
