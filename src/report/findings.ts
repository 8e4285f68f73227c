/**
 * Findings and recommendations from this run's figures. Each one cites the figures it rests on and is left out when
 * those figures are absent; none is said without numbers behind it.
 */
import { DEFAULTS } from '../config.js'
import type { SubjectKind } from '../plan/types.js'
import type { FigureKind, FigureSide, NumaFigure } from '../stats/types.js'
import { escapeText } from './escape.js'
import { formatP, metricName, outcome, plural } from './format.js'
import { penaltySentence, type ClassMeasure, type ClassRow, type PenaltyTable } from './penalty.js'

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

/**
 * A finding stands on a figure only when its Holm-adjusted p-value (across every figure of the run) is below this,
 * the gate's default alpha, and its whole 95 % CI lies on one side of no change: the same bar a regression clears.
 */
const FINDING_ALPHA = Number(DEFAULTS.alpha)

/** "88 %" or "99.5 %": a ratio as a share, with a decimal where the difference is small. */
function share(ratio: number): string {
  const percent = ratio * 100
  return `${Math.abs(percent - 100) < 10 ? percent.toFixed(1) : percent.toFixed(0)} %`
}

function shareInterval(ci: [number, number]): string {
  const digits = Math.abs(ci[0] - 1) < 0.1 || Math.abs(ci[1] - 1) < 0.1 ? 1 : 0
  return `[${(ci[0] * 100).toFixed(digits)} %, ${(ci[1] * 100).toFixed(digits)} %]`
}

/** "3.7×" for a ratio and its CI bounds, with the digits that tell them apart. */
function times(ratio: number, ci: [number, number]): [string, string, string] {
  let digits = ratio >= 10 ? 0 : ratio >= 1.95 ? 1 : 2
  while (digits < 3 && ci[0].toFixed(digits) === ci[1].toFixed(digits) && ci[0] !== ci[1]) digits++
  return [ratio, ci[0], ci[1]].map((value) => `${value.toFixed(digits)}×`) as [string, string, string]
}

const survives = (figure: NumaFigure) =>
  figure.adjustedP < FINDING_ALPHA && outcome(figure.direction, figure.ratioCi) !== 'same'

interface Contest {
  /** The option that did better, or null when the figure does not survive the correction. */
  winner: string | null
  loser: string | null
  /** "pinned: 3.7× the unpinned throughput [2.9×, 4.4×]", from the winner's side when there is one. */
  claim: string
  /** Where the figure comes from, and its adjusted p-value when it does not survive. */
  source: string
  /** How far the ratio lies from 1 on a log scale, to find the strongest. */
  size: number
}

/** Reads each figure of a kind as a contest between the two options its sides name. */
function contests(figures: NumaFigure[], kind: FigureKind, optionOf: (side: FigureSide) => string): Contest[] {
  return figures.flatMap((figure) => {
    if (figure.kind !== kind) return []
    const subject = optionOf(figure.sides.subject)
    const reference = optionOf(figure.sides.reference)
    if (subject === reference) return []
    const decided = survives(figure)
    const subjectWins = outcome(figure.direction, figure.ratioCi) === 'better'
    const winner = !decided ? null : subjectWins ? subject : reference
    const loser = winner === null ? null : subjectWins ? reference : subject
    // Stated from the winner's side: its median over the loser's, the interval turned the same way.
    const flip = winner === reference
    const ratio = flip ? 1 / figure.ratio : figure.ratio
    const [value, low, high] = times(ratio, flip ? [1 / figure.ratioCi[1], 1 / figure.ratioCi[0]] : figure.ratioCi)
    const [first, second] = flip ? [reference, subject] : [subject, reference]
    return [
      {
        winner,
        loser,
        claim: `${escapeText(first)}: ${value} the ${escapeText(second)} ${metricName(figure.metric)} [${low}, ${high}]`,
        source: `${escapeText(figure.label)}${decided ? '' : `; Holm-adjusted p ${formatP(figure.adjustedP)}, not decided`}`,
        size: Math.abs(Math.log(ratio))
      }
    ]
  })
}

/** The first MAX_EVIDENCE lines, then how many more there were. */
function evidenceOf(lines: string[]): string[] {
  const shown = lines.slice(0, MAX_EVIDENCE)
  if (lines.length > MAX_EVIDENCE) shown.push(`and ${lines.length - MAX_EVIDENCE} more comparisons`)
  return shown
}

/**
 * The one option that lost no surviving contest and won at least one. Figures all compare against one canonical
 * option, so "undefeated" finds the best even when it never met the others.
 */
function verdictOf(list: Contest[]): { winner: string; wins: Contest[] } | null {
  const decided = list.filter((contest) => contest.winner !== null)
  const losers = new Set(decided.map((contest) => contest.loser))
  const undefeated = [...new Set(decided.flatMap((contest) => contest.winner ?? []))].filter(
    (option) => !losers.has(option)
  )
  if (undefeated.length !== 1) return null
  return { winner: undefeated[0], wins: decided.filter((contest) => contest.winner === undefeated[0]) }
}

const SURVIVAL = `Holm-adjusted p < ${FINDING_ALPHA} across this run's figures and the whole 95 % CI on one side, as the gate asks`

function contestFinding(list: Contest[], topic: string, recommend: (winner: string) => string): Finding | null {
  if (list.length === 0) return null
  const ordered = [...list].sort(
    (left, right) => Number(right.winner !== null) - Number(left.winner !== null) || right.size - left.size
  )
  const evidence = evidenceOf(ordered.map((contest) => `${contest.claim} (${contest.source})`))
  const verdict = verdictOf(list)
  if (verdict !== null) {
    const strongest = verdict.wins.reduce((best, contest) => (contest.size > best.size ? contest : best))
    return {
      headline:
        `${topic}: ${recommend(verdict.winner)}; ${strongest.claim}. ${verdict.wins.length} of ` +
        `${plural(list.length, 'comparison')} support it and none is against (${SURVIVAL}).`,
      evidence
    }
  }
  const decided = list.filter((contest) => contest.winner !== null).length
  return {
    headline:
      decided === 0
        ? `${topic}: no difference survives the correction (${plural(list.length, 'comparison')}; ${SURVIVAL}).`
        : `${topic}: mixed; no option won without also losing (${decided} of ${list.length} comparisons decided), so no single choice is recommended.`,
    evidence
  }
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
  // A class measure counts only when it survives the correction, as every other finding's figure must.
  const decided = (measure: ClassMeasure | undefined) =>
    measure?.ratioCi != null && measure.adjustedP !== null && measure.adjustedP < FINDING_ALPHA ? measure.ratioCi : null
  const worse = rows.some(({ row }) => {
    const throughput = decided(row.measures.throughput)
    const rtt = decided(row.measures['rtt-p50'])
    return (throughput !== null && throughput[1] < 1) || (rtt !== null && rtt[0] > 1)
  })
  const shard = rows.some(({ row }) => {
    const throughput = decided(row.measures.throughput)
    const rtt = decided(row.measures['rtt-p50'])
    return (
      (throughput !== null && throughput[1] <= 1 - SHARD_THROUGHPUT_LOSS) ||
      (rtt !== null && rtt[0] >= SHARD_RTT_FACTOR)
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
          headline:
            'Sharing a socket made no measurable difference here: no cross-package cost survives the correction.',
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

/** Where an implementation figure was measured: its class, or one CPU for same-thread cells. */
function placeOf(figure: NumaFigure): string {
  return figure.mode === 'same-thread' ? 'one CPU' : figure.sides.subject.placementClass
}

/** How each implementation set against the reference is named in a finding's headline and its sentences. */
const IMPLEMENTATION_NAMES: Partial<Record<SubjectKind, { title: string; name: string }>> = {
  batched: { title: 'Batched ring vs reference', name: 'the batched ring' },
  subject: { title: 'Subject vs reference', name: 'the subject' }
}

/** "batched: 1.40× the reference throughput [1.20×, 1.60×] (cross-package)", with its p when it does not survive. */
function implementationClaim(figure: NumaFigure): string {
  const [value, low, high] = times(figure.ratio, figure.ratioCi)
  const decided = survives(figure) ? '' : `; Holm-adjusted p ${formatP(figure.adjustedP)}, not decided`
  return `${figure.implementation}: ${value} the reference ${metricName(figure.metric)} [${low}, ${high}] (${placeOf(figure)}${decided})`
}

function implementationFinding(figures: NumaFigure[], implementation: SubjectKind): Finding | null {
  const names = IMPLEMENTATION_NAMES[implementation]
  const own = figures.filter((figure) => figure.kind === 'implementation' && figure.implementation === implementation)
  if (names === undefined || own.length === 0) return null
  const evidence = evidenceOf(own.map(implementationClaim))
  const throughput = own.filter((figure) => figure.metric === 'messagesPerSecond')
  if (throughput.length === 0)
    return { headline: `${names.title}: round trips only; no throughput figure was computed.`, evidence }
  const lowest = throughput.reduce((low, figure) => (figure.ratio < low.ratio ? figure : low))
  // Among equal ratios the lowest is the first and the highest the last, so the range names two places.
  const highest = throughput.reduce((high, figure) => (figure.ratio >= high.ratio ? figure : high))
  // Shares read well up to about twice the reference ("150 %"); beyond, "4.6× [1.9×, 10.1×]" reads better than "462 %".
  const asFactor = throughput.some((figure) => figure.ratioCi[1] >= 2)
  const amount = (figure: NumaFigure) => {
    if (!asFactor) return `${share(figure.ratio)} ${shareInterval(figure.ratioCi)}`
    const [value, low, high] = times(figure.ratio, figure.ratioCi)
    return `${value} [${low}, ${high}]`
  }
  const of = asFactor ? "the reference's throughput" : "of the reference's throughput"
  const range =
    throughput.length === 1
      ? `${amount(lowest)} ${of} in ${placeOf(lowest)}`
      : `between ${amount(lowest)} ${of} in ${placeOf(lowest)} and ${amount(highest)} in ${placeOf(highest)}`
  const surviving = throughput.filter(survives).length
  return {
    headline:
      `${names.title}: ${names.name} reaches ${range}; ${surviving} of ${plural(throughput.length, 'throughput figure')} ` +
      `${surviving === 1 ? 'survives' : 'survive'} the correction (${SURVIVAL}).`,
    evidence
  }
}

export function findings(figures: NumaFigure[], tables: PenaltyTable[]): Finding[] {
  const padding = contestFinding(
    contests(figures, 'padding', (side) => `${side.padding} B`),
    'Padding',
    (winner) => `use ${winner} between the hot fields`
  )
  const pinning = contestFinding(
    contests(figures, 'pinning', (side) => (side.pinned ? 'pinned' : 'unpinned')),
    'Pinning',
    (winner) =>
      winner === 'pinned'
        ? 'pinning paid; pin both threads'
        : 'pinning did not pay here; the unpinned threads did better'
  )
  const home = contestFinding(
    contests(figures, 'memory-home', (side) => side.memoryHome),
    'Memory home',
    (winner) => HOME_ADVICE[winner] ?? `use ${winner}`
  )
  const implementations = (['batched', 'subject'] as const).map((each) => implementationFinding(figures, each))
  return [padding, pinning, home, ...socketFindings(tables), ...implementations].filter(
    (finding): finding is Finding => finding !== null
  )
}

export function renderFindings(list: Finding[]): string | null {
  if (list.length === 0) return null
  return list
    .map((finding) => [`- **${finding.headline}**`, ...finding.evidence.map((line) => `  - ${line}`)].join('\n'))
    .join('\n')
}
