/**
 * The artifact a measuring run leaves in its out-dir for a later comment-only run (report-from): results.json,
 * comparison.json (the verdict against the baseline it found) and, on pull_request events, pull-request.json naming
 * the pull request. The artifact may have been produced by a fork's code, so everything read back is validated and
 * the pull request it names must match the head commit GitHub reports for the triggering run.
 */
import { Ajv, type JSONSchemaType, type Schema } from 'ajv'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import comparisonSchema from '../../schema/comparison.schema.json' with { type: 'json' }
import { readResultsFile, RESULTS_FILE_NAME, type ResultsFile } from '../run/index.js'
import type { Comparison } from '../stats/types.js'

export const PULL_REQUEST_FILE_NAME = 'pull-request.json'
export const COMPARISON_FILE_NAME = 'comparison.json'
export const REPORT_FILE_NAME = 'report.md'

export interface PullRequestFile {
  number: number
  headSha: string
  baseRef: string
}

const pullRequestSchema: JSONSchemaType<PullRequestFile> = {
  type: 'object',
  properties: {
    number: { type: 'integer', minimum: 1 },
    headSha: { type: 'string', pattern: '^[0-9a-f]{40}$' },
    baseRef: { type: 'string', minLength: 1, maxLength: 255 }
  },
  required: ['number', 'headSha', 'baseRef'],
  additionalProperties: false
}

const ajv = new Ajv({ allErrors: false, strict: false })
const validatePullRequest = ajv.compile(pullRequestSchema)
// Generated from the Comparison type (npm run schema), so it cannot drift from what writeComparisonFile writes.
const validateComparison = ajv.compile<Comparison>(comparisonSchema as Schema)

function firstError(errors: typeof validatePullRequest.errors): string {
  const error = errors?.[0]
  if (error === undefined) return 'is invalid'
  return `${error.instancePath === '' ? '(top level)' : error.instancePath} ${error.message ?? 'is invalid'}`
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`${path}: cannot be read as JSON: ${(error as Error).message}`, { cause: error })
  }
}

/** Written through a rename, so a reader never sees half a file; a failed write leaves no temporary file behind. */
function writeJson(path: string, value: unknown): string {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw new Error(`${path}: could not be written: ${(error as Error).message}`, { cause: error })
  }
  return path
}

export function writePullRequestFile(directory: string, pullRequest: PullRequestFile): string {
  const value: PullRequestFile = {
    number: pullRequest.number,
    headSha: pullRequest.headSha,
    baseRef: pullRequest.baseRef
  }
  if (!validatePullRequest(value)) {
    throw new Error(`${PULL_REQUEST_FILE_NAME} (not written): ${firstError(validatePullRequest.errors)}`)
  }
  return writeJson(join(directory, PULL_REQUEST_FILE_NAME), value)
}

export function readPullRequestFile(path: string): PullRequestFile {
  const value = readJson(path)
  if (!validatePullRequest(value)) {
    throw new Error(
      `${path}: ${firstError(validatePullRequest.errors)} (expected {"number": N, "headSha": "<40 hex>", "baseRef": "<branch>"})`
    )
  }
  return value
}

export function writeComparisonFile(directory: string, comparison: Comparison): string {
  return writeJson(join(directory, COMPARISON_FILE_NAME), comparison)
}

export function readComparisonFile(path: string): Comparison {
  const value = readJson(path)
  if (!validateComparison(value)) throw new Error(`${path}: ${firstError(validateComparison.errors)}`)
  return value
}

/** Every regular file called `name` under `root`, in a stable order; symbolic links are neither followed nor read. */
function filesNamed(root: string, name: string): string[] {
  const found: string[] = []
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(directory, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && entry.name === name) found.push(path)
    }
  }
  walk(root)
  return found
}

export interface ArtifactMachine {
  /** Where it came from: the artifact's sub-directory, or the machine's host name when results.json is at the top. */
  label: string
  resultsPath: string
  results: ResultsFile
  /** null when the measuring run left no comparison.json (older run, or it failed before comparing). */
  comparison: Comparison | null
}

export interface Artifact {
  pullRequest: PullRequestFile
  machines: ArtifactMachine[]
}

/**
 * The pull request an artifact directory names: DIR/pull-request.json, or (several artifacts downloaded side by side)
 * the one every pull-request.json under DIR agrees on.
 */
function pullRequestOfArtifact(root: string): PullRequestFile {
  const top = join(root, PULL_REQUEST_FILE_NAME)
  if (existsSync(top)) {
    // A link could point the reader (and a parse error's excerpt in the log) at any file on the runner.
    if (!lstatSync(top).isFile()) throw new Error(`report-from: ${top} is not a regular file`)
    return readPullRequestFile(top)
  }
  const files = filesNamed(root, PULL_REQUEST_FILE_NAME)
  if (files.length === 0) {
    throw new Error(
      `report-from: ${root} holds no ${PULL_REQUEST_FILE_NAME}; the measuring run writes it into out-dir on ` +
        'pull_request events, and the artifact must include it'
    )
  }
  const [first, ...rest] = files.map((path) => ({ path, value: readPullRequestFile(path) }))
  for (const other of rest) {
    if (other.value.number !== first.value.number || other.value.headSha !== first.value.headSha) {
      throw new Error(
        `report-from: ${first.path} names #${first.value.number} at ${first.value.headSha} but ${other.path} names ` +
          `#${other.value.number} at ${other.value.headSha}; all artifacts must come from the same pull request`
      )
    }
  }
  return first.value
}

export function readArtifact(root: string): Artifact {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new Error(`report-from: "${root}" is not a directory (expected the downloaded artifact of the measuring run)`)
  }
  const pullRequest = pullRequestOfArtifact(root)
  const resultsPaths = filesNamed(root, RESULTS_FILE_NAME)
  if (resultsPaths.length === 0) throw new Error(`report-from: no ${RESULTS_FILE_NAME} under ${root}`)
  const machines = resultsPaths.map((resultsPath): ArtifactMachine => {
    const results = readResultsFile(resultsPath)
    const comparisonPath = join(dirname(resultsPath), COMPARISON_FILE_NAME)
    const where = relative(root, dirname(resultsPath))
    return {
      label: where === '' ? results.environment.hostname || basename(root) : where,
      resultsPath,
      results,
      comparison:
        existsSync(comparisonPath) && lstatSync(comparisonPath).isFile() ? readComparisonFile(comparisonPath) : null
    }
  })
  return { pullRequest, machines }
}

/**
 * The artifact must be about the commit the triggering event is about (workflow_run.head_sha in the fork-safe pair,
 * pull_request.head.sha in a matrix's final job); anything else, a stale or substituted artifact, is refused rather
 * than posted on some pull request.
 */
export function checkArtifactHead(
  pullRequest: PullRequestFile,
  payload: Record<string, unknown>,
  source: string
): void {
  const run = payload.workflow_run as { head_sha?: unknown } | undefined
  const pull = payload.pull_request as { head?: { sha?: unknown } } | undefined
  const [headSha, what] =
    typeof run?.head_sha === 'string' ? [run.head_sha, 'workflow_run'] : [pull?.head?.sha, 'pull_request event']
  if (typeof headSha !== 'string' || headSha === '') return
  if (headSha !== pullRequest.headSha) {
    throw new Error(
      `report-from: ${source} says head ${pullRequest.headSha} of #${pullRequest.number}, but the ${what} that ` +
        `triggered this job is for ${headSha}; refusing to comment with a report from another commit`
    )
  }
}
