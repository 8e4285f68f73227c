/** The few lines `numa-spsc-bench run` prints when it is done: medians per class, and how many samples failed. */
import type { Cell } from '../plan/types.js'
import type { CellResult, ResultsFile } from './types.js'
import { alignColumns } from '../common/text.js'

interface Row {
  label: string
  throughput: number[]
  sameThread: number[]
  rttP50: number[]
  rttP99: number[]
}

export function summarizeRun(results: ResultsFile): string {
  const samples = results.cells.flatMap((result) => result.samples)
  const invalid = samples.filter((sample) => !sample.valid).length
  const invalidCells = results.cells.filter((result) => result.samples.some((sample) => !sample.valid)).length
  const planned = results.plan.cells.length * results.plan.repetitions
  const lines = [
    `${results.cells.length} cells, ${samples.length} of ${planned} samples taken` +
      `${results.interrupted ? ' (interrupted)' : ''}, ${invalid} invalid in ${invalidCells} cell(s)`
  ]
  const stopped = results.stoppedEarly
  if (stopped !== null) {
    lines.push(
      `stopped early (${stopped.reason}): ${stopped.detail}; ${stopped.blocksTaken} of ${stopped.blocksPlanned} ` +
        `blocks taken, ${stopped.samplesLeftOut} samples never started, ${stopped.samplesDropped} dropped`
    )
  }
  const rows = rowsOf(results.cells)
  if (rows.length > 0) {
    const table = [
      ['', 'throughput', 'same-thread', 'round trip p50 / p99'],
      ...rows.map((row) => [
        row.label,
        rate(row.throughput),
        rate(row.sameThread),
        row.rttP50.length === 0 ? '-' : `${nanoseconds(median(row.rttP50))} / ${nanoseconds(median(row.rttP99))}`
      ])
    ]
    lines.push(...alignColumns(table))
    lines.push('Medians over the valid samples of each class (throughput in messages per second).')
  }
  for (const result of results.cells) {
    const reasons = new Set(result.samples.filter((sample) => !sample.valid).flatMap((sample) => sample.invalidReasons))
    if (reasons.size > 0) lines.push(`invalid: ${result.cell.key}: ${[...reasons].slice(0, 3).join('; ')}`)
  }
  return `${lines.join('\n')}\n`
}

function labelOf(cell: Cell): string {
  const where = cell.mode === 'same-thread' && cell.pinned ? 'one CPU' : cell.placementClass
  return `${cell.subject} ${where}`
}

function rowsOf(cells: CellResult[]): Row[] {
  const rows = new Map<string, Row>()
  for (const { cell, samples } of cells) {
    const label = labelOf(cell)
    const row = rows.get(label) ?? { label, throughput: [], sameThread: [], rttP50: [], rttP99: [] }
    rows.set(label, row)
    for (const sample of samples) {
      const results = sample.valid ? sample.record?.results : undefined
      if (results === undefined) continue
      if (results.messagesPerSecond !== null) {
        ;(cell.mode === 'same-thread' ? row.sameThread : row.throughput).push(results.messagesPerSecond)
      }
      if (results.rttNs !== null) {
        row.rttP50.push(results.rttNs.p50)
        row.rttP99.push(results.rttNs.p99)
      }
    }
  }
  return [...rows.values()]
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function rate(values: number[]): string {
  if (values.length === 0) return '-'
  const value = median(values)
  if (value >= 1e9) return `${(value / 1e9).toFixed(2)} G/s`
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)} M/s`
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)} k/s`
  return `${value.toFixed(0)} /s`
}

function nanoseconds(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} µs` : `${Math.round(value)} ns`
}
