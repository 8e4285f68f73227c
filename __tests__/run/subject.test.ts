import { afterEach, describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makePlan } from '../../src/plan/index.js'
import { driverArgs, runPlan, subjectEnvironment } from '../../src/run/index.js'
import { oneNodeMachine } from '../plan/machines.js'

const FAKE_DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'run', 'fake-driver.mjs')
const machine = oneNodeMachine()
const plan = makePlan(machine.topology, machine.classes, {
  budgetSeconds: 3600,
  seed: 5,
  paddings: [0, 128],
  minRepetitions: 1,
  maxRepetitions: 1,
  messages: { throughput: 1000, pingpong: 100, 'same-thread': 1000 },
  subject: { enabled: true }
})
const subjectCommand = [process.execPath, FAKE_DRIVER]

afterEach(() => {
  delete process.env.NUMA_SPSC_BENCH_FAKE_BEHAVIOUR
})

describe('subject protocol', () => {
  it('tells the subject its placement in the environment and in argv, and reads its line', async () => {
    const results = await runPlan(plan, {
      binary: FAKE_DRIVER,
      subjectCommand,
      topology: machine.topology,
      timeoutMs: 5000
    })
    const subjectCells = results.cells.filter((result) => result.cell.subject === 'subject')
    expect(subjectCells.length).toBeGreaterThan(0)
    for (const { cell, samples } of results.cells) {
      expect(samples).toHaveLength(1)
      expect(samples[0].invalidReasons).toEqual([])
      expect(samples[0].record?.implementation).toBe(cell.subject === 'subject' ? 'fake-subject' : 'reference')
    }
  })

  it('passes the same placement both ways, leaving out what an unpinned cell does not have', () => {
    const pinned = plan.cells.find((cell) => cell.subject === 'subject' && cell.mode === 'pingpong' && cell.pinned)
    const unpinned = plan.cells.find((cell) => cell.subject === 'subject' && !cell.pinned)
    if (pinned === undefined || unpinned === undefined) throw new Error('the plan lacks the cells this test needs')
    expect(subjectEnvironment(pinned)).toEqual({
      NUMA_SPSC_BENCH_PROTOCOL: '1',
      NUMA_SPSC_BENCH_CELL: pinned.key,
      NUMA_SPSC_BENCH_MODE: 'pingpong',
      NUMA_SPSC_BENCH_PRODUCER_CPU: String(pinned.producerCpu),
      NUMA_SPSC_BENCH_CONSUMER_CPU: String(pinned.consumerCpu),
      NUMA_SPSC_BENCH_SLOTS_NODE: '0',
      NUMA_SPSC_BENCH_INDEX_NODE: '0',
      NUMA_SPSC_BENCH_PADDING: '128',
      NUMA_SPSC_BENCH_CAPACITY: '1024',
      NUMA_SPSC_BENCH_PAYLOAD: '8',
      NUMA_SPSC_BENCH_MESSAGES: '100',
      NUMA_SPSC_BENCH_WARMUP_MESSAGES: '20'
    })
    expect(Object.keys(subjectEnvironment(unpinned))).not.toContain('NUMA_SPSC_BENCH_PRODUCER_CPU')
    expect(driverArgs(unpinned)).not.toContain('--producer-cpu')
    expect(driverArgs(unpinned)).not.toContain('--slots-node')
  })

  it('marks a subject that lies about its placement, prints garbage or hangs as invalid with the reason', async () => {
    for (const [behaviour, reason] of [
      ['liar', /the producer thread ran on CPUs \d, asked for \d/],
      ['garbage', /unreadable output: subject output for subject\//],
      ['hang', /timed out after 1 s and was killed/]
    ] as const) {
      process.env.NUMA_SPSC_BENCH_FAKE_BEHAVIOUR = behaviour
      const pinnedOnly = {
        ...plan,
        cells: plan.cells.filter((cell) => cell.subject === 'subject' && cell.pinned).slice(0, 2)
      }
      const results = await runPlan(pinnedOnly, {
        binary: FAKE_DRIVER,
        subjectCommand,
        topology: machine.topology,
        timeoutMs: 1000
      })
      const samples = results.cells.flatMap((result) => result.samples)
      expect(samples).toHaveLength(2)
      for (const sample of samples) {
        expect(sample.valid).toBe(false)
        expect(sample.invalidReasons.join('\n')).toMatch(reason)
      }
    }
  })
})
