/**
 * results.json: validated against schema/results.schema.json on every read, written atomically so a failed or
 * interrupted write never leaves half a file where a good one was. Writing does not validate: what is written was
 * built from typed values and driver lines already checked where they were read.
 */
import { Ajv, type AnySchema, type ErrorObject } from 'ajv'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import nativeRecordSchema from '../../schema/native-record.schema.json' with { type: 'json' }
import schema from '../../schema/results.schema.json' with { type: 'json' }
import { rederiveValidity } from './check.js'
import type { Cell, Plan } from '../plan/types.js'
import { RESULTS_SCHEMA_VERSION, type ResultsFile, type Sample } from './types.js'

export const RESULTS_FILE_NAME = 'results.json'

// results.schema.json refers to the driver line's own schema for each sample's record.
const validator = new Ajv({
  allErrors: false,
  strict: false,
  schemas: [nativeRecordSchema as AnySchema]
}).compile<ResultsFile>(schema as AnySchema)

export function validateResults(value: unknown, source: string): ResultsFile {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion
  if (typeof version === 'number' && version > RESULTS_SCHEMA_VERSION) {
    throw new Error(
      `${source}: schemaVersion ${version} was written by a newer numa-spsc-bench; this version reads ` +
        `schemaVersion ${RESULTS_SCHEMA_VERSION}. Update numa-spsc-bench to read it.`
    )
  }
  if (!validator(value)) throw new Error(`${source}: ${describe(validator.errors?.[0])}`)
  return rederiveValidity(version === 1 ? fromVersion1(value as VersionOneResults) : (value as ResultsFile))
}

type VersionOneCell = Omit<Cell, 'variant'>
type VersionOneResults = Omit<ResultsFile, 'schemaVersion' | 'plan' | 'cells' | 'stoppedEarly'> & {
  schemaVersion: 1
  plan: Omit<Plan, 'cells'> & { cells: VersionOneCell[] }
  cells: { cell: VersionOneCell; samples: (Omit<Sample, 'block'> & { repetition: number })[] }[]
}

/** Version 1 had no A/B variants and called a sample's block its repetition (one sample per cell per round). */
function fromVersion1(old: VersionOneResults): ResultsFile {
  return {
    ...old,
    schemaVersion: RESULTS_SCHEMA_VERSION,
    plan: { ...old.plan, cells: old.plan.cells.map((cell) => ({ ...cell, variant: null })) },
    cells: old.cells.map(({ cell, samples }) => ({
      cell: { ...cell, variant: null },
      samples: samples.map(({ repetition, ...sample }) => ({ ...sample, block: repetition }))
    })),
    stoppedEarly: null
  }
}

function describe(error: ErrorObject | undefined): string {
  if (error === undefined) return 'does not match schema/results.schema.json'
  const path = error.instancePath === '' ? '(top level)' : error.instancePath
  const allowed =
    error.keyword === 'enum' ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : ''
  const expected =
    error.keyword === 'const' ? ` ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}` : ''
  return `${path} ${error.message ?? 'is invalid'}${allowed}${expected}`
}

export function readResultsFile(path: string): ResultsFile {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(
      code === 'ENOENT' ? `${path}: no such results file` : `${path}: cannot be read: ${(error as Error).message}`,
      { cause: error }
    )
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Error(`${path}: not valid JSON: ${(error as Error).message}`, { cause: error })
  }
  return validateResults(value, path)
}

/** Writes DIR/results.json (creating DIR) through a temporary file and a rename; returns the path written. */
export function writeResultsFile(directory: string, results: ResultsFile): string {
  const path = join(directory, RESULTS_FILE_NAME)
  mkdirSync(directory, { recursive: true })
  const temporary = join(directory, `.${RESULTS_FILE_NAME}.${process.pid}.${Date.now()}.tmp`)
  try {
    writeFileSync(temporary, `${JSON.stringify(results, null, 2)}\n`)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw new Error(`${path}: could not write results: ${(error as Error).message}`, { cause: error })
  }
  return path
}
