import { describe, expect, it } from '@jest/globals'
import { machine, twoSocketRun } from '../../__fixtures__/report/builders.js'
import type { ClassLatency } from '../../src/c2c/types.js'
import { renderReport, type MachineReport } from '../../src/report/index.js'
import { numaFigures } from '../../src/stats/index.js'
import { gfmTables, parseMermaid } from './markdown.js'

const run = twoSocketRun({ batched: true, subject: true, paddings: [64] })
const figures = numaFigures(run)

function tableAfter(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(heading)
  expect(start).toBeGreaterThanOrEqual(0)
  const next = markdown.indexOf('\n### ', start + heading.length)
  const [table] = gfmTables(markdown.slice(start, next < 0 ? undefined : next))
  return table
}

describe('the batched ring in the report', () => {
  const { markdown } = renderReport([machine('machine-a', run, null, figures)])

  it('lists each implementation against the reference per class with both medians, the ratio, its CI and adjusted p', async () => {
    const table = tableAfter(markdown, '### Implementations against the reference ring')
    expect(table[0]).toEqual([
      'implementation',
      'measure',
      'class',
      'its median [95 % CI]',
      'reference [95 % CI]',
      'ratio [95 % CI]',
      'Holm-adjusted p'
    ])
    const cross = table.find((row) => row[0] === 'batched' && row[2] === 'cross-package')
    expect(cross?.slice(0, 3)).toEqual(['batched', 'throughput', 'cross-package'])
    expect(cross?.[3]).toMatch(/^96\.0 M\/s \[/)
    expect(cross?.[4]).toMatch(/^60\.0 M\/s \[/)
    expect(cross?.[5]).toMatch(/^×1\.60 \[×1\.\d+, ×1\.\d+\]$/)
    expect(cross?.[6]).toMatch(/^(<0\.0001|0\.\d+)$/)
    expect(table.filter((row) => row[0] === 'batched')).toHaveLength(2)
    const subjectRtt = table.filter((row) => row[0] === 'subject' && row[1] === 'RTT p50')
    expect(subjectRtt.map((row) => row[2])).toEqual(['same-l3', 'cross-package'])
    for (const row of subjectRtt) expect(row[5]).toMatch(/^×2\.0\d? \[/)
    expect(table.map((row) => row[0]).slice(1)).toEqual([
      'batched',
      'batched',
      'subject',
      'subject',
      'subject',
      'subject'
    ])
    await parseMermaid(markdown)
  })

  it('states a gain of twice the reference or more as a factor', () => {
    const faster = twoSocketRun({
      batched: true,
      paddings: [64],
      sampleValue: (cell, repetition) =>
        (cell.mode === 'pingpong' ? 250 : 10e6) * (cell.subject === 'batched' ? 4 : 1) * (1 + repetition * 0.004)
    })
    const { markdown } = renderReport([machine('machine-a', faster, null, numaFigures(faster))])
    expect(markdown).toMatch(
      /\*\*Batched ring vs reference: the batched ring reaches between 4\.00× \[3\.9\d×, 4\.0\d×\] the reference's throughput in /
    )
  })

  it('states the gain per class in the findings', () => {
    expect(markdown).toMatch(
      /\*\*Batched ring vs reference: the batched ring reaches between 130 % \[\d+ %, \d+ %\] of the reference's throughput in same-l3 and 160 % \[\d+ %, \d+ %\] in cross-package; 2 of 2 throughput figures survive the correction /
    )
    expect(markdown).toContain('  - batched: 1.60× the reference throughput [')
  })
})

describe('the core-to-core latency section', () => {
  const classes: ClassLatency[] = [
    { class: 'same-l3', pairs: 2, medianNs: 41.25, minNs: 38.5, maxNs: 44 },
    { class: 'cross-package', pairs: 4, medianNs: 131, minNs: 120.4, maxNs: 150 }
  ]
  const withMap = (report: MachineReport): MachineReport => ({ ...report, latencyMap: classes })
  const heading = '### Core-to-core latency per placement class'

  it('gives one-way ns per class beside half the reference ring RTT p50 of the same class, with the method', () => {
    const { markdown } = renderReport([withMap(machine('machine-a', run, null, figures))])
    const table = tableAfter(markdown, heading)
    expect(table[0]).toEqual([
      'class',
      'one-way, median over pairs',
      'one-way, fastest pair',
      'pairs measured',
      'half the ring RTT p50 [95 % CI]'
    ])
    expect(table[1].slice(0, 4)).toEqual(['same-l3', '41.3 ns', '38.5 ns', '2'])
    expect(table[1][4]).toMatch(/^125 ns \[\d+ ns, \d+ ns\]$/)
    expect(table[2].slice(0, 4)).toEqual(['cross-package', '131.0 ns', '120.4 ns', '4'])
    expect(table[2][4]).toMatch(/^325 ns \[/)
    expect(markdown).toContain('bounce one cache line with compare-and-swap')
    expect(markdown).toContain("A ring's round trip moves more than one line")
  })

  it('says so when the run measured no round trips, and is absent without a map', () => {
    const throughputOnly = { ...run, cells: run.cells.filter(({ cell }) => cell.mode !== 'pingpong') }
    const { markdown } = renderReport([
      withMap(machine('machine-a', throughputOnly, null, numaFigures(throughputOnly)))
    ])
    expect(tableAfter(markdown, heading)[1][4]).toBe('–')
    expect(markdown).toContain('This run measured no round trips of the ring')
    const fewRoundTrips = {
      ...run,
      cells: run.cells.map((result) => ({ ...result, samples: result.samples.slice(0, 2) }))
    }
    const few = renderReport([withMap(machine('machine-a', fewRoundTrips, null, []))]).markdown
    expect(tableAfter(few, heading)[1][4]).toBe('–')
    expect(few).toContain('"–" where the class has fewer than 5 valid round-trip samples')
    expect(renderReport([machine('machine-a', run, null, figures)]).markdown).not.toContain(heading)
  })

  it('is cut before the implementations table, the penalty table and the findings when space runs out', () => {
    const report = withMap(machine('machine-a', run, null, figures))
    let maxChars = renderReport([report]).markdown.length
    let cut = renderReport([report], { maxChars })
    while (!cut.truncated.includes('core-to-core latency')) {
      maxChars -= 100
      cut = renderReport([report], { maxChars })
    }
    expect(cut.markdown).not.toContain(heading)
    expect(cut.truncated).not.toContain('implementations against the reference')
    expect(cut.markdown).toContain('### Implementations against the reference ring')
    expect(cut.markdown).toContain('### NUMA penalty per placement class')
    expect(cut.markdown).toContain('### Findings and recommendations')
  })
})
