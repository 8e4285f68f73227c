/**
 * The pipeline both shells run: topology → plan → native run → stats → baseline → report. main.ts (the action) and
 * cli.ts only turn their inputs into a Config and an event, and their outputs into logs, files and exit codes.
 */
import {
  isPullRequestEvent,
  LOCAL_EVENT,
  openBaselineStore,
  shouldSaveBaseline,
  spreadHistory,
  type BaselineStore,
  type LoadedBaseline,
  type SaveDecision
} from './baseline/index.js'
import type { Config } from './config.js'
import { defaultBuildDir } from './native/build.js'
import { buildNative, findNativeSourceDir } from './native/index.js'
import { MODES } from './native/types.js'
import { makePlan, type CostModel } from './plan/index.js'
import type { Plan } from './plan/types.js'
import { runPlan, writeResultsFile, type RunOptions } from './run/index.js'
import { childEnvironment } from './run/launch.js'
import { prepareOutputDirectory } from './run/output.js'
import { describePilot, runPilot } from './run/pilot.js'
import { describeFailure, processRunner, type ProcessRunner } from './run/process.js'
import type { ResultsFile, Sample } from './run/types.js'
import { compareResults, MIN_SPREAD_RUNS, noBaselineComparison, numaFigures, runToRunSpread } from './stats/index.js'
import type { Comparison, NumaFigure } from './stats/types.js'
import { placementClasses, readTopology } from './topology/index.js'
import type { PlacementClass, Topology } from './topology/types.js'

/** At most this share of the budget goes to the pilot; on a machine so slow that it needs more, kinds keep the model. */
const PILOT_BUDGET_SHARE = 0.25

export class NotNumaCapableError extends Error {
  override name = 'NotNumaCapableError'
}

export interface Detected {
  topology: Topology
  classes: PlacementClass[]
}

/** Reads the machine and derives its placement classes. */
export function detect(config: Config): Detected {
  const topology = readTopology(config.sysfsRoot)
  return { topology, classes: placementClasses(topology) }
}

/** With require-numa, a runner without two usable nodes is an error that says why. */
export function requireNumaCapable(config: Config, detected: Detected): void {
  const { topology } = detected
  if (!config.requireNuma || topology.numaCapable) return
  const usable = topology.nodes.filter((node) => node.cpus.some((cpu) => topology.allowedCpus.includes(cpu)))
  throw new NotNumaCapableError(
    `require-numa: this runner is not NUMA-capable: ${topology.nodes.length} NUMA node(s), ` +
      `${usable.length} with CPUs this job may use; at least two are needed to measure cross-node placement`
  )
}

/** The seed of the interleaved order when none is given: the CI run id where there is one, else the clock. */
export function defaultSeed(runId?: string): number {
  const id = Number(runId)
  return Number.isSafeInteger(id) && id > 0 ? id % 1_000_000_007 : Date.now() % 1_000_000_007
}

/** The plan from the fixed cost model (`plan`), or from a pilot's measured one and the seconds it took (`run`). */
export function planFor(
  config: Config,
  detected: Detected,
  seed: number,
  cost?: { model: CostModel; pilotSeconds: number }
): Plan {
  return makePlan(detected.topology, detected.classes, {
    budgetSeconds: config.budgetSeconds,
    costModel: cost?.model,
    pilotSeconds: cost?.pilotSeconds,
    classes: config.classes.length > 0 ? config.classes : undefined,
    paddings: config.paddings,
    modes: config.modes,
    seed,
    subject: { enabled: config.subject.kind === 'command' },
    // The batched ring runs beside the reference wherever throughput is measured, so the report states its gain per class.
    batched: config.modes.includes('throughput'),
    messages: config.messages === null ? undefined : Object.fromEntries(MODES.map((mode) => [mode, config.messages]))
  })
}

export interface MeasureContext {
  /** Where native/ is built: a private directory outside the sources; default defaultBuildDir(). */
  buildDir?: string
  /** How make and the subject build run (the action: in collapsible log groups); default child_process. */
  runner?: ProcessRunner
  /** Called with the plan the pilot fixed, before the first sample. */
  onPlan?: (plan: Plan) => void
  /** Directory the subject's build command runs in (the user's repository). */
  workspace: string
  signal?: AbortSignal
  onProgress?: RunOptions['onProgress']
  log: (line: string) => void
}

export interface Measured {
  plan: Plan
  results: ResultsFile
  resultsPath: string
}

export async function measure(
  config: Config,
  detected: Detected,
  plan: Plan,
  context: MeasureContext
): Promise<Measured> {
  // Outputs first: an unusable out-dir is found before minutes of building and measuring, not after.
  const output = prepareOutputDirectory(config.outDir)
  if (output.movedAside !== null)
    context.log(`out-dir: an earlier run's results.json was moved to ${output.movedAside}`)
  const runner = context.runner ?? processRunner
  const buildStarted = Date.now()
  const native = await buildNative({
    sourceDir: findNativeSourceDir(import.meta.url),
    buildDir: context.buildDir ?? defaultBuildDir(),
    runner,
    timeoutMs: config.buildTimeoutSeconds * 1000,
    signal: context.signal
  })
  context.log(`native driver: ${native.binary} (${native.rebuilt ? 'built' : 'up to date'}, ${native.compiler})`)
  if (config.subject.kind === 'command' && config.subject.build !== null) {
    await runSubjectBuild(config.subject.build, context.workspace, config.buildTimeoutSeconds * 1000, runner, context)
  }
  const buildSeconds = (Date.now() - buildStarted) / 1000
  if (context.signal?.aborted) throw new Error('stopped by a signal during the build: nothing was measured')
  const measuringStarted = Date.now()
  const runOptions = {
    binary: native.binary,
    subjectCommand: config.subject.command ?? undefined,
    topology: detected.topology,
    seed: plan.seed,
    signal: context.signal,
    onProgress: context.onProgress,
    environment: { compiler: native.compiler, compilerFlags: native.flags }
  }
  const pilot = await runPilot(plan.cells, { ...runOptions, maxSeconds: PILOT_BUDGET_SHARE * plan.budgetSeconds })
  context.log(describePilot(pilot))
  for (const failure of pilot.failures) context.log(`pilot: ${failure}; that kind keeps the fixed cost model`)
  const measuredPlan = planFor(config, detected, plan.seed, { model: pilot.model, pilotSeconds: pilot.seconds })
  context.onPlan?.(measuredPlan)
  const results = await runPlan(measuredPlan, {
    ...runOptions,
    deadline: measuringStarted + measuredPlan.budgetSeconds * 1000
  })
  results.timing = {
    budgetSeconds: measuredPlan.budgetSeconds,
    estimatedSeconds: measuredPlan.estimatedSeconds,
    actualSeconds: (Date.now() - measuringStarted) / 1000,
    buildSeconds
  }
  const resultsPath = writeResultsFile(output.directory, results)
  return { plan: measuredPlan, results, resultsPath }
}

async function runSubjectBuild(
  argv: string[],
  cwd: string,
  timeoutMs: number,
  runner: ProcessRunner,
  context: MeasureContext
): Promise<void> {
  const [command, ...args] = argv
  context.log(`subject-build: ${argv.join(' ')}`)
  const outcome = await runner.run(command, args, {
    cwd,
    env: childEnvironment(),
    timeoutMs,
    signal: context.signal,
    label: 'subject-build'
  })
  if (outcome.exitCode !== 0) throw new Error(`subject-build: ${describeFailure(argv, outcome, timeoutMs)}`)
}

export function invalidCellCount(results: ResultsFile): number {
  return results.cells.filter((cell) => cell.samples.some((sample: Sample) => !sample.valid)).length
}

/** Where a run came from, as far as the baseline cares. The action fills it from the event, the CLI from git. */
export interface BaselineRunContext {
  /** GitHub event name ("push", "pull_request", "schedule", …), or "local" for the CLI. */
  eventName: string
  /** Commit measured (full SHA), when known. */
  commitSha: string | null
  /** Ref measured, e.g. "refs/heads/main"; outside pull requests the baseline is looked up on this branch. */
  ref: string | null
  /** Pull requests: the base branch (e.g. "main"), whose newest record is the fallback baseline. */
  baseBranch: string | null
  /** Pull requests: merge-base of head and base; the record saved for exactly this commit is preferred. */
  mergeBaseSha: string | null
  runId: string | null
  /** The repository's default branch: with save-baseline auto, only pushes to it save. */
  defaultBranch?: string | null
  /** Repository the branch store reads and writes (the workspace checkout). */
  repoDir: string
  /** Save when the store has no baseline for this hardware yet, even if save-baseline would not (the CLI's first run). */
  saveFirstBaseline?: boolean
  /** A store to use instead of the one the Config names (tests; a store opened elsewhere). */
  store?: BaselineStore
  log: (line: string) => void
}

export interface BaselineOutcome {
  /** Verdict "no-baseline" (with a reason) when there is nothing to compare against; baselineSource names the baseline used. */
  comparison: Comparison
  figures: NumaFigure[]
  /** Where this run was saved, or null when it was not. */
  saved: string | null
  /** Whether this run was to be saved, and why, in words. */
  saveDecision: SaveDecision
  /** Why saving failed (e.g. a read-only token), when it did: the comparison stands, the shell decides how loud to be. */
  saveError: string | null
}

/**
 * The baseline step both shells run after measuring: look up this hardware's baseline (merge-base record for a pull
 * request, else the newest on the branch; a local run takes the newest saved), compare, then save this run when the
 * event is trusted (shouldSaveBaseline). Up to SPREAD_HISTORY_RUNS (5) recent records of the same hardware (from the
 * branch the baseline is looked up on, and always including the baseline itself) give the run-to-run spread, so a
 * shift of a size whole runs of unchanged code have shown is not called a change. Loading happens before saving, so a
 * run is never compared with itself (nor counted in its own spread).
 * A baseline file that cannot be read (corrupt, foreign, newer) throws an error naming it; a failed save does not.
 */
export async function compareAndSaveBaseline(
  config: Config,
  results: ResultsFile,
  context: BaselineRunContext
): Promise<BaselineOutcome> {
  const figures = numaFigures(results)
  const comparisonOptions = { alpha: config.alpha, threshold: config.threshold }
  const fingerprint = results.topology.fingerprint
  if (config.baselineStore === 'none' && context.store === undefined) {
    return {
      comparison: noBaselineComparison(comparisonOptions, 'baseline-store is none: nothing is compared or saved'),
      figures,
      saved: null,
      saveDecision: { save: false, why: 'not saved: baseline-store is none' },
      saveError: null
    }
  }
  const store =
    context.store ??
    openBaselineStore(config.baselineStore === 'branch' ? 'branch' : 'directory', {
      directory: config.baselineDirectory,
      branch: config.baselineBranch,
      repoDir: context.repoDir,
      onRetry: (attempt, delayMs) =>
        context.log(`baseline: push lost a race (attempt ${attempt}), retrying in ${delayMs} ms`)
    })
  const pullRequest = isPullRequestEvent(context.eventName)
  const branch = pullRequest ? context.baseBranch : context.eventName === LOCAL_EVENT ? null : branchOf(context.ref)
  const loaded: LoadedBaseline | null = await store.load(fingerprint, {
    mergeBaseSha: pullRequest ? context.mergeBaseSha : null,
    branch
  })
  let comparison: Comparison
  if (loaded === null) {
    comparison = noBaselineComparison(
      comparisonOptions,
      `no baseline for this hardware yet (fingerprint ${fingerprint} in ${store.describe()}${branch ? ` on ${branch}` : ''})`
    )
    context.log(`baseline: ${comparison.reason}`)
  } else {
    context.log(`baseline: ${loaded.source}, from ${loaded.location}`)
    const runs = await spreadHistory(store, fingerprint, branch, loaded)
    const spreads = runToRunSpread(runs.map((entry) => entry.record.results))
    context.log(
      runs.length >= MIN_SPREAD_RUNS
        ? `baseline: run-to-run spread from ${runs.length} baseline runs`
        : `baseline: run-to-run spread unknown: ${runs.length} of ${MIN_SPREAD_RUNS} runs stored (a change between ` +
            `two runs is reported inconclusive until then)`
    )
    comparison = compareResults(loaded.record.results, results, {
      ...comparisonOptions,
      baselineSource: loaded.source,
      runToRunSpread: spreads,
      baselineRuns: runs.length
    })
  }
  const saveDecision = decideSave(config, results, context, loaded === null)
  context.log(`baseline: ${saveDecision.why}`)
  let saved: string | null = null
  let saveError: string | null = null
  if (saveDecision.save) {
    try {
      saved = await store.save({
        results,
        commitSha: context.commitSha?.toLowerCase() ?? null,
        ref: context.ref,
        runId: context.runId,
        savedAt: new Date().toISOString()
      })
      context.log(`baseline: saved to ${saved}`)
    } catch (error) {
      saveError = `could not save the baseline to ${store.describe()}: ${(error as Error).message}`
      context.log(`baseline: ${saveError}`)
    }
  }
  return { comparison, figures, saved, saveDecision, saveError }
}

function branchOf(ref: string | null): string | null {
  return ref !== null && ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null
}

function decideSave(
  config: Config,
  results: ResultsFile,
  context: BaselineRunContext,
  storeIsEmpty: boolean
): SaveDecision {
  const decision = shouldSaveBaseline(config.saveBaseline, context.eventName, {
    ref: context.ref,
    defaultBranch: context.defaultBranch
  })
  if (decision.save && results.interrupted)
    return { save: false, why: 'not saved: the run was interrupted before every sample was taken' }
  if (decision.save || !context.saveFirstBaseline || !storeIsEmpty) return decision
  if (isPullRequestEvent(context.eventName) || config.saveBaseline === 'false' || results.interrupted) return decision
  return { save: true, why: 'saved: the first baseline for this hardware' }
}
