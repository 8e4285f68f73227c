/**
 * The action: read inputs once into a Config, run the shared pipeline, and turn its outcome into outputs, a job
 * summary, the sticky PR comment and the step's status. The step fails on bad input, an unusable runner
 * (require-numa), a refused fork pull request, and a real regression when fail-on is "regression"; never because
 * the comment could not be posted.
 */
import * as core from '@actions/core'
import { reportFailure } from './failure.js'
import { join, resolve } from 'node:path'
import { buildConfig, DEFAULTS, type Config, type RawOptions } from '../config.js'
import {
  baselineRunContext,
  commentFromArtifact,
  pullRequestToReport,
  readRunContext,
  reportAndComment,
  type Reported
} from './report.js'
import {
  pullRequestOf,
  refuseForkOnSelfHosted,
  writeComparisonFile,
  writePullRequestFile,
  type RunContext
} from '../github/index.js'
import {
  compareAndSaveBaseline,
  defaultSeed,
  detect,
  invalidCellCount,
  measure,
  planFor,
  requireNumaCapable,
  type Detected
} from '../pipeline.js'
import { defaultBuildDir } from '../native/build.js'
import { createProgressReporter, summarizeRun } from '../run/index.js'
import { registerSecret } from '../run/launch.js'
import { stopOnSignals, type SignalStop } from '../run/process.js'
import { actionProcessRunner } from './process.js'
import { topologyToJson } from '../topology/index.js'
import { comparesWithMergeBase, measureAbAndReport } from './ab.js'
import { DEFAULT_C2C_BUDGET_SECONDS, latencyMapWanted, runLatencyMap } from '../c2c/index.js'

function readInputs(): RawOptions {
  const raw: RawOptions = {}
  // An input the workflow leaves out reads as "": not given, so config.ts applies its default.
  for (const name of Object.keys(DEFAULTS)) raw[name] = core.getInput(name) || undefined
  return raw
}

function setTopologyOutputs(detected: Detected): void {
  const { topology } = detected
  core.setOutput('numa-capable', String(topology.numaCapable))
  core.setOutput('numa-nodes', String(topology.nodes.length))
  core.setOutput('fingerprint', topology.fingerprint)
  core.setOutput('topology-json', JSON.stringify(topologyToJson(topology, detected.classes)))
  if (!topology.numaCapable) {
    core.warning(
      `This runner has ${topology.nodes.filter((node) => node.cpus.length > 0).length} NUMA node(s) with CPUs this ` +
        'job may use: cross-node classes are not available here. Use a multi-socket self-hosted runner for NUMA numbers.'
    )
  }
}

async function measureAndReport(
  config: Config,
  context: RunContext,
  token: string,
  stop: SignalStop
): Promise<Reported> {
  refuseForkOnSelfHosted(context, config.allowForkPrs)
  const detected = detect(config)
  setTopologyOutputs(detected)
  requireNumaCapable(config, detected)
  const pullRequestEvent = pullRequestOf(context)
  if (comparesWithMergeBase(config, pullRequestEvent)) {
    return measureAbAndReport(config, context, token, stop.signal, detected, pullRequestEvent)
  }
  const plan = planFor(config, detected, config.seed ?? defaultSeed(context.runId ?? undefined))
  core.info(
    `Plan: ${plan.cells.length} cells × ${plan.repetitions} repetitions, about ${Math.round(plan.estimatedSeconds)} s`
  )
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  const progress = createProgressReporter({ isTTY: false, log: core.info })
  const runnerTemp = process.env.RUNNER_TEMP
  // RUNNER_TEMP belongs to the runner's user and is emptied per job; outside Actions, the per-user cache.
  const buildDir = runnerTemp ? join(runnerTemp, 'numa-spsc-bench-build') : defaultBuildDir()
  const measured = await measure(config, detected, plan, {
    buildDir,
    workspace,
    runner: actionProcessRunner,
    signal: stop.signal,
    onPlan: (measuredPlan) =>
      core.info(
        `Plan after the pilot (${(measuredPlan.pilotSeconds ?? 0).toFixed(1)} s): ${measuredPlan.cells.length} cells × ` +
          `${measuredPlan.repetitions} blocks, about ${Math.round(measuredPlan.estimatedSeconds)} s of ${measuredPlan.budgetSeconds} s`
      ),
    onProgress: progress.update,
    log: core.info
  }).finally(() => progress.stop())
  const timing = measured.results.timing
  if (timing !== undefined) {
    core.info(
      `Time: measuring ${timing.actualSeconds.toFixed(1)} s (budget ${timing.budgetSeconds} s, estimated ` +
        `${timing.estimatedSeconds.toFixed(1)} s), builds ${timing.buildSeconds.toFixed(1)} s`
    )
  }
  core.setOutput('results-path', measured.resultsPath)
  core.setOutput('invalid-cells', String(invalidCellCount(measured.results)))
  core.info(summarizeRun(measured.results))

  const outDir = resolve(config.outDir)
  // The map's per-class figures go into the report beside the ring's round trips; c2c.json and c2c.svg hold the rest.
  const latencyMap = latencyMapWanted(config.c2c, context.eventName)
    ? await runLatencyMap({
        topology: detected.topology,
        cpus: null,
        budgetSeconds: DEFAULT_C2C_BUDGET_SECONDS,
        seed: plan.seed,
        outDir,
        buildDir,
        runner: actionProcessRunner,
        signal: stop.signal,
        log: core.info
      })
    : null
  const pullRequest = pullRequestOf(context)
  if (pullRequest !== null) {
    writePullRequestFile(outDir, {
      number: pullRequest.number,
      headSha: pullRequest.headSha,
      baseRef: pullRequest.baseRef
    })
  }
  const baseline = await compareAndSaveBaseline(
    config,
    measured.results,
    await baselineRunContext(context, workspace, core.info)
  )
  if (baseline.saveError !== null) core.warning(`baseline: ${baseline.saveError}. The comparison stands.`)
  writeComparisonFile(outDir, baseline.comparison)
  return reportAndComment({
    config,
    context,
    token,
    machines: [
      {
        label: measured.results.environment.hostname,
        results: measured.results,
        comparison: baseline.comparison,
        figures: baseline.figures,
        ...(latencyMap === null ? {} : { latencyMap: latencyMap.classes })
      }
    ],
    pullRequest: pullRequestToReport(context)
  })
}

export async function run(): Promise<void> {
  const stop = stopOnSignals(core.info)
  try {
    const token = core.getInput('github-token')
    if (token !== '') core.setSecret(token)
    registerSecret(token)
    const config = buildConfig(readInputs())
    const context = readRunContext()
    if (config.reportFrom !== null) {
      const reported = await commentFromArtifact(config, context, token, config.reportFrom)
      core.info(`Verdict: ${reported.verdict} (comment-only mode reports; the measuring run is the gate)`)
      return
    }
    const reported = await measureAndReport(config, context, token, stop)
    core.info(`Verdict: ${reported.verdict}`)
    const received = stop.received()
    if (received !== null) {
      core.setFailed(`${received}: the run was stopped; results.json holds the samples taken, marked interrupted`)
      process.exitCode = stop.exitCode() ?? 1
      return
    }
    if (reported.verdict === 'regression' && config.failOn === 'regression') {
      core.setFailed(
        `${reported.regressions} regression(s) against the baseline (fail-on: regression); see the job summary or ${reported.reportPath}`
      )
    }
  } catch (error) {
    await reportFailure(error instanceof Error ? error.message : String(error))
    // Stopped by a signal (a cancelled job): exit as the signal would, 130 or 143.
    if (stop.exitCode() !== null) process.exitCode = stop.exitCode() as number
  } finally {
    stop.dispose()
  }
}
