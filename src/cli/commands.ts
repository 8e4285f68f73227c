/**
 * The CLI's compare and baseline commands as functions returning their output and exit status, so cli.ts stays a
 * thin argv mapping and the commands can be tested without spawning a process.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { readResultsFile, summarizeRun, validateResults, RESULTS_FILE_NAME } from '../run/index.js'
import type { ResultsFile } from '../run/types.js'
import { compareResults, noBaselineComparison, runToRunSpread } from '../stats/index.js'
import type { CellComparison, Comparison, Summary } from '../stats/types.js'
import { DirectoryStore } from '../baseline/directory.js'
import { spreadHistory } from '../baseline/history.js'
import { BASELINE_RECORD_SCHEMA, decodeRecord } from '../baseline/record.js'
import type { BaselineStore, HistoryEntry } from '../baseline/types.js'
import { alignColumns } from '../common/text.js'

export interface CommandOutput {
  stdout: string
  exitCode: number
}

/** Exit status of compare (and run) when the verdict is a regression and fail-on is "regression". */
export const EXIT_REGRESSION = 1

export interface CompareCommandOptions {
  /** A results.json, a saved baseline record, a directory store, or a results directory holding results.json. */
  baseline: string
  current: string
  json?: boolean
  failOn: 'regression' | 'never'
  threshold: number
  alpha: number
}

/** The JSON `compare --json` prints: the overall verdict and one flat row per cell and metric. */
export interface CompareJson {
  verdict: Comparison['verdict']
  reason: string | null
  baselineSource: string | null
  alpha: number
  threshold: number
  /** How many baseline runs the run-to-run spread came from; null when none was known. */
  runToRunSpreadRuns: number | null
  regressions: number
  improvements: number
  cells: Array<{
    key: string
    cellKey: string
    metric: string
    direction: CellComparison['direction']
    baselineMedian: number | null
    currentMedian: number | null
    baseline: Summary | null
    current: Summary | null
    ratio: number | null
    ratioCi: [number, number] | null
    pValue: number | null
    adjustedP: number | null
    runToRunSpread: number | null
    verdict: CellComparison['verdict']
    reason: string | null
  }>
}

export async function compareCommand(options: CompareCommandOptions): Promise<CommandOutput> {
  const comparison = await compareWithBaselinePath(options.baseline, readResultsFile(options.current), options)
  const exitCode = options.failOn === 'regression' && comparison.verdict === 'regression' ? EXIT_REGRESSION : 0
  const stdout = options.json
    ? `${JSON.stringify(comparisonJson(comparison), null, 2)}\n`
    : renderComparisonText(comparison)
  return { stdout, exitCode }
}

/** A run judged against what a --baseline argument names (file, record or store directory), the `compare` and `report` commands' shared step. */
export async function compareWithBaselinePath(
  baselinePath: string,
  current: ResultsFile,
  options: { alpha: number; threshold: number }
): Promise<Comparison> {
  const baseline = await readBaseline(baselinePath, current.topology.fingerprint)
  if (baseline === null) {
    return noBaselineComparison(
      options,
      `no baseline for this hardware yet: ${baselinePath} holds none for fingerprint ${current.topology.fingerprint}`
    )
  }
  return compareResults(baseline.results, current, {
    alpha: options.alpha,
    threshold: options.threshold,
    baselineSource: baseline.source,
    ...(baseline.history === undefined
      ? {}
      : { runToRunSpread: runToRunSpread(baseline.history), baselineRuns: baseline.history.length })
  })
}

/**
 * The baseline results a compare argument names, with where they came from in words. A store directory also gives the
 * recent runs of this hardware (the baseline included), for the run-to-run spread; a single file cannot.
 */
async function readBaseline(
  path: string,
  fingerprint: string
): Promise<{ results: ResultsFile; source: string; history?: ResultsFile[] } | null> {
  if (!existsSync(path)) throw new Error(`--baseline ${path}: no such file or directory`)
  if (statSync(path).isDirectory()) {
    const resultsInside = join(path, RESULTS_FILE_NAME)
    if (existsSync(resultsInside)) return { results: readResultsFile(resultsInside), source: `file ${resultsInside}` }
    const store = new DirectoryStore(path)
    const loaded = await store.load(fingerprint, {})
    if (loaded === null) return null
    const history = (await spreadHistory(store, fingerprint, null, loaded)).map((entry) => entry.record.results)
    return { results: loaded.record.results, source: `${loaded.source} in ${path}`, history }
  }
  const text = readFileSync(path, 'utf8')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Error(`${path}: not valid JSON: ${(error as Error).message}`, { cause: error })
  }
  const schema = (value as { schema?: unknown } | null)?.schema
  if (schema === BASELINE_RECORD_SCHEMA) {
    const recorded = (value as { fingerprint?: unknown }).fingerprint
    const record = decodeRecord(text, path, typeof recorded === 'string' ? recorded : '')
    return {
      results: record.results,
      source: `file ${path} (commit ${record.commitSha?.slice(0, 7) ?? 'unknown'}, saved ${record.savedAt})`
    }
  }
  return { results: validateResults(value, path), source: `file ${path}` }
}

function comparisonJson(comparison: Comparison): CompareJson {
  return {
    verdict: comparison.verdict,
    reason: comparison.reason ?? null,
    baselineSource: comparison.baselineSource,
    alpha: comparison.alpha,
    threshold: comparison.threshold,
    runToRunSpreadRuns: comparison.runToRunSpreadRuns ?? null,
    regressions: comparison.regressions,
    improvements: comparison.improvements,
    cells: comparison.cells.map((cell) => ({
      key: cell.key,
      cellKey: cell.cellKey,
      metric: cell.metric,
      direction: cell.direction,
      baselineMedian: cell.baseline?.median ?? null,
      currentMedian: cell.current?.median ?? null,
      baseline: cell.baseline,
      current: cell.current,
      ratio: cell.ratio,
      ratioCi: cell.ratioCi,
      pValue: cell.pValue,
      adjustedP: cell.adjustedP,
      runToRunSpread: cell.runToRunSpread ?? null,
      verdict: cell.verdict,
      reason: cell.reason ?? null
    }))
  }
}

function number(value: number | null | undefined): string {
  if (value === null || value === undefined) return '-'
  return Math.abs(value) >= 1e4 || (Math.abs(value) < 1e-3 && value !== 0)
    ? value.toExponential(3)
    : String(Number(value.toPrecision(4)))
}

function table(rows: string[][]): string {
  return alignColumns(rows).join('\n')
}

/** The overall verdict in one line, in words. */
function verdictText(comparison: Comparison): string {
  if (comparison.verdict === 'no-baseline')
    return `verdict: no-baseline: ${comparison.reason ?? 'no baseline to compare with'}`
  const counted = `${comparison.regressions} regression(s), ${comparison.improvements} improvement(s) in ${comparison.cells.length} compared cell metric(s)`
  const runs = comparison.runToRunSpreadRuns ?? null
  return (
    `verdict: ${comparison.verdict}: ${counted}; baseline: ${comparison.baselineSource ?? 'unnamed'}; ` +
    `alpha ${comparison.alpha}, threshold ${number(comparison.threshold * 100)} %` +
    (runs === null ? '' : `, run-to-run spread from ${runs} baseline runs`)
  )
}

/** The per-cell table and the verdict line. */
export function renderComparisonText(comparison: Comparison): string {
  if (comparison.cells.length === 0) return `${verdictText(comparison)}\n`
  const rows = [['verdict', 'cell', 'metric', 'baseline', 'current', 'ratio', '95% CI', 'p (Holm)']]
  for (const cell of comparison.cells) {
    rows.push([
      cell.verdict,
      cell.cellKey,
      cell.metric,
      number(cell.baseline?.median),
      number(cell.current?.median),
      number(cell.ratio),
      cell.ratioCi === null ? '-' : `[${number(cell.ratioCi[0])}, ${number(cell.ratioCi[1])}]`,
      cell.pValue === null
        ? (cell.reason ?? '-')
        : `${number(cell.pValue)} (${number(cell.adjustedP)})${cell.reason ? ` ${cell.reason}` : ''}`
    ])
  }
  return `${table(rows)}\n\n${verdictText(comparison)}\n`
}

/** Commit and branch of a checkout, for records saved from the CLI; nulls outside git. */
export function localGitInfo(directory: string): { commitSha: string | null; ref: string | null } {
  const ask = (args: string[]): string | null => {
    try {
      return (
        execFileSync('git', args, { cwd: directory, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() ||
        null
      )
    } catch {
      return null
    }
  }
  return { commitSha: ask(['rev-parse', '--verify', '-q', 'HEAD']), ref: ask(['symbolic-ref', '-q', 'HEAD']) }
}

export interface SaveCommandOptions {
  store: BaselineStore
  resultsPath: string
  /** The commit measured (--commit); null: the one recorded in results.json, else checkoutCommitSha. */
  commitSha: string | null
  /** HEAD of the checkout the CLI runs in, for results that recorded no commit. */
  checkoutCommitSha?: string | null
  ref: string | null
  runId: string | null
}

export async function baselineSaveCommand(options: SaveCommandOptions): Promise<CommandOutput> {
  const results = readResultsFile(options.resultsPath)
  if (results.interrupted)
    throw new Error(
      `${options.resultsPath}: the run was interrupted before every sample was taken; not saved as a baseline`
    )
  const where = await options.store.save({
    results,
    commitSha: (options.commitSha ?? results.environment.gitCommit ?? options.checkoutCommitSha)?.toLowerCase() ?? null,
    ref: options.ref,
    runId: options.runId,
    savedAt: new Date().toISOString()
  })
  return { stdout: `saved the baseline for fingerprint ${results.topology.fingerprint} to ${where}\n`, exitCode: 0 }
}

export async function baselineShowCommand(options: {
  store: BaselineStore
  fingerprint: string
  branch: string | null
  json?: boolean
}): Promise<CommandOutput> {
  const loaded = await options.store.load(options.fingerprint, { branch: options.branch })
  if (loaded === null) {
    const where = options.branch === null ? '' : ` on ${options.branch}`
    return {
      stdout: `no baseline for this hardware yet (fingerprint ${options.fingerprint} in ${options.store.describe()}${where})\n`,
      exitCode: 0
    }
  }
  if (options.json)
    return {
      stdout: `${JSON.stringify({ source: loaded.source, location: loaded.location, ...loaded.record }, null, 2)}\n`,
      exitCode: 0
    }
  const { record } = loaded
  const lines = [
    `baseline for fingerprint ${options.fingerprint}: ${loaded.source}`,
    `file: ${loaded.location}`,
    `commit: ${record.commitSha ?? 'unknown'}  ref: ${record.ref ?? 'unknown'}  run: ${record.runId ?? '-'}  saved: ${record.savedAt}`,
    ''
  ]
  return { stdout: `${lines.join('\n')}${summarizeRun(record.results)}`, exitCode: 0 }
}

export async function baselineListCommand(options: {
  store: BaselineStore
  fingerprint?: string
  json?: boolean
}): Promise<CommandOutput> {
  const entries: HistoryEntry[] = await options.store.list(options.fingerprint)
  if (options.json) return { stdout: `${JSON.stringify(entries, null, 2)}\n`, exitCode: 0 }
  if (entries.length === 0) return { stdout: `no baselines saved in ${options.store.describe()}\n`, exitCode: 0 }
  const rows = [['fingerprint', 'saved', 'commit', 'ref', 'run']]
  for (const entry of entries)
    rows.push([
      entry.fingerprint,
      entry.savedAt,
      entry.commitSha?.slice(0, 12) ?? '-',
      entry.ref ?? '-',
      entry.runId ?? '-'
    ])
  return { stdout: `${table(rows)}\n`, exitCode: 0 }
}
