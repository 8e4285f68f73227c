/** Reads the line of `spsc-bench --mode c2c`; a malformed line is an error naming the field, never a NaN later. */
import { Ajv, type AnySchema } from 'ajv'
import schema from '../../schema/c2c-record.schema.json' with { type: 'json' }
import { NativeOutputError } from '../native/index.js'
import type { C2cRecord } from './types.js'

const validator = new Ajv({ allErrors: false, strict: false }).compile<C2cRecord>(schema as AnySchema)

export function parseC2cLine(line: string, source = 'spsc-bench --mode c2c'): C2cRecord {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    throw new NativeOutputError(`${source}: output is not a JSON line: ${JSON.stringify(line.slice(0, 120))}`)
  }
  if (!validator(value)) {
    const error = validator.errors?.[0]
    const where = error === undefined || error.instancePath === '' ? '(top level)' : error.instancePath
    throw new NativeOutputError(
      `${source}: ${where} ${error?.message ?? 'does not match schema/c2c-record.schema.json'}`
    )
  }
  return value as C2cRecord
}
