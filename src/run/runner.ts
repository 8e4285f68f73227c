/**
 * Runs a plan in blocks: every sample a fresh process, one sample of every cell per block in a fresh seeded order,
 * each failure recorded, never fatal. A deadline (the budget) is kept by never starting a block or a sample that
 * cannot finish before it; a run cut short keeps whole blocks only, so every cell has the same blocks.
 */
import { existsSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expectedSeconds, sampleTimeoutMs } from '../plan/cost.js'
import type { Cell, Plan, Variant } from '../plan/types.js'
import type { Topology } from '../topology/types.js'
import { sampleOf } from './check.js'
import { chooseCounterEvents, counterEnvironment, readCpuIdentity } from '../native/counters.js'
import { captureEnvironment } from './environment.js'
import { driverArgs, launch, subjectEnvironment } from './launch.js'
import { blockOrders } from './order.js'
import {
  RESULTS_SCHEMA_VERSION,
  type CellResult,
  type Environment,
  type ResultsFile,
  type Sample,
  type StoppedEarly
} from './types.js'

/** A subject command: argv (no shell) and the directory it runs in (default: ours). */
export interface SubjectCommand {
  argv: string[]
  cwd?: string
}

export interface RunOptions {
  /** Path of the native driver (native/build/spsc-bench). */
  binary: string
  /** argv of the user's subject, run per sample of subject cells; no shell is involved. */
  subjectCommand?: string[]
  /** A/B runs: the command of each variant, for subject cells planned as base or head. */
  variantCommands?: Record<Variant, SubjectCommand>
  topology: Topology
  /** Per-sample timeout; default sampleTimeoutMs(cell). */
  timeoutMs?: number
  /** Seed of the block orders; default plan.seed. */
  seed?: number
  /** Abort (Ctrl-C) stops after killing the sample in flight, which is not recorded; the rest is returned. */
  signal?: AbortSignal
  onProgress?: (done: number, total: number, sample: Sample, cell: Cell) => void
  /** Fields the caller knows better (compiler and flags from the native build). */
  environment?: Partial<Environment>
  /** Root of the sysfs tree for the frequency governor; default "/". */
  root?: string
  /** Epoch milliseconds by which the measuring must be done; default: the start plus plan.budgetSeconds. */
  deadline?: number
  /** After the planned blocks, keep taking blocks while the next one still fits before the deadline (A/B runs). */
  fillBudget?: boolean
  /** The counter events every sample asks for (NUMA_SPSC_BENCH_PERF_EVENTS); default: chosen for this machine's CPU. */
  counterEvents?: Record<string, string>
}

export async function runPlan(plan: Plan, options: RunOptions): Promise<ResultsFile> {
  checkRunnable(plan, options)
  const environment = { ...captureEnvironment(options.topology, options.root), ...options.environment }
  const counterEvents = options.counterEvents ?? counterEnvironment(chooseCounterEvents(readCpuIdentity()))
  const deadline = options.deadline ?? Date.now() + plan.budgetSeconds * 1000
  const cells: CellResult[] = plan.cells.map((cell) => ({ cell, samples: [] }))
  const nextOrder = blockOrders(plan.cells.length, options.seed ?? plan.seed)
  const clock = new SampleClock(plan.cells)
  let position = 0
  let stop: Pick<StoppedEarly, 'reason' | 'detail' | 'samplesDropped'> | null = null
  let interrupted = false
  blocks: for (let block = 0; block < plan.repetitions || options.fillBudget === true; block++) {
    const order = nextOrder()
    const blockSeconds = order.reduce((sum, index) => sum + clock.estimate(index), 0)
    const left = (deadline - Date.now()) / 1000
    if (blockSeconds > left) {
      if (block < plan.repetitions) {
        const detail = `the next block needs about ${seconds(blockSeconds)}, ${seconds(left)} were left`
        stop = { reason: 'deadline', detail, samplesDropped: 0 }
      }
      break
    }
    // A budget-filling run does not know its block count: the progress total is what the time left holds.
    const blocksInSight = options.fillBudget === true ? block + Math.floor(left / Math.max(blockSeconds, 1e-3)) : 0
    const taken: number[] = []
    for (const cellIndex of order) {
      if (options.signal?.aborted) {
        interrupted = true
        break blocks
      }
      const sampleLeft = (deadline - Date.now()) / 1000
      if (clock.estimate(cellIndex) > sampleLeft) {
        // The block ran slower than estimated: its samples so far are dropped so no cell gets an extra one. A block
        // beyond the planned ones (filling the budget) leaves nothing of the plan out.
        for (const index of taken) cells[index].samples.pop()
        if (block < plan.repetitions) {
          stop = {
            reason: 'deadline',
            detail: `block ${block + 1} ran slower than estimated and could not finish before the deadline`,
            samplesDropped: taken.length
          }
        }
        break blocks
      }
      const cell = plan.cells[cellIndex]
      const command = commandFor(cell, options)
      const timeoutMs = options.timeoutMs ?? sampleTimeoutMs(cell)
      const started = Date.now()
      const outcome = await launch(
        command.argv,
        cell.subject === 'subject' ? { ...counterEvents, ...subjectEnvironment(cell) } : counterEvents,
        timeoutMs,
        options.signal,
        command.cwd
      )
      // Killed for our stop, or dead of a SIGINT someone sent it: either way interrupted, not measured.
      if (outcome.aborted || outcome.signal === 'SIGINT') {
        interrupted = true
        break blocks
      }
      clock.observe(cellIndex, (Date.now() - started) / 1000)
      const sample = sampleOf(cell, outcome, {
        block,
        order: position,
        source: `${cell.subject === 'subject' ? 'subject' : 'driver'} output for ${describeCell(cell)} (block ${block + 1})`,
        timeoutMs
      })
      position++
      cells[cellIndex].samples.push(sample)
      taken.push(cellIndex)
      const total = Math.max(plan.repetitions, blocksInSight) * plan.cells.length
      options.onProgress?.(position, total, sample, cell)
    }
  }
  if (interrupted) stop = { reason: 'interrupted', detail: 'stopped by Ctrl-C or a cancelled job', samplesDropped: 0 }
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { name: 'numa-spsc-bench', version: toolVersion() },
    topology: options.topology,
    plan,
    environment: { ...environment, loadAverageEnd: loadavg(), finishedAt: new Date().toISOString() },
    cells,
    interrupted,
    stoppedEarly: stop === null ? null : leftOut(plan, cells, stop)
  }
}

function leftOut(
  plan: Plan,
  cells: CellResult[],
  stop: Pick<StoppedEarly, 'reason' | 'detail' | 'samplesDropped'>
): StoppedEarly {
  const kept = cells.reduce((sum, result) => sum + result.samples.length, 0)
  return {
    ...stop,
    blocksPlanned: plan.repetitions,
    blocksTaken: Math.min(...cells.map((result) => result.samples.length)),
    samplesLeftOut: Math.max(0, plan.repetitions * plan.cells.length - kept - stop.samplesDropped)
  }
}

function checkRunnable(plan: Plan, options: RunOptions): void {
  for (const cell of plan.cells) {
    if (cell.subject !== 'subject') continue
    const argv = cell.variant === null ? options.subjectCommand : options.variantCommands?.[cell.variant].argv
    if (argv === undefined || argv.length === 0) {
      throw new Error(
        cell.variant === null
          ? 'run: the plan has subject cells but no subject command was given (subject-command)'
          : `run: the plan has ${cell.variant} cells but no ${cell.variant} command was given`
      )
    }
  }
  if (plan.cells.some((cell) => cell.subject === 'reference') && !existsSync(options.binary)) {
    throw new Error(`run: the native driver ${options.binary} does not exist; build native/ first`)
  }
}

export function commandFor(cell: Cell, options: RunOptions): SubjectCommand {
  if (cell.subject !== 'subject') return { argv: [options.binary, ...driverArgs(cell)] }
  const command =
    cell.variant === null
      ? { argv: options.subjectCommand ?? [] }
      : (options.variantCommands as Record<Variant, SubjectCommand>)[cell.variant]
  return { argv: [...command.argv, ...driverArgs(cell)], cwd: command.cwd }
}

function describeCell(cell: Cell): string {
  return cell.variant === null ? cell.key : `${cell.key} (${cell.variant})`
}

function seconds(value: number): string {
  return `${Math.max(0, value).toFixed(1)} s`
}

/**
 * How long a sample of each cell will take: its own last duration once one was measured, else the planner's
 * expectation scaled by how far this run's samples so far have been from theirs (a loaded machine, a slow subject).
 */
class SampleClock {
  private readonly last: (number | null)[]
  private observedSum = 0
  private expectedSum = 0

  constructor(private readonly cells: Cell[]) {
    this.last = cells.map(() => null)
  }

  estimate(index: number): number {
    const scale = this.expectedSum > 0 ? this.observedSum / this.expectedSum : 1
    return this.last[index] ?? expectedSeconds(this.cells[index]) * scale
  }

  observe(index: number, seconds: number): void {
    this.last[index] = seconds
    this.observedSum += seconds
    this.expectedSum += expectedSeconds(this.cells[index])
  }
}

/** The version in our package.json, found upwards from this module (src/run/ in a checkout, dist/ when bundled). */
function toolVersion(): string {
  let directory = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(directory, 'package.json')
    if (existsSync(candidate)) {
      try {
        const manifest = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string }
        if (manifest.name === 'numa-spsc-bench' && typeof manifest.version === 'string') return manifest.version
      } catch {
        // Not our manifest (or unreadable): keep looking upwards.
      }
    }
    const parent = dirname(directory)
    if (parent === directory) return 'unknown'
    directory = parent
  }
}
