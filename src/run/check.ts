/**
 * Turns one process's outcome into a Sample: a crash, a timeout, unparseable output or the driver's own invalid
 * verdict each become reasons, and so does a record whose placement is not the one the cell asked for (a driver or
 * subject that reports success for a placement it did not achieve is not trusted).
 */
import { inconsistentResults, parseNativeLine } from '../native/index.js'
import type { NativeRecord, PageNodes } from '../native/types.js'
import type { Cell } from '../plan/types.js'
import type { ResultsFile, Sample } from './types.js'
import type { Outcome } from './launch.js'

const EXIT_MEANINGS: Record<number, string> = { 1: 'internal error', 2: 'usage error', 3: 'placement impossible' }

export function sampleOf(
  cell: Cell,
  outcome: Outcome,
  context: { block: number; order: number; source: string; timeoutMs: number }
): Sample {
  const sample = (invalidReasons: string[], record: NativeRecord | null): Sample => ({
    block: context.block,
    order: context.order,
    valid: record !== null && invalidReasons.length === 0,
    invalidReasons,
    record
  })
  const stderr = outcome.stderrTail === '' ? '' : `; stderr: ${outcome.stderrTail}`
  if (outcome.spawnError !== null) return sample([`could not start ${context.source}: ${outcome.spawnError}`], null)
  if (outcome.timedOut) return sample([`timed out after ${context.timeoutMs / 1000} s and was killed${stderr}`], null)
  if (outcome.signal !== null) return sample([`crashed: killed by signal ${outcome.signal}${stderr}`], null)
  if (outcome.exitCode !== 0) {
    const meaning = EXIT_MEANINGS[outcome.exitCode ?? -1]
    return sample([`exited with code ${outcome.exitCode}${meaning ? ` (${meaning})` : ''}${stderr}`], null)
  }
  const line = outcome.stdout
    .split('\n')
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .at(-1)
  if (line === undefined) return sample([`printed no result line${stderr}`], null)
  let record: NativeRecord
  try {
    record = parseNativeLine(line, context.source)
  } catch (error) {
    return sample([`unreadable output: ${(error as Error).message}`], null)
  }
  return sample(reasonsAgainst(cell, record), record)
}

/** Why a record cannot be counted for its cell: its own verdict, its numbers, its placement; empty when it can. */
function reasonsAgainst(cell: Cell, record: NativeRecord): string[] {
  const own = record.valid
    ? []
    : record.invalidReasons.length > 0
      ? [...record.invalidReasons]
      : ['reported valid: false without a reason']
  return [...own, ...inconsistentResults(record), ...placementMismatches(cell, record)]
}

/**
 * Results read from disk are judged again from what they recorded: a stored `valid: true` counts only if the record's
 * own numbers and observations still agree with its cell. An invalid sample stays as it was stored.
 */
export function rederiveValidity(results: ResultsFile): ResultsFile {
  return {
    ...results,
    cells: results.cells.map((cellResult) => ({
      ...cellResult,
      samples: cellResult.samples.map((stored) => {
        if (!stored.valid) return stored
        const reasons =
          stored.record === null
            ? ['stored as valid without a driver record']
            : reasonsAgainst(cellResult.cell, stored.record)
        return reasons.length === 0 ? stored : { ...stored, valid: false, invalidReasons: reasons }
      })
    }))
  }
}

/** Everything in the record that contradicts the cell; a subject may leave padding and indices out (no such knob). */
export function placementMismatches(cell: Cell, record: NativeRecord): string[] {
  const reasons: string[] = []
  const subject = cell.subject === 'subject'
  const { params, observed, results } = record
  const expect = (what: string, found: unknown, asked: unknown) => {
    if (found !== asked) reasons.push(`${what} is ${String(found)}, the cell asked for ${String(asked)}`)
  }
  if (!subject && record.implementation !== cell.subject) {
    reasons.push(`implementation is "${record.implementation}", the driver was asked for the ${cell.subject} ring`)
  }
  if (cell.subject === 'batched') expect('batch', params.batch, cell.batch)
  expect('mode', params.mode, cell.mode)
  expect('messages', params.messages, cell.messages)
  expect('warm-up messages', params.warmupMessages, cell.warmupMessages)
  if (!subject || params.padding !== null) expect('padding', params.padding, cell.padding)
  if (!subject) expect('capacity', params.capacity, cell.capacity)
  if (cell.pinned) {
    expect('producer CPU', params.producerCpu, cell.producerCpu)
    checkThreadCpus(reasons, 'producer', observed.producerCpus, cell.producerCpu)
    if (cell.mode !== 'same-thread') {
      expect('consumer CPU', params.consumerCpu, cell.consumerCpu)
      checkThreadCpus(reasons, 'consumer', observed.consumerCpus, cell.consumerCpu)
    } else if (observed.consumerCpus.some((cpu) => cpu !== cell.producerCpu)) {
      reasons.push(`same-thread run saw CPUs ${observed.consumerCpus.join(',')}, asked for ${cell.producerCpu} only`)
    }
  }
  if (cell.memoryNode !== null) {
    expect('slots node', params.slotsNode, cell.memoryNode)
    checkPages(reasons, 'slot', observed.slots, cell.memoryNode, true)
    if (!subject || params.indexNode !== null) expect('index node', params.indexNode, cell.memoryNode)
    checkPages(reasons, 'index', observed.indices, cell.memoryNode, !subject)
  }
  if (cell.mode === 'pingpong' && results.rttNs === null) reasons.push('pingpong run reported no round-trip latency')
  if (cell.mode !== 'pingpong' && results.messagesPerSecond === null) {
    reasons.push(`${cell.mode} run reported no messages per second`)
  }
  return reasons
}

function checkThreadCpus(reasons: string[], thread: string, seen: number[], asked: number | null): void {
  if (seen.length === 0) reasons.push(`the ${thread} thread's CPU was not observed (sched_getcpu), asked for ${asked}`)
  else if (seen.some((cpu) => cpu !== asked))
    reasons.push(`the ${thread} thread ran on CPUs ${seen.join(',')}, asked for ${asked}`)
}

function checkPages(reasons: string[], what: string, pages: PageNodes | null, node: number, required: boolean): void {
  if (pages === null) {
    if (required) reasons.push(`${what} pages were not verified (move_pages), asked for node ${node}`)
    return
  }
  for (const [when, nodes] of [
    ['before', pages.nodesBefore],
    ['after', pages.nodesAfter]
  ] as const) {
    if (nodes.length === 0 || nodes.some((found) => found !== node)) {
      reasons.push(`${what} pages were on node(s) ${nodes.join(',') || 'none'} ${when} the run, asked for node ${node}`)
    }
  }
}
