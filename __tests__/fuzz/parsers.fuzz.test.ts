/**
 * The parsers that read what other programs and files hand us (a kernel cpulist or cpumask, a driver or subject line,
 * results.json) either parse or throw an Error that names the problem: never another exception, never a hang.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { NativeOutputError, parseNativeLine } from '../../src/native/index.js'
import { readResultsFile } from '../../src/run/index.js'
import { CpuSetSyntaxError, parseCpuList, parseCpuMask } from '../../src/topology/index.js'
import { MAX_CPU_ID } from '../../src/topology/cpulist.js'
import { recordFor } from '../../__fixtures__/run/records.js'
import { makeResults, temporaryDirectory } from '../baseline/fixtures.js'

const RUNS = { numRuns: 400, seed: 20261130 }

/** Strings made of the pieces a cpulist or cpumask is made of, so most of them are near misses, not noise. */
function tokens(pieces: string[]): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''))
}

function parsesOrThrows<T>(parse: () => T, errorType: new (...args: never[]) => Error): T | null {
  try {
    return parse()
  } catch (error) {
    expect(error).toBeInstanceOf(errorType)
    expect((error as Error).message.length).toBeGreaterThan(0)
    return null
  }
}

function checkIds(ids: number[] | null): void {
  if (ids === null) return
  for (const [index, id] of ids.entries()) {
    expect(Number.isInteger(id) && id >= 0 && id <= MAX_CPU_ID).toBe(true)
    if (index > 0) expect(id).toBeGreaterThan(ids[index - 1])
  }
}

/** Every path to a value inside a JSON value, as key lists. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return [prefix, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))]
}

function replaced(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>
  copy[path[0]] = replaced(copy[path[0]], path.slice(1), replacement)
  return copy
}

/** A valid document with one value anywhere in it replaced by arbitrary JSON. */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const all = paths(valid)
  return fc
    .tuple(fc.nat({ max: all.length - 1 }), fc.jsonValue({ maxDepth: 3 }))
    .map(([index, replacement]) => replaced(valid, all[index], replacement))
}

describe('cpulist and cpumask parsers', () => {
  it('parse or throw CpuSetSyntaxError for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        checkIds(parsesOrThrows(() => parseCpuList(text), CpuSetSyntaxError))
        checkIds(parsesOrThrows(() => parseCpuMask(text), CpuSetSyntaxError))
      }),
      RUNS
    )
  })

  it('parse or throw for near-miss cpulists, huge ranges included, without hanging', () => {
    const pieces = ['0', '1', '7', '63', '4095', '65536', '99999999999999999999', '-', ',', ':', '/', ' ', '\n', '\0']
    fc.assert(
      fc.property(tokens(pieces), (text) => checkIds(parsesOrThrows(() => parseCpuList(text), CpuSetSyntaxError))),
      RUNS
    )
  })

  it('parse or throw for near-miss cpumasks', () => {
    const pieces = ['0', 'f', 'F', 'ffffffff', '00000001', 'g', ',', ' ', '\n', '\0', '123456789']
    fc.assert(
      fc.property(tokens(pieces), (text) => checkIds(parsesOrThrows(() => parseCpuMask(text), CpuSetSyntaxError))),
      RUNS
    )
  })

  it('refuses a range that would make the reader loop for ever', () => {
    expect(() => parseCpuList('0-4294967295')).toThrow('beyond the largest id 65535')
  })
})

describe('the driver-line parser', () => {
  const cell = makeResults().cells[0].cell
  const valid = recordFor(cell, 12e6)

  it('parses or throws NativeOutputError for arbitrary strings and JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (line) => {
        parsesOrThrows(() => parseNativeLine(line, 'subject'), NativeOutputError)
      }),
      RUNS
    )
  })

  it('parses or throws NativeOutputError for a valid line with any value replaced', () => {
    fc.assert(
      fc.property(mutated(valid), (record) => {
        parsesOrThrows(() => parseNativeLine(JSON.stringify(record), 'subject'), NativeOutputError)
      }),
      RUNS
    )
  })
})

describe('the results.json reader', () => {
  const directory = temporaryDirectory('fuzz-results')
  const path = join(directory, 'results.json')

  it('reads or throws an Error naming the file, for arbitrary text and for valid results with any value replaced', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          mutated(makeResults()).map((value) => JSON.stringify(value))
        ),
        (text) => {
          writeFileSync(path, text)
          try {
            readResultsFile(path)
          } catch (error) {
            expect(error).toBeInstanceOf(Error)
            expect((error as Error).message.startsWith(path)).toBe(true)
          }
        }
      ),
      { numRuns: 200, seed: 20261130 }
    )
  })
})
