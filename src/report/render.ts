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
import { findings, renderFindings } from './findings.js'
import { plural } from './format.js'
import { penaltyTables, renderPenaltyTable, renderThroughputChart } from './penalty.js'
import { renderChanges, renderInconclusive } from './regressions.js'
import type { MachineReport, RenderedReport, RenderOptions } from './types.js'
import { machineVerdictLine, verdictLine } from './verdict.js'

/** Comfortably under GitHub's 65,536-character limit for comment bodies, leaving room for the caller's own lines. */
export const DEFAULT_MAX_CHARS = 60_000
/** Below this not even a short verdict with its note fits, so a smaller cap is a mistake in the caller. */
export const MIN_MAX_CHARS = 1_000
const DEFAULT_FULL_REPORT_HINT = 'the job summary and the report.md artifact of this run'

/** Sections in the order they are cut: collapsed details first, the changes against the baseline last. */
const CUT_ORDER = [
  'cells',
  'plan',
  'counters',
  'topology',
  'environment',
  'invalid',
  'inconclusive',
  'chart',
  'penalty',
  'findings',
  'changes'
] as const
type SectionKind = (typeof CUT_ORDER)[number]

interface Part {
  text: string
  /** How the part may be cut and what the note calls it; null for the parts never cut (headings, verdicts). */
  cut: { kind: SectionKind; title: string } | null
}

function machineSummary(results: ResultsFile): string {
  const topology = results.topology
  return (
    `${escapeText(topology.cpuModel ?? 'unknown CPU')} · ${plural(topology.packages, 'package')}, ` +
    `${plural(topology.nodes.length, 'NUMA node')}, ${plural(topology.pus, 'logical CPU')} · fingerprint ${escapeText(topology.fingerprint)} · ` +
    `${plural(results.cells.length, 'cell')} × ${plural(results.plan.repetitions, 'repetition')}` +
    `${results.interrupted ? ' · **interrupted run**: some samples were never taken' : ''}`
  )
}

function machineParts(machine: MachineReport, several: boolean): Part[] {
  const parts: Part[] = []
  const add = (text: string | null, kind?: SectionKind, title = '') => {
    if (text === null) return
    const named = several ? `${title} (${escapeText(machine.label, 60)})` : title
    parts.push({ text, cut: kind === undefined ? null : { kind, title: named } })
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

  const tables = penaltyTables(machine.figures, results)
  if (tables.length === 0) {
    add(
      results.topology.numaCapable
        ? '### NUMA penalty per placement class\n\nNo placement-class figures: no two classes had enough valid samples to compare.'
        : '### NUMA penalty per placement class\n\nNo cross-node figures: this runner has fewer than two nodes with usable CPUs.'
    )
  }
  tables.forEach((table, position) => {
    const heading = position === 0 ? '### NUMA penalty per placement class\n\n' : ''
    add(`${heading}${renderPenaltyTable(table)}`, 'penalty', `NUMA penalty table, ${table.implementation}`)
    add(renderThroughputChart(table), 'chart', `throughput chart, ${table.implementation}`)
  })

  if (machine.comparison !== null && machine.comparison.verdict !== 'no-baseline') {
    add(
      `### Changes against the baseline\n\n${renderChanges(machine.comparison)}`,
      'changes',
      'changes against the baseline'
    )
    const inconclusive = renderInconclusive(machine.comparison)
    if (inconclusive !== null) {
      add(collapsed(`Inconclusive metrics and why`, inconclusive), 'inconclusive', 'inconclusive metrics')
    }
  }

  const found = renderFindings(findings(machine.figures, tables))
  if (found !== null) add(`### Findings and recommendations\n\n${found}`, 'findings', 'findings and recommendations')

  add(renderCounters(results), 'counters', 'hardware counters')
  add(renderTopology(results), 'topology', 'topology')
  add(renderEnvironment(results), 'environment', 'environment')
  add(renderPlan(results), 'plan', 'plan')
  add(renderInvalidCells(results), 'invalid', 'invalid cells')
  add(renderCellTable(results), 'cells', 'per-cell medians')
  return parts
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
  const head = verdictLine(machines)
  const several = machines.length > 1
  let parts = machines.flatMap((machine) => machineParts(machine, several))
  const truncated: string[] = []
  let markdown = assemble(head, null, parts)
  while (markdown.length > maxChars) {
    const victim = nextToCut(parts)
    if (victim === null) break
    truncated.push(victim.cut?.title ?? '')
    parts = parts.filter((part) => part !== victim)
    markdown = assemble(head, cutNote(truncated, maxChars, hint), parts)
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
