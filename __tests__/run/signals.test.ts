import { afterEach, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makePlan } from '../../src/plan/index.js'
import { readResultsFile, runPlan, writeResultsFile } from '../../src/run/index.js'
import { liveGroupCount, stopOnSignals, type StopSignal } from '../../src/run/process.js'
import { oneNodeMachine } from '../plan/machines.js'

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'run', 'fake-driver.mjs')
const machine = oneNodeMachine()

/** Live processes whose command line names `path` (a private copy of the fake driver: no other test runs it). */
function processesRunning(path: string): number[] {
  const found: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(path)) found.push(Number(entry))
    } catch {
      // Gone while we looked.
    }
  }
  return found
}

afterEach(() => {
  for (const name of ['SCRIPT', 'STATE']) delete process.env[`NUMA_SPSC_BENCH_FAKE_${name}`]
})

describe.each([
  ['SIGTERM', 143],
  ['SIGINT', 130]
] as [StopSignal, number][])('%s mid-run', (signal, exitCode) => {
  it(`stops starting samples, kills the sample in flight, writes interrupted results, exits ${exitCode}`, async () => {
    const directory = mkdtempSync(join(tmpdir(), 'signals-'))
    const driver = join(directory, 'fake-driver.mjs')
    copyFileSync(FIXTURE, driver)
    // Three honest samples, then one that hangs until it is killed.
    process.env.NUMA_SPSC_BENCH_FAKE_SCRIPT = 'honest,honest,honest,hang'
    process.env.NUMA_SPSC_BENCH_FAKE_STATE = join(directory, 'position')
    const plan = makePlan(machine.topology, machine.classes, {
      budgetSeconds: 3600,
      seed: 5,
      modes: ['throughput'],
      paddings: [0],
      minRepetitions: 5,
      maxRepetitions: 5,
      messages: { throughput: 1000 }
    })
    const stop = stopOnSignals(() => {})
    let sent = false
    try {
      const results = await runPlan(plan, {
        binary: driver,
        topology: machine.topology,
        signal: stop.signal,
        timeoutMs: 60_000,
        onProgress: (done) => {
          if (done === 3 && !sent) {
            sent = true
            // The fourth sample hangs; the signal arrives while it runs. Jest's sandboxed process object does not
            // receive OS signals, so the signal is delivered as Node delivers one: an event on process.
            setTimeout(() => process.emit(signal, signal), 300)
          }
        }
      })
      expect(stop.received()).toBe(signal)
      expect(stop.exitCode()).toBe(exitCode)
      expect(results.interrupted).toBe(true)
      const taken = results.cells.reduce((sum, cell) => sum + cell.samples.length, 0)
      expect(taken).toBeGreaterThanOrEqual(1)
      expect(taken).toBeLessThan(plan.cells.length * plan.repetitions)
      const path = writeResultsFile(join(directory, 'out'), results)
      expect(readResultsFile(path).interrupted).toBe(true)
      expect(liveGroupCount()).toBe(0)
      expect(processesRunning(driver)).toEqual([])
    } finally {
      stop.dispose()
    }
  }, 30_000)
})
