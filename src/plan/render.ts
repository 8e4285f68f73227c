/** The text `numa-spsc-bench plan` prints: what will be measured, what it costs, and what was left out and why. */
import { formatSeconds } from './budget.js'
import type { Cell, Plan } from './types.js'
import { alignColumns } from '../common/text.js'

export function renderPlanText(plan: Plan): string {
  const samples = plan.cells.length * plan.repetitions
  const lines = [
    `Plan: ${plan.cells.length} cells × ${plan.repetitions} repetitions = ${samples} samples, ` +
      `about ${formatSeconds(plan.estimatedSeconds)} (budget ${formatSeconds(plan.budgetSeconds)}), seed ${plan.seed}`,
    'Each sample is a fresh process; all samples run in one shuffled, interleaved order.',
    plan.costSource === 'pilot'
      ? `Times measured on this machine by a ${(plan.pilotSeconds ?? 0).toFixed(1)} s pilot.`
      : 'Times are an estimate from a fixed cost model; run measures a short pilot on this machine and plans from it.',
    ''
  ]
  for (const [group, cells] of groupCells(plan.cells)) {
    lines.push(`${group} (${cells.length} cells)`)
    const rows = collapsePaddings(cells)
    for (const line of alignColumns(rows)) lines.push(`  ${line}`)
    lines.push('')
  }
  if (plan.dropped.length > 0) {
    lines.push('Dropped:')
    for (const drop of plan.dropped) lines.push(`  ${drop.what}: ${drop.why}`)
    lines.push('')
  }
  if (plan.unavailableClasses.length > 0) {
    lines.push('Not measured:')
    for (const entry of plan.unavailableClasses) lines.push(`  ${entry.name}: ${entry.reason}`)
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

function groupName(cell: Cell): string {
  if (cell.mode === 'same-thread' && cell.pinned) return `${cell.subject} same-thread (one CPU, no pair)`
  return `${cell.subject} ${cell.placementClass}`
}

function groupCells(cells: Cell[]): Map<string, Cell[]> {
  const groups = new Map<string, Cell[]>()
  for (const cell of cells) {
    const name = groupName(cell)
    groups.set(name, [...(groups.get(name) ?? []), cell])
  }
  return groups
}

/** One row per mode, CPUs and memory, listing its paddings, so a 3-padding plan is not three times as long. */
function collapsePaddings(cells: Cell[]): string[][] {
  const rows = new Map<string, { fields: string[]; paddings: number[] }>()
  for (const cell of cells) {
    const cpus = cell.pinned
      ? cell.mode === 'same-thread'
        ? `cpu ${cell.producerCpu}`
        : `${cell.producerCpu}>${cell.consumerCpu}`
      : 'any CPUs'
    const memory =
      cell.memoryNode === null ? `memory ${cell.memoryHome}` : `memory ${cell.memoryHome} (node ${cell.memoryNode})`
    const fields = [cell.mode, cpus, memory, cell.pinned ? 'pinned' : 'unpinned']
    const id = fields.join('|')
    const row = rows.get(id) ?? { fields, paddings: [] }
    row.paddings.push(cell.padding)
    rows.set(id, row)
  }
  return [...rows.values()].map(({ fields, paddings }) => [
    fields[0],
    fields[1],
    fields[2],
    `padding ${paddings.join(',')}`,
    fields[3]
  ])
}
