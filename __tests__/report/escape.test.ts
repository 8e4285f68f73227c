import { describe, expect, it } from '@jest/globals'
import { escapeText, renderReport } from '../../src/report/index.js'
import { numaFigures } from '../../src/stats/index.js'
import { cellComparison, comparison, machine, resultsFile, twoSocketRun } from '../../__fixtures__/report/builders.js'

const HOSTILE =
  'x</details><script>alert(1)</script> | `code` **bold** [link](http://evil.example) @octocat #1 $x$\nline2\u202eevil'

/** Pipes that split a table row: those not escaped with a backslash. */
function columns(row: string): number {
  return row.split(/(?<!\\)\|/).length - 2
}

describe('escapeText', () => {
  it('turns markup, HTML, mentions, issue references and links into literal text on one line', () => {
    const text = escapeText(HOSTILE)
    expect(text).not.toMatch(/[<>\n\u202e]/)
    expect(text).toContain('&lt;/details&gt;&lt;script&gt;')
    expect(text).toContain('\\|')
    expect(text).toContain('\\`code\\`')
    expect(text).toContain('\\*\\*bold\\*\\*')
    expect(text).toContain('\\[link\\]')
    expect(text).toContain('@&#8203;octocat')
    expect(text).toContain('#&#8203;1')
    expect(text).toContain('http:&#8203;//')
    expect(text).toContain('\\$x\\$')
    expect(text).toContain('line2')
    expect(text).not.toMatch(/@octocat|#1\b/)
  })

  it('encodes ampersands first, so foreign entities stay literal', () => {
    expect(escapeText('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;')
  })

  it('cuts long text with an ellipsis', () => {
    const text = escapeText('a'.repeat(1000), 50)
    expect(text).toHaveLength(50)
    expect(text.endsWith('…')).toBe(true)
  })
})

describe('hostile text in a rendered report', () => {
  const results = resultsFile({
    environment: { hostname: HOSTILE, kernel: HOSTILE, compilerFlags: HOSTILE },
    invalidCell: 'cross-package',
    invalidReasons: [HOSTILE]
  })
  results.plan.dropped.push({ what: HOSTILE, why: HOSTILE })
  results.topology.warnings.push(HOSTILE)
  const key = `${results.cells[0].cell.key}|${HOSTILE}`
  const compared = comparison(
    [
      cellComparison({ ...results.cells[0].cell, key }, 'messagesPerSecond', 'inconclusive', 100e6, 90e6, {
        reason: HOSTILE
      })
    ],
    { baselineSource: HOSTILE }
  )
  const { markdown } = renderReport([machine(HOSTILE, results, compared, numaFigures(results))], {
    fullReportHint: HOSTILE
  })

  it('leaves no raw HTML, mention or hidden direction change in the document', () => {
    expect(markdown).not.toContain('<script')
    expect(markdown).not.toContain('</details><script')
    expect(markdown).not.toMatch(/@octocat/)
    expect(markdown).not.toContain('\u202e')
    expect(markdown).toContain('&lt;script&gt;')
  })

  it("keeps every table row at its header's column count", () => {
    const lines = markdown.split('\n')
    let header = 0
    for (const line of lines) {
      if (!line.startsWith('|')) {
        header = 0
        continue
      }
      if (header === 0) header = columns(line)
      else expect({ line, columns: columns(line) }).toEqual({ line, columns: header })
    }
    expect(lines.filter((line) => line.startsWith('|') && line.includes('&lt;script&gt;')).length).toBeGreaterThan(3)
  })

  it('opens and closes every details block it emits, so foreign text cannot close one early', () => {
    const opened = markdown.match(/<details>/g)?.length ?? 0
    expect(opened).toBeGreaterThan(3)
    expect(markdown.match(/<\/details>/g)?.length).toBe(opened)
  })

  it('keeps a hostile label on its heading line', () => {
    expect(markdown).toMatch(/^## x&lt;\/details&gt;.*line2evil$/m)
  })
})

describe('numbers from a two-socket run', () => {
  it('renders no NaN or undefined anywhere', () => {
    const results = twoSocketRun()
    const { markdown } = renderReport([machine('run', results, null, numaFigures(results))])
    expect(markdown).not.toMatch(/NaN|undefined|Infinity|\[object/)
  })
})
