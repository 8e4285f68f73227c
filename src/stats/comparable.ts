/** What makes two sets of samples of one cell comparable at all; a leaf that compare, spread and paired build on. */
import type { Cell } from '../plan/types.js'
import { holm } from './mann-whitney.js'
import type { CellComparison } from './types.js'

/**
 * Fewest usable samples per side for a cell to be judged. Five is the smallest count whose exact Mann-Whitney test can
 * reach p < 0.01 at all (2/C(10,5) ≈ 0.008), and whose median interval is the sample range; fewer is inconclusive.
 */
export const MIN_VALID_SAMPLES = 5

/** The parameters that do not appear in a cell key but change what is measured. */
const SHAPE_FIELDS = ['capacity', 'payload', 'messages', 'warmupMessages'] as const satisfies readonly (keyof Cell)[]

/** What differs between two measurements of the same cell key that makes their samples incomparable; null when nothing does. */
export function shapeDifference(baseline: Cell, current: Cell): string | null {
  const differences = SHAPE_FIELDS.filter((field) => baseline[field] !== current[field]).map(
    (field) => `${field} ${baseline[field]} → ${current[field]}`
  )
  return differences.length === 0 ? null : `cell parameters differ from the baseline: ${differences.join(', ')}`
}

/**
 * current / baseline, or null when the quotient of two positive finite numbers leaves the range of a double
 * (1e308 / 1e-308 is Infinity, 1e-308 / 1e308 is 0): such a ratio cannot be judged, and NaN or Infinity must never
 * reach a verdict.
 */
export function finiteRatio(current: number, baseline: number): number | null {
  const ratio = current / baseline
  return Number.isFinite(ratio) && ratio > 0 ? ratio : null
}

/** Rejects an alpha or threshold no verdict can be drawn with; `caller` names the function in the message. */
export function checkVerdictOptions(options: { alpha: number; threshold: number }, caller: string): void {
  if (!(options.alpha > 0 && options.alpha < 1))
    throw new Error(`${caller}: alpha is ${options.alpha}, expected a number between 0 and 1`)
  if (!(options.threshold >= 0 && options.threshold < 1)) {
    throw new Error(`${caller}: threshold is ${options.threshold}, expected a fraction from 0 up to 1 (0.05 for 5 %)`)
  }
}

/**
 * Holm-adjusts the tested rows' p-values as one family and judges each with its adjusted p; rows that were not tested
 * (too few samples, a missing side) keep the verdict they were built with. The rows come back in their order.
 */
export function judgeFamily<T extends { row: CellComparison }>(
  rows: CellComparison[],
  tested: T[],
  judge: (entry: T, adjustedP: number, family: number) => CellComparison
): CellComparison[] {
  const adjusted = holm(tested.map((entry) => entry.row.pValue as number))
  const judged = new Map(tested.map((entry, index) => [entry.row, judge(entry, adjusted[index], tested.length)]))
  return rows.map((row) => judged.get(row) ?? row)
}
