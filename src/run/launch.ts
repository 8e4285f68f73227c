/**
 * One sample = one fresh process: the native driver or the user's subject command, started without a shell, with the
 * cell's placement as command-line options (and, for subjects, as environment variables; docs/subject-protocol.md).
 */
import type { Cell } from '../plan/types.js'
import { runInGroup, type ProcessResult } from './process.js'

export const SUBJECT_PROTOCOL_VERSION = 1
export const ENV_PREFIX = 'NUMA_SPSC_BENCH_'
/** Enough for one JSON line with percentiles and observed CPU lists, with room for a subject's chatter. */
const STDOUT_LIMIT = 1024 * 1024

/** How one sample's process ended, with its output. */
export type Outcome = ProcessResult

/** The native driver's options for a cell; unpinned cells omit the CPUs, first-touch cells omit the nodes. */
export function driverArgs(cell: Cell): string[] {
  const args = ['--mode', cell.mode]
  if (cell.pinned && cell.producerCpu !== null) args.push('--producer-cpu', String(cell.producerCpu))
  if (cell.pinned && cell.consumerCpu !== null && cell.mode !== 'same-thread') {
    args.push('--consumer-cpu', String(cell.consumerCpu))
  }
  if (cell.memoryNode !== null)
    args.push('--slots-node', String(cell.memoryNode), '--index-node', String(cell.memoryNode))
  if (cell.subject === 'batched')
    args.push('--ring', 'batched', ...(cell.batch === undefined ? [] : ['--batch', String(cell.batch)]))
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
  signal?: AbortSignal,
  /** Directory the process runs in (an A/B variant's tree); default ours. */
  cwd?: string
): Promise<Outcome> {
  const [command, ...args] = argv
  return runInGroup(command, args, {
    cwd,
    env: childEnvironment(environment),
    timeoutMs,
    signal,
    stdoutLimit: STDOUT_LIMIT
  })
}

/**
 * Variables a child sees from ours (docs/subject-protocol.md, "Environment"): what finds programs, locale and temp
 * files, and what C, Rust, Go, Java and Nim toolchains need to build and run a subject. Everything else, the action's
 * INPUT_* (github-token among them), GITHUB_TOKEN and the runner's ACTIONS_* tokens included, stays with us.
 */
const PASSED_NAMES = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TERM',
  'TZ',
  'LANG',
  'LANGUAGE',
  'TMPDIR',
  'CI',
  'CC',
  'CXX',
  'CFLAGS',
  'CXXFLAGS',
  'CPPFLAGS',
  'LDFLAGS',
  'PKG_CONFIG_PATH',
  'CARGO_HOME',
  'RUSTUP_HOME',
  'GOPATH',
  'GOROOT',
  'GOCACHE',
  'JAVA_HOME',
  'NIMBLE_DIR'
])
const PASSED_PREFIXES = ['LC_', ENV_PREFIX]

/** Values registered as secrets (the action's token): a variable holding one is never passed, whatever its name. */
const secretValues = new Set<string>()

export function registerSecret(value: string): void {
  if (value !== '') secretValues.add(value)
}

/** The whole environment of a child: the allow-listed variables of ours, then `extra` (the cell's placement). */
export function childEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  const passed: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || secretValues.has(value)) continue
    if (PASSED_NAMES.has(name) || PASSED_PREFIXES.some((prefix) => name.startsWith(prefix))) passed[name] = value
  }
  return { ...passed, ...extra }
}
