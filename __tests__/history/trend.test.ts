/** The history section of the comment: a change-point table GFM reads and charts mermaid's own parser accepts. */
import { describe, expect, it } from '@jest/globals'
import DOMPurify from 'dompurify'
import type { TrendSeries } from '../../src/baseline/index.js'
import { renderTrendSection } from '../../src/report/trend.js'

// Mermaid sanitizes labels with DOMPurify, which has no window under node; parsing does not depend on sanitizing.
Object.assign(DOMPurify, { addHook: () => undefined, sanitize: (text: string) => text })
const { default: mermaid } = await import('mermaid')

function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1])
}

function series(values: number[], changeAt: number | null, overrides: Partial<TrendSeries> = {}): TrendSeries {
  const points = values.map((median, run) => ({
    commitSha: (run + 1).toString(16).repeat(40),
    ref: 'refs/heads/main',
    savedAt: new Date(Date.UTC(2026, 10, 1 + run)).toISOString(),
    median,
    samples: 3
  }))
  return {
    key: 'reference/throughput/cross-package#messagesPerSecond',
    grouping: 'class',
    subject: 'reference',
    mode: 'throughput',
    placementClass: 'cross-package',
    cellKey: null,
    metric: 'messagesPerSecond',
    direction: 'higher-is-better',
    points,
    changes:
      changeAt === null
        ? []
        : [
            {
              index: changeAt,
              commitSha: points[changeAt].commitSha,
              savedAt: points[changeAt].savedAt,
              before: 10e6,
              after: 9e6,
              ratio: 0.9,
              pValue: 0.005
            }
          ],
    ...overrides
  }
}

const STEP = [10e6, 10.1e6, 9.9e6, 10e6, 9.1e6, 8.9e6, 9e6]

describe('renderTrendSection', () => {
  it('tables the change points and charts each series so that mermaid parses every chart', async () => {
    const rtt = series([120, 118, 121, 150, 149, 151], 3, {
      key: 'reference/pingpong/same-l3#rttNs.p50',
      mode: 'pingpong',
      placementClass: 'same-l3',
      metric: 'rttNs.p50',
      direction: 'lower-is-better'
    })
    rtt.changes = [{ ...rtt.changes[0], before: 120, after: 150, ratio: 1.25 }]
    const markdown = renderTrendSection([series(STEP, 4), rtt])
    expect(markdown).toContain('### History: the last 7 stored runs of this machine')
    // formatPercent's own tests hold its spelling; here only what the row says.
    expect(markdown).toMatch(
      /^\| reference throughput cross-package throughput \| `5555555` \(2026-11-05\) \| [−-]10(\.0)? % \(worse\) \| 10\.0 M\/s → 9\.0 M\/s \| 0\.005 \|$/m
    )
    expect(markdown).toMatch(
      /^\| reference pingpong same-l3 RTT p50 \| `4444444` .* \+25(\.0)? % \(worse\) \| 120 ns → 150 ns \|/m
    )
    const charts = blocks(markdown)
    expect(charts).toHaveLength(2)
    for (const chart of charts) await mermaid.parse(chart)
    expect(charts[0]).toContain(
      'x-axis ["1111111", "2222222", "3333333", "4444444", "5555555 *", "6666666", "7777777"]'
    )
    expect(charts[0]).toContain('line [10, 10.1, 9.9, 10, 9.1, 8.9, 9]')
    // The step between change points: the median before and after.
    expect(charts[0]).toContain('line [10, 10, 10, 10, 9, 9, 9]')
    expect(charts[1]).toContain('y-axis "ns"')
  })

  it('keeps the last runs, drops the change points before them, and says when charts were left out', () => {
    const markdown = renderTrendSection([series(STEP, 2), series(STEP, null, { key: 'other' })], {
      lastRuns: 4,
      maxCharts: 1
    })
    expect(markdown).toContain('the last 4 stored runs')
    expect(markdown).toContain('No change points in 2 series')
    expect(blocks(markdown)).toHaveLength(1)
    expect(markdown).toContain('1 more series not charted')
  })

  it('is empty until a series has two runs', () => {
    expect(renderTrendSection([])).toBe('')
    expect(renderTrendSection([series([10e6], null)])).toBe('')
  })
})
