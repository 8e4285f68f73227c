/**
 * Every external program the tool starts (driver, subject, subject build, make, cc) runs here: detached into a process
 * group of its own, so a timeout, Ctrl-C or SIGTERM kills it with everything it started, and the tool never waits on
 * a pipe that a stray grandchild still holds. The groups still alive are killed when the tool exits, however it exits.
 */
import { spawn } from 'node:child_process'

export interface ProcessOptions {
  cwd?: string
  /** The child's whole environment (childEnvironment() in launch.ts); nothing is inherited besides. */
  env: Record<string, string>
  /** Kill the group after this long; none when absent. */
  timeoutMs?: number
  /** Aborting kills the group. */
  signal?: AbortSignal
  /** Standard output kept from the start, in characters; default 1 MiB. */
  stdoutLimit?: number
  /** Receives standard output and error as they arrive (the action streams a build's log into a log group). */
  onOutput?: (chunk: string) => void
}

export interface ProcessResult {
  /** The child's pid, which is also its process group id; null when it never started. */
  pid: number | null
  exitCode: number | null
  /** The signal that ended the process (ours on a timeout or abort, or its own crash). */
  signal: NodeJS.Signals | null
  /** Standard output from the start, up to stdoutLimit. */
  stdout: string
  stdoutTail: string
  stderrTail: string
  timedOut: boolean
  aborted: boolean
  /** The program could not be started (ENOENT, EACCES …). */
  spawnError: string | null
}

/**
 * How the pipeline runs an external program outside the measurement (make, cc, subject build, git): the CLI with
 * child_process (processRunner below), the action in a collapsible log group (src/action/process.ts; not through
 * @actions/exec, which cannot give the child a process group of its own or a timeout).
 */
export interface ProcessRunner {
  run(command: string, args: string[], options: ProcessOptions & { label?: string }): Promise<ProcessResult>
}

const TAIL_CHARACTERS = 4000
const DEFAULT_STDOUT_LIMIT = 1024 * 1024
/** After the process exited, how long its pipes may stay open (a grandchild holding them is killed with the group). */
const PIPE_GRACE_MS = 200

/** Process group ids (the leaders' pids) of children not yet reaped. */
const liveGroups = new Set<number>()
let exitHookInstalled = false

/** SIGKILL to a whole process group; a group that is already gone is not an error. */
export function killGroup(pgid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(-pgid, signal)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

/** Kills every group still running; the signal handlers and the exit hook call it. */
export function killAllGroups(): void {
  for (const pgid of liveGroups) killGroup(pgid)
}

/** How many groups this process has started and not yet reaped (tests check that none is left). */
export function liveGroupCount(): number {
  return liveGroups.size
}

function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  // 'exit' handlers run synchronously on every normal exit and on process.exit(); kill(2) is synchronous too.
  process.on('exit', killAllGroups)
}

const tail = (text: string) => text.slice(-TAIL_CHARACTERS).trim()

/** Runs one program in a process group of its own, capturing its output; never rejects. */
export function runInGroup(command: string, args: string[], options: ProcessOptions): Promise<ProcessResult> {
  installExitHook()
  const stdoutLimit = options.stdoutLimit ?? DEFAULT_STDOUT_LIMIT
  return new Promise((resolve) => {
    if (options.signal?.aborted) {
      resolve(result({ aborted: true }))
      return
    }
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const pgid = child.pid
    let stdout = ''
    let stdoutTail = ''
    let stderr = ''
    let timedOut = false
    let aborted = false
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < stdoutLimit) stdout += chunk.slice(0, stdoutLimit - stdout.length)
      stdoutTail = (stdoutTail + chunk).slice(-TAIL_CHARACTERS)
      options.onOutput?.(chunk)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-TAIL_CHARACTERS)
      options.onOutput?.(chunk)
    })
    function result(fields: Partial<ProcessResult>): ProcessResult {
      return {
        pid: pgid ?? null,
        exitCode: null,
        signal: null,
        stdout: '',
        stdoutTail: '',
        stderrTail: '',
        timedOut: false,
        aborted: false,
        spawnError: null,
        ...fields
      }
    }
    let timer: NodeJS.Timeout | undefined
    let grace: NodeJS.Timeout | undefined
    let settled = false
    let exited: { exitCode: number | null; signal: NodeJS.Signals | null } | null = null
    const settle = (spawnError: string | null) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      clearTimeout(grace)
      options.signal?.removeEventListener('abort', onAbort)
      if (pgid !== undefined) liveGroups.delete(pgid)
      child.stdout.destroy()
      child.stderr.destroy()
      resolve(
        result({
          ...exited,
          stdout,
          stdoutTail: tail(stdoutTail),
          stderrTail: tail(stderr),
          timedOut,
          aborted,
          spawnError
        })
      )
    }
    if (pgid === undefined) {
      // spawn failed synchronously (ENOENT, EACCES): 'error' follows and no process exists.
      child.on('error', (error) => settle(error.message))
      return
    }
    liveGroups.add(pgid)
    if (options.timeoutMs !== undefined) {
      timer = setTimeout(() => {
        timedOut = true
        killGroup(pgid)
      }, options.timeoutMs)
    }
    const onAbort = () => {
      aborted = true
      killGroup(pgid)
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })
    child.on('error', (error) => {
      if (exited === null) settle(error.message)
    })
    child.on('exit', (exitCode, signal) => {
      exited = { exitCode, signal }
      // Whatever the leader left behind in its group goes with it; then the pipes get a moment to drain.
      killGroup(pgid)
      grace = setTimeout(() => settle(null), PIPE_GRACE_MS)
    })
    child.on('close', () => settle(null))
  })
}

/** The CLI's ProcessRunner: child_process, output kept as tails for error messages. */
export const processRunner: ProcessRunner = {
  run: (command, args, options) => runInGroup(command, args, options)
}

/** One line for an error message: how the program ended and the end of what it wrote. */
export function describeFailure(argv: string[], outcome: ProcessResult, timeoutMs?: number): string {
  const ended =
    outcome.spawnError !== null
      ? `it could not be started: ${outcome.spawnError}`
      : outcome.timedOut
        ? `killed after the ${Math.round((timeoutMs ?? 0) / 1000)} s timeout`
        : outcome.aborted
          ? 'stopped by a signal to the tool'
          : outcome.signal !== null
            ? `killed by ${outcome.signal}`
            : `exit status ${outcome.exitCode}`
  const output = outcome.stderrTail || outcome.stdoutTail
  return `"${argv.join(' ')}" failed (${ended})${output === '' ? '' : `:\n${output}`}`
}

/** Exit status of a process ended by a signal, as shells report it: 130 for SIGINT, 143 for SIGTERM. */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const
export type StopSignal = keyof typeof SIGNAL_EXIT_CODES

export interface SignalStop {
  /** Aborted on the first SIGINT or SIGTERM: stop starting samples; the sample in flight is killed. */
  signal: AbortSignal
  /** The signal received, or null. */
  received: () => StopSignal | null
  /** 130 or 143 once a signal was received, else null. */
  exitCode: () => number | null
  /** Removes the handlers (the run is over). */
  dispose: () => void
}

/**
 * SIGINT (Ctrl-C) and SIGTERM (a cancelled job) both stop the run the same way: the groups of our children are
 * killed, the caller writes what was measured (marked interrupted) and exits 130 or 143. A second signal does not
 * wait for that: it kills the groups and exits at once.
 */
export function stopOnSignals(log: (line: string) => void): SignalStop {
  const controller = new AbortController()
  let received: StopSignal | null = null
  const handle = (signal: StopSignal) => {
    killAllGroups()
    if (received !== null) {
      log(`${signal} again: exiting without writing results.`)
      process.exit(SIGNAL_EXIT_CODES[signal])
    }
    received = signal
    log(`${signal}: stopping the sample in flight and writing what was measured.`)
    controller.abort()
  }
  const handlers = (Object.keys(SIGNAL_EXIT_CODES) as StopSignal[]).map((name) => {
    const handler = () => handle(name)
    process.on(name, handler)
    return [name, handler] as const
  })
  return {
    signal: controller.signal,
    received: () => received,
    exitCode: () => (received === null ? null : SIGNAL_EXIT_CODES[received]),
    dispose: () => {
      for (const [name, handler] of handlers) process.off(name, handler)
    }
  }
}
