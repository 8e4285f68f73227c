/**
 * Reads the one JSON line a driver prints. Anything a driver or a user's subject prints goes through here, so a
 * malformed line is an error that names its source, the field and the value, never a silent NaN downstream.
 */
import { Ajv, type AnySchema, type ErrorObject } from 'ajv'
import schema from '../../schema/native-record.schema.json' with { type: 'json' }
import type { NativeRecord } from './types.js'

const validator = new Ajv({ allErrors: false, strict: false }).compile<NativeRecord>(schema as AnySchema)

export class NativeOutputError extends Error {
  override name = 'NativeOutputError'
}

function describe(error: ErrorObject | undefined, record: unknown): string {
  if (error === undefined) return 'does not match schema/native-record.schema.json'
  const path = error.instancePath === '' ? '(top level)' : error.instancePath
  const found = error.instancePath
    .split('/')
    .slice(1)
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], record)
  const shown = error.instancePath === '' ? '' : ` (found ${JSON.stringify(found)?.slice(0, 80)})`
  return `${path} ${error.message ?? 'is invalid'}${shown}`
}

/** JSON.parse turns 1e999 into Infinity, which the schema's "number" lets through; the path of the first one. */
function nonFinitePath(value: unknown, path: string): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path || '(top level)'
  if (typeof value !== 'object' || value === null) return null
  for (const [key, item] of Object.entries(value)) {
    const found = nonFinitePath(item, `${path}/${key}`)
    if (found !== null) return found
  }
  return null
}

export function parseNativeLine(line: string, source = 'driver'): NativeRecord {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    throw new NativeOutputError(`${source}: output is not a JSON line: ${JSON.stringify(line.slice(0, 120))}`)
  }
  const overflow = nonFinitePath(value, '')
  if (overflow !== null) throw new NativeOutputError(`${source}: ${overflow} is not a finite number`)
  if (!validator(value)) throw new NativeOutputError(`${source}: ${describe(validator.errors?.[0], value)}`)
  const record = value as NativeRecord
  if (record.valid && record.invalidReasons.length > 0) {
    throw new NativeOutputError(
      `${source}: /valid is true but invalidReasons lists ${record.invalidReasons.length} reason(s)`
    )
  }
  return record
}

/** A rate may differ from messages / elapsed time by rounding only; a subject's claim beyond that is not taken. */
const RATE_TOLERANCE = 0.01

/** The record's results against each other: the rate it claims against its own count and time, the percentile order. */
export function inconsistentResults(record: NativeRecord): string[] {
  const reasons: string[] = []
  const { messages, elapsedNs, messagesPerSecond, rttNs } = record.results
  if (messagesPerSecond !== null) {
    const derived = elapsedNs > 0 ? messages / (elapsedNs / 1e9) : Number.NaN
    if (!Number.isFinite(derived) || Math.abs(messagesPerSecond - derived) > RATE_TOLERANCE * derived) {
      reasons.push(
        `messagesPerSecond is ${messagesPerSecond}, but ${messages} messages in ${elapsedNs} ns give ` +
          `${Number.isFinite(derived) ? derived.toPrecision(6) : 'no rate'} (more than 1 % apart)`
      )
    }
  }
  if (rttNs !== null) {
    const order = [
      ['p50', rttNs.p50],
      ['p90', rttNs.p90],
      ['p99', rttNs.p99],
      ['p999', rttNs.p999],
      ['max', rttNs.max]
    ] as const
    for (let index = 1; index < order.length; index++) {
      const [lowName, low] = order[index - 1]
      const [highName, high] = order[index]
      if (!(low <= high)) reasons.push(`round-trip ${lowName} ${low} ns is above ${highName} ${high} ns`)
    }
  }
  return reasons
}
