/**
 * The action's compare-to: merge-base path: the subject built and measured at the merge-base (a git worktree under
 * RUNNER_TEMP) and at the head in one run, judged pair by pair; the stored baseline is neither read nor written (it
 * serves the reference ring's health over time, not a pull request's verdict).
 */
import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { calibrationForReport, readCalibrationFile } from '../ab/calibrate.js'
import { measureAb, planAb, type AbOptions } from '../ab/index.js'
import type { Config } from '../config.js'
import { writeComparisonFile, writePullRequestFile, type PullRequestEvent, type RunContext } from '../github/index.js'
import { defaultSeed, type Detected } from '../pipeline.js'
import { createProgressReporter, summarizeRun, writeResultsFile } from '../run/index.js'
import { numaFigures } from '../stats/index.js'
import { addMergeBaseWorktree } from './merge-base.js'
import { actionProcessRunner } from './process.js'
import { pullRequestToReport, reportAndComment, type Reported } from './report.js'

/** merge-base when asked for, or by default for a subject command on a pull request. */
export function comparesWithMergeBase(config: Config, pullRequest: PullRequestEvent | null): boolean {
  if (config.compareTo === 'merge-base') return true
  return config.compareTo === 'auto' && config.subject.kind === 'command' && pullRequest !== null
}

export async function measureAbAndReport(
  config: Config,
  context: RunContext,
  token: string,
  signal: AbortSignal | undefined,
  detected: Detected,
  pullRequest: PullRequestEvent | null
): Promise<Reported> {
  if (pullRequest === null) {
    throw new Error(`compare-to: merge-base needs a pull request event; this is "${context.eventName}"`)
  }
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  // Read before anything is built or measured, so a wrong path fails at once.
  const calibration =
    config.calibration === null
      ? undefined
      : calibrationForReport(readCalibrationFile(resolve(workspace, config.calibration)))
  const worktree = await addMergeBaseWorktree({
    repoDir: workspace,
    baseSha: pullRequest.baseSha,
    headSha: pullRequest.headSha,
    baseRef: pullRequest.baseRef,
    parentDir: process.env.RUNNER_TEMP ?? tmpdir(),
    runner: actionProcessRunner
  })
  core.info(`compare-to: merge-base ${worktree.sha} checked out at ${worktree.path}`)
  try {
    const command = config.subject.command ?? []
    const options: AbOptions = {
      base: { command, build: config.subject.build, cwd: worktree.path },
      head: { command, build: config.subject.build, cwd: workspace },
      budgetSeconds: config.budgetSeconds,
      classes: config.classes,
      paddings: config.paddings,
      modes: config.modes,
      seed: config.seed ?? defaultSeed(context.runId ?? undefined),
      withReference: false,
      alpha: config.alpha,
      threshold: config.threshold,
      messages: config.messages
    }
    const plan = planAb(detected.topology, detected.classes, options)
    core.info(`A/B plan: ${plan.cells.length} cells (base and head) × at least ${plan.repetitions} blocks`)
    const progress = createProgressReporter({ isTTY: false, log: core.info })
    const outcome = await measureAb(plan, options, {
      topology: detected.topology,
      runner: actionProcessRunner,
      signal,
      onProgress: progress.update,
      log: core.info
    }).finally(() => progress.stop())
    const outDir = resolve(config.outDir)
    const resultsPath = writeResultsFile(outDir, outcome.results)
    core.setOutput('results-path', resultsPath)
    core.info(summarizeRun(outcome.results))
    writePullRequestFile(outDir, {
      number: pullRequest.number,
      headSha: pullRequest.headSha,
      baseRef: pullRequest.baseRef
    })
    writeComparisonFile(outDir, outcome.comparison)
    return await reportAndComment({
      config,
      context,
      token,
      machines: [
        {
          label: outcome.results.environment.hostname,
          results: outcome.results,
          comparison: outcome.comparison,
          figures: numaFigures(outcome.results),
          calibration
        }
      ],
      pullRequest: pullRequestToReport(context)
    })
  } finally {
    await worktree.remove()
  }
}
