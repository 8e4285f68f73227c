import { describe, expect, it } from '@jest/globals'
import { DEFAULT_MAX_CHARS, MIN_MAX_CHARS, renderReport, type MachineReport } from '../../src/report/index.js'
import { numaFigures } from '../../src/stats/index.js'
import {
  cellComparison,
  comparison,
  machine,
  noBaseline,
  oneNodeTopology,
  resultsFile,
  twoSocketRun
} from '../../__fixtures__/report/builders.js'

const run = twoSocketRun({ invalidCell: 'cross-package/1>2', invalidReasons: ['pages moved from node 0 to node 1'] })
const figures = numaFigures(run)
const cells = run.cells.map((result) => result.cell)
const compared = comparison([
  cellComparison(cells[0], 'messagesPerSecond', 'regression', 100e6, 88e6),
  cellComparison(cells[1], 'messagesPerSecond', 'improvement', 100e6, 110e6),
  cellComparison(cells[2], 'rttNs.p50', 'inconclusive', 250, 260, { reason: 'too few valid samples: 3 of 5' }),
  ...cells.slice(3, 10).map((cell) => cellComparison(cell, 'messagesPerSecond', 'no-change', 100e6, 100.5e6))
])
const FIRST_LINE =
  'numa-spsc-bench: ❌ **1 regression**, 1 improvement, 1 inconclusive · stored baseline merge-base abc1234 on main · ' +
  'α 0.01 after Holm, threshold 5 %'

/** The short columns a cell's row starts with: class, pair, memory home, padding. */
const columns = (index: number) =>
  `${cells[index].placementClass} | ${cells[index].producerCpu}→${cells[index].consumerCpu} | ${cells[index].memoryHome} | ${cells[index].padding} B`
const full: MachineReport = machine('machine-a', run, compared, figures)

function sectionOf(markdown: string, heading: string): string {
  const start = markdown.indexOf(heading)
  expect(start).toBeGreaterThanOrEqual(0)
  const next = markdown.indexOf('\n### ', start + heading.length)
  return markdown.slice(start, next < 0 ? undefined : next)
}

describe('renderReport for one machine', () => {
  const { markdown, truncated } = renderReport([full])

  it('puts the sections in order: verdict, changes per class, cell by cell, penalty table and chart, findings, details', () => {
    expect(truncated).toEqual([])
    expect(markdown.split('\n')[0]).toBe(FIRST_LINE)
    const order = [
      FIRST_LINE,
      '## machine-a',
      '### Changes against the baseline',
      '| verdict | class | metric | baseline | current |',
      '```mermaid',
      '<details><summary>Changed metrics, cell by cell</summary>',
      '<details><summary>Inconclusive metrics and why</summary>',
      '### NUMA penalty per placement class',
      'title "Median throughput per placement class"',
      '### Findings and recommendations',
      '<details><summary>Topology</summary>',
      '<details><summary>Environment</summary>',
      '<details><summary>Plan</summary>',
      '<details><summary>Invalid samples: 8 in 8 cells</summary>',
      '<details><summary>All 32 cells: medians of the valid samples</summary>'
    ]
    const positions = order.map((text) => markdown.indexOf(text))
    expect(order.filter((_, index) => positions[index] < 0)).toEqual([])
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(markdown.startsWith(order[0])).toBe(true)
    expect(markdown.length).toBeLessThan(DEFAULT_MAX_CHARS)
  })

  it('lists the changed metrics cell by cell, verdict first, with baseline, current, change, CI and p, and counts the rest', () => {
    const changes = sectionOf(markdown, '### Changes against the baseline')
    expect(changes).toContain(
      '10 metrics compared: 1 regressed, 1 improved, 1 inconclusive, 7 unchanged (a change counts when its Holm-adjusted p < 0.01 and it exceeds 5 %).'
    )
    const changed = changes.split('<details><summary>Changed metrics, cell by cell</summary>')[1].split('</details>')[0]
    const rows = changed.split('\n').filter((line) => line.startsWith('| ❌') || line.startsWith('| ✅'))
    expect(rows).toEqual([
      `| ❌ **regression** | ${columns(0)} | throughput | 100.0 M/s [98.0 M/s, 102.0 M/s] | 88.0 M/s [86.2 M/s, 89.8 M/s] | -12 % [-14 %, -10 %] | 0.0020 |`,
      `| ✅ improvement | ${columns(1)} | throughput | 100.0 M/s [98.0 M/s, 102.0 M/s] | 110.0 M/s [107.8 M/s, 112.2 M/s] | +10 % [+8 %, +12 %] | 0.0020 |`
    ])
    expect(markdown).toContain(
      `| ⚠️ inconclusive | ${columns(2)} | RTT p50 | 250 ns [245 ns, 255 ns] | 260 ns [255 ns, 265 ns] | +4.0 % [+1.9 %, +6.1 %] | 0.0020 | too few valid samples: 3 of 5 |`
    )
  })

  it('says when a change also had to clear the run-to-run spread, and over how many baseline runs', () => {
    const spreadCell = cellComparison(cells[3], 'messagesPerSecond', 'no-change', 100e6, 107e6, {
      runToRunSpread: 0.081,
      reason: 'within the run-to-run spread (change +7.0 %; ±8.1 % over 4 baseline runs)'
    })
    const withSpread = comparison([compared.cells[0], spreadCell], { runToRunSpreadRuns: 4 })
    const changes = sectionOf(
      renderReport([machine('machine-a', run, withSpread, figures)]).markdown,
      '### Changes against the baseline'
    )
    expect(changes).toContain(
      '2 metrics compared: 1 regressed, 0 improved, 0 inconclusive, 1 unchanged (a change counts when its Holm-adjusted p < 0.01 ' +
        'and it exceeds 5 % and the run-to-run spread of its metric over 4 baseline runs).'
    )
  })

  it("lists each cell's median of its main metric: throughput in M/s, a round trip as RTT p50 in ns", () => {
    const cells = sectionOf(markdown, 'medians of the valid samples')
    expect(cells).toMatch(
      /^\| reference\/throughput\/cross-package\/2&gt;1\/mem=producer:1\/pad=64\/pinned \| 7 of 7 \| 60\.0 M\/s \|$/m
    )
    expect(cells).toMatch(/^\| reference\/pingpong\/[^|]+ \| \d+ of \d+ \| RTT p50 \d+ ns \|$/m)
  })

  it('shows topology, environment, plan and invalid cells in the collapsed details', () => {
    expect(markdown).toContain('| from \\ to | 0 | 1 |\n|---|---|---|\n| 0 | 10 | 21 |\n| 1 | 21 | 10 |')
    expect(markdown).toContain('Synthetic Xeon: 2 packages, 2 dies, 4 cores, 4 logical CPUs, SMT off, 2 NUMA nodes.')
    expect(markdown).toContain('| numa_balancing | 0 |  |')
    expect(markdown).toContain('32 cells × 7 repetitions = 224 samples planned, 224 taken; interleaved order seed 7')
    expect(markdown).toContain('- smt-sibling: not available on this runner: no SMT: one hardware thread per core')
    expect(markdown).toMatch(
      /\| reference\/throughput\/cross-package\/1&gt;2\/mem=producer:0\/pad=64\/pinned \| 1 of 7 \| pages moved from node 0 to node 1 \|/
    )
  })
})

describe('environment flags', () => {
  it('flags a VM, NUMA balancing, THP always and a non-performance governor, in the section and the details', () => {
    const results = resultsFile({
      topology: oneNodeTopology(),
      environment: { virtualized: true, numaBalancing: '1', transparentHugepages: 'always', governor: 'powersave' }
    })
    const { markdown } = renderReport([machine('vm', results, null, [])])
    const line = markdown.split('\n').find((text) => text.startsWith('⚠️ Environment:')) ?? ''
    for (const setting of [
      'virtual machine = yes',
      'numa_balancing = 1',
      'transparent huge pages = always',
      'CPU frequency governor = powersave'
    ]) {
      expect(line).toContain(setting)
    }
    expect(markdown).toContain('| numa_balancing | 1 | ⚠️ the kernel may migrate')
    expect(markdown).toContain('No cross-node figures: this runner has fewer than two nodes with usable CPUs.')
  })

  it('says nothing about an environment with nothing to flag', () => {
    const { markdown } = renderReport([machine('calm', resultsFile(), null, [])])
    expect(markdown).not.toContain('⚠️ Environment:')
  })
})

describe('the size cap', () => {
  const uncut = renderReport([full]).markdown
  const hint = 'the job summary of run 42'
  // The note names twelve sections and counts the rest.
  const named = (titles: string[]) =>
    titles.length > 12 ? `${titles.slice(0, 12).join(', ')} and ${titles.length - 12} more` : titles.join(', ')

  it('cuts the least important sections first, says which and where the full report is, and never the verdict', () => {
    const expectedOrder = [
      'per-cell medians',
      'plan',
      'hardware counters',
      'topology',
      'environment',
      'invalid cells',
      'inconclusive metrics',
      'class chart',
      'changes chart',
      'NUMA penalty table, reference',
      'changed metrics cell by cell',
      'findings and recommendations',
      'changes against the baseline'
    ]
    let previous: string[] = []
    for (let maxChars = uncut.length - 1; maxChars >= MIN_MAX_CHARS; maxChars -= 500) {
      const { markdown, truncated } = renderReport([full], { maxChars, fullReportHint: hint })
      expect(markdown.length).toBeLessThanOrEqual(maxChars)
      expect(markdown.split('\n')[0]).toBe(uncut.split('\n')[0])
      expect(expectedOrder.slice(0, truncated.length)).toEqual(truncated)
      expect(truncated.length).toBeGreaterThanOrEqual(previous.length)
      expect(markdown.split('\n')[2]).toBe(
        `> ✂️ Shortened to fit ${maxChars.toLocaleString('en-US')} characters; left out: ${named(truncated)}. The full report is in ${hint}.`
      )
      previous = truncated
    }
    expect(previous.length).toBeGreaterThanOrEqual(8)
  })

  it('keeps an uncut document as it is', () => {
    const { markdown, truncated } = renderReport([full], { maxChars: uncut.length })
    expect(truncated).toEqual([])
    expect(markdown).toBe(uncut)
  })

  it('refuses a cap too small for a verdict, naming the value', () => {
    expect(() => renderReport([full], { maxChars: 500 })).toThrow(
      'report maxChars 500: expected a whole number of at least 1000'
    )
    expect(() => renderReport([full], { maxChars: 2000.5 })).toThrow(/maxChars 2000\.5/)
  })
})

describe('several machines', () => {
  const single = resultsFile({ topology: oneNodeTopology(), environment: { hostname: 'hosted' } })
  const machines = [full, machine('machine-b', single, noBaseline(), numaFigures(single))]
  const { markdown } = renderReport(machines)

  it('gives each machine a section with its own verdict under one verdict line', () => {
    expect(markdown.split('\n')[0]).toBe(
      'numa-spsc-bench: ❌ **1 regression**, 1 improvement, 1 inconclusive · stored baseline merge-base abc1234 on main · ' +
        'α 0.01 after Holm, threshold 5 % · machine-a: ❌ 1 regression, 1 improvement, 1 inconclusive; ' +
        'machine-b: ℹ️ No baseline for this hardware yet'
    )
    const sections = markdown.split(/^## /m).slice(1)
    expect(sections.map((section) => section.split('\n')[0])).toEqual(['machine-a', 'machine-b'])
    expect(sections[0]).toContain(`\n${FIRST_LINE.replace('numa-spsc-bench: ', '')}\n`)
    expect(sections[1]).toContain(
      'ℹ️ **No baseline for this hardware yet** · fingerprint fp1node · runner not NUMA-capable (no cross-node figures)'
    )
    expect(sections[1]).not.toContain('### Changes against the baseline')
  })

  it('says why a machine was not compared', () => {
    const reason =
      'no baseline for this hardware yet: the baseline was measured on topology fingerprint fpother and this run on fp1node'
    const text = renderReport([machine('machine-b', single, { ...noBaseline(), reason }, [])]).markdown
    expect(text).toContain(`\n\nN${reason.slice(1)}.\n\n`)
  })

  it('cuts from the last machine first and names the machine of each cut', () => {
    const { truncated } = renderReport(machines, { maxChars: markdown.length - 1 })
    expect(truncated).toEqual(['per-cell medians (machine-b)'])
  })
})
