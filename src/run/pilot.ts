/**
 * The pilot: before the plan is fixed, short samples of each kind of cell (implementation × mode × pinned or not)
 * are timed on this machine, plus a bare process start of each implementation, so repetitions, the deadline and the
 * per-sample timeouts follow what this machine does now, not what a fast idle one would (issue: a busy 2-vCPU VM ran
 * unpinned cells 10-50 times slower than the fixed cost model assumed).
 */
import { costKind, DEFAULT_COST_MODEL, type CostModel, type KindCost } from '../plan/cost.js'
import type { Cell } from '../plan/types.js'
import { launch, subjectEnvironment } from './launch.js'
import { commandFor, type RunOptions } from './runner.js'

/** A pilot sample moves this fraction of the cell's messages: long enough to time, short enough to be cheap. */
const PILOT_FRACTION = 0.1
/** Messages of the bare start, which measures process start, ring setup and page placement but no traffic. */
const START_MESSAGES = 1
/** Shorter than this, a timed part is within the noise of the start it is measured against. */
const MIN_TIMED_SECONDS = 0.002
/**
 * Launches per measurement, of which the median counts: on a busy machine one launch of the same cell can take five
 * times another (the 2-vCPU VM with one CPU loaded measured 1.1-8.7 s for the same pingpong cell), and a plan sized
 * from one outlier is either cut short by the deadline or needlessly trimmed.
 */
const PILOT_LAUNCHES = 3
/** A pilot launch that takes longer than this is hung; its kind keeps the fixed model's figures. */
const PILOT_TIMEOUT_MS = 20_000

export interface PilotResult {
  model: CostModel
  /** Wall time the pilot took. */
  seconds: number
  /** Kinds whose pilot sample failed, with why; they keep the fixed model's figures. */
  failures: string[]
  /** Expected seconds of one full sample of each measured kind, for the log. */
  sampleSeconds: Record<string, number>
}

/** "pilot 2.1 s: reference/throughput/pinned 0.08 s, reference/throughput/unpinned 1.90 s per sample". */
export function describePilot(pilot: PilotResult): string {
  const kinds = Object.entries(pilot.sampleSeconds).map(([kind, seconds]) => `${kind} ${seconds.toFixed(2)} s`)
  return `pilot ${pilot.seconds.toFixed(1)} s: ${kinds.length === 0 ? 'nothing measured' : `${kinds.join(', ')} per sample`}`
}

type PilotRunOptions = Pick<RunOptions, 'binary' | 'subjectCommand' | 'variantCommands' | 'signal'> & {
  /** The pilot's share of the budget: kinds not reached by then keep the fixed model's figures. */
  maxSeconds?: number
}

/** A copy of the cell moving `messages` timed messages, warm-up scaled alike. */
function shortened(cell: Cell, messages: number): Cell {
  const warmupMessages = Math.round((cell.warmupMessages * messages) / cell.messages)
  return { ...cell, messages, warmupMessages }
}

/** The median wall time of PILOT_LAUNCHES launches of the cell, or the first failure. */
async function medianLaunch(
  cell: Cell,
  options: PilotRunOptions
): Promise<{ seconds: number; failure: string | null }> {
  const seconds: number[] = []
  for (let launch = 0; launch < PILOT_LAUNCHES; launch++) {
    const timed = await timedLaunch(cell, options)
    if (timed.failure !== null) return timed
    seconds.push(timed.seconds)
  }
  seconds.sort((a, b) => a - b)
  return { seconds: seconds[Math.floor(seconds.length / 2)], failure: null }
}

async function timedLaunch(cell: Cell, options: PilotRunOptions): Promise<{ seconds: number; failure: string | null }> {
  const command = commandFor(cell, options as RunOptions)
  const started = process.hrtime.bigint()
  const outcome = await launch(
    command.argv,
    cell.subject === 'subject' ? subjectEnvironment(cell) : {},
    PILOT_TIMEOUT_MS,
    options.signal,
    command.cwd
  )
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const failure =
    outcome.spawnError ??
    (outcome.timedOut
      ? `no result within ${PILOT_TIMEOUT_MS / 1000} s`
      : outcome.exitCode !== 0
        ? `exit status ${outcome.exitCode ?? outcome.signal}${outcome.stderrTail ? `: ${outcome.stderrTail}` : ''}`
        : null)
  return { seconds, failure }
}

/**
 * Times one cell of each kind among `cells` (the first of each, as planned). A kind whose sample fails, or a run
 * that is aborted, keeps the fixed model's figures for it; the pilot itself never throws for a sample.
 */
export async function runPilot(cells: Cell[], options: PilotRunOptions): Promise<PilotResult> {
  const started = process.hrtime.bigint()
  const representatives = new Map<string, Cell>()
  for (const cell of cells) if (!representatives.has(costKind(cell))) representatives.set(costKind(cell), cell)
  const startSeconds = new Map<string, number>()
  const kinds: Record<string, KindCost> = {}
  const failures: string[] = []
  const sampleSeconds: Record<string, number> = {}
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9
  for (const [kind, cell] of representatives) {
    if (options.signal?.aborted) break
    if (options.maxSeconds !== undefined && elapsed() > options.maxSeconds) {
      failures.push(`${kind}: not measured, the pilot had used its ${options.maxSeconds.toFixed(0)} s of the budget`)
      continue
    }
    const implementation = cell.variant === null ? cell.subject : `${cell.subject}/${cell.variant}`
    if (!startSeconds.has(implementation)) {
      const bare = await medianLaunch(shortened(cell, START_MESSAGES), options)
      if (bare.failure !== null) {
        failures.push(`${kind}: the bare start failed (${bare.failure})`)
        continue
      }
      startSeconds.set(implementation, bare.seconds)
    }
    const startup = startSeconds.get(implementation) as number
    const pilot = shortened(cell, Math.max(START_MESSAGES, Math.round(cell.messages * PILOT_FRACTION)))
    const timed = await medianLaunch(pilot, options)
    if (timed.failure !== null) {
      failures.push(`${kind}: ${timed.failure}`)
      continue
    }
    const moving = Math.max(timed.seconds - startup, MIN_TIMED_SECONDS)
    kinds[kind] = { startupSeconds: startup, messagesPerSecond: (pilot.messages + pilot.warmupMessages) / moving }
    sampleSeconds[kind] = startup + (cell.messages + cell.warmupMessages) / kinds[kind].messagesPerSecond
  }
  return {
    model: { ...DEFAULT_COST_MODEL, kinds, source: 'pilot' },
    seconds: elapsed(),
    failures,
    sampleSeconds
  }
}
