/**
 * The message-count override (the `messages` input, `--messages` on plan and run): every cell gets it, warm-up follows
 * it, and the budget estimate is made from it, so a smoke test's small budget keeps the whole matrix.
 * Runs on the committed sysfs tree of the emulated two-socket machine with a CPU-less memory node (node 2).
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { buildConfig, type RawOptions } from '../../src/config.js'
import { detect, planFor } from '../../src/pipeline.js'
import { DEFAULT_COST_MODEL, DEFAULT_MESSAGES, sampleSeconds } from '../../src/plan/index.js'
import type { Plan } from '../../src/plan/types.js'

const fixture = join(process.cwd(), '__fixtures__', 'qemu-sysfs', 'two-socket-cpuless-node')
const smoke: RawOptions = {
  'sysfs-root': fixture,
  classes: 'cross-package',
  modes: 'throughput,pingpong',
  paddings: '64'
}

function planWith(raw: RawOptions): Plan {
  const config = buildConfig({ ...smoke, ...raw })
  return planFor(config, detect(config), 1)
}

function memoryNodes(plan: Plan): number[] {
  return [...new Set(plan.cells.map((cell) => cell.memoryNode))].filter((node): node is number => node !== null).sort()
}

describe('message-count override', () => {
  it('gives every cell the count and a fifth of it as warm-up; empty keeps the per-mode defaults', () => {
    const overridden = planWith({ messages: '20000', budget: '1h' })
    expect(overridden.cells.length).toBeGreaterThan(0)
    for (const cell of overridden.cells) expect([cell.messages, cell.warmupMessages]).toEqual([20_000, 4_000])
    const defaults = planWith({ messages: '', budget: '1h' })
    for (const cell of defaults.cells) {
      expect([cell.messages, cell.warmupMessages]).toEqual([
        DEFAULT_MESSAGES[cell.mode],
        DEFAULT_MESSAGES[cell.mode] / 5
      ])
    }
  })

  it('estimates the budget from the overridden count', () => {
    const plan = planWith({ messages: '20000', budget: '1h' })
    const round = plan.cells.reduce((sum, cell) => sum + sampleSeconds(cell, DEFAULT_COST_MODEL), 0)
    expect(plan.estimatedSeconds).toBeCloseTo(plan.repetitions * round, 9)
    expect(planWith({ messages: '', budget: '1h' }).estimatedSeconds).toBeGreaterThan(2 * plan.estimatedSeconds)
  })

  it('lets a small budget keep every memory home, the CPU-less node included, that default counts would trim', () => {
    const trimmed = planWith({ budget: '10s' })
    expect(trimmed.dropped.map((drop) => drop.what)).toContain('memory home "other"')
    expect(memoryNodes(trimmed)).not.toContain(2)

    const smokeTest = planWith({ budget: '10s', messages: '20000' })
    expect(smokeTest.dropped).toEqual([{ what: 'class same-l3', why: 'not among the requested classes' }])
    expect(memoryNodes(smokeTest)).toEqual([0, 1, 2])
    expect(smokeTest.repetitions).toBeGreaterThanOrEqual(7)
    expect(smokeTest.estimatedSeconds).toBeLessThanOrEqual(10)
  })
})
