import { describe, expect, it } from '@jest/globals'
import { seededRandom } from '../../src/common/random.js'
import type { Variant } from '../../src/plan/types.js'
import {
  compareResults,
  comparePaired,
  mannWhitneyU,
  MIN_PAIRS,
  type CellComparison,
  type Comparison
} from '../../src/stats/index.js'
import { abResults, type CellSpec } from './synthetic.js'

const OPTIONS = { alpha: 0.05, threshold: 0.05 }

/** Three throughput cells and one pingpong cell (judged by its RTT p50 and p99): five cell metrics. */
const SPECS: CellSpec[] = [
  { mode: 'throughput', place: 'same-l3', pair: [0, 1] },
  { mode: 'throughput', place: 'same-l3', pair: [2, 3] },
  { mode: 'same-thread', place: 'same-l3', pair: [0, 0] },
  { mode: 'pingpong', place: 'same-l3', pair: [0, 1] }
]
/** Typical levels: messages/s for the streaming modes, the RTT p50 in ns for pingpong. */
const LEVELS = [7e7, 6e7, 1e8, 400]

/** Seeded log-normal noise: each call is one sample's multiplicative jitter with the given spread (0.03 for ±3 %). */
function jitter(seed: number): (spread: number) => number {
  const random = seededRandom(seed)
  return (spread) => Math.exp(spread * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()))
}

/**
 * An A/B run where the whole machine runs at `phase(block)` speed (both variants alike) and head's throughput is
 * `headFactor` times base's (its RTT 1/headFactor times).
 */
function abRun(
  seed: number,
  blocks: number,
  options: { headFactor?: number; phase?: (block: number) => number; spread?: number } = {}
) {
  const noise = jitter(seed)
  const { headFactor = 1, phase = () => 1, spread = 0.03 } = options
  return abResults(SPECS, blocks, (specIndex: number, variant: Variant, block: number) => {
    const pingpong = SPECS[specIndex].mode === 'pingpong'
    const speed = phase(block) * (variant === 'head' ? headFactor : 1)
    return (pingpong ? LEVELS[specIndex] / speed : LEVELS[specIndex] * speed) * noise(spread)
  })
}

const halfwayPhase = (blocks: number) => (block: number) => (block < blocks / 2 ? 1 : 2)
const decided = (comparison: Comparison) =>
  comparison.cells.filter((cell) => cell.verdict === 'regression' || cell.verdict === 'improvement')

describe('comparePaired on an A/A run', () => {
  it('calls no change although the whole machine doubled its speed halfway (the phase cancels in each pair)', () => {
    const blocks = 40
    const results = abRun(1, blocks, { phase: halfwayPhase(blocks) })
    const comparison = comparePaired(results, OPTIONS)
    expect(comparison.method).toBe('same-run-ab')
    expect(comparison.blocks).toBe(blocks)
    expect(comparison.cells).toHaveLength(5)
    expect(decided(comparison)).toEqual([])
    expect(comparison.verdict).toBe('no-change')
    for (const cell of comparison.cells) {
      expect(cell.ratioCi![0]).toBeGreaterThanOrEqual(0.95)
      expect(cell.ratioCi![1]).toBeLessThanOrEqual(1.05)
    }
  })

  it('while the same samples, taken as two runs (before and after the phase change), differ beyond any doubt', () => {
    const blocks = 40
    const results = abRun(1, blocks, { phase: halfwayPhase(blocks) })
    const baseCell = results.cells[0]
    const firstHalf = baseCell.samples.slice(0, blocks / 2).map((sample) => sample.record!.results.messagesPerSecond!)
    const secondHalf = baseCell.samples.slice(blocks / 2).map((sample) => sample.record!.results.messagesPerSecond!)
    // A within-run test on run-against-run samples sees the phase as a 2× change (what the stored baseline did) ...
    expect(mannWhitneyU(firstHalf, secondHalf).pValue).toBeLessThan(1e-6)
    // ... and the stored-baseline comparison, which cannot know the run-to-run spread from one stored run, says so.
    const asRun = (half: 'first' | 'second') => ({
      ...results,
      cells: results.cells
        .filter((result) => result.cell.variant === 'base')
        .map((result) => ({
          cell: { ...result.cell, variant: null },
          samples: half === 'first' ? result.samples.slice(0, blocks / 2) : result.samples.slice(blocks / 2)
        }))
    })
    const stored = compareResults(asRun('first'), asRun('second'), { ...OPTIONS, baselineSource: 'first half' })
    expect(decided(stored)).toEqual([])
    for (const cell of stored.cells) expect(cell.reason).toMatch(/^run-to-run spread unknown: 1 of 3 runs stored/)
  })

  it(`keeps the false-alarm rate at or below alpha over 200 seeded A/A comparisons`, () => {
    let strictAlarms = 0
    let gateAlarms = 0
    for (let round = 0; round < 200; round++) {
      const results = abRun(1000 + round, 12, { phase: halfwayPhase(12), spread: 0.05 })
      // Threshold 0: only the signed-rank test and Holm stand between noise and a verdict; their family-wise error.
      if (decided(comparePaired(results, { alpha: 0.05, threshold: 0 })).length > 0) strictAlarms++
      if (decided(comparePaired(results, OPTIONS)).length > 0) gateAlarms++
    }
    expect(strictAlarms / 200).toBeLessThanOrEqual(0.05)
    expect(gateAlarms).toBe(0)
  })
})

describe('comparePaired finds a real change', () => {
  it('calls a 20 % slowdown of head a regression in every cell metric, phase change or not', () => {
    const blocks = 30
    for (const phase of [undefined, halfwayPhase(blocks)]) {
      const comparison = comparePaired(abRun(2, blocks, { headFactor: 0.8, phase }), OPTIONS)
      expect(comparison.verdict).toBe('regression')
      expect(comparison.regressions).toBe(5)
      for (const cell of comparison.cells) {
        expect(cell.verdict).toBe('regression')
        const expected = cell.direction === 'higher-is-better' ? 0.8 : 1.25
        expect(Math.abs(cell.ratio! / expected - 1)).toBeLessThan(0.03)
        expect(cell.ratioCi![0]).toBeLessThanOrEqual(cell.ratio!)
        expect(cell.ratioCi![1]).toBeGreaterThanOrEqual(cell.ratio!)
        expect(cell.adjustedP).toBeLessThan(0.05)
      }
    }
  })

  it('calls a 20 % speed-up an improvement, and a 2 % change no-change (within ±5 %)', () => {
    expect(comparePaired(abRun(3, 30, { headFactor: 1.2 }), OPTIONS).verdict).toBe('improvement')
    const small = comparePaired(abRun(4, 60, { headFactor: 0.98, spread: 0.01 }), OPTIONS)
    expect(small.verdict).toBe('no-change')
    // The 2 % change itself is significant: the threshold, not the test, keeps it from counting.
    expect(small.cells.every((cell) => cell.adjustedP! < 0.05 && cell.verdict === 'no-change')).toBe(true)
  })

  it('is inconclusive, saying what would decide, when the interval straddles the threshold', () => {
    const comparison = comparePaired(abRun(5, 10, { headFactor: 0.95, spread: 0.08 }), OPTIONS)
    const undecided = comparison.cells.filter((cell) => cell.verdict === 'inconclusive')
    expect(undecided.length).toBeGreaterThan(0)
    for (const cell of undecided) expect(cell.reason).toMatch(/straddles .*more blocks would narrow it|would decide it/)
  })
})

describe('comparePaired is inconclusive when it cannot pair', () => {
  it('calls a cell whose head samples are all invalid inconclusive with the reason, never a pass', () => {
    const results = abResults(SPECS, 20, (specIndex, variant) =>
      specIndex === 0 && variant === 'head' ? null : LEVELS[specIndex]
    )
    const comparison = comparePaired(results, OPTIONS)
    const broken = comparison.cells.find((cell) => cell.cellKey === results.cells[0].cell.key) as CellComparison
    expect(broken.verdict).toBe('inconclusive')
    expect(broken.reason).toBe('all 20 head samples are unusable (timed out after 30 s and was killed)')
    expect(broken.current).toBeNull()
    expect(broken.baseline!.median).toBe(LEVELS[0])
  })

  it(`needs ${MIN_PAIRS} blocks with a usable sample on both sides`, () => {
    // Base fails in even blocks and head in odd ones: 20 samples each, not one pair.
    const results = abResults(SPECS, 20, (specIndex, variant, block) =>
      (variant === 'base') === (block % 2 === 0) ? null : LEVELS[specIndex]
    )
    const comparison = comparePaired(results, OPTIONS)
    expect(comparison.verdict).toBe('inconclusive')
    for (const cell of comparison.cells) {
      expect(cell.reason).toBe(
        `0 usable pairs over 20 blocks (a pair needs a usable base and head sample in the same block); at least ${MIN_PAIRS} are needed`
      )
    }
  })

  it('refuses results without A/B cells and bad options', () => {
    const plain = abRun(6, 8)
    const noVariants = {
      ...plain,
      cells: plain.cells.map((result) => ({ ...result, cell: { ...result.cell, variant: null } }))
    }
    expect(() => comparePaired(noVariants, OPTIONS)).toThrow(
      'comparePaired: the results hold no cells with variant "base" or "head"; pass the results of an A/B run (ab)'
    )
    expect(() => comparePaired(plain, { alpha: 1.5, threshold: 0.05 })).toThrow(
      'comparePaired: alpha is 1.5, expected a number between 0 and 1'
    )
  })
})

describe('comparePaired and compareResults near the ends of the double range', () => {
  const finiteEverywhere = (comparison: Comparison) =>
    JSON.stringify(comparison, (_, value: unknown) => {
      if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`non-finite number ${value}`)
      return value
    })

  it('never calls both a regression and an improvement, and no NaN or Infinity reaches the result', () => {
    const huge = (block: number) => 1e308 * (1 + (block % 7) / 10)
    const tiny = (block: number) => 1e-308 * (1 + (block % 5) / 10)
    // Cell 0: A/A at 1e308 (sums of two values overflow); cell 1: base 1e-308, head 1e308 (the ratio overflows);
    // cell 2: the reverse; cell 3: A/A at 1e-308.
    const results = abResults(SPECS, 12, (specIndex, variant, block) => {
      if (specIndex === 0) return huge(block + (variant === 'head' ? 1 : 0))
      if (specIndex === 1) return variant === 'base' ? tiny(block) : huge(block)
      if (specIndex === 2) return variant === 'base' ? huge(block) : tiny(block)
      return tiny(block + (variant === 'head' ? 2 : 0))
    })
    const paired = comparePaired(results, OPTIONS)
    expect(() => finiteEverywhere(paired)).not.toThrow()
    expect(paired.regressions === 0 || paired.improvements === 0).toBe(true)
    for (const cell of paired.cells.filter(
      (row) => row.cellKey === paired.cells[1].cellKey || row.cellKey === paired.cells[2].cellKey
    )) {
      expect(cell.verdict).toBe('inconclusive')
      expect(cell.reason).toBe(
        'the head / base ratio or its interval lies beyond the range of a double-precision number'
      )
    }
    expect(paired.cells[0].baseline!.median).toBeLessThan(Infinity)

    const asRun = (variant: Variant) => ({
      ...results,
      cells: results.cells
        .filter((result) => result.cell.variant === variant)
        .map((result) => ({ ...result, cell: { ...result.cell, variant: null } }))
    })
    const stored = compareResults(asRun('base'), asRun('head'), { ...OPTIONS, baselineSource: 'base' })
    expect(() => finiteEverywhere(stored)).not.toThrow()
    expect(stored.regressions === 0 || stored.improvements === 0).toBe(true)
    expect(stored.cells[0].baseline!.median).toBeLessThan(Infinity)
    expect(stored.cells[1].reason).toBe(
      'the ratio of the medians or its interval lies beyond the range of a double-precision number'
    )
  })
})
