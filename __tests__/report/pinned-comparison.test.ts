/**
 * The comparison JSON of one pinned pair of results files, written by the code before the report's inputs became typed
 * structures: refactoring the stats and report stages must not change a single number or verdict. Fields added since
 * (the typed cell, the comparison method) may appear beside the pinned ones; every pinned field must stay as it was.
 * Only the bootstrap intervals are held to four significant digits rather than every bit: they are drawn from the
 * seeded PRNG, whose stream changed when the project moved to one PRNG module with 53-bit seeds.
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
  const pinned = read('comparison.json') as { cells: { ratioCi: [number, number] | null }[] }

  // A run-to-run spread from four stored runs for every cell metric (1 %, 9 % or 17 %), so that the changes are judged
  // against it: some regress, some lie within it.
  const keys = baseline.cells.flatMap(({ cell }) =>
    (cell.mode === 'pingpong' ? ['rttNs.p50', 'rttNs.p99'] : ['messagesPerSecond']).map(
      (metric) => `${cell.key}#${metric}`
    )
  )
  const runToRunSpread = new Map(keys.map((key, index) => [key, { spread: 0.01 + (index % 3) * 0.08, runs: 4 }]))

  test('the same results files give the same comparison JSON', () => {
    const comparison = compareResults(baseline, current, {
      alpha: 0.01,
      threshold: 0.05,
      baselineSource: 'pinned fixture',
      runToRunSpread
    })
    const { cells: pinnedCells, ...pinnedRest } = pinned as { cells: { ratioCi: [number, number] | null }[] }
    const { cells, ...rest } = JSON.parse(JSON.stringify(comparison)) as typeof pinned
    expect(rest).toMatchObject(pinnedRest)
    expect(cells).toHaveLength(pinnedCells.length)
    cells.forEach(({ ratioCi, ...cell }, index) => {
      const { ratioCi: pinnedCi, ...pinnedCell } = pinnedCells[index]
      expect(cell).toMatchObject(pinnedCell)
      if (pinnedCi === null) expect(ratioCi).toBeNull()
      else pinnedCi.forEach((bound, side) => expect(Math.abs(ratioCi![side] / bound - 1)).toBeLessThan(5e-4))
    })
    expect(comparison.regressions).toBe(9)
  })
})
