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

export function parseNativeLine(line: string, source = 'driver'): NativeRecord {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    throw new NativeOutputError(`${source}: output is not a JSON line: ${JSON.stringify(line.slice(0, 120))}`)
  }
  if (!validator(value)) throw new NativeOutputError(`${source}: ${describe(validator.errors?.[0], value)}`)
  const record = value as NativeRecord
  if (record.valid && record.invalidReasons.length > 0) {
    throw new NativeOutputError(
      `${source}: /valid is true but invalidReasons lists ${record.invalidReasons.length} reason(s)`
    )
  }
  return record
}
