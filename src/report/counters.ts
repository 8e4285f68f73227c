/**
 * The hardware-counter section: per message and per thread, for each placement class, the median count of every
 * event the driver counted, with what each event counts on this CPU (src/native/counters.ts). Where no sample has
 * counters the section says so and why, so "no numbers" is never mistaken for "zero misses".
 */
import { cpuIdentityFromModelName, describeEvent, PERF_TYPE_HARDWARE } from '../native/counters.js'
import type { ThreadCounts } from '../native/types.js'
import type { ResultsFile } from '../run/types.js'
import { median } from '../stats/index.js'
import { collapsed } from './details.js'
import { escapeText } from './escape.js'

const HEADING = '### Hardware counters per message'
const SIDES = ['producer', 'consumer'] as const
type Side = (typeof SIDES)[number]

interface Group {
  implementation: string
  mode: string
  placementClass: string
  /** Per side and event: count ÷ timed messages, one value per valid sample. */
  perMessage: Map<Side, Map<string, number[]>>
}

/** Why perf_event_open failed (escaped, from the driver), in words a runner's owner can act on (markdown). */
export function explainUnavailable(reason: string | null): string {
  const text = escapeText(reason ?? 'no sample reported counters')
  if (/No such file or directory|ENOENT|not supported|EOPNOTSUPP/i.test(reason ?? '')) {
    return (
      `${text}. The kernel offers no hardware PMU to this process: virtual machines and hosted CI runners usually ` +
      'do not pass the host’s performance counters through. Run on bare metal, or on a VM with a virtual PMU.'
    )
  }
  if (/Permission denied|Operation not permitted|EACCES|EPERM|paranoid/i.test(reason ?? '')) {
    return (
      `${text}. kernel.perf_event_paranoid forbids counting: a value of 2 or less lets a process count its own ` +
      'threads in user mode (`sudo sysctl kernel.perf_event_paranoid=2`); some distributions add a stricter 3.'
    )
  }
  return text
}

function countsOf(side: ThreadCounts | null | undefined): ThreadCounts | null {
  return side === undefined || side === null ? null : side
}

function collect(results: ResultsFile): { groups: Group[]; events: string[]; reason: string | null } {
  const groups = new Map<string, Group>()
  const events: string[] = []
  let reason: string | null = null
  for (const { cell, samples } of results.cells) {
    for (const sample of samples) {
      const record = sample.record
      if (!sample.valid || record === null) continue
      reason ??= record.perf.unavailableReason
      const messages = record.results.messages
      if (messages <= 0) continue
      const key = `${record.implementation}\u0000${cell.mode}\u0000${cell.placementClass}`
      let group = groups.get(key)
      for (const side of SIDES) {
        const counts = countsOf(record.perf[side])
        if (counts === null) continue
        if (group === undefined) {
          group = {
            implementation: record.implementation,
            mode: cell.mode,
            placementClass: cell.placementClass,
            perMessage: new Map()
          }
          groups.set(key, group)
        }
        const bySide = group.perMessage.get(side) ?? new Map<string, number[]>()
        group.perMessage.set(side, bySide)
        for (const [event, count] of Object.entries(counts)) {
          if (!events.includes(event)) events.push(event)
          bySide.set(event, [...(bySide.get(event) ?? []), count / messages])
        }
      }
    }
  }
  return { groups: [...groups.values()], events, reason }
}

function formatPerMessage(value: number | null): string {
  if (value === null) return '–'
  if (value === 0) return '0'
  if (value >= 100) return value.toFixed(0)
  return value.toPrecision(3)
}

/** The section, or a one-paragraph "not available here" with the reason when no valid sample carried counters. */
export function renderCounters(results: ResultsFile): string {
  const { groups, events, reason } = collect(results)
  if (groups.length === 0) {
    return `${HEADING}\n\nNot available here: ${explainUnavailable(reason)}`
  }
  const cpu = cpuIdentityFromModelName(results.topology.cpuModel)
  const header = `| implementation | mode | class | thread | ${events.map((event) => `\`${event}\``).join(' | ')} |`
  const rule = `|${' --- |'.repeat(4)}${' ---: |'.repeat(events.length)}`
  const rows = groups.flatMap((group) =>
    SIDES.filter((side) => group.perMessage.has(side)).map((side) => {
      const bySide = group.perMessage.get(side)!
      const cells = events.map((event) => {
        const values = bySide.get(event)
        return formatPerMessage(values === undefined ? null : median(values))
      })
      const label = [group.implementation, group.mode, group.placementClass, side].map((text) => escapeText(text, 60))
      return `| ${[...label, ...cells].join(' | ')} |`
    })
  )
  const meanings = events.map((event) => {
    const described = describeEvent(event, cpu)
    return described === null
      ? `- \`${escapeText(event)}\`: an event this tool does not choose (set through NUMA_SPSC_BENCH_PERF_EVENTS); look it up in \`perf list\`.`
      : `- \`${event}\`: ${described.meaning}. Source: ${described.source}.`
  })
  const partial = reason === null ? '' : `\n\nSome counters were missing: ${explainUnavailable(reason)}`
  const remote = events.some((event) => (describeEvent(event, cpu)?.type ?? PERF_TYPE_HARDWARE) !== PERF_TYPE_HARDWARE)
  const genericOnly = remote
    ? ''
    : '\n\nOnly generic events were counted, so this table cannot tell a same-socket transfer from a cross-socket ' +
      'one: remote-cache events are chosen only for CPUs whose event lists src/native/counters.ts knows (Intel ' +
      'Skylake-SP to Sapphire Rapids, AMD Zen 3 and Zen 4).'

  return (
    `${HEADING}\n\n` +
    `Median over the valid samples of each class (every pair, memory home and padding in it) of count ÷ timed ` +
    `messages, per thread, user mode only (pingpong: per round trip). A cross-class difference in the remote-cache ` +
    `events is the coherence traffic each message costs; \`cycles\` and \`instructions\` include the spinning of a ` +
    `waiting side.\n\n${header}\n${rule}\n${rows.join('\n')}${partial}${genericOnly}\n\n` +
    collapsed(`What each event counts on ${escapeText(results.topology.cpuModel ?? 'this CPU')}`, meanings.join('\n'))
  )
}
