/**
 * One source per format: the C driver's and the Nim harness's lines validate against schema/native-record.schema.json
 * (plain and as results.schema.json's sample record, which refers to it), and the schema id each language writes is
 * the schema's own constant.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { Ajv, type AnySchema } from 'ajv'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import nativeRecordSchema from '../../schema/native-record.schema.json' with { type: 'json' }
import resultsSchema from '../../schema/results.schema.json' with { type: 'json' }
import { NATIVE_SCHEMA } from '../../src/native/index.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const NATIVE = join(ROOT, 'native')
const MODES = ['throughput', 'pingpong', 'same-thread'] as const

const ajv = new Ajv({ allErrors: true, strict: false, schemas: [nativeRecordSchema, resultsSchema] as AnySchema[] })
const validateLine = ajv.getSchema(nativeRecordSchema.$id)!
const validateSampleRecord = ajv.compile({ $ref: `${resultsSchema.$id}#/definitions/recordOrNull` })

function expectValid(line: string): void {
  const value: unknown = JSON.parse(line)
  expect({ valid: validateLine(value), errors: validateLine.errors ?? [] }).toEqual({ valid: true, errors: [] })
  expect(validateSampleRecord(value)).toBe(true)
  expect((value as { schema: string }).schema).toBe(NATIVE_SCHEMA)
}

function run(binary: string, mode: string): string {
  const result = spawnSync(binary, ['--mode', mode, '--messages', '2000'], { encoding: 'utf8', timeout: 60_000 })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return result.stdout.trim()
}

describe('the schema id', () => {
  it('is the native schema constant in every language', () => {
    expect(nativeRecordSchema.properties.schema.const).toBe(NATIVE_SCHEMA)
    expect(readFileSync(join(NATIVE, 'report.h'), 'utf8')).toContain(`#define RUN_SCHEMA "${NATIVE_SCHEMA}"`)
    expect(readFileSync(join(NATIVE, 'nim', 'report.nim'), 'utf8')).toContain(`const RunSchema* = "${NATIVE_SCHEMA}"`)
  })

  it('is not written out anywhere else in the sources', () => {
    const sources = ['src', 'native', 'schema']
      .flatMap((folder) => readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).map((path) => join(folder, path)))
      .filter((path) => /\.(ts|c|h|nim|json)$/.test(path) && !path.includes('build'))
      .filter((path) => readFileSync(join(ROOT, path), 'utf8').includes(NATIVE_SCHEMA))
      .sort()
    expect(sources).toEqual([
      'native/nim/report.nim',
      'native/report.h',
      'schema/native-record.schema.json',
      'src/native/types.ts'
    ])
  })
})

describe('a line that breaks the schema', () => {
  it('is refused by both validators', () => {
    const broken = { schema: NATIVE_SCHEMA, implementation: 'reference' }
    expect(validateLine(broken)).toBe(false)
    expect(validateSampleRecord(broken)).toBe(false)
    expect(validateSampleRecord(null)).toBe(true)
  })
})

describe('the C driver (make -C native)', () => {
  let driver: string
  beforeAll(() => {
    const buildDir = mkdtempSync(join(tmpdir(), 'driver-schema-'))
    execFileSync('make', ['-s', '-C', NATIVE, `BUILD_DIR=${buildDir}`], { encoding: 'utf8' })
    driver = join(buildDir, 'spsc-bench')
  }, 120_000)

  it.each(MODES)('prints a %s line that validates', (mode) => expectValid(run(driver, mode)))
})

const nim = spawnSync('nim', ['--version'], { encoding: 'utf8' }).status === 0
if (!nim) console.warn('SKIPPED: the Nim harness schema test needs nim on PATH (apt-get install nim)')

;(nim ? describe : describe.skip)('the Nim harness (make -C native nim, test channel)', () => {
  let harness: string
  beforeAll(() => {
    const buildDir = mkdtempSync(join(tmpdir(), 'nim-schema-'))
    const channel = join(NATIVE, 'nim', 'tests', 'test_channel.nim')
    execFileSync('make', ['-s', '-C', NATIVE, 'nim', `SUBJECT=${channel}`, 'NAME=test-channel', `BUILD_DIR=${buildDir}`])
    harness = join(buildDir, 'nim-spsc-bench')
  }, 300_000)

  it.each(MODES)('prints a %s line that validates', (mode) => expectValid(run(harness, mode)))
})
