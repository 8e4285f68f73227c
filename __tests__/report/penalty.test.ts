import { describe, expect, it } from '@jest/globals'
import { penaltySentence, penaltyTables, renderClassChart, renderPenaltyTable } from '../../src/report/penalty.js'
import { numaFigures } from '../../src/stats/index.js'
import { classFigures, figure, side, twoSocketRun } from '../../__fixtures__/report/builders.js'
import { parseMermaid } from './markdown.js'

const run = twoSocketRun()
const figures = numaFigures(run)

describe('penaltyTables from the stats stage figures of a two-socket run', () => {
  const [table] = penaltyTables(figures)

  it("has one reference table, best local class first, with the run's medians", () => {
    expect(penaltyTables(figures)).toHaveLength(1)
    expect(table.implementation).toBe('reference')
    expect(table.bestLocal).toBe('same-l3')
    expect(table.rows.map((row) => [row.name, row.best])).toEqual([
      ['same-l3', true],
      ['cross-package', false]
    ])
    // Padding 64 and memory on the producer's node, as the figures hold them: 100 M/s vs 60 M/s, 250 ns vs 650 ns.
    expect(table.rows[0].measures.throughput?.summary.median).toBeCloseTo(100e6, -3)
    expect(table.rows[1].measures.throughput?.summary.median).toBeCloseTo(60e6, -3)
    expect(table.rows[1].measures['rtt-p50']?.summary.median).toBeCloseTo(650, 6)
  })

  it("takes the RTT p99 from the stats stage's figures of the same cells as p50 (the fixture's p99 is 3× its p50)", () => {
    for (const row of table.rows) {
      const p50 = row.measures['rtt-p50']
      const p99 = row.measures['rtt-p99']
      expect(p99?.summary.median).toBeCloseTo(3 * (p50?.summary.median ?? NaN), 6)
      expect(p99?.summary.n).toBe(p50?.summary.n)
      if (!row.best) expect(p99?.ratio).toBeCloseTo(p50?.ratio ?? NaN, 9)
    }
  })

  it("has the subject's RTT p99 at the subject's own padding, as its figures do (its cells are planned at 128 only)", () => {
    const withSubject = twoSocketRun({ subject: true })
    const subjectTable = penaltyTables(numaFigures(withSubject)).find((each) => each.implementation === 'subject')
    expect(subjectTable?.rows.length).toBeGreaterThan(1)
    for (const row of subjectTable?.rows ?? []) {
      const p50 = row.measures['rtt-p50']
      const p99 = row.measures['rtt-p99']
      expect(p50).toBeDefined()
      expect(p99?.summary.median).toBeCloseTo(3 * (p50?.summary.median ?? NaN), 6)
      expect(p99?.summary.n).toBe(p50?.summary.n)
    }
  })

  it('renders the numbers and the ratio to the best local class', () => {
    const text = renderPenaltyTable(table)
    const rows = text.split('\n')
    expect(rows[0]).toBe(
      '| class (reference) | throughput [95 % CI] | vs same-l3 | RTT p50 [95 % CI] | vs same-l3 | RTT p99 [95 % CI] | vs same-l3 |'
    )
    expect(rows[2]).toMatch(
      /^\| same-l3 \| 100\.0 M\/s \[\d+\.\d M\/s, \d+\.\d M\/s\] \| best local \| 250 ns \[\d+ ns, \d+ ns\] \| best local \| 750 ns \[\d+ ns, \d+ ns\] \| best local \|$/
    )
    expect(rows[3]).toMatch(
      /^\| cross-package \| 60\.0 M\/s \[[\d.]+ M\/s, [\d.]+ M\/s\] \| -40 % \[-\d+ %, -\d+ %\] \| 650 ns \[\d+ ns, \d+ ns\] \| ×2\.60 \[×2\.\d\d, ×2\.\d\d\] \| 1\.95 µs \[[\d.]+ µs, [\d.]+ µs\] \| ×2\.60 \[×2\.\d\d, ×2\.\d\d\] \|$/
    )
    expect(text).toMatch(
      /^- cross-package: -40 % throughput \[-4\d %, -(39|40) %\], RTT ×2\.60 \[×2\.\d\d, ×2\.\d\d\], RTT p99 ×2\.60 \[×2\.\d\d, ×2\.\d\d\]$/m
    )
  })
})

describe('penaltyTables from hand-made figures', () => {
  const subjectSides = {
    reference: side('same-l3', { implementation: 'subject' }),
    subject: side('cross-package', { implementation: 'subject' })
  }

  it("orders classes nearest first and keeps the subject's figures in a table of their own", () => {
    const subject = [
      figure('class', 'subject: cross-package vs same-l3', 'throughput', 30e6, 60e6, {
        implementation: 'subject',
        sides: subjectSides
      }),
      figure('class', 'subject: cross-package vs same-l3', 'pingpong', 900, 300, {
        implementation: 'subject',
        sides: subjectSides
      })
    ]
    const tables = penaltyTables([...subject, ...classFigures()])
    expect(tables.map((table) => table.implementation)).toEqual(['reference', 'subject'])
    expect(tables[0].rows.map((row) => row.name)).toEqual(['same-l3', 'same-package', 'cross-package'])
    expect(tables[1].rows.map((row) => row.name)).toEqual(['same-l3', 'cross-package'])
    expect(tables[1].rows[0].measures.throughput?.summary.median).toBe(60e6)
    expect(penaltySentence(tables[1].rows[1])).toBe(
      'cross-package: -50 % throughput [-52 %, -49 %], RTT ×3.0 [×2.9, ×3.1]'
    )
  })

  it('gives the quoted form "cross-package: -38 % throughput [-40 %, -36 %], RTT ×2.6"', () => {
    const [table] = penaltyTables(classFigures())
    const cross = table.rows.find((row) => row.name === 'cross-package')
    expect(cross && penaltySentence(cross)).toBe(
      'cross-package: -38 % throughput [-40 %, -36 %], RTT ×2.6 [×2.5, ×2.7]'
    )
    expect(table.rows.find((row) => row.best && penaltySentence(row) !== null)).toBeUndefined()
  })

  it('has no table without class figures, and reads the classes from the sides, not the label', () => {
    expect(penaltyTables([])).toEqual([])
    const unpinned = { reference: side('same-l3'), subject: side('unpinned') }
    expect(
      penaltyTables([figure('class', 'cross-package vs same-l3', 'throughput', 1, 2, { sides: unpinned })])
    ).toEqual([])
    expect(penaltyTables([figure('padding', 'padding 128 vs 64 (same-l3)', 'throughput', 1, 2)])).toEqual([])
    const [table] = penaltyTables([figure('class', 'a label naming nothing', 'throughput', 1, 2)])
    expect(table.rows.map((row) => row.name)).toEqual(['same-l3', 'cross-package'])
  })
})

describe('renderClassChart', () => {
  /** The bar labels and values of the chart's one series. */
  function read(block: string) {
    const labels = /x-axis \[(.*)\]/
      .exec(block)?.[1]
      .split(', ')
      .map((label) => label.slice(1, -1))
    const values = /bar \[(.*)\]/.exec(block)?.[1].split(', ').map(Number)
    const axis = /y-axis "([^"]*)" 0 --> ([\d.]+)/.exec(block)
    return { labels, values, unit: axis?.[1], top: Number(axis?.[2]) }
  }

  it('draws one bar per class with its median, on an axis that holds the tallest bar, as mermaid reads it', async () => {
    const block = renderClassChart(penaltyTables(figures)) ?? ''
    await expect(parseMermaid(block)).resolves.toHaveLength(1)
    const chart = read(block)
    expect(chart.labels).toEqual(['same-l3', 'cross-package'])
    expect(chart.unit).toBe('M messages/s')
    expect(chart.values?.[0]).toBeCloseTo(100, 1)
    expect(chart.values?.[1]).toBeCloseTo(60, 1)
    expect(chart.top).toBe(200)
  })

  it('puts reference and subject side by side on one axis, so a subject half as fast draws half the bar', async () => {
    const withSubject = twoSocketRun({ subject: true })
    const block = renderClassChart(penaltyTables(numaFigures(withSubject))) ?? ''
    await expect(parseMermaid(block)).resolves.toHaveLength(1)
    const chart = read(block)
    expect(chart.labels).toEqual([
      'same-l3 reference',
      'same-l3 subject',
      'cross-package reference',
      'cross-package subject'
    ])
    const [reference, subject] = chart.values ?? []
    expect(subject / reference).toBeCloseTo(1.05 / 2, 1)
  })

  it('uses a unit that keeps the numbers short, and draws nothing without throughput figures', () => {
    const chart = read(renderClassChart(penaltyTables([figure('class', 'x', 'throughput', 2.5e9, 4e9)])) ?? '')
    expect(chart.unit).toBe('G messages/s')
    expect(chart.values).toEqual([4, 2.5])
    expect(chart.top).toBe(5)
    expect(renderClassChart(penaltyTables([figure('class', 'x', 'pingpong', 600, 250)]))).toBeNull()
  })
})
