/** The report's first line: the verdict, how sure it is and against what, and where the run and commit are. */
import { combineComparisons, type CombinedVerdict } from '../stats/verdict.js'
import type { Comparison } from '../stats/types.js'
import { escapeText } from './escape.js'
import { formatThreshold, plural } from './format.js'
import type { Calibration, MachineReport, RenderOptions } from './types.js'

/** What a machine (or the whole document) says: a comparison's verdict, or why nothing was compared. */
export type MachineVerdict = CombinedVerdict['verdict'] | 'not-compared'

const ICON: Record<MachineVerdict, string> = {
  regression: '❌',
  inconclusive: '⚠️',
  improvement: '✅',
  'no-change': '✅',
  'no-baseline': 'ℹ️',
  'not-compared': 'ℹ️'
}

const compared = (comparison: Comparison | null): comparison is Comparison =>
  comparison !== null && comparison.verdict !== 'no-baseline'

/** The machines' comparisons combined by the stats stage's one rule; not-compared when none had a comparison. */
function combined(machines: MachineReport[]): { verdict: MachineVerdict; counts: CombinedVerdict } {
  const counts = combineComparisons(machines.map((machine) => machine.comparison))
  const verdict = machines.every((machine) => machine.comparison === null) ? 'not-compared' : counts.verdict
  return { verdict, counts }
}

export function machineVerdict(machine: MachineReport): MachineVerdict {
  return combined([machine]).verdict
}

/** "Inconclusive: 32 of 33 metrics undecided", "2 regressions, 1 improvement, 3 inconclusive", "No regression". */
function words(verdict: MachineVerdict, counts: CombinedVerdict): string {
  const extras = [
    ...(counts.improvements > 0 && verdict !== 'inconclusive' ? [plural(counts.improvements, 'improvement')] : []),
    ...(counts.inconclusive > 0 && verdict !== 'inconclusive' ? [`${counts.inconclusive} inconclusive`] : [])
  ]
  const tail = extras.map((extra) => `, ${extra}`).join('')
  switch (verdict) {
    case 'regression':
      return `**${plural(counts.regressions, 'regression')}**${tail}`
    case 'inconclusive':
      return `**Inconclusive**: ${counts.inconclusive} of ${plural(counts.metrics, 'metric')} undecided`
    case 'improvement':
    case 'no-change':
      return `**No regression**${tail}`
    case 'no-baseline':
      return '**No baseline for this hardware yet**'
    case 'not-compared':
      return '**Not compared** with a baseline'
  }
}

/** "same-run A/B over 12 blocks" or "stored baseline merge-base abc123 (3 stored runs)": which comparison, how much data. */
function method(comparison: Comparison): string {
  if (comparison.method === 'same-run-ab') {
    return `same-run A/B of base and head${comparison.blocks === undefined ? '' : ` over ${plural(comparison.blocks, 'block')}`}`
  }
  const source = comparison.baselineSource === null ? '' : ` ${escapeText(comparison.baselineSource, 80)}`
  const runs = comparison.baselineRuns === undefined ? '' : ` (${plural(comparison.baselineRuns, 'stored run')})`
  return `stored baseline${source}${runs}`
}

function calibrated(calibration: Calibration): string {
  const power =
    calibration.injectedRounds === 0
      ? ''
      : `, caught ${calibration.detected} of ${calibration.injectedRounds} planted ${formatThreshold(Math.abs(calibration.injectedChange))} changes`
  return `calibrated on this runner: false alarms in ${calibration.falseAlarms} of ${plural(calibration.rounds, 'A/A round')}${power}`
}

/** What would decide undecided metrics: more data (budget), more stored runs, or a coarser threshold. */
function toDecide(comparison: Comparison): string {
  const data =
    comparison.method === 'same-run-ab'
      ? 'a larger budget (more blocks)'
      : 'a larger budget (more samples) or more stored baseline runs'
  return `to decide them: ${data}, or a threshold above ${formatThreshold(comparison.threshold)}`
}

/** How sure the verdict is: the comparison, alpha and threshold, the calibration, what would decide the rest. */
function basis(machines: MachineReport[], verdict: MachineVerdict): string[] {
  const comparisons = machines.map((machine) => machine.comparison).filter(compared)
  if (comparisons.length === 0) return []
  const methods = [...new Set(comparisons.map(method))]
  const settings = [
    ...new Set(comparisons.map((each) => `α ${each.alpha} after Holm, threshold ${formatThreshold(each.threshold)}`))
  ]
  const parts = [methods.length === 1 ? methods[0] : `${plural(comparisons.length, 'comparison')}`, ...settings]
  const calibrations = machines.flatMap((machine) => machine.calibration ?? [])
  if (machines.length === 1 && calibrations.length === 1) parts.push(calibrated(calibrations[0]))
  if (verdict === 'inconclusive' && comparisons.length === 1) parts.push(toDecide(comparisons[0]))
  return parts
}

function links(options: RenderOptions): string[] {
  const { run, commit } = options.links ?? {}
  const safe = (url: string) =>
    encodeURI(url).replace(/[()]/g, (character) => `%${character.charCodeAt(0).toString(16)}`)
  return [
    ...(run === undefined ? [] : [`[workflow run](${safe(run)})`]),
    ...(commit === undefined ? [] : [`[commit](${safe(commit)})`])
  ]
}

/** What else a reader of one machine's verdict must know: whose fingerprint lacks a baseline, a runner without NUMA. */
function machineFacts(machine: MachineReport, verdict: MachineVerdict): string[] {
  return [
    ...(verdict === 'no-baseline' ? [`fingerprint ${escapeText(machine.results.topology.fingerprint)}`] : []),
    ...(machine.results.topology.numaCapable ? [] : ['runner not NUMA-capable (no cross-node figures)'])
  ]
}

/** One machine's verdict line, as it opens a machine's section in a multi-machine report. */
export function machineVerdictLine(machine: MachineReport): string {
  const { verdict, counts } = combined([machine])
  const parts = [...basis([machine], verdict), ...machineFacts(machine, verdict)]
  return `${ICON[verdict]} ${words(verdict, counts)}${parts.length === 0 ? '' : ` · ${parts.join(' · ')}`}`
}

/**
 * The document's first line: the verdict of every machine's metrics together (the stats stage's combineVerdicts), how
 * sure it is, each machine's own verdict when there are several, and links to the run and the commit.
 */
export function verdictLine(machines: MachineReport[], options: RenderOptions = {}): string {
  if (machines.length === 0) throw new Error('report: no machines to report on; expected at least one results file')
  const { verdict, counts } = combined(machines)
  const parts = [...basis(machines, verdict)]
  if (machines.length > 1) {
    const each = machines.map((machine) => {
      const own = combined([machine])
      return `${escapeText(machine.label, 80)}: ${ICON[own.verdict]} ${words(own.verdict, own.counts).replace(/\*\*/g, '')}`
    })
    parts.push(each.join('; '))
  } else {
    parts.push(...machineFacts(machines[0], verdict))
  }
  parts.push(...links(options))
  return `numa-spsc-bench: ${ICON[verdict]} ${words(verdict, counts)}${parts.length === 0 ? '' : ` · ${parts.join(' · ')}`}`
}
