/** Runs a plan: every sample a fresh process, in the seeded interleaved order, each failure recorded, never fatal. */
import { existsSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sampleTimeoutMs } from '../plan/cost.js'
import type { Cell, Plan } from '../plan/types.js'
import type { Topology } from '../topology/types.js'
import { sampleOf } from './check.js'
import { captureEnvironment } from './environment.js'
import { driverArgs, launch, subjectEnvironment } from './launch.js'
import { interleavedOrder } from './order.js'
import { RESULTS_SCHEMA_VERSION, type CellResult, type Environment, type ResultsFile, type Sample } from './types.js'

export interface RunOptions {
  /** Path of the native driver (native/build/spsc-bench). */
  binary: string
  /** argv of the user's subject, run per sample of subject cells; no shell is involved. */
  subjectCommand?: string[]
  topology: Topology
  /** Per-sample timeout; default sampleTimeoutMs(cell). */
  timeoutMs?: number
  /** Seed of the interleaved order; default plan.seed. */
  seed?: number
  /** Abort (Ctrl-C) stops after killing the sample in flight, which is not recorded; the rest is returned. */
  signal?: AbortSignal
  onProgress?: (done: number, total: number, sample: Sample, cell: Cell) => void
  /** Fields the caller knows better (compiler and flags from the native build). */
  environment?: Partial<Environment>
  /** Root of the sysfs tree for the frequency governor; default "/". */
  root?: string
}

export async function runPlan(plan: Plan, options: RunOptions): Promise<ResultsFile> {
  const needsSubject = plan.cells.some((cell) => cell.subject === 'subject')
  if (needsSubject && (options.subjectCommand === undefined || options.subjectCommand.length === 0)) {
    throw new Error('run: the plan has subject cells but no subject command was given (subject-command)')
  }
  if (plan.cells.some((cell) => cell.subject === 'reference') && !existsSync(options.binary)) {
    throw new Error(`run: the native driver ${options.binary} does not exist; build native/ first`)
  }
  const environment = { ...captureEnvironment(options.topology, options.root), ...options.environment }
  const cells: CellResult[] = plan.cells.map((cell) => ({ cell, samples: [] }))
  const order = interleavedOrder(plan.cells.length, plan.repetitions, options.seed ?? plan.seed)
  let interrupted = false
  for (const [position, slot] of order.entries()) {
    if (options.signal?.aborted) {
      interrupted = true
      break
    }
    const cell = plan.cells[slot.cellIndex]
    const subject = cell.subject === 'subject'
    const argv = subject
      ? [...(options.subjectCommand ?? []), ...driverArgs(cell)]
      : [options.binary, ...driverArgs(cell)]
    const timeoutMs = options.timeoutMs ?? sampleTimeoutMs(cell)
    const outcome = await launch(argv, subject ? subjectEnvironment(cell) : {}, timeoutMs, options.signal)
    // Ctrl-C on a terminal reaches the child too (same process group), and it may die of it before our handler
    // aborts: either way the sample was interrupted, not measured.
    if (outcome.aborted || outcome.signal === 'SIGINT') {
      interrupted = true
      break
    }
    const sample = sampleOf(cell, outcome, {
      repetition: slot.repetition,
      order: position,
      source: `${subject ? 'subject' : 'driver'} output for ${cell.key} (repetition ${slot.repetition + 1})`,
      timeoutMs
    })
    cells[slot.cellIndex].samples.push(sample)
    options.onProgress?.(position + 1, order.length, sample, cell)
  }
  for (const result of cells) result.samples.sort((a, b) => a.repetition - b.repetition)
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { name: 'numa-spsc-bench', version: toolVersion() },
    topology: options.topology,
    plan,
    environment: { ...environment, loadAverageEnd: loadavg(), finishedAt: new Date().toISOString() },
    cells,
    interrupted
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
