import { describe, expect, it } from '@jest/globals'
import {
  findings,
  renderFindings,
  SHARD_RTT_FACTOR,
  SHARD_THROUGHPUT_LOSS,
  type Finding
} from '../../src/report/findings.js'
import { penaltySentence, penaltyTables } from '../../src/report/penalty.js'
import type { NumaFigure } from '../../src/stats/types.js'
import { numaFigures } from '../../src/stats/index.js'
import { classFigures, figure, resultsFile, twoSocketRun } from '../../__fixtures__/report/builders.js'

const noSamples = resultsFile({ samples: 0 })

function find(figures: NumaFigure[]): Finding[] {
  return findings(figures, penaltyTables(figures, noSamples))
}

function topic(list: Finding[], name: string): Finding | undefined {
  return list.find((finding) => finding.headline.startsWith(name))
}

describe('findings appear only with the figures behind them', () => {
  it('says nothing without figures', () => {
    expect(find([])).toEqual([])
    expect(renderFindings([])).toBeNull()
  })

  it('gives each topic only when its figures exist, and every finding cites numbers', () => {
    const onlyPadding = find([figure('padding', 'padding 128 vs 64 (same-l3)', 'throughput', 105, 100)])
    expect(onlyPadding.map((finding) => finding.headline.split(':')[0])).toEqual(['Padding'])
    const everything = find([
      ...classFigures(),
      figure('padding', 'padding 128 vs 64 (same-l3)', 'throughput', 105, 100),
      figure('pinning', 'unpinned vs pinned same-l3', 'throughput', 80, 100),
      figure('memory-home', 'memory consumer vs producer (cross-package)', 'throughput', 90, 100),
      figure('subject', 'subject vs reference (same-l3)', 'throughput', 50, 100)
    ])
    expect(everything.map((finding) => finding.headline.split(':')[0])).toEqual([
      'Padding',
      'Pinning',
      'Memory home',
      'Share a socket',
      'One channel per socket',
      'Subject vs reference'
    ])
    for (const finding of everything) {
      expect(finding.evidence.length).toBeGreaterThan(0)
      for (const line of finding.evidence) expect(line).toMatch(/\d+(\.\d+)? %|×\d/)
    }
  })
})

describe('padding', () => {
  it('names the winner and by how much, citing each comparison', () => {
    const [finding] = find([
      figure('padding', 'padding 128 vs 64 (same-l3)', 'throughput', 105, 100),
      figure('padding', 'padding 128 vs 64 (cross-package)', 'throughput', 104, 100)
    ])
    expect(finding.headline).toBe(
      'Padding: use 128 B between the hot fields. It beat 64 B in 2 of 2 comparisons, by up to 5.0 %, and lost none.'
    )
    expect(finding.evidence).toEqual([
      "padding 128 vs 64 (same-l3): 128 B reaches 105.0 % [101.8, 108.2] of 64 B's throughput",
      "padding 128 vs 64 (cross-package): 128 B reaches 104.0 % [100.9, 107.1] of 64 B's throughput"
    ])
  })

  it('finds the canonical padding best when every other one loses to it, on round trips too', () => {
    const [finding] = find([
      figure('padding', 'padding 0 vs 64 (same-l3)', 'throughput', 70, 100),
      figure('padding', 'padding 128 vs 64 (same-l3)', 'pingpong', 300, 250)
    ])
    expect(finding.headline).toBe(
      'Padding: use 64 B between the hot fields. It beat 0 B and 128 B in 2 of 2 comparisons, by up to 30 %, and lost none.'
    )
    expect(finding.evidence[1]).toBe("padding 128 vs 64 (same-l3): 128 B's RTT p50 is ×1.20 [1.16, 1.24] 64 B's")
  })

  it('says when the CIs cannot tell the paddings apart, and when the comparisons disagree', () => {
    const [same] = find([figure('padding', 'padding 128 vs 64 (same-l3)', 'throughput', 100.5, 100)])
    expect(same.headline).toBe('Padding: no measurable difference; every 95 % CI includes no change (1 comparison).')
    const [mixed] = find([
      figure('padding', 'padding 128 vs 64 (same-l3)', 'throughput', 110, 100),
      figure('padding', 'padding 128 vs 64 (cross-package)', 'throughput', 90, 100)
    ])
    expect(mixed.headline).toMatch(/^Padding: mixed; no option won without also losing \(2 of 2 comparisons decided\)/)
  })
})

describe('pinning and memory home', () => {
  it('says whether pinning paid', () => {
    const [paid] = find([figure('pinning', 'unpinned vs pinned same-l3', 'throughput', 80, 100)])
    expect(paid.headline).toBe(
      'Pinning: pinning paid; pin both threads. It beat unpinned in 1 of 1 comparison, by up to 20 %, and lost none.'
    )
    expect(paid.evidence).toEqual(["unpinned vs pinned same-l3: unpinned reaches 80 % [78, 82] of pinned's throughput"])
    const [unpaid] = find([figure('pinning', 'unpinned vs pinned same-l3', 'throughput', 115, 100)])
    expect(unpaid.headline).toMatch(
      /^Pinning: pinning did not pay here; the unpinned threads did better\. It beat pinned/
    )
  })

  it('says where the ring should live, even when the best home never met the others', () => {
    const [producer] = find([
      figure('memory-home', 'memory consumer vs producer (cross-package)', 'throughput', 90, 100),
      figure('memory-home', 'memory other vs producer (same-l3)', 'throughput', 100, 100)
    ])
    expect(producer.headline).toBe(
      "Memory home: put the ring's memory on the producer's node. It beat consumer in 1 of 2 comparisons, by up to 10 %, and lost none."
    )
    const [consumer] = find([
      figure('memory-home', 'memory consumer vs producer (cross-package)', 'throughput', 112, 100),
      figure('memory-home', 'memory other vs producer (cross-package)', 'throughput', 80, 100)
    ])
    expect(consumer.headline).toMatch(
      /^Memory home: put the ring's memory on the consumer's node\. It beat producer in 1 of 2 comparisons, by up to 12 %/
    )
  })
})

describe('sockets', () => {
  const cross = (throughput: number, rtt: number, spread = 0.03) => [
    figure('class', 'cross-package vs same-l3', 'throughput', throughput * 100, 100, { spread }),
    figure('class', 'cross-package vs same-l3', 'pingpong', rtt * 250, 250, { spread })
  ]

  it('recommends one channel per socket when the whole CI is beyond the line, citing the penalty', () => {
    const list = find(classFigures())
    expect(topic(list, 'Share a socket')?.evidence).toEqual([
      'reference cross-package: −38 % throughput [−40, −36], RTT ×2.6 [2.5, 2.7], against same-l3'
    ])
    expect(topic(list, 'One channel per socket')?.headline).toContain(
      `(${SHARD_THROUGHPUT_LOSS * 100} % less throughput or RTT ×${SHARD_RTT_FACTOR}, with the whole 95 % CI beyond it)`
    )
  })

  it('accepts one channel across sockets when the cost is measurable but within the line', () => {
    const list = find(cross(0.9, 1.2))
    expect(topic(list, 'Share a socket')).toBeDefined()
    expect(topic(list, 'One channel across sockets is acceptable here')).toBeDefined()
    expect(topic(list, 'One channel per socket')).toBeUndefined()
  })

  it('needs the whole CI beyond the line: a median loss of exactly 25 % is not enough', () => {
    expect(topic(find(cross(0.75, 1.0)), 'One channel per socket')).toBeUndefined()
    expect(topic(find(cross(0.72, 1.0)), 'One channel per socket')).toBeDefined()
    expect(topic(find(cross(1.0, 1.56)), 'One channel per socket')).toBeDefined()
  })

  it('says when sharing a socket made no measurable difference', () => {
    expect(topic(find(cross(0.99, 1.01)), 'Sharing a socket made no measurable difference')).toBeDefined()
  })

  it('says nothing about sockets on a machine with one package', () => {
    const onePackage = find([figure('class', 'same-node vs same-l3', 'throughput', 90, 100)])
    expect(onePackage).toEqual([])
  })
})

describe('subject vs reference', () => {
  it("gives the share of the reference's throughput per class", () => {
    const [one] = find([figure('subject', 'subject vs reference (cross-package)', 'throughput', 50, 100)])
    expect(one.headline).toBe(
      "Subject vs reference: the subject reaches 50 % [49, 52] of the reference's throughput in cross-package."
    )
    const [range] = find([
      figure('subject', 'subject vs reference (same-l3)', 'throughput', 80, 100),
      figure('subject', 'subject vs reference (cross-package)', 'throughput', 40, 100),
      figure('subject', 'subject vs reference (cross-package)', 'pingpong', 700, 350)
    ])
    expect(range.headline).toBe(
      "Subject vs reference: the subject reaches between 40 % [39, 41] of the reference's throughput in cross-package and 80 % [78, 82] in same-l3."
    )
    expect(range.evidence[2]).toBe(
      "subject vs reference (cross-package): the subject's RTT p50 is ×2.0 [1.9, 2.1] the reference's"
    )
  })
})

describe('findings from a real two-socket run', () => {
  it('finds what the fixture built in: 128 B padding, producer-homed memory, one channel per socket', () => {
    const run = twoSocketRun()
    const figures = numaFigures(run)
    const text = renderFindings(findings(figures, penaltyTables(figures, run))) ?? ''
    expect(text).toContain('**Padding: use 128 B between the hot fields.')
    expect(text).toContain("**Memory home: put the ring's memory on the producer's node.")
    expect(text).toContain('**One channel per socket:')
    expect(text).toMatch(/^ {2}- reference cross-package: −40 % throughput \[/m)
    expect(text).not.toContain('Pinning')
    expect(text).not.toContain('Subject vs reference')
  })
})

describe('findings from a real run with a subject and unpinned cells', () => {
  // One padding, so the subject's cells (planned at the largest padding) are the ones the figures hold fixed.
  const run = twoSocketRun({ subject: true, pinning: 'both', paddings: [128] })
  const figures = numaFigures(run)
  const tables = penaltyTables(figures, run)

  it('gives the subject a penalty table of its own', () => {
    expect(tables.map((table) => table.implementation)).toEqual(['reference', 'subject'])
    const subjectCross = tables[1].rows.find((row) => row.name === 'cross-package')
    expect(subjectCross && penaltySentence(subjectCross)).toMatch(
      /^cross-package: −40 % throughput \[−4\d, −(39|40)\], RTT ×2\.60 /
    )
  })

  it('says pinning paid and how far the subject is from the reference, per class', () => {
    const list = findings(figures, tables)
    // Two modes (throughput, ping-pong) for each of the two implementations.
    expect(topic(list, 'Pinning')?.headline).toBe(
      'Pinning: pinning paid; pin both threads. It beat unpinned in 4 of 4 comparisons, by up to 20 %, and lost none.'
    )
    expect(topic(list, 'Subject vs reference')?.headline).toMatch(
      /^Subject vs reference: the subject reaches between 50 % \[\d+, \d+\] of the reference's throughput in (same-l3|cross-package|unpinned) and 50 % \[\d+, \d+\] in /
    )
    expect(topic(list, 'Subject vs reference')?.evidence).toContain(
      "subject vs reference (cross-package): the subject's RTT p50 is ×2.00 [1.98, 2.02] the reference's"
    )
    expect(topic(list, 'Padding')).toBeUndefined()
  })
})
