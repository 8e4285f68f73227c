/** The report's first line: what the reviewer needs to know, in words, with how sure the statement is. */
import { escapeText } from './escape.js'
import { formatThreshold, plural } from './format.js'
import type { Comparison } from '../stats/types.js'
import type { MachineReport } from './types.js'

/** From most to least urgent; a document's headline is its most urgent machine's. */
const SEVERITY = ['regression', 'inconclusive', 'no-baseline', 'not-compared', 'no-regression'] as const
export type MachineVerdict = (typeof SEVERITY)[number]

const ICON: Record<MachineVerdict, string> = {
  regression: '❌',
  inconclusive: '⚠️',
  'no-baseline': 'ℹ️',
  'not-compared': 'ℹ️',
  'no-regression': '✅'
}

export function machineVerdict(machine: MachineReport): MachineVerdict {
  const comparison = machine.comparison
  if (comparison === null) return 'not-compared'
  if (comparison.verdict === 'no-baseline') return 'no-baseline'
  if (comparison.regressions > 0) return 'regression'
  if (comparison.verdict === 'inconclusive') return 'inconclusive'
  return 'no-regression'
}

/** "α = 0.01, threshold 5 %": the two numbers a regression had to clear. */
function certainty(alpha: number, threshold: number): string {
  return `α = ${alpha}, threshold ${formatThreshold(threshold)}`
}

interface Phrase {
  /** The verdict itself, shown in bold. */
  words: string
  /** What qualifies it: improvements, undecided metrics, the fingerprint. */
  detail: string
}

/** The most frequent reason metrics were inconclusive, escaped and short. */
function commonReason(comparison: Comparison): string {
  const counts = new Map<string, number>()
  for (const cell of comparison.cells) {
    if (cell.verdict === 'inconclusive' && cell.reason !== undefined)
      counts.set(cell.reason, (counts.get(cell.reason) ?? 0) + 1)
  }
  const [reason] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? []
  return reason === undefined ? '' : ` (most often: ${escapeText(reason, 100)})`
}

/** One machine's verdict in words: "2 regressions" with ", 1 improvement, 3 inconclusive". */
function phrase(machine: MachineReport): Phrase {
  const comparison = machine.comparison
  if (comparison === null) return { words: 'not compared', detail: ' with a baseline' }
  if (comparison.verdict === 'no-baseline') {
    return {
      words: 'no baseline for this hardware yet',
      detail: ` (fingerprint ${escapeText(machine.results.topology.fingerprint)})`
    }
  }
  const undecided = comparison.cells.filter((cell) => cell.verdict === 'inconclusive').length
  if (comparison.regressions === 0 && comparison.verdict === 'inconclusive') {
    const decided = comparison.cells.length - undecided
    return {
      words: 'inconclusive',
      detail:
        `: ${undecided} of ${plural(comparison.cells.length, 'metric')} undecided${commonReason(comparison)}` +
        (decided > 0 ? ', no regression among the rest' : '')
    }
  }
  const extras = [
    ...(comparison.improvements > 0 ? [plural(comparison.improvements, 'improvement')] : []),
    ...(undecided > 0 ? [`${undecided} inconclusive`] : [])
  ]
  const words = comparison.regressions > 0 ? plural(comparison.regressions, 'regression') : 'no regression'
  return { words, detail: extras.map((extra) => `, ${extra}`).join('') }
}

/** "2 regressions, 1 improvement" without markup, for the per-machine list of a multi-machine headline. */
function plainPhrase(machine: MachineReport): string {
  const { words, detail } = phrase(machine)
  return `${words}${detail}`
}

function notNumaCapable(machine: MachineReport): string {
  return machine.results.topology.numaCapable
    ? ''
    : ' · **runner not NUMA-capable** (fewer than two nodes with usable CPUs, so no cross-node figures)'
}

/** How sure, and against what: the statistics behind a compared machine's verdict. */
function basis(machine: MachineReport): string {
  const comparison = machine.comparison
  if (comparison === null || comparison.verdict === 'no-baseline') return ''
  const source = comparison.baselineSource === null ? '' : `; baseline: ${escapeText(comparison.baselineSource)}`
  return ` (${plural(comparison.cells.length, 'metric')} compared, ${certainty(comparison.alpha, comparison.threshold)}${source})`
}

/** One machine's verdict line, as it opens a single-machine report or a machine's section. */
export function machineVerdictLine(machine: MachineReport): string {
  const { words, detail } = phrase(machine)
  const capitalised = `${words.charAt(0).toUpperCase()}${words.slice(1)}`
  return `${ICON[machineVerdict(machine)]} **${capitalised}**${detail}${basis(machine)}${notNumaCapable(machine)}`
}

/** The document's first line: one machine's verdict, or the most urgent across machines and each machine's own. */
export function verdictLine(machines: MachineReport[]): string {
  if (machines.length === 0) throw new Error('report: no machines to report on; expected at least one results file')
  if (machines.length === 1) return `numa-spsc-bench: ${machineVerdictLine(machines[0])}`
  const verdicts = machines.map(machineVerdict)
  const worst = SEVERITY.find((verdict) => verdicts.includes(verdict)) ?? 'no-regression'
  const count = (verdict: MachineVerdict) => verdicts.filter((each) => each === verdict).length
  const regressions = machines.reduce((sum, machine) => sum + (machine.comparison?.regressions ?? 0), 0)
  const on = `on ${count(worst)} of ${machines.length} machines`
  const headline: Record<MachineVerdict, string> = {
    regression: `**${plural(regressions, 'regression')}** ${on}`,
    inconclusive: `**Inconclusive** ${on}`,
    'no-baseline': `**No baseline for this hardware yet** ${on}`,
    'not-compared': `**Not compared** with a baseline ${on}`,
    'no-regression': `**No regression** on ${plural(machines.length, 'machine')}`
  }
  const compared = machines.flatMap((machine) =>
    machine.comparison === null || machine.comparison.verdict === 'no-baseline' ? [] : [machine.comparison]
  )
  const settings = new Set(compared.map((comparison) => certainty(comparison.alpha, comparison.threshold)))
  const sure = settings.size === 1 ? ` (${[...settings][0]})` : ''
  const each = machines
    .map(
      (machine) =>
        `${escapeText(machine.label, 80)}: ${plainPhrase(machine)}${machine.results.topology.numaCapable ? '' : ', not NUMA-capable'}`
    )
    .join('; ')
  return `numa-spsc-bench: ${ICON[worst]} ${headline[worst]}${sure} — ${each}`
}
