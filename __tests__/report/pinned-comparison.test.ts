/**
 * The comparison JSON of one pinned pair of results files, written by the code before the report's inputs became typed
 * structures: refactoring the stats and report stages must not change a single number or verdict. Fields added since
 * (the typed cell, the comparison method) may appear beside the pinned ones; every pinned field must stay as it was.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import type { ResultsFile } from '../../src/run/types.js'
import { compareResults } from '../../src/stats/index.js'

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../__fixtures__/report/pinned/${name}`, import.meta.url), 'utf8'))

describe('the pinned comparison', () => {
  const baseline = read('baseline.json') as ResultsFile
  const current = read('current.json') as ResultsFile
  const pinned = read('comparison.json') as Record<string, unknown>

  test('the same results files give the same comparison JSON', () => {
    const comparison = compareResults(baseline, current, {
      alpha: 0.01,
      threshold: 0.05,
      baselineSource: 'pinned fixture'
    })
    expect(JSON.parse(JSON.stringify(comparison))).toMatchObject(pinned)
    expect(comparison.regressions).toBe(12)
  })
})
