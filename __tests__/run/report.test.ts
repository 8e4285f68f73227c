import { describe, expect, it } from '@jest/globals'
import { makePlan } from '../../src/plan/index.js'
import { createProgressReporter, summarizeRun } from '../../src/run/index.js'
import type { ResultsFile, Sample } from '../../src/run/types.js'
import { oneNodeMachine } from '../plan/machines.js'
import { recordFor } from '../../__fixtures__/run/records.js'

const machine = oneNodeMachine()
const plan = makePlan(machine.topology, machine.classes, {
  budgetSeconds: 600,
  seed: 3,
  modes: ['throughput', 'pingpong'],
  paddings: [64],
  pinning: 'pinned',
  minRepetitions: 3,
  maxRepetitions: 3
})

describe('summarizeRun', () => {
  it('prints medians per class over valid samples and counts the invalid ones', () => {
    const values = [10e6, 30e6, 20e6]
    const results = {
      plan,
      interrupted: true,
      stoppedEarly: null,
      cells: plan.cells.map((cell) => ({
        cell,
        samples: values.map((value, repetition): Sample => {
          const broken = repetition === 1 && cell.mode === 'pingpong'
          return {
            block: repetition,
            order: repetition,
            valid: !broken,
            invalidReasons: broken ? ['crashed: killed by signal SIGSEGV'] : [],
            record: broken ? null : recordFor(cell, cell.mode === 'pingpong' ? value / 1e4 : value)
          }
        })
      }))
    } as unknown as ResultsFile
    const text = summarizeRun(results)
    expect(text).toContain(
      `${plan.cells.length} cells, ${plan.cells.length * 3} of ${plan.cells.length * 3} samples taken (interrupted), 2 invalid in 2 cell(s)`
    )
    expect(text).toMatch(/reference same-l3\s+20\.0 M\/s\s+-\s+1\.50 µs \/ 4\.50 µs/)
    expect(text).toContain(
      'invalid: reference/pingpong/same-l3/0>1/mem=producer:0/pad=64/pinned: crashed: killed by signal SIGSEGV'
    )
  })
})

describe('createProgressReporter', () => {
  const cell = plan.cells[0]
  const sample: Sample = { block: 0, order: 0, valid: false, invalidReasons: ['x'], record: null }

  it('writes plain lines at most every interval in logs, and a last one at the end', () => {
    const lines: string[] = []
    let clock = 0
    const progress = createProgressReporter({
      isTTY: false,
      log: (line) => lines.push(line),
      intervalMs: 5000,
      now: () => clock
    })
    for (let done = 1; done <= 20; done++) {
      clock += 1000
      progress.update(done, 40, { ...sample, valid: done % 10 !== 0 }, cell)
    }
    progress.stop()
    expect(lines).toEqual([
      'progress: 5/40 samples (12 %), about 35 s left, 0 invalid',
      'progress: 10/40 samples (25 %), about 30 s left, 1 invalid',
      'progress: 15/40 samples (37 %), about 25 s left, 1 invalid',
      'progress: 20/40 samples (50 %), about 20 s left, 2 invalid'
    ])
    // eslint-disable-next-line no-control-regex -- a terminal escape must not reach a log
    expect(lines.join('')).not.toMatch(/[\r\u001b]/)
  })

  it('draws a bar on a terminal stream', () => {
    let drawn = ''
    const stream = {
      write: (chunk: string) => ((drawn += chunk), true),
      isTTY: true,
      columns: 120,
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
      on: () => stream,
      removeListener: () => stream
    }
    const progress = createProgressReporter({
      isTTY: true,
      log: () => undefined,
      stream: stream as unknown as NodeJS.WritableStream
    })
    progress.update(1, 4, sample, cell)
    progress.update(4, 4, sample, cell)
    progress.stop()
    expect(drawn).toContain('4/4')
  })
})
