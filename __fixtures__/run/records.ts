/** A driver line as the runner stores it, built from a planned cell and one measured value, for tests that need results without measuring. */
import type { NativeRecord } from '../../src/native/types.js'
import type { Cell } from '../../src/plan/types.js'

/**
 * `value` is messages per second for throughput and same-thread cells, and the RTT p50 in ns for pingpong cells,
 * whose tail grows from it (p90 ×1.5, p99 ×3, p99.9 ×4, max ×5) so that p50 and p99 figures differ.
 */
const pages = (node: number | null) => (node === null ? null : { pages: 2, nodesBefore: [node], nodesAfter: [node] })

export function recordFor(cell: Cell, value: number): NativeRecord {
  const pingpong = cell.mode === 'pingpong'
  return {
    schema: 'numa-spsc-bench/run@1',
    implementation: cell.subject === 'reference' ? 'reference' : 'subject',
    params: {
      mode: cell.mode,
      producerCpu: cell.producerCpu,
      consumerCpu: cell.consumerCpu,
      slotsNode: cell.memoryNode,
      indexNode: cell.memoryNode,
      padding: cell.padding,
      capacity: cell.capacity,
      payload: cell.payload,
      messages: cell.messages,
      warmupMessages: cell.warmupMessages
    },
    // What the driver would have observed had it run where the cell asked: a record that passes the placement checks.
    observed: {
      producerCpus: cell.producerCpu === null ? [] : [cell.producerCpu],
      consumerCpus: cell.pinned ? [(cell.mode === 'same-thread' ? cell.producerCpu : cell.consumerCpu) ?? 0] : [],
      slots: pages(cell.memoryNode),
      indices: pages(cell.memoryNode),
      producerInvoluntarySwitches: null,
      consumerInvoluntarySwitches: null
    },
    results: {
      messages: cell.messages,
      // The elapsed time the rate implies, so that the record's own numbers agree (the readers check that).
      elapsedNs: pingpong ? 1_000_000 : Math.max(1, Math.round((cell.messages / value) * 1e9)),
      messagesPerSecond: pingpong ? null : value,
      rttNs: pingpong ? { p50: value, p90: value * 1.5, p99: value * 3, p999: value * 4, max: value * 5 } : null
    },
    perf: { cycles: null, instructions: null, llcMisses: null, unavailableReason: 'fixture' },
    valid: true,
    invalidReasons: []
  }
}
