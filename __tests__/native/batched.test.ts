/** The batched ring in the pipeline: planned beside the reference, launched with --ring batched, its record accepted. */
import { describe, expect, it } from '@jest/globals'
import { makePlan } from '../../src/plan/index.js'
import { placementMismatches } from '../../src/run/check.js'
import { driverArgs } from '../../src/run/launch.js'
import type { NativeRecord } from '../../src/native/types.js'
import { oneNodeMachine } from '../plan/machines.js'

const { topology, classes } = oneNodeMachine()
const plan = (batched: boolean, paddings = [0, 64, 128]) =>
  makePlan(topology, classes, { budgetSeconds: 100_000, seed: 1, paddings, batched })

describe('batched cells', () => {
  it('are planned only when asked for: throughput cells at padding 64, beside the reference, with their own keys', () => {
    expect(plan(false).cells.some((cell) => cell.subject === 'batched')).toBe(false)
    const cells = plan(true).cells
    const batched = cells.filter((cell) => cell.subject === 'batched')
    const reference = cells.filter((cell) => cell.subject === 'reference' && cell.mode === 'throughput' && cell.padding === 64)
    expect(batched.length).toBe(reference.length)
    expect(batched.length).toBeGreaterThan(0)
    for (const cell of batched) {
      expect(cell).toMatchObject({ mode: 'throughput', padding: 64, batch: 32 })
      expect(cell.key).toMatch(/^batched\/throughput\//)
      expect(reference.some((other) => other.key === cell.key.replace(/^batched\//, 'reference/'))).toBe(true)
    }
    expect(new Set(cells.map((cell) => `${cell.key}|${cell.variant}`)).size).toBe(cells.length)
  })

  it('take the smallest padding when 64 is not planned, as the figures do', () => {
    const batched = plan(true, [0, 128]).cells.filter((cell) => cell.subject === 'batched')
    expect(new Set(batched.map((cell) => cell.padding))).toEqual(new Set([0]))
  })

  it('run the driver with --ring batched and their batch, and accept its record', () => {
    const cell = plan(true).cells.find((entry) => entry.subject === 'batched' && entry.pinned)!
    const args = driverArgs(cell)
    expect(args.join(' ')).toContain('--ring batched --batch 32')
    const record = {
      implementation: 'batched',
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
        warmupMessages: cell.warmupMessages,
        ring: 'batched',
        batch: 32,
        extraWork: 0
      },
      observed: {
        producerCpus: [cell.producerCpu],
        consumerCpus: [cell.consumerCpu],
        slots: { pages: 1, nodesBefore: [0], nodesAfter: [0] },
        indices: { pages: 1, nodesBefore: [0], nodesAfter: [0] },
        producerInvoluntarySwitches: 0,
        consumerInvoluntarySwitches: 0
      },
      results: { messages: cell.messages, elapsedNs: 1e6, messagesPerSecond: cell.messages * 1000, rttNs: null }
    } as unknown as NativeRecord
    expect(placementMismatches(cell, record)).toEqual([])
    expect(placementMismatches(cell, { ...record, implementation: 'reference' })).toEqual([
      'implementation is "reference", the driver was asked for the batched ring'
    ])
    expect(placementMismatches(cell, { ...record, params: { ...record.params, batch: 8 } })).toEqual([
      'batch is 8, the cell asked for 32'
    ])
  })
})
