/**
 * The one typed configuration both shells build: main.ts from action inputs, cli.ts from argv. Every value arrives as
 * the string a person typed, so validation lives here once and every error names the input, the value and the form.
 */
import { parseArgsStringToArgv } from 'string-argv'
import { C2C_SETTINGS, type C2cSetting } from './c2c/types.js'
import { parseBudget } from './plan/budget.js'
import { MODES, type Mode } from './native/types.js'
import { PLACEMENT_CLASSES, type PlacementClassName } from './topology/types.js'

export const PADDINGS = [0, 64, 128, 256] as const
export const BASELINE_STORES = ['branch', 'directory', 'none'] as const
export const FAIL_ON = ['regression', 'never'] as const
export const SAVE_BASELINE = ['auto', 'true', 'false'] as const
export const COMMENT_MODES = ['always', 'on-regression', 'never'] as const
export const SUBJECTS = ['reference', 'command'] as const
/** What a pull request's run is judged against: auto is merge-base for subject: command on pull requests, else baseline. */
export const COMPARE_TO = ['auto', 'merge-base', 'baseline'] as const

/** native/bench.h MAX_RTT_SAMPLES: the driver refuses a pingpong run of more round trips. */
export const MAX_PINGPONG_MESSAGES = 10_000_000

export type BaselineStoreKind = (typeof BASELINE_STORES)[number]
export type FailOn = (typeof FAIL_ON)[number]
export type SaveBaseline = (typeof SAVE_BASELINE)[number]
export type CommentMode = (typeof COMMENT_MODES)[number]

export interface Config {
  sysfsRoot: string
  requireNuma: boolean
  /** The budget input in seconds, parsed here so that a bad one fails before the machine is read. */
  budgetSeconds: number
  /** Empty: every class the runner has. */
  classes: PlacementClassName[]
  paddings: number[]
  modes: Mode[]
  /** Timed messages per sample (pingpong: round trips) in every mode; null: the planner's default per mode. */
  messages: number | null
  /** null: derived by the caller (run id or clock) and recorded in results.json. */
  seed: number | null
  outDir: string
  baselineStore: BaselineStoreKind
  baselineBranch: string
  baselineDirectory: string
  threshold: number
  alpha: number
  failOn: FailOn
  saveBaseline: SaveBaseline
  comment: CommentMode
  allowForkPrs: boolean
  reportFrom: string | null
  subject: { kind: (typeof SUBJECTS)[number]; build: string[] | null; command: string[] | null }
  /** Limit of each build (native driver, subject-build); outside the measuring budget. */
  buildTimeoutSeconds: number
  /** merge-base: a same-run A/B of the subject at the merge-base and at the head; baseline: the stored baseline. */
  compareTo: (typeof COMPARE_TO)[number]
  /** A calibrate --json file whose false-alarm and detection counts the A/B comment cites; null: none. */
  calibration: string | null
  /** Whether the action also writes the core-to-core latency map (c2c.json, c2c.svg) into out-dir. */
  c2c: C2cSetting
}

/** Raw option values keyed by the action input names (the CLI maps its flags onto the same names). */
export type RawOptions = Partial<Record<string, string | undefined>>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export const DEFAULTS: Readonly<Record<string, string>> = {
  'require-numa': 'false',
  'sysfs-root': '/',
  budget: '5m',
  classes: '',
  paddings: '0,64,128',
  modes: 'throughput,pingpong,same-thread',
  messages: '',
  seed: '',
  'out-dir': 'numa-spsc-bench-results',
  'baseline-store': 'branch',
  'baseline-branch': 'numa-spsc-bench-data',
  'baseline-directory': '.numa-spsc-bench',
  threshold: '0.05',
  alpha: '0.01',
  'fail-on': 'regression',
  'save-baseline': 'auto',
  comment: 'always',
  'allow-fork-prs': 'false',
  'report-from': '',
  'compare-to': 'auto',
  calibration: '',
  subject: 'reference',
  'subject-build': '',
  'subject-command': '',
  'build-timeout': '20m',
  c2c: 'auto'
}

/** An input not given takes its default; one given empty stays empty, so `--paddings ""` is an error, not the default. */
function valueOf(raw: RawOptions, name: string): string {
  const given = raw[name]
  return (given === undefined ? DEFAULTS[name] : given).trim()
}

/** The largest seed the seeded order and bootstrap take exactly (a double's 53-bit integer range). */
export const MAX_SEED = Number.MAX_SAFE_INTEGER

function seedOf(raw: RawOptions): number | null {
  const text = valueOf(raw, 'seed')
  if (text === '') return null
  if (!/^\d+$/.test(text)) throw new ConfigError(`seed: "${text}" is not a non-negative integer`)
  if (Number(text) > MAX_SEED) {
    throw new ConfigError(`seed: "${text}" is above ${MAX_SEED} (2^53 - 1), the largest seed that is used exactly`)
  }
  return Number(text)
}

function budgetOf(raw: RawOptions): number {
  try {
    return parseBudget(valueOf(raw, 'budget'))
  } catch (error) {
    throw new ConfigError((error as Error).message, { cause: error })
  }
}

function oneOf<T extends string>(raw: RawOptions, name: string, allowed: readonly T[]): T {
  const value = valueOf(raw, name)
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`${name}: "${value}" is not one of ${allowed.join(', ')}`)
  }
  return value as T
}

function listOf<T extends string>(raw: RawOptions, name: string, allowed: readonly T[]): T[] {
  const items = valueOf(raw, name)
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new ConfigError(`${name}: "${item}" is not one of ${allowed.join(', ')}`)
    }
  }
  return [...new Set(items)] as T[]
}

function booleanOf(raw: RawOptions, name: string): boolean {
  const value = valueOf(raw, name).toLowerCase()
  if (value === 'true') return true
  if (value === 'false') return false
  throw new ConfigError(`${name}: "${value}" is not true or false`)
}

function fractionOf(raw: RawOptions, name: string, max: number): number {
  const text = valueOf(raw, name)
  const value = Number(text)
  if (text === '' || !Number.isFinite(value) || value <= 0 || value >= max) {
    throw new ConfigError(`${name}: "${text}" is not a number between 0 and ${max} (exclusive)`)
  }
  return value
}

function durationOf(raw: RawOptions, name: string): number {
  try {
    return parseBudget(valueOf(raw, name))
  } catch (error) {
    throw new ConfigError(`${name}: ${(error as Error).message.replace(/^budget: /, '')}`, { cause: error })
  }
}

function commandOf(raw: RawOptions, name: string): string[] | null {
  const text = valueOf(raw, name)
  return text === '' ? null : parseArgsStringToArgv(text)
}

export function buildConfig(raw: RawOptions): Config {
  const paddingText = listOf(
    raw,
    'paddings',
    PADDINGS.map((padding) => String(padding))
  )
  const subject = {
    kind: oneOf(raw, 'subject', SUBJECTS),
    build: commandOf(raw, 'subject-build'),
    command: commandOf(raw, 'subject-command')
  }
  if (subject.kind === 'command' && subject.command === null) {
    throw new ConfigError('subject-command: required when subject is "command" (the command run per sample)')
  }
  const compareTo = oneOf(raw, 'compare-to', COMPARE_TO)
  if (compareTo === 'merge-base' && subject.kind !== 'command') {
    throw new ConfigError(
      'compare-to: "merge-base" measures your subject at the merge-base and at the head; it needs subject: command'
    )
  }
  const messagesText = valueOf(raw, 'messages')
  if (messagesText !== '' && !/^[1-9]\d{0,9}$/.test(messagesText)) {
    throw new ConfigError(`messages: "${messagesText}" is not a positive integer (messages per sample, e.g. 20000)`)
  }
  const modes = listOf(raw, 'modes', MODES)
  if (modes.length === 0) throw new ConfigError('modes: at least one of throughput, pingpong, same-thread is needed')
  if (modes.includes('pingpong') && Number(messagesText) > MAX_PINGPONG_MESSAGES) {
    throw new ConfigError(
      `messages: ${messagesText} is more than the ${MAX_PINGPONG_MESSAGES} round trips a pingpong sample records ` +
        '(the driver keeps one latency per round trip); use fewer or leave pingpong out of modes'
    )
  }
  if (paddingText.length === 0) throw new ConfigError(`paddings: at least one of ${PADDINGS.join(', ')} is needed`)
  const reportFrom = valueOf(raw, 'report-from')
  return {
    sysfsRoot: valueOf(raw, 'sysfs-root'),
    requireNuma: booleanOf(raw, 'require-numa'),
    budgetSeconds: budgetOf(raw),
    classes: listOf(raw, 'classes', PLACEMENT_CLASSES),
    paddings: paddingText.map(Number),
    modes,
    messages: messagesText === '' ? null : Number(messagesText),
    seed: seedOf(raw),
    outDir: valueOf(raw, 'out-dir'),
    baselineStore: oneOf(raw, 'baseline-store', BASELINE_STORES),
    baselineBranch: valueOf(raw, 'baseline-branch'),
    baselineDirectory: valueOf(raw, 'baseline-directory'),
    threshold: fractionOf(raw, 'threshold', 1),
    alpha: fractionOf(raw, 'alpha', 0.5),
    failOn: oneOf(raw, 'fail-on', FAIL_ON),
    saveBaseline: oneOf(raw, 'save-baseline', SAVE_BASELINE),
    comment: oneOf(raw, 'comment', COMMENT_MODES),
    allowForkPrs: booleanOf(raw, 'allow-fork-prs'),
    reportFrom: reportFrom === '' ? null : reportFrom,
    buildTimeoutSeconds: durationOf(raw, 'build-timeout'),
    compareTo,
    calibration: valueOf(raw, 'calibration') === '' ? null : valueOf(raw, 'calibration'),
    subject,
    c2c: oneOf(raw, 'c2c', C2C_SETTINGS)
  }
}
