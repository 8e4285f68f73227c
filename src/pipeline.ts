/**
 * The pipeline both shells run: topology → plan → native run → stats → baseline → report. main.ts (the action) and
 * cli.ts only turn their inputs into a Config and an event, and their outputs into logs, files and exit codes.
 */
import { execFile } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Config } from './config.js'
import { buildNative, findNativeSourceDir } from './native/index.js'
import { makePlan, parseBudget } from './plan/index.js'
import type { Plan } from './plan/types.js'
import { runPlan, writeResultsFile, type RunOptions } from './run/index.js'
import type { ResultsFile, Sample } from './run/types.js'
import { placementClasses, readTopology } from './topology/index.js'
import type { PlacementClass, Topology } from './topology/types.js'

const execFileAsync = promisify(execFile)

export class NotNumaCapableError extends Error {
  override name = 'NotNumaCapableError'
}

export interface Detected {
  topology: Topology
  classes: PlacementClass[]
}

/** Reads the machine and derives its placement classes. */
export function detect(config: Config): Detected {
  const topology = readTopology(config.sysfsRoot)
  return { topology, classes: placementClasses(topology) }
}

/** With require-numa, a runner without two usable nodes is an error that says why. */
export function requireNumaCapable(config: Config, detected: Detected): void {
  const { topology } = detected
  if (!config.requireNuma || topology.numaCapable) return
  const usable = topology.nodes.filter((node) => node.cpus.some((cpu) => topology.allowedCpus.includes(cpu)))
  throw new NotNumaCapableError(
    `require-numa: this runner is not NUMA-capable: ${topology.nodes.length} NUMA node(s), ` +
      `${usable.length} with CPUs this job may use; at least two are needed to measure cross-node placement`
  )
}

/** The seed of the interleaved order when none is given: the CI run id where there is one, else the clock. */
export function defaultSeed(runId?: string): number {
  const id = Number(runId)
  return Number.isSafeInteger(id) && id > 0 ? id % 1_000_000_007 : Date.now() % 1_000_000_007
}

export function planFor(config: Config, detected: Detected, seed: number): Plan {
  return makePlan(detected.topology, detected.classes, {
    budgetSeconds: parseBudget(config.budget),
    classes: config.classes.length > 0 ? config.classes : undefined,
    paddings: config.paddings,
    modes: config.modes,
    seed,
    subject: { enabled: config.subject.kind === 'command' }
  })
}

export interface MeasureContext {
  /** Where native/ is built: outside the sources (the runner's temp dir in the action). */
  buildDir?: string
  /** Directory the subject's build command runs in (the user's repository). */
  workspace: string
  signal?: AbortSignal
  onProgress?: RunOptions['onProgress']
  log: (line: string) => void
}

export interface Measured {
  plan: Plan
  results: ResultsFile
  resultsPath: string
}

export async function measure(config: Config, detected: Detected, plan: Plan, context: MeasureContext): Promise<Measured> {
  const sourceDir = findNativeSourceDir(import.meta.url)
  const buildDir = context.buildDir ?? join(tmpdir(), 'numa-spsc-bench-build')
  const native = await buildNative({ sourceDir, buildDir })
  context.log(`native driver: ${native.binary} (${native.rebuilt ? 'built' : 'up to date'}, ${native.compiler})`)
  if (config.subject.kind === 'command' && config.subject.build !== null) {
    await runSubjectBuild(config.subject.build, context.workspace, context.log)
  }
  const results = await runPlan(plan, {
    binary: native.binary,
    subjectCommand: config.subject.command ?? undefined,
    topology: detected.topology,
    seed: plan.seed,
    signal: context.signal,
    onProgress: context.onProgress,
    environment: { compiler: native.compiler, compilerFlags: native.flags }
  })
  const resultsPath = writeResultsFile(resolve(config.outDir), results)
  return { plan, results, resultsPath }
}

async function runSubjectBuild(argv: string[], cwd: string, log: (line: string) => void): Promise<void> {
  const [command, ...args] = argv
  log(`subject-build: ${argv.join(' ')}`)
  try {
    await execFileAsync(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    const failure = error as { stderr?: string; message: string }
    throw new Error(`subject-build: "${argv.join(' ')}" failed: ${(failure.stderr ?? '').trim() || failure.message}`)
  }
}

export function invalidCellCount(results: ResultsFile): number {
  return results.cells.filter((cell) => cell.samples.some((sample: Sample) => !sample.valid)).length
}
