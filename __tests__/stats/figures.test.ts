import { describe, expect, it } from '@jest/globals'
import type { Mode } from '../../src/native/types.js'
import type { MemoryHome, SubjectKind } from '../../src/plan/types.js'
import type { CellResult } from '../../src/run/types.js'
import { numaFigures, type NumaFigure } from '../../src/stats/index.js'
import type { PlacementClassName } from '../../src/topology/types.js'
import { cellResult, makeCell, normalSampler, resultsFile } from './synthetic.js'

/** Medians of the synthetic machine: same-l3 streams fastest, smt-siblings answer fastest. */
const THROUGHPUT: Record<PlacementClassName, number> = {
  'smt-sibling': 25e6,
  'same-l3': 30e6,
  'same-node': 20e6,
  'same-package': 15e6,
  'cross-package': 10e6
}
const RTT_NS: Record<PlacementClassName, number> = {
  'smt-sibling': 100,
  'same-l3': 150,
  'same-node': 200,
  'same-package': 300,
  'cross-package': 400
}
const PADDING = { throughput: { 0: 0.6, 64: 1, 128: 1.02 }, pingpong: { 0: 1.5, 64: 1, 128: 1 } } as const
const CONSUMER_HOME = { throughput: 0.9, pingpong: 1.1 }
const UNPINNED = { throughput: 0.7, pingpong: 1.3 }
const SUBJECT = { throughput: 0.8, pingpong: 1.25 }
const CLASSES: [PlacementClassName, [number, number][]][] = [
  ['smt-sibling', [[0, 1]]],
  [
    'same-l3',
    [
      [0, 2],
      [2, 0]
    ]
  ],
  ['same-node', [[0, 4]]],
  [
    'cross-package',
    [
      [0, 8],
      [8, 0]
    ]
  ]
]
const REPETITIONS = 6

function syntheticRun(options: { withSubject: boolean; repetitions?: number }) {
  const sample = normalSampler(61)
  const cells: CellResult[] = []
  const add = (
    mode: 'throughput' | 'pingpong',
    subject: SubjectKind,
    median: number,
    spec: Parameters<typeof makeCell>[0]
  ) => {
    const scaled = median * (subject === 'subject' ? SUBJECT[mode] : 1)
    cells.push(
      cellResult(
        makeCell({ ...spec, mode, subject }),
        sample(options.repetitions ?? REPETITIONS, scaled, scaled * 0.02)
      )
    )
  }
  for (const subject of options.withSubject ? (['reference', 'subject'] as const) : (['reference'] as const)) {
    for (const mode of ['throughput', 'pingpong'] as const) {
      const base = mode === 'throughput' ? THROUGHPUT : RTT_NS
      for (const padding of [0, 64, 128] as const) {
        for (const [place, pairs] of CLASSES) {
          const homes: MemoryHome[] = place === 'cross-package' ? ['producer', 'consumer'] : ['producer']
          for (const pair of pairs) {
            for (const home of homes) {
              const median = base[place] * PADDING[mode][padding] * (home === 'consumer' ? CONSUMER_HOME[mode] : 1)
              add(mode, subject, median, { mode, place, pair, padding, home })
            }
          }
        }
        const best = mode === 'throughput' ? THROUGHPUT['same-l3'] : RTT_NS['smt-sibling']
        add(mode, subject, best * PADDING[mode][padding] * UNPINNED[mode], { mode, place: 'unpinned', padding })
      }
    }
  }
  // A same-thread cell: one CPU, judged by messages/s; padding hardly matters there.
  for (const padding of [0, 64]) {
    cells.push(
      cellResult(
        makeCell({ mode: 'same-thread', place: 'smt-sibling', pair: [0, 0], padding }),
        sample(REPETITIONS, 5e7, 1e6)
      )
    )
  }
  // Invalid samples are ignored wherever they are.
  cells[0].samples.push(...cellResult(cells[0].cell, [null, null]).samples)
  return resultsFile(cells)
}

const RESAMPLES = { resamples: 400 }

function find(figures: NumaFigure[], mode: Mode, label: string): NumaFigure {
  const figure = figures.find((candidate) => candidate.mode === mode && candidate.label === label)
  if (!figure)
    throw new Error(
      `no ${mode} figure "${label}" among: ${figures
        .filter((f) => f.mode === mode)
        .map((f) => f.label)
        .join(' | ')}`
    )
  return figure
}

function expectRatio(figure: NumaFigure, expected: number): void {
  expect(figure.ratio).toBeGreaterThan(expected * 0.95)
  expect(figure.ratio).toBeLessThan(expected * 1.05)
  expect(figure.ratioCi[0]).toBeLessThanOrEqual(figure.ratio)
  expect(figure.ratioCi[1]).toBeGreaterThanOrEqual(figure.ratio)
}

describe('numaFigures', () => {
  const figures = numaFigures(syntheticRun({ withSubject: true }), RESAMPLES)

  it('draws one set of figures per implementation and mode, each varying one thing', () => {
    const labels = figures
      .filter((figure) => figure.mode === 'throughput' && figure.implementation === 'reference')
      .map((figure) => figure.label)
    expect(labels).toEqual([
      'smt-sibling vs same-l3',
      'same-node vs same-l3',
      'cross-package vs same-l3',
      'padding 0 vs 64 (smt-sibling)',
      'padding 128 vs 64 (smt-sibling)',
      'padding 0 vs 64 (same-l3)',
      'padding 128 vs 64 (same-l3)',
      'padding 0 vs 64 (same-node)',
      'padding 128 vs 64 (same-node)',
      'padding 0 vs 64 (cross-package)',
      'padding 128 vs 64 (cross-package)',
      'memory consumer vs producer (cross-package)',
      'unpinned vs pinned same-l3'
    ])
    expect(new Set(figures.map((figure) => figure.kind))).toEqual(
      new Set(['class', 'padding', 'memory-home', 'pinning', 'implementation'])
    )
  })

  it('compares each class with the best local class, chosen per metric from the data', () => {
    const crossThroughput = find(figures, 'throughput', 'cross-package vs same-l3')
    expect(crossThroughput).toMatchObject({ kind: 'class', metric: 'messagesPerSecond', direction: 'higher-is-better' })
    expectRatio(crossThroughput, 1 / 3)
    // Two pairs of each class are pooled: 12 values per side.
    expect(crossThroughput.subject.n).toBe(2 * REPETITIONS)
    expect(crossThroughput.reference.n).toBe(2 * REPETITIONS)
    const crossRtt = find(figures, 'pingpong', 'cross-package vs smt-sibling')
    expect(crossRtt).toMatchObject({ kind: 'class', metric: 'rttNs.p50', direction: 'lower-is-better' })
    expectRatio(crossRtt, 4)
    expect(crossRtt.ratioCi[0]).toBeGreaterThan(3.5)
    expectRatio(find(figures, 'pingpong', 'same-l3 vs smt-sibling'), 1.5)
  })

  it('measures padding, pinning and memory home against their canonical settings', () => {
    expectRatio(find(figures, 'throughput', 'padding 0 vs 64 (same-l3)'), 0.6)
    expectRatio(find(figures, 'pingpong', 'padding 0 vs 64 (cross-package)'), 1.5)
    expectRatio(find(figures, 'throughput', 'padding 128 vs 64 (same-node)'), 1.02)
    expectRatio(find(figures, 'throughput', 'unpinned vs pinned same-l3'), 0.7)
    expectRatio(find(figures, 'pingpong', 'unpinned vs pinned smt-sibling'), 1.3)
    expectRatio(find(figures, 'throughput', 'memory consumer vs producer (cross-package)'), 0.9)
    expectRatio(find(figures, 'pingpong', 'memory consumer vs producer (cross-package)'), 1.1)
    expectRatio(find(figures, 'same-thread', 'padding 0 vs 64 (one CPU)'), 1)
  })

  it('sets the subject against the reference per class, and gives the subject its own figures', () => {
    const subject = find(figures, 'throughput', 'subject vs reference (cross-package)')
    expect(subject).toMatchObject({ kind: 'implementation', implementation: 'subject' })
    expectRatio(subject, 0.8)
    expectRatio(find(figures, 'pingpong', 'subject vs reference (unpinned)'), 1.25)
    const own = find(figures, 'throughput', 'subject: cross-package vs same-l3')
    expect(own.implementation).toBe('subject')
    expectRatio(own, 1 / 3)
  })

  it('uses the subject padding of its own when the plan gives subject cells only the largest one', () => {
    const run = syntheticRun({ withSubject: true })
    run.cells = run.cells.filter(({ cell }) => cell.subject === 'reference' || cell.padding === 128)
    const onlyLargest = numaFigures(run, RESAMPLES)
    const subjectVsReference = onlyLargest.find(
      (figure) =>
        figure.kind === 'implementation' &&
        figure.mode === 'throughput' &&
        figure.label === 'subject vs reference (cross-package)'
    )
    expect(subjectVsReference?.ratio).toBeCloseTo(SUBJECT.throughput, 1)
    expect(subjectVsReference?.reference.median).toBeCloseTo(THROUGHPUT['cross-package'] * PADDING.throughput[128], -5)
    expect(
      onlyLargest.some((figure) => figure.label === 'subject: cross-package vs same-l3' && figure.mode === 'throughput')
    ).toBe(true)
    expect(
      onlyLargest.some(
        (figure) =>
          figure.label === 'cross-package vs same-l3' && figure.reference.median < THROUGHPUT['same-l3'] * 1.01
      )
    ).toBe(true)
  })

  it('leaves out figures without enough samples, and has no subject figures without a subject', () => {
    const sparse = numaFigures(syntheticRun({ withSubject: false, repetitions: 2 }), RESAMPLES)
    // Pairs of a class pool to 4 values, below the minimum of 5; only same-thread has enough.
    expect(sparse.filter((figure) => figure.mode !== 'same-thread')).toEqual([])
    const referenceOnly = numaFigures(syntheticRun({ withSubject: false }), RESAMPLES)
    expect(
      referenceOnly.some((figure) => figure.kind === 'implementation' || figure.implementation !== 'reference')
    ).toBe(false)
    expect(referenceOnly.length).toBeGreaterThan(20)
  })

  it('has nothing to say about an empty run', () => {
    expect(numaFigures(resultsFile([]))).toEqual([])
  })

  it('is reproducible', () => {
    expect(numaFigures(syntheticRun({ withSubject: true }), RESAMPLES)).toEqual(figures)
  })
})
