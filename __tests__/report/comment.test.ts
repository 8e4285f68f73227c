/**
 * The comment as a reviewer meets it, for the cases issue 16 names: an A/A run, a cross-socket regression across 48
 * cells, a one-node runner and a comment cut to fit. Each is read as GitHub reads it: every Mermaid block through
 * mermaid's parser, every table through a GFM parser, and the first line for the verdict and how sure it is.
 */
import { describe, expect, it } from '@jest/globals'
import type { TrendSeries } from '../../src/baseline/series.js'
import type { Cell, MemoryHome } from '../../src/plan/types.js'
import { renderReport, type MachineReport } from '../../src/report/index.js'
import { numaFigures } from '../../src/stats/index.js'
import type { CellComparison } from '../../src/stats/types.js'
import type { PlacementClassName } from '../../src/topology/types.js'
import {
  cellComparison,
  comparison,
  oneNodeTopology,
  resultsFile,
  twoSocketRun
} from '../../__fixtures__/report/builders.js'
import { gfmTables, mermaidBlocks, parseMermaid } from './markdown.js'

const run = twoSocketRun()
const template = run.cells.find(({ cell }) => cell.mode === 'throughput' && cell.pinned)!.cell

/** A pinned reference throughput cell of the class on the pair, with the memory home and padding. */
function cellOf(place: PlacementClassName, pair: [number, number], home: MemoryHome, padding: number): Cell {
  return {
    ...template,
    key: `reference/throughput/${place}/${pair[0]}>${pair[1]}/mem=${home}/pad=${padding}/pinned`,
    placementClass: place,
    producerCpu: pair[0],
    consumerCpu: pair[1],
    memoryHome: home,
    padding
  }
}

/** 48 cells of a class: 12 pairs × 2 memory homes × 2 paddings. */
function cellsOf(place: PlacementClassName, offset: number): Cell[] {
  return Array.from({ length: 12 }, (_, index): [number, number] => [index + offset, index + offset + 12]).flatMap(
    (pair) =>
      (['producer', 'consumer'] as const).flatMap((home) =>
        [0, 64].map((padding) => cellOf(place, pair, home, padding))
      )
  )
}

const firstLine = (markdown: string) => markdown.split('\n')[0]

async function readAsGitHub(markdown: string): Promise<string[][][]> {
  await expect(parseMermaid(markdown)).resolves.toBeDefined()
  return gfmTables(markdown)
}

describe('an A/A run: base and head the same code', () => {
  const cells = run.cells
    .slice(0, 11)
    .flatMap(({ cell }) => [cell, { ...cell, key: `${cell.key}/x` }, { ...cell, key: `${cell.key}/y` }])
  const rows: CellComparison[] = cells.map((cell, index) =>
    index === 0
      ? cellComparison(cell, 'messagesPerSecond', 'improvement', 100e6, 106e6)
      : cellComparison(cell, 'messagesPerSecond', 'inconclusive', 100e6, 100.4e6, {
          ratioCi: [0.962, 1.041],
          adjustedP: 0.52,
          reason:
            'too noisy to decide: change 0.4 %, ratio CI [0.962, 1.041] reaches beyond ±5.0 % and the Holm-adjusted ' +
            'p-value 0.52 is not below 0.01; this reason is long on purpose so that a cut at 120 characters would show'
        })
  )
  const aa = comparison(rows, { method: 'same-run-ab', blocks: 12, baselineSource: null })
  const machine: MachineReport = {
    label: 'runner',
    results: run,
    comparison: aa,
    figures: [],
    calibration: { falseAlarms: 1, rounds: 20, detected: 17, injectedRounds: 20, injectedChange: 0.1 }
  }
  const { markdown } = renderReport([machine], {
    links: { run: 'https://github.com/o/r/actions/runs/42', commit: 'https://github.com/o/r/commit/abc1234' }
  })

  it('opens with a warning, not a green tick, saying how sure and what would decide the rest', () => {
    expect(rows).toHaveLength(33)
    expect(firstLine(markdown)).toBe(
      'numa-spsc-bench: ⚠️ **Inconclusive**: 32 of 33 metrics undecided · same-run A/B of base and head over 12 blocks · ' +
        'α 0.01 after Holm, threshold 5 % · calibrated on this runner: false alarms in 1 of 20 A/A rounds, caught 17 of 20 ' +
        'planted 10 % changes · to decide them: a larger budget (more blocks), or a threshold above 5 % · ' +
        '[workflow run](https://github.com/o/r/actions/runs/42) · [commit](https://github.com/o/r/commit/abc1234)'
    )
    expect(firstLine(markdown)).not.toContain('✅')
  })

  it('shows head against base per class, and every reason whole', async () => {
    const tables = await readAsGitHub(markdown)
    const classes = tables.find((table) => table[0].includes('head'))!
    expect(classes[0]).toEqual([
      'verdict',
      'class',
      'metric',
      'base',
      'head',
      'change [lowest, highest cell CI bound]',
      'cells'
    ])
    expect(markdown).toContain('so that a cut at 120 characters would show |')
  })
})

describe('a cross-socket regression across 48 cells', () => {
  const cross = cellsOf('cross-package', 0).map((cell, index) =>
    cellComparison(cell, 'messagesPerSecond', 'regression', 100e6, (85 + (index % 5) * 0.2) * 1e6, {
      ratioCi: [0.83 + (index % 5) * 0.002, 0.87 + (index % 5) * 0.002]
    })
  )
  const local = cellsOf('same-l3', 100).map((cell) =>
    cellComparison(cell, 'messagesPerSecond', 'no-change', 100e6, 100.2e6)
  )
  const regressed = comparison([...local, ...cross], { baselineRuns: 5, runToRunSpreadRuns: 4 })
  const machine: MachineReport = { label: 'two-socket', results: run, comparison: regressed, figures: numaFigures(run) }
  const { markdown, truncated } = renderReport([machine])

  it('opens with the regressions and the comparison they come from', () => {
    expect(firstLine(markdown)).toBe(
      'numa-spsc-bench: ❌ **48 regressions** · stored baseline merge-base abc1234 on main (5 stored runs) · α 0.01 after Holm, threshold 5 %'
    )
    expect(truncated).toEqual([])
  })

  it('summarises per class first, with units on every bound and one minus sign, the 96 rows collapsed below', async () => {
    const tables = await readAsGitHub(markdown)
    const classes = tables.find((table) => table[0][0] === 'verdict' && table[0].includes('cells'))!
    expect(classes.slice(1)).toEqual([
      [
        '❌ regression',
        'cross-package',
        'throughput',
        '100.0 M/s',
        '85.4 M/s',
        '-15 % [-17 %, -12 %]',
        '48 of 48 regressed'
      ],
      ['no change', 'same-l3', 'throughput', '100.0 M/s', '100.2 M/s', '+0.2 % [-1.8 %, +2.2 %]', '48 of 48 unchanged']
    ])
    expect(markdown.indexOf('| ❌ **regression** | cross-package | throughput |')).toBeLessThan(
      markdown.indexOf('<details><summary>Changed metrics, cell by cell</summary>')
    )
    const cellRows = tables.find((table) => table[0].includes('pair'))!
    expect(cellRows).toHaveLength(49)
    expect(cellRows[0].slice(0, 6)).toEqual(['verdict', 'class', 'pair', 'memory', 'padding', 'metric'])
    expect(cellRows[1][6]).toMatch(/^100\.0 M\/s \[98\.0 M\/s, 102\.0 M\/s\]$/)
    expect(markdown).not.toContain('−')
  })

  it('keeps the most important rows when cut, and says how many it left out', async () => {
    const cut = renderReport([machine], { maxChars: 9000 })
    expect(cut.markdown.length).toBeLessThanOrEqual(9000)
    expect(firstLine(cut.markdown)).toBe(firstLine(markdown))
    const tables = await readAsGitHub(cut.markdown)
    const cellRows = tables.find((table) => table[0].includes('pair'))!
    const kept = cellRows.length - 1
    expect(kept).toBeGreaterThanOrEqual(5)
    expect(kept).toBeLessThan(48)
    expect(cut.markdown).toContain(`${48 - kept} less important rows left out to fit the comment.`)
    // The regressions come first, and the per-class summary stays whole.
    expect(cellRows.slice(1).every((row) => row[0] === '❌ regression')).toBe(true)
    expect(cut.markdown).toContain('| ❌ **regression** | cross-package | throughput | 100.0 M/s | 85.4 M/s |')
  })
})

describe('a one-node runner', () => {
  const single = resultsFile({
    topology: oneNodeTopology(),
    samples: 7,
    pinning: 'both',
    sampleValue: (cell, repetition) =>
      (cell.mode === 'pingpong' ? 300 : cell.padding === 128 ? 60e6 : 50e6) *
      (1 + repetition * 0.002) *
      (cell.pinned ? 1 : 0.8)
  })
  const { markdown } = renderReport([
    { label: 'hosted', results: single, comparison: null, figures: numaFigures(single) }
  ])

  it('says it was not compared and why there are no cross-node figures', () => {
    expect(firstLine(markdown)).toBe(
      'numa-spsc-bench: ℹ️ **Not compared** with a baseline · runner not NUMA-capable (no cross-node figures)'
    )
  })

  it('still draws a chart: throughput by mode and padding on one axis', async () => {
    const blocks = await parseMermaid(markdown)
    const chart = blocks.find((block) => block.includes('by mode and padding'))
    expect(chart).toContain(
      'x-axis ["throughput 64 B", "throughput 128 B", "throughput 64 B unpinned", "throughput 128 B unpinned"]'
    )
    expect(chart).toContain('bar [50.3, 60.36, 40.24, 48.29]')
    gfmTables(markdown)
  })
})

describe("a machine's history", () => {
  const points = Array.from({ length: 8 }, (_, index) => ({
    commitSha: `c0ffee${index}`,
    ref: 'main',
    savedAt: `2026-11-0${index + 1}T00:00:00.000Z`,
    median: index < 5 ? 100e6 : 85e6,
    samples: 7
  }))
  const trend: TrendSeries[] = [
    {
      key: 'reference/throughput/cross-package#messagesPerSecond',
      grouping: 'class',
      subject: 'reference',
      mode: 'throughput',
      placementClass: 'cross-package',
      cellKey: null,
      metric: 'messagesPerSecond',
      direction: 'higher-is-better',
      points,
      changes: [
        {
          index: 5,
          commitSha: 'c0ffee5',
          savedAt: points[5].savedAt,
          before: 100e6,
          after: 85e6,
          ratio: 0.85,
          pValue: 0.002
        }
      ]
    }
  ]
  const { markdown } = renderReport([{ label: 'two-socket', results: run, comparison: null, figures: [], trend }])

  it('is drawn in a collapsed section, its charts and tables as GitHub reads them', async () => {
    const section = markdown.split('<details><summary>History over commits</summary>')[1]?.split('</details>')[0]
    expect(section).toContain('c0ffee5')
    expect(mermaidBlocks(section ?? '').length).toBeGreaterThan(0)
    await readAsGitHub(markdown)
  })
})

describe('the readers themselves', () => {
  it('reject a Mermaid block and a table GitHub would not draw', async () => {
    await expect(parseMermaid('```mermaid\nxychart-beta\n    bar [1, 2\n```\n')).rejects.toThrow(/Parse error/)
    expect(() => gfmTables('| a | b |\n|---|---|\n| 1 | 2 | 3 |\n')).toThrow()
    expect(() => gfmTables('| a | b |\n| 1 | 2 |\n')).toThrow()
  })
})
