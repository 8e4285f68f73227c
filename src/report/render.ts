/**
 * Assembles the report: the verdict line, then one section per machine. When the document
 * is longer than maxChars, whole sections go, least important first, and a note right under the verdict says which
 * and where the full report is.
 */
import type { ResultsFile } from '../run/types.js'
import { renderCounters } from './counters.js'
import { escapeText } from './escape.js'
import {
  collapsed,
  environmentFlags,
  renderCellTable,
  renderEnvironment,
  renderInvalidCells,
  renderPlan,
  renderTopology
} from './details.js'
import { settingMedians, type SettingMedian } from '../stats/index.js'
import { barChart } from './chart.js'
import { findings, renderFindings } from './findings.js'
import { renderImplementationTable } from './implementations.js'
import { renderLatencySection } from './latency.js'
import { plural } from './format.js'
import { penaltyTables, renderClassChart, renderPenaltyTable } from './penalty.js'
import { cellTable, renderChangesChart, renderClassChanges, type CellTable } from './regressions.js'
import { renderTrendSection } from './trend.js'
import type { MachineReport, RenderedReport, RenderOptions } from './types.js'
import { machineVerdictLine, verdictLine } from './verdict.js'

/** Comfortably under GitHub's 65,536-character limit for comment bodies, leaving room for the caller's own lines. */
export const DEFAULT_MAX_CHARS = 60_000
/** Below this not even a short verdict with its note fits, so a smaller cap is a mistake in the caller. */
export const MIN_MAX_CHARS = 1_000
const DEFAULT_FULL_REPORT_HINT = 'the job summary and the report.md artifact of this run'

/**
 * Sections in the order they are cut: collapsed details first, the per-class changes last. A section with rows (the
 * cell-by-cell tables) first loses its less important rows, down to MIN_ROWS, before it goes whole.
 */
const CUT_ORDER = [
  'cells',
  'plan',
  'counters',
  'topology',
  'environment',
  'invalid',
  'trend',
  'inconclusive',
  'chart',
  'latency',
  'implementations',
  'penalty',
  'changed',
  'findings',
  'changes'
] as const
type SectionKind = (typeof CUT_ORDER)[number]

/** Rows a cell-by-cell table keeps before it is cut whole. */
const MIN_ROWS = 5

interface Part {
  text: string
  /** How the part may be cut and what the note calls it; null for the parts never cut (headings, verdicts). */
  cut: { kind: SectionKind; title: string } | null
  /** A table that can lose rows from its end: how many it has, how many are shown, and how to draw that many. */
  rows?: { total: number; shown: number; render: (limit: number) => string }
}

function machineSummary(results: ResultsFile): string {
  const topology = results.topology
  return (
    `${escapeText(topology.cpuModel ?? 'unknown CPU')} · ${topology.packages === null ? 'packages unknown' : plural(topology.packages, 'package')}, ` +
    `${plural(topology.nodes.length, 'NUMA node')}, ${plural(topology.pus, 'logical CPU')} · fingerprint ${escapeText(topology.fingerprint)} · ` +
    `${plural(results.cells.length, 'cell')} × ${plural(results.plan.repetitions, 'repetition')}` +
    `${results.interrupted ? ' · **interrupted run**: some samples were never taken' : ''}`
  )
}

function machineParts(machine: MachineReport, several: boolean): Part[] {
  const parts: Part[] = []
  const named = (title: string) => (several ? `${title} (${escapeText(machine.label, 60)})` : title)
  const add = (text: string | null, kind?: SectionKind, title = '') => {
    if (text === null) return
    parts.push({ text, cut: kind === undefined ? null : { kind, title: named(title) } })
  }
  const addRows = (table: CellTable | null, kind: SectionKind, title: string, wrap: (body: string) => string) => {
    if (table === null) return
    const render = (limit: number) => wrap(table.render(limit))
    parts.push({
      text: render(table.total),
      cut: { kind, title: named(title) },
      rows: { total: table.total, shown: table.total, render }
    })
  }
  const results = machine.results
  add(`## ${escapeText(machine.label, 120)}\n\n${machineSummary(results)}`)
  if (several) add(machineVerdictLine(machine))
  if (machine.comparison?.verdict === 'no-baseline' && machine.comparison.reason !== undefined) {
    const reason = escapeText(machine.comparison.reason)
    add(`${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`)
  }
  const flags = environmentFlags(results)
  if (flags.length > 0) add(`⚠️ Environment: ${flags.join('; ')}.`)

  const comparison = machine.comparison
  if (comparison !== null && comparison.verdict !== 'no-baseline') {
    add(
      `### Changes against the baseline\n\n${renderClassChanges(comparison)}`,
      'changes',
      'changes against the baseline'
    )
    add(renderChangesChart(comparison), 'chart', 'changes chart')
    addRows(cellTable(comparison, ['regression', 'improvement']), 'changed', 'changed metrics cell by cell', (body) =>
      collapsed('Changed metrics, cell by cell', body)
    )
    addRows(cellTable(comparison, ['inconclusive']), 'inconclusive', 'inconclusive metrics', (body) =>
      collapsed('Inconclusive metrics and why', body)
    )
  }

  const tables = penaltyTables(machine.figures)
  const heading = '### NUMA penalty per placement class\n\n'
  if (tables.length === 0) {
    add(
      results.topology.numaCapable
        ? `${heading}No placement-class figures: no two classes had enough valid samples to compare.`
        : `${heading}No cross-node figures: this runner has fewer than two nodes with usable CPUs.`
    )
    add(renderSettingsChart(settingMedians(results)), 'chart', 'modes and padding chart')
  }
  tables.forEach((table, position) => {
    add(
      `${position === 0 ? heading : ''}${renderPenaltyTable(table)}`,
      'penalty',
      `NUMA penalty table, ${table.implementation}`
    )
  })
  add(renderClassChart(tables), 'chart', 'class chart')
  add(renderImplementationTable(machine.figures), 'implementations', 'implementations against the reference')
  if (machine.latencyMap !== undefined)
    add(renderLatencySection(machine.latencyMap, results), 'latency', 'core-to-core latency')

  const found = renderFindings(findings(machine.figures, tables))
  if (found !== null) add(`### Findings and recommendations\n\n${found}`, 'findings', 'findings and recommendations')

  const trend = machine.trend === undefined ? '' : renderTrendSection(machine.trend)
  if (trend !== '') add(collapsed('History over commits', trend), 'trend', 'history over commits')
  add(renderCounters(results), 'counters', 'hardware counters')
  add(renderTopology(results), 'topology', 'topology')
  add(renderEnvironment(results), 'environment', 'environment')
  add(renderPlan(results), 'plan', 'plan')
  add(renderInvalidCells(results), 'invalid', 'invalid cells')
  add(renderCellTable(results), 'cells', 'per-cell medians')
  return parts
}

/**
 * Messages per second by mode and padding (pinned and unpinned), on one axis: what a runner without cross-node
 * classes can still show.
 */
function renderSettingsChart(medians: SettingMedian[]): string | null {
  const bars = medians
    .filter((entry) => entry.metric === 'messagesPerSecond' && entry.implementation === 'reference')
    .sort(
      (left, right) =>
        left.mode.localeCompare(right.mode) ||
        Number(right.pinned) - Number(left.pinned) ||
        left.padding - right.padding
    )
    .map((entry) => ({
      label: `${entry.mode} ${entry.padding} B${entry.pinned ? '' : ' unpinned'}`,
      value: entry.summary.median
    }))
  return barChart('Median throughput by mode and padding', 'messagesPerSecond', bars)
}

/** Titles named in the note before the rest are counted, so the note itself stays short. */
const MAX_NAMED_CUTS = 12

function cutNote(titles: string[], maxChars: number, hint: string): string {
  const named = titles.slice(0, MAX_NAMED_CUTS).join(', ')
  const more = titles.length > MAX_NAMED_CUTS ? ` and ${titles.length - MAX_NAMED_CUTS} more` : ''
  return `> ✂️ Shortened to fit ${maxChars.toLocaleString('en-US')} characters; left out: ${named}${more}. The full report is in ${hint}.`
}

function assemble(head: string, note: string | null, parts: Part[]): string {
  const blocks = [head, ...(note === null ? [] : [note]), ...parts.map((part) => part.text)]
  return `${blocks.join('\n\n')}\n`
}

export function renderReport(machines: MachineReport[], options: RenderOptions = {}): RenderedReport {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS
  if (!Number.isInteger(maxChars) || maxChars < MIN_MAX_CHARS) {
    throw new Error(`report maxChars ${maxChars}: expected a whole number of at least ${MIN_MAX_CHARS}`)
  }
  const hint = escapeText(options.fullReportHint ?? DEFAULT_FULL_REPORT_HINT)
  const head = verdictLine(machines, options)
  const several = machines.length > 1
  let parts = machines.flatMap((machine) => machineParts(machine, several))
  const truncated: string[] = []
  let markdown = assemble(head, null, parts)
  while (markdown.length > maxChars) {
    const victim = nextToCut(parts)
    if (victim === null) break
    const rows = victim.rows
    if (rows !== undefined && rows.shown > MIN_ROWS) {
      // Halve the rows rather than drop the table: its first rows are the most important ones.
      const shown = Math.max(MIN_ROWS, Math.floor(rows.shown / 2))
      parts = parts.map((part) =>
        part === victim ? { ...part, text: rows.render(shown), rows: { ...rows, shown } } : part
      )
    } else {
      truncated.push(victim.cut?.title ?? '')
      parts = parts.filter((part) => part !== victim)
    }
    markdown = assemble(head, truncated.length === 0 ? null : cutNote(truncated, maxChars, hint), parts)
  }
  if (markdown.length > maxChars) {
    // Only headings and verdicts are left and still too long (very many machines): keep the verdict line alone.
    truncated.push('machine sections')
    markdown = assemble(head, cutNote(truncated, maxChars, hint), [])
  }
  if (markdown.length > maxChars) {
    throw new Error(
      `report maxChars ${maxChars}: even the verdict line and its note take ${markdown.length} characters; raise maxChars`
    )
  }
  return { markdown, truncated }
}

/** The least important remaining section, from the last machine first so the first machine keeps the most. */
function nextToCut(parts: Part[]): Part | null {
  for (const kind of CUT_ORDER) {
    const candidates = parts.filter((part) => part.cut?.kind === kind)
    if (candidates.length > 0) return candidates[candidates.length - 1]
  }
  return null
}
