/**
 * Runs plan the batched ring's throughput cells beside the reference's (planFor, as `plan --json` and `run` call it):
 * one per reference throughput cell at padding 64, under a `batched/` key, so the report can state its gain per class.
 * Runs on the committed sysfs tree of the emulated two-socket machine with a CPU-less memory node (node 2).
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { buildConfig, type RawOptions } from '../../src/config.js'
import { detect, planFor } from '../../src/pipeline.js'
import { DEFAULT_COST_MODEL, sampleSeconds } from '../../src/plan/index.js'
import type { Plan } from '../../src/plan/types.js'

const fixture = join(process.cwd(), '__fixtures__', 'qemu-sysfs', 'two-socket-cpuless-node')

function planWith(raw: RawOptions): Plan {
  const config = buildConfig({ 'sysfs-root': fixture, budget: '1h', ...raw })
  // As `plan --json` prints it.
  return JSON.parse(JSON.stringify(planFor(config, detect(config), 1))) as Plan
}

describe('batched cells in a run plan', () => {
  it('plans one batched cell per reference throughput cell at padding 64, under a batched/ key', () => {
    const plan = planWith({ modes: 'throughput,pingpong', paddings: '0,64,128' })
    const batched = plan.cells.filter((cell) => cell.subject === 'batched')
    const reference = plan.cells.filter(
      (cell) => cell.subject === 'reference' && cell.mode === 'throughput' && cell.padding === 64
    )
    expect(batched.length).toBeGreaterThan(0)
    expect(batched.map((cell) => cell.key).sort()).toEqual(
      reference.map((cell) => cell.key.replace(/^reference\//, 'batched/')).sort()
    )
    for (const cell of batched) expect(cell).toMatchObject({ mode: 'throughput', padding: 64, batch: 32 })
    expect(new Set(plan.cells.map((cell) => `${cell.key}|${cell.variant}`)).size).toBe(plan.cells.length)
  })

  it('counts the batched cells in the estimate, and plans none without throughput', () => {
    const plan = planWith({ modes: 'throughput', paddings: '64' })
    const round = plan.cells.reduce((sum, cell) => sum + sampleSeconds(cell, DEFAULT_COST_MODEL), 0)
    expect(plan.estimatedSeconds).toBeCloseTo(plan.repetitions * round, 9)
    expect(plan.cells.filter((cell) => cell.subject === 'batched')).toHaveLength(plan.cells.length / 2)
    expect(planWith({ modes: 'pingpong', paddings: '64' }).cells.some((cell) => cell.subject === 'batched')).toBe(false)
  })
})
