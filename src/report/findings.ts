/**
 * Findings and recommendations from this run's figures. Each one cites the figures it rests on and is left out when
 * those figures are absent; none is said without numbers behind it.
 */
import { MEMORY_HOMES } from '../plan/types.js'
import type { NumaFigure } from '../stats/types.js'
import { PLACEMENT_CLASSES } from '../topology/types.js'
import { escapeText } from './escape.js'
import { formatFactor, metricKind, metricName, outcome, plural } from './format.js'
import { penaltySentence, sidesOf, type ClassRow, type PenaltyTable } from './penalty.js'

/**
 * "One channel per socket" is recommended when even the favourable end of the cross-package CI loses a quarter of
 * the best local throughput or makes a round trip 1.5× as long. Sharding costs a second channel and a bulk hop, so it
 * must buy more than noise; published cross-socket line transfers cost 2.1–2.9× same-socket ones
 * (docs/numa-guide.md §1), so a real cross-socket penalty clears this line with room to spare.
 */
export const SHARD_THROUGHPUT_LOSS = 0.25
export const SHARD_RTT_FACTOR = 1.5

/** Evidence lines shown under one finding; the rest are counted. */
const MAX_EVIDENCE = 6

export interface Finding {
  /** The recommendation, in bold, with the numbers it rests on. */
  headline: string
  evidence: string[]
}

/** "88 %" or "99.5 %": a ratio as a share, with a decimal where the difference is small. */
function share(ratio: number): string {
  const percent = ratio * 100
  return `${Math.abs(percent - 100) < 10 ? percent.toFixed(1) : percent.toFixed(0)} %`
}

function shareInterval(ci: [number, number]): string {
  const digits = Math.abs(ci[0] - 1) < 0.1 || Math.abs(ci[1] - 1) < 0.1 ? 1 : 0
  return `[${(ci[0] * 100).toFixed(digits)}, ${(ci[1] * 100).toFixed(digits)}]`
}

/** "64 B reaches 88 % [85, 91] of 128 B's throughput" or "64 B's RTT p50 is ×1.10 [1.05, 1.16] 128 B's". */
function relation(figure: NumaFigure, subject: string, reference: string): string {
  const kind = metricKind(figure.metric)
  if (kind === 'rtt-p50' || kind === 'rtt-p99') {
    return `${subject}'s ${metricName(figure.metric)} is ${formatFactor(figure.ratio, figure.ratioCi)} ${reference}'s`
  }
  return `${subject} reaches ${share(figure.ratio)} ${shareInterval(figure.ratioCi)} of ${reference}'s ${escapeText(metricName(figure.metric))}`
}

interface Contest {
  /** The option that did better, or null when the CI cannot tell them apart. */
  winner: string | null
  loser: string | null
  /** How much better the winner did, as a fraction (0.12 for 12 %). */
  margin: number
  evidence: string
}

/** Reads each figure of a kind as a contest between two options, named by `optionOf` from its label's sides. */
function contests(figures: NumaFigure[], kind: string, optionOf: (side: string) => string | null): Contest[] {
  return figures.flatMap((figure) => {
    if (figure.kind !== kind || figure.implementation === 'both') return []
    const [subjectSide, referenceSide] = sidesOf(figure.label)
    const subject = optionOf(subjectSide)
    const reference = optionOf(referenceSide)
    if (subject === null || reference === null || subject === reference) return []
    const result = outcome(figure.direction, figure.ratioCi)
    const winner = result === 'better' ? subject : result === 'worse' ? reference : null
    const loser = winner === null ? null : winner === subject ? reference : subject
    const margin = Math.abs(figure.direction === 'higher-is-better' ? figure.ratio - 1 : 1 / figure.ratio - 1)
    const evidence = `${escapeText(figure.label)}: ${relation(figure, subject, reference)}`
    return [{ winner, loser, margin, evidence }]
  })
}

/** The first MAX_EVIDENCE lines, then how many more there were. */
function evidenceOf(lines: string[]): string[] {
  const shown = lines.slice(0, MAX_EVIDENCE)
  if (lines.length > MAX_EVIDENCE) shown.push(`and ${lines.length - MAX_EVIDENCE} more comparisons`)
  return shown
}

/**
 * The one option that lost no decided contest and won at least one, with whom it beat and its largest margin. Figures
 * all compare against one canonical option, so "undefeated" finds the best even when it never met the others.
 */
function verdictOf(list: Contest[]): { winner: string; loser: string; largest: number; decided: number } | null {
  const decided = list.filter((contest) => contest.winner !== null)
  const losers = new Set(decided.map((contest) => contest.loser))
  const undefeated = [...new Set(decided.flatMap((contest) => contest.winner ?? []))].filter(
    (option) => !losers.has(option)
  )
  if (undefeated.length !== 1) return null
  const wins = decided.filter((contest) => contest.winner === undefeated[0])
  return {
    winner: undefeated[0],
    loser: [...new Set(wins.map((contest) => contest.loser))].join(' and '),
    largest: Math.max(...wins.map((contest) => contest.margin)),
    decided: wins.length
  }
}

function percent(fraction: number): string {
  const value = fraction * 100
  return `${value.toFixed(value < 9.95 ? 1 : 0)} %`
}

function contestFinding(list: Contest[], topic: string, recommend: (winner: string) => string): Finding | null {
  if (list.length === 0) return null
  const evidence = evidenceOf(list.map((contest) => contest.evidence))
  const verdict = verdictOf(list)
  if (verdict !== null) {
    return {
      headline: `${topic}: ${recommend(verdict.winner)}. It beat ${verdict.loser} in ${verdict.decided} of ${plural(list.length, 'comparison')}, by up to ${percent(verdict.largest)}, and lost none.`,
      evidence
    }
  }
  const decided = list.filter((contest) => contest.winner !== null).length
  return {
    headline:
      decided === 0
        ? `${topic}: no measurable difference; every 95 % CI includes no change (${plural(list.length, 'comparison')}).`
        : `${topic}: mixed; no option won without also losing (${decided} of ${list.length} comparisons decided), so no single choice is recommended.`,
    evidence
  }
}

function paddingOf(side: string): string | null {
  // Class names carry digits of their own ("same-l3"), so they go before the byte count is looked for.
  const withoutClasses = PLACEMENT_CLASSES.reduce((text, name) => text.split(name).join(' '), side)
  const match = /(\d+)/.exec(withoutClasses)
  return match === null ? null : `${match[1]} B`
}

function pinningOf(side: string): string | null {
  if (/unpinned/i.test(side)) return 'unpinned'
  return /pinned/i.test(side) ? 'pinned' : null
}

function homeOf(side: string): string | null {
  return MEMORY_HOMES.find((home) => side.includes(home)) ?? null
}

const HOME_ADVICE: Record<string, string> = {
  producer: "put the ring's memory on the producer's node",
  consumer: "put the ring's memory on the consumer's node",
  other: "put the ring's memory on a third node",
  'first-touch': 'leave the ring to first-touch placement'
}

interface CrossPackage {
  table: PenaltyTable
  row: ClassRow
  sentence: string
}

function crossPackageRows(tables: PenaltyTable[]): CrossPackage[] {
  return tables.flatMap((table) => {
    const row = table.rows.find((each) => !each.best && each.name === 'cross-package')
    const sentence = row === undefined ? null : penaltySentence(row)
    return row === undefined || sentence === null ? [] : [{ table, row, sentence }]
  })
}

function socketFindings(tables: PenaltyTable[]): Finding[] {
  const rows = crossPackageRows(tables)
  if (rows.length === 0) return []
  const evidence = rows.map(({ table, sentence }) => `${table.implementation} ${sentence}, against ${table.bestLocal}`)
  const worse = rows.some(({ row }) => {
    const throughput = row.measures.throughput?.ratioCi
    const rtt = row.measures['rtt-p50']?.ratioCi
    return (throughput != null && throughput[1] < 1) || (rtt != null && rtt[0] > 1)
  })
  const shard = rows.some(({ row }) => {
    const throughput = row.measures.throughput?.ratioCi
    const rtt = row.measures['rtt-p50']?.ratioCi
    return (
      (throughput != null && throughput[1] <= 1 - SHARD_THROUGHPUT_LOSS) || (rtt != null && rtt[0] >= SHARD_RTT_FACTOR)
    )
  })
  const line = `${SHARD_THROUGHPUT_LOSS * 100} % less throughput or RTT ×${SHARD_RTT_FACTOR}, with the whole 95 % CI beyond it`
  return [
    worse
      ? {
          headline: 'Share a socket: keep producer and consumer on one package; crossing packages costs measurably.',
          evidence
        }
      : {
          headline: 'Sharing a socket made no measurable difference here: every cross-package CI includes no change.',
          evidence
        },
    shard
      ? {
          headline:
            `One channel per socket: the cross-package cost is beyond this report's line for sharding (${line}). Run one ` +
            'producer/consumer pair and one channel per socket, each ring on its own node, and cross sockets once, in bulk.',
          evidence
        }
      : {
          headline: `One channel across sockets is acceptable here: the cross-package cost stays within this report's line for sharding (${line}).`,
          evidence
        }
  ]
}

/** Where a subject figure was measured: the parenthesised place in "subject vs reference (cross-package)". */
function placeOf(label: string): string {
  const match = /\(([^()]*)\)\s*$/.exec(label)
  return escapeText(match === null ? label : match[1])
}

function subjectFinding(figures: NumaFigure[]): Finding | null {
  const subject = figures.filter((figure) => figure.kind === 'subject')
  if (subject.length === 0) return null
  const evidence = evidenceOf(
    subject.map((figure) => `${escapeText(figure.label)}: ${relation(figure, 'the subject', 'the reference')}`)
  )
  const throughput = subject.filter((figure) => metricKind(figure.metric) === 'throughput')
  if (throughput.length === 0)
    return { headline: 'Subject vs reference: round trips only; no throughput figure was computed.', evidence }
  const lowest = throughput.reduce((low, figure) => (figure.ratio < low.ratio ? figure : low))
  const highest = throughput.reduce((high, figure) => (figure.ratio > high.ratio ? figure : high))
  const range =
    throughput.length === 1
      ? `${share(lowest.ratio)} ${shareInterval(lowest.ratioCi)} of the reference's throughput in ${placeOf(lowest.label)}`
      : `between ${share(lowest.ratio)} ${shareInterval(lowest.ratioCi)} of the reference's throughput in ${placeOf(lowest.label)} ` +
        `and ${share(highest.ratio)} ${shareInterval(highest.ratioCi)} in ${placeOf(highest.label)}`
  return { headline: `Subject vs reference: the subject reaches ${range}.`, evidence }
}

export function findings(figures: NumaFigure[], tables: PenaltyTable[]): Finding[] {
  const padding = contestFinding(
    contests(figures, 'padding', paddingOf),
    'Padding',
    (winner) => `use ${winner} between the hot fields`
  )
  const pinning = contestFinding(contests(figures, 'pinning', pinningOf), 'Pinning', (winner) =>
    winner === 'pinned' ? 'pinning paid; pin both threads' : 'pinning did not pay here; the unpinned threads did better'
  )
  const home = contestFinding(
    contests(figures, 'memory-home', homeOf),
    'Memory home',
    (winner) => HOME_ADVICE[winner] ?? `use ${winner}`
  )
  return [padding, pinning, home, ...socketFindings(tables), subjectFinding(figures)].filter(
    (finding): finding is Finding => finding !== null
  )
}

export function renderFindings(list: Finding[]): string | null {
  if (list.length === 0) return null
  return list
    .map((finding) => [`- **${finding.headline}**`, ...finding.evidence.map((line) => `  - ${line}`)].join('\n'))
    .join('\n')
}
