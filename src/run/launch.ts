/**
 * One sample = one fresh process: the native driver or the user's subject command, started without a shell, with the
 * cell's placement as command-line options (and, for subjects, as environment variables; docs/subject-protocol.md).
 */
import { spawn } from 'node:child_process'
import type { Cell } from '../plan/types.js'

export const SUBJECT_PROTOCOL_VERSION = 1
export const ENV_PREFIX = 'NUMA_SPSC_BENCH_'
/** Enough for one JSON line with percentiles and observed CPU lists, with room for a subject's chatter. */
const STDOUT_LIMIT = 1024 * 1024
const STDERR_TAIL = 2000

export interface Outcome {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderrTail: string
  timedOut: boolean
  /** The run was stopped (Ctrl-C) while this process ran. */
  aborted: boolean
  /** The process could not be started (ENOENT, EACCES …). */
  spawnError: string | null
}

/** The native driver's options for a cell; unpinned cells omit the CPUs, first-touch cells omit the nodes. */
export function driverArgs(cell: Cell): string[] {
  const args = ['--mode', cell.mode]
  if (cell.pinned && cell.producerCpu !== null) args.push('--producer-cpu', String(cell.producerCpu))
  if (cell.pinned && cell.consumerCpu !== null && cell.mode !== 'same-thread') {
    args.push('--consumer-cpu', String(cell.consumerCpu))
  }
  if (cell.memoryNode !== null)
    args.push('--slots-node', String(cell.memoryNode), '--index-node', String(cell.memoryNode))
  args.push(
    '--padding',
    String(cell.padding),
    '--capacity',
    String(cell.capacity),
    '--payload',
    String(cell.payload),
    '--messages',
    String(cell.messages),
    '--warmup-messages',
    String(cell.warmupMessages)
  )
  return args
}

/** The same placement as environment variables; a variable is absent when its option is (unpinned, first touch). */
export function subjectEnvironment(cell: Cell): Record<string, string> {
  const values: Record<string, number | string | null> = {
    PROTOCOL: SUBJECT_PROTOCOL_VERSION,
    CELL: cell.key,
    MODE: cell.mode,
    PRODUCER_CPU: cell.pinned ? cell.producerCpu : null,
    CONSUMER_CPU: cell.pinned && cell.mode !== 'same-thread' ? cell.consumerCpu : null,
    SLOTS_NODE: cell.memoryNode,
    INDEX_NODE: cell.memoryNode,
    PADDING: cell.padding,
    CAPACITY: cell.capacity,
    PAYLOAD: cell.payload,
    MESSAGES: cell.messages,
    WARMUP_MESSAGES: cell.warmupMessages
  }
  return Object.fromEntries(
    Object.entries(values)
      .filter((entry): entry is [string, number | string] => entry[1] !== null)
      .map(([name, value]) => [`${ENV_PREFIX}${name}`, String(value)])
  )
}

export function launch(
  argv: string[],
  environment: Record<string, string>,
  timeoutMs: number,
  signal?: AbortSignal
): Promise<Outcome> {
  return new Promise((resolve) => {
    const [command, ...args] = argv
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...environment }
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let aborted = false
    let spawnError: string | null = null
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < STDOUT_LIMIT) stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL)
    })
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    const onAbort = () => {
      aborted = true
      child.kill('SIGKILL')
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    let settled = false
    const finish = (exitCode: number | null, exitSignal: NodeJS.Signals | null) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      resolve({ exitCode, signal: exitSignal, stdout, stderrTail: stderr.trim(), timedOut, aborted, spawnError })
    }
    child.on('error', (error) => {
      spawnError = error.message
      // A process that never started emits no 'close' on every Node version.
      if (child.pid === undefined) finish(null, null)
    })
    child.on('close', finish)
  })
}
