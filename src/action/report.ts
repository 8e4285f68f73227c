/**
 * The GitHub side of the action, shared by the measuring run and the comment-only run (report-from): render the
 * report, write report.md, the job summary and the outputs, then the sticky comment. The comment comes last and
 * cannot fail the step; everything before it is already written when it is attempted.
 */
import * as core from '@actions/core'
import { context as githubContext, getOctokit } from '@actions/github'
import { writeFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { findMergeBase, loadTrend, openBaselineStore } from '../baseline/index.js'
import type { Config } from '../config.js'
import type { BaselineRunContext } from '../pipeline.js'
import { renderReport, type MachineReport, type RenderOptions } from '../report/index.js'
import { numaFigures } from '../stats/index.js'
import { checkArtifactHead, PULL_REQUEST_FILE_NAME, readArtifact, REPORT_FILE_NAME } from '../github/artifact.js'
import { commentMarker, stickyBody, type CommentTarget } from '../github/comment.js'
import { pullRequestOf, runContextFrom, type RunContext } from '../github/event.js'
import { combineComparisons, crossPackagePenalty, stickyKeyFor, type CombinedOutcome } from '../github/outcome.js'
import { publishComment, type PublishOutcome } from '../github/publish.js'

/** GitHub refuses comment bodies longer than this. */
const COMMENT_MAX_CHARS = 65_536
/** The job summary may hold up to 1 MiB per step; the full report stays well under it. */
const SUMMARY_MAX_CHARS = 1_000_000

export function readRunContext(): RunContext {
  return runContextFrom(process.env, { eventName: githubContext.eventName, payload: githubContext.payload })
}

export interface Reported extends CombinedOutcome {
  reportPath: string
  comment: PublishOutcome
}

interface ReportRequest {
  config: Config
  context: RunContext
  token: string
  machines: MachineReport[]
  /** The pull request to comment on, and whether it is a fork's (read-only token). */
  pullRequest: { number: number; fromFork: boolean; expectedHeadSha?: string } | null
}

function commentTarget(context: RunContext, number: number): CommentTarget | null {
  const [owner, repo] = (context.repository ?? '').split('/')
  return owner && repo ? { owner, repo, issueNumber: number } : null
}

function fullReportHint(context: RunContext): string {
  const run = context.runId === null ? 'this run' : `run ${context.runId}`
  return `the job summary of ${run} and its ${REPORT_FILE_NAME}`
}

/** The workflow run and the commit measured (a pull request's head), for the report's first line. */
function reportLinks(context: RunContext): RenderOptions['links'] {
  if (context.repository === null) return {}
  const base = `${githubContext.serverUrl}/${context.repository}`
  const sha = pullRequestOf(context)?.headSha || context.sha
  return {
    ...(context.runId === null ? {} : { run: `${base}/actions/runs/${context.runId}` }),
    ...(sha ? { commit: `${base}/commit/${sha}` } : {})
  }
}

/** Stored runs per series the history section charts. */
const TREND_RUNS = 20

/**
 * Each machine's history from the configured baseline store, for the report's collapsed section. A store that cannot
 * be read costs that section, never the report.
 */
async function withTrend(config: Config, machines: MachineReport[]): Promise<MachineReport[]> {
  if (config.baselineStore === 'none') return machines
  const store = openBaselineStore(config.baselineStore, {
    directory: config.baselineDirectory,
    branch: config.baselineBranch,
    repoDir: process.env.GITHUB_WORKSPACE ?? process.cwd()
  })
  return Promise.all(
    machines.map(async (machine) => {
      try {
        const trend = await loadTrend(store, machine.results.topology.fingerprint, { last: TREND_RUNS })
        return { ...machine, trend: trend.series }
      } catch (error) {
        core.info(`history: not shown: ${(error as Error).message}`)
        return machine
      }
    })
  )
}

/** Renders and publishes the report of one or more machines; returns the combined verdict for the step status. */
export async function reportAndComment(request: ReportRequest): Promise<Reported> {
  const { config, context } = request
  const machines = await withTrend(config, request.machines)
  const outcome = combineComparisons(machines.map((machine) => machine.comparison))
  const links = reportLinks(context)
  const full = renderReport(machines, { maxChars: SUMMARY_MAX_CHARS, links })
  const outDir = resolve(config.outDir)
  mkdirSync(outDir, { recursive: true })
  const reportPath = join(outDir, REPORT_FILE_NAME)
  writeFileSync(reportPath, full.markdown)

  core.setOutput('verdict', outcome.verdict)
  core.setOutput('regressions', String(outcome.regressions))
  core.setOutput('improvements', String(outcome.improvements))
  core.setOutput('report-path', reportPath)
  core.setOutput('cross-package-penalty', machines.length === 1 ? crossPackagePenalty(machines[0].figures) : '')
  await writeSummary(full.markdown)

  const key = stickyKeyFor(
    context.workflow,
    context.job,
    machines.map((machine) => machine.results.topology.fingerprint)
  )
  const marker = commentMarker(key)
  const forComment = renderReport(machines, {
    maxChars: COMMENT_MAX_CHARS - marker.length - 1,
    fullReportHint: fullReportHint(context),
    links
  })
  if (forComment.truncated.length > 0) core.info(`PR comment shortened: left out ${forComment.truncated.join(', ')}`)
  const target = request.pullRequest === null ? null : commentTarget(context, request.pullRequest.number)
  const comment = await publishComment({
    mode: config.comment,
    verdict: outcome.verdict,
    target,
    fromFork: request.pullRequest?.fromFork ?? false,
    client: () => getOctokit(request.token),
    hasToken: request.token !== '',
    marker,
    body: stickyBody(marker, forComment.markdown),
    expectedHeadSha: request.pullRequest?.expectedHeadSha,
    log: { info: core.info, warning: core.warning }
  })
  return { ...outcome, reportPath, comment }
}

/** Outside a runner (no GITHUB_STEP_SUMMARY) there is no summary to write; that must not cost the comment. */
async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write()
  } catch (error) {
    core.warning(`job summary not written: ${(error as Error).message}; the report is in ${REPORT_FILE_NAME}`)
  }
}

/**
 * What the baseline step needs to know about this run. A pull request is compared with the record measured on its
 * merge-base when the checkout has the history to find it (fetch-depth: 0), else with the newest from its base branch.
 */
export async function baselineRunContext(
  context: RunContext,
  repoDir: string,
  log: (line: string) => void
): Promise<BaselineRunContext> {
  const pullRequest = pullRequestOf(context)
  const mergeBaseSha =
    pullRequest !== null && pullRequest.baseSha !== '' && pullRequest.headSha !== ''
      ? await findMergeBase(repoDir, pullRequest.baseSha, pullRequest.headSha)
      : null
  if (pullRequest !== null && mergeBaseSha === null) {
    log(
      `baseline: no merge-base of ${pullRequest.baseRef} and the pull request in this checkout (fetch-depth: 0 gives it); using the newest baseline from ${pullRequest.baseRef}`
    )
  }
  return {
    eventName: context.eventName,
    commitSha: context.sha,
    ref: context.ref,
    baseBranch: pullRequest?.baseRef ?? null,
    mergeBaseSha,
    runId: context.runId,
    defaultBranch: context.defaultBranch,
    repoDir,
    log
  }
}

/**
 * The pull request a measuring run reports to. Under pull_request_target the token can write even for a fork, so only
 * pull_request marks a fork's token as read-only.
 */
export function pullRequestToReport(context: RunContext): ReportRequest['pullRequest'] {
  const pullRequest = pullRequestOf(context)
  if (pullRequest === null) return null
  return { number: pullRequest.number, fromFork: pullRequest.fromFork && context.eventName === 'pull_request' }
}

/**
 * Comment-only mode (report-from): no runner requirements, nothing built or measured. The pull request comes from the
 * artifact's pull-request.json, checked against the workflow_run's head commit and the pull request's current head.
 */
export async function commentFromArtifact(
  config: Config,
  context: RunContext,
  token: string,
  directory: string
): Promise<Reported> {
  const artifact = readArtifact(directory)
  checkArtifactHead(artifact.pullRequest, context.payload, join(directory, PULL_REQUEST_FILE_NAME))
  core.info(
    `report-from: ${artifact.machines.length} machine(s) for pull request #${artifact.pullRequest.number} at ` +
      `${artifact.pullRequest.headSha}: ${artifact.machines.map((machine) => machine.label).join(', ')}`
  )
  const machines: MachineReport[] = artifact.machines.map((machine) => ({
    label: machine.label,
    results: machine.results,
    comparison: machine.comparison,
    figures: numaFigures(machine.results)
  }))
  return reportAndComment({
    config,
    context,
    token,
    machines,
    pullRequest: {
      number: artifact.pullRequest.number,
      // Run from a fork's pull_request (a matrix's final job) the token is still read-only; from workflow_run it is not.
      fromFork: pullRequestToReport(context)?.fromFork ?? false,
      expectedHeadSha: artifact.pullRequest.headSha
    }
  })
}
