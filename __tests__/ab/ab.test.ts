import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  abJson,
  buildVariants,
  judgeAb,
  measureAb,
  minimumBlocks,
  planAb,
  VariantBuildError,
  writeAbOutputs,
  type AbOptions
} from '../../src/ab/index.js'
import { abOptionsOf } from '../../src/cli/ab.js'
import { readResultsFile } from '../../src/run/index.js'
import type { ResultsFile } from '../../src/run/types.js'
import { compareResults } from '../../src/stats/index.js'
import { oneNodeMachine } from '../plan/machines.js'

const FAKE_DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'run', 'fake-driver.mjs')
const machine = oneNodeMachine()
const ALPHA = 0.01
const THRESHOLD = 0.05

/** The fake driver as a subject: `speed` times the reference numbers, on a machine whose launches all count in one file. */
function fakeSubject(machineFile: string, speed: number, extra: string[] = []): string[] {
  return [process.execPath, FAKE_DRIVER, '--fake-speed', String(speed), '--fake-machine', machineFile, ...extra]
}

function options(base: string[], head: string[]): AbOptions {
  const variant = (command: string[]) => ({ command, build: null, cwd: process.cwd() })
  return {
    base: variant(base),
    head: variant(head),
    budgetSeconds: 600,
    classes: [],
    paddings: [0],
    modes: ['throughput'],
    seed: 42,
    withReference: false,
    alpha: ALPHA,
    threshold: THRESHOLD,
    messages: 1000
  }
}

/** A whole A/B run with a fixed number of blocks (no budget filling), so the test does not depend on the clock. */
async function runAb(abOptions: AbOptions, blocks?: number): Promise<{ results: ResultsFile; blocks: number }> {
  const planned = planAb(machine.topology, machine.classes, abOptions)
  const plan = { ...planned, repetitions: blocks ?? planned.repetitions }
  const outcome = await measureAb(plan, abOptions, { topology: machine.topology, log: () => {}, fillBudget: false })
  return { results: outcome.results, blocks: plan.repetitions }
}

/**
 * The run as a stored-baseline comparison would see it: the blocks before the phase change stored, those after it
 * measured today (the block the change fell in is left out).
 */
function storedBaselineView(results: ResultsFile, blocks: number): { stored: ResultsFile; today: ResultsFile } {
  const half = Math.floor(blocks / 2)
  const side = (variant: 'base' | 'head', keep: (block: number) => boolean): ResultsFile => {
    const cells = results.cells
      .filter((result) => result.cell.variant === variant)
      .map((result) => ({
        cell: { ...result.cell, variant: null },
        samples: result.samples.filter((sample) => keep(sample.block))
      }))
    return { ...results, plan: { ...results.plan, cells: cells.map((entry) => entry.cell) }, cells }
  }
  return { stored: side('base', (block) => block < half), today: side('head', (block) => block > half) }
}

let machineFile = ''
afterEach(() => {
  machineFile = ''
})
function newMachine(): string {
  machineFile = join(mkdtempSync(join(tmpdir(), 'ab-machine-')), 'launches')
  return machineFile
}

describe('same-run A/B with the fake driver', () => {
  it('A/A across a 2x whole-machine phase change halfway: no change, where a stored baseline would see one', async () => {
    const file = newMachine()
    const abOptions = options([], [])
    const plan = planAb(machine.topology, machine.classes, abOptions)
    // More blocks than planned, so that the stored-baseline view below has enough samples on each side to be sure.
    const blocks = 16
    // Halfway through the launches, in the middle of a block: that block's pairs may straddle the change.
    const subject = fakeSubject(file, 1, [
      '--fake-phase-after',
      String(Math.floor((blocks * plan.cells.length) / 2) + 1),
      '--fake-noise',
      '0.03',
      '--fake-seed',
      '7'
    ])
    const { results } = await runAb(options(subject, subject), blocks)
    const comparison = judgeAb(results, { alpha: ALPHA, threshold: THRESHOLD })
    expect(comparison.method).toBe('same-run-ab')
    expect(comparison.cells.length).toBeGreaterThan(0)
    expect(['no-change', 'inconclusive']).toContain(comparison.verdict)
    expect(comparison.regressions + comparison.improvements).toBe(0)

    const { stored, today } = storedBaselineView(results, blocks)
    const stale = compareResults(stored, today, { alpha: ALPHA, threshold: THRESHOLD, baselineSource: 'first half' })
    // Within one run, the second half is twice as slow as the first: the run-vs-run test calls that a change with
    // full confidence, although nothing in the code changed (it says regression, or inconclusive because it cannot
    // know the run-to-run spread), while the paired test above does not.
    for (const cell of stale.cells) {
      expect(cell.adjustedP).not.toBeNull()
      expect(cell.adjustedP as number).toBeLessThan(ALPHA)
      expect(cell.ratioCi?.[1] as number).toBeLessThan(1 - THRESHOLD)
    }
    expect(['regression', 'inconclusive']).toContain(stale.verdict)
  })

  it('calls an injected 20 % slowdown of head a regression, through a machine phase change', async () => {
    const file = newMachine()
    // The machine halves its speed between two blocks (a change inside a block breaks one pair; see the A/A test).
    const plan = planAb(machine.topology, machine.classes, options([], []))
    const phaseAfter = String(plan.cells.length * Math.floor(plan.repetitions / 2))
    const noise = ['--fake-noise', '0.03', '--fake-seed', '11', '--fake-phase-after', phaseAfter]
    const { results } = await runAb(options(fakeSubject(file, 1, noise), fakeSubject(file, 0.8, noise)))
    const comparison = judgeAb(results, { alpha: ALPHA, threshold: THRESHOLD })
    expect(comparison.verdict).toBe('regression')
    for (const cell of comparison.cells) {
      expect(cell.verdict).toBe('regression')
      expect(cell.ratio as number).toBeCloseTo(0.8, 1)
    }
    const json = abJson(comparison)
    expect(Object.keys(json)).toEqual(['verdict', 'reason', 'alpha', 'threshold', 'blocks', 'cells'])
    expect(json.blocks).toBe(results.cells[0].samples.length)
    expect(Object.keys(json.cells[0])).toEqual([
      'key',
      'metric',
      'direction',
      'baseMedian',
      'headMedian',
      'ratio',
      'ratioCi',
      'pValue',
      'adjustedP',
      'verdict',
      'reason'
    ])
    const out = mkdtempSync(join(tmpdir(), 'ab-out-'))
    const calibration = { falseAlarms: 0, rounds: 10, detected: 9, injectedRounds: 10, injectedChange: -0.1 }
    const paths = writeAbOutputs(out, { results, comparison }, calibration)
    const reread = readResultsFile(paths.results)
    expect(reread.schemaVersion).toBe(2)
    expect(new Set(reread.cells.map((result) => result.cell.variant))).toEqual(new Set(['base', 'head']))
    expect(JSON.parse(readFileSync(paths.comparison, 'utf8'))).toMatchObject({ verdict: 'regression' })
    expect(readFileSync(paths.report, 'utf8')).toContain(
      'calibrated on this runner: false alarms in 0 of 10 A/A rounds'
    )
  })

  it('measures the reference ring as context with --with-reference, outside every pair', async () => {
    const file = newMachine()
    const abOptions = { ...options(fakeSubject(file, 1), fakeSubject(file, 1)), withReference: true }
    // Two blocks: this test is about which cells are measured and compared, not about the verdict.
    const plan = { ...planAb(machine.topology, machine.classes, abOptions), repetitions: 2 }
    const reference = plan.cells.filter((cell) => cell.subject === 'reference')
    expect(reference.length).toBeGreaterThan(0)
    expect(reference.every((cell) => cell.variant === null)).toBe(true)
    const outcome = await measureAb(plan, abOptions, {
      topology: machine.topology,
      log: () => {},
      fillBudget: false,
      binary: FAKE_DRIVER
    })
    const measured = outcome.results.cells.filter((result) => result.cell.subject === 'reference')
    expect(measured.every((result) => result.samples.length === plan.repetitions)).toBe(true)
    const compared = new Set(outcome.comparison.cells.map((cell) => cell.cellKey))
    expect(reference.some((cell) => compared.has(cell.key))).toBe(false)
    expect(compared.size).toBe(plan.cells.filter((cell) => cell.variant === 'head').length)
  })

  it('makes the cells of a variant whose samples are all invalid inconclusive, with the reason', async () => {
    const file = newMachine()
    const { results } = await runAb(options(fakeSubject(file, 1), ['false']))
    const comparison = judgeAb(results, { alpha: ALPHA, threshold: THRESHOLD })
    expect(comparison.verdict).toBe('inconclusive')
    expect(comparison.reason ?? comparison.cells.map((cell) => cell.reason).join()).toMatch(/head/)
  })
})

describe('ab input and builds', () => {
  const flags = {
    baseCommand: 'bench',
    headCommand: 'bench',
    budget: '90s',
    paddings: '0,64,128',
    modes: 'throughput',
    out: 'out',
    failOn: 'regression',
    threshold: '0.05',
    alpha: '0.01',
    sysfsRoot: '/'
  }

  it('accepts identical base and head commands (an A/A run)', () => {
    const { options: parsed } = abOptionsOf(flags)
    expect(parsed.base.command).toEqual(parsed.head.command)
    expect(parsed.budgetSeconds).toBe(90)
  })

  it('rejects a nonsense --fail-on or --budget, naming it, before anything is built', () => {
    expect(() => abOptionsOf({ ...flags, failOn: 'always' })).toThrow(
      'fail-on: "always" is not one of regression, never'
    )
    expect(() => abOptionsOf({ ...flags, budget: 'soon' })).toThrow(/budget: "soon" is not a duration/)
  })

  it('names the variant whose build failed and keeps the end of its stderr', async () => {
    const base = { command: ['bench'], build: ['true'], cwd: process.cwd() }
    const head = {
      command: ['bench'],
      build: ['sh', '-c', 'echo "error: head does not compile" >&2; exit 3'],
      cwd: tmpdir()
    }
    const failure = await buildVariants({ base, head }, { log: () => {} }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(VariantBuildError)
    expect((failure as VariantBuildError).variant).toBe('head')
    expect((failure as Error).message).toMatch(/^the head build in \/\S+: .*exit status 3/s)
    expect((failure as Error).message).toContain('error: head does not compile')
  })

  it('plans enough blocks for the signed-rank test to reach alpha after Holm', () => {
    // Two cell metrics at alpha 0.01: 2 * 2 / 2^n < 0.01 needs n >= 9; two spare blocks on top.
    expect(minimumBlocks(2, 0.01)).toBe(11)
    expect(2 * 2 ** (1 - (minimumBlocks(2, 0.01) - 2))).toBeLessThan(0.01)
    expect(2 * 2 ** (1 - (minimumBlocks(2, 0.01) - 3))).toBeGreaterThanOrEqual(0.01)
  })
})
