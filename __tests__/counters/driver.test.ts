/**
 * The perf_event_open path of the real driver, through software events (task-clock, context switches), which the
 * kernel offers even where no hardware PMU exists. Skips, saying so, where the kernel refuses those too.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PERF_EVENTS_VARIABLE } from '../../src/native/counters.js'
import { buildNative, parseNativeLine } from '../../src/native/index.js'

/** PERF_TYPE_SOFTWARE (1): PERF_COUNT_SW_TASK_CLOCK (1) and PERF_COUNT_SW_CONTEXT_SWITCHES (3). */
const SOFTWARE_EVENTS = 'task-clock=1:1,context-switches=1:3'

let binary: string

beforeAll(async () => {
  binary = (await buildNative({ sourceDir: resolve('native'), buildDir: join(tmpdir(), 'numa-spsc-bench-counters') }))
    .binary
}, 120_000)

function drive(events: string | undefined, mode: string) {
  const environment = { ...process.env }
  delete environment[PERF_EVENTS_VARIABLE]
  if (events !== undefined) environment[PERF_EVENTS_VARIABLE] = events
  const run = spawnSync(binary, ['--mode', mode, '--messages', '2000', '--warmup-messages', '100'], {
    encoding: 'utf8',
    env: environment
  })
  expect(run.status).toBe(0)
  return parseNativeLine(run.stdout, 'spsc-bench')
}

describe('spsc-bench counters per thread', () => {
  it.each(['throughput', 'pingpong', 'same-thread'])('%s counts the chosen events on each thread', (mode) => {
    const record = drive(SOFTWARE_EVENTS, mode)
    if (record.perf.unavailableReason !== null) {
      console.warn(`SKIPPED: the kernel refuses software counters here: ${record.perf.unavailableReason}`)
      return
    }
    expect(record.valid).toBe(true)
    expect(Object.keys(record.perf.producer ?? {})).toEqual(['task-clock', 'context-switches'])
    expect(record.perf.producer?.['task-clock']).toBeGreaterThan(0)
    if (mode === 'same-thread') {
      expect(record.perf.consumer).toBeNull()
    } else {
      expect(Object.keys(record.perf.consumer ?? {})).toEqual(['task-clock', 'context-switches'])
      expect(record.perf.consumer?.['task-clock']).toBeGreaterThan(0)
    }
    // No generic hardware event was asked for, so the summed fields stay null rather than 0.
    expect(record.perf.cycles).toBeNull()
    expect(record.perf.llcMisses).toBeNull()
  })

  it('keeps the counted events and names the first one it could not open', () => {
    const record = drive(`${SOFTWARE_EVENTS},no-such-raw=4:0xffffffffff`, 'throughput')
    expect(record.valid).toBe(true)
    expect(record.perf.unavailableReason).toMatch(/^perf_event_open\(no-such-raw\): /)
    if (record.perf.producer !== null) expect(record.perf.producer).not.toHaveProperty('no-such-raw')
  })

  it('refuses a malformed event list with the variable, the value and the expected form, and stays valid', () => {
    const record = drive('task-clock=one', 'throughput')
    expect(record.valid).toBe(true)
    expect(record.perf.unavailableReason).toBe(
      `${PERF_EVENTS_VARIABLE}="task-clock=one": expected name=type:config[:config1] separated by commas`
    )
    expect(record.perf.producer).toBeNull()
    expect(record.perf.consumer).toBeNull()
  })

  it('without the variable counts the generic events, or says why it cannot', () => {
    const record = drive(undefined, 'throughput')
    if (record.perf.unavailableReason === null) {
      expect(Object.keys(record.perf.producer ?? {})).toEqual(['cycles', 'instructions', 'cache-misses'])
      expect(record.perf.cycles).toBe(record.perf.producer!.cycles + record.perf.consumer!.cycles)
    } else {
      expect(record.perf.unavailableReason).toMatch(/^perf_event_open\(cycles\): /)
      expect(record.perf.cycles).toBeNull()
    }
  })
})
