import { describe, expect, it } from '@jest/globals'
import {
  findings,
  renderFindings,
  SHARD_RTT_FACTOR,
  SHARD_THROUGHPUT_LOSS,
  type Finding
} from '../../src/report/findings.js'
import { penaltySentence, penaltyTables } from '../../src/report/penalty.js'
import type { MemoryHome } from '../../src/plan/types.js'
import type { NumaFigure } from '../../src/stats/types.js'
import { numaFigures } from '../../src/stats/index.js'
import type { PlacementClassName } from '../../src/topology/types.js'
import { classFigures, figure, side, twoSocketRun } from '../../__fixtures__/report/builders.js'

function find(figures: NumaFigure[]): Finding[] {
  return findings(figures, penaltyTables(figures))
}

const SURVIVAL =
  "(Holm-adjusted p < 0.01 across this run's figures and the whole 95 % CI on one side, as the gate asks)"

type Options = Parameters<typeof figure>[5]

/** A padding figure: `other` bytes against the canonical `canonical`, in one class. */
function padding(
  other: number,
  canonical: number,
  place: PlacementClassName,
  subject: number,
  reference: number,
  options: Options = {},
  mode: 'throughput' | 'pingpong' = 'throughput'
) {
  const sides = { reference: side(place, { padding: canonical }), subject: side(place, { padding: other }) }
  return figure('padding', `padding ${other} vs ${canonical} (${place})`, mode, subject, reference, {
    sides,
    ...options
  })
}

function pinning(subject: number, reference: number, options: Options = {}) {
  const sides = { reference: side('same-l3'), subject: side('unpinned') }
  return figure('pinning', 'unpinned vs pinned same-l3', 'throughput', subject, reference, { sides, ...options })
}

function home(other: MemoryHome, place: PlacementClassName, subject: number, reference: number) {
  const sides = { reference: side(place), subject: side(place, { memoryHome: other }) }
  return figure('memory-home', `memory ${other} vs producer (${place})`, 'throughput', subject, reference, { sides })
}

function versus(
  place: PlacementClassName | 'unpinned',
  mode: 'throughput' | 'pingpong',
  subject: number,
  reference: number
) {
  const sides = { reference: side(place), subject: side(place, { implementation: 'subject' }) }
  return figure('implementation', `subject vs reference (${place})`, mode, subject, reference, { sides })
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
    const onlyPadding = find([padding(128, 64, 'same-l3', 105, 100)])
    expect(onlyPadding.map((finding) => finding.headline.split(':')[0])).toEqual(['Padding'])
    const everything = find([
      ...classFigures(),
      padding(128, 64, 'same-l3', 105, 100),
      pinning(80, 100),
      home('consumer', 'cross-package', 90, 100),
      versus('same-l3', 'throughput', 50, 100)
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
      for (const line of finding.evidence) expect(line).toMatch(/\d+(\.\d+)? %|\d×/)
    }
  })
})

describe('padding', () => {
  it('states the winner as the data says it and how many comparisons support it', () => {
    const [finding] = find([padding(128, 64, 'same-l3', 105, 100), padding(128, 64, 'cross-package', 104, 100)])
    expect(finding.headline).toBe(
      `Padding: use 128 B between the hot fields; 128 B: 1.05× the 64 B throughput [1.02×, 1.08×]. 2 of 2 comparisons support it and none is against ${SURVIVAL}.`
    )
    expect(finding.evidence).toEqual([
      '128 B: 1.05× the 64 B throughput [1.02×, 1.08×] (padding 128 vs 64 (same-l3))',
      '128 B: 1.04× the 64 B throughput [1.01×, 1.07×] (padding 128 vs 64 (cross-package))'
    ])
  })

  it('finds the canonical padding best when every other one loses to it, on round trips too', () => {
    const [finding] = find([padding(0, 64, 'same-l3', 70, 100), padding(128, 64, 'same-l3', 300, 250, {}, 'pingpong')])
    expect(finding.headline).toMatch(
      /^Padding: use 64 B between the hot fields; 64 B: 1\.43× the 0 B throughput \[1\.3\d×, 1\.4\d×\]\. 2 of 2 comparisons support it/
    )
    expect(finding.evidence[1]).toBe('64 B: 0.83× the 128 B RTT p50 [0.81×, 0.86×] (padding 128 vs 64 (same-l3))')
  })

  it('counts only comparisons that survive the Holm correction, as the gate does', () => {
    const [same] = find([padding(128, 64, 'same-l3', 100.5, 100)])
    expect(same.headline).toBe(
      `Padding: no difference survives the correction (1 comparison; ${SURVIVAL.slice(1, -1)}).`
    )
    // A 10 % gain whose adjusted p-value misses alpha decides nothing, however tight its uncorrected interval.
    const [uncorrected] = find([padding(128, 64, 'same-l3', 110, 100, { adjustedP: 0.03 })])
    expect(uncorrected.headline).toMatch(/^Padding: no difference survives the correction/)
    expect(uncorrected.evidence[0]).toContain('Holm-adjusted p 0.030, not decided')
    const [mixed] = find([padding(128, 64, 'same-l3', 110, 100), padding(128, 64, 'cross-package', 90, 100)])
    expect(mixed.headline).toMatch(/^Padding: mixed; no option won without also losing \(2 of 2 comparisons decided\)/)
  })
})

describe('pinning and memory home', () => {
  it('says whether pinning paid, from the winning side: pinned is so many times the unpinned throughput', () => {
    const [paid] = find([pinning(27, 100)])
    expect(paid.headline).toBe(
      `Pinning: pinning paid; pin both threads; pinned: 3.7× the unpinned throughput [3.6×, 3.8×]. 1 of 1 comparison support it and none is against ${SURVIVAL}.`
    )
    const [unpaid] = find([pinning(115, 100)])
    expect(unpaid.headline).toMatch(
      /^Pinning: pinning did not pay here; the unpinned threads did better; unpinned: 1\.15× the pinned/
    )
  })

  it('says where the ring should live, even when the best home never met the others', () => {
    const [producer] = find([home('consumer', 'cross-package', 90, 100), home('other', 'same-l3', 100, 100)])
    expect(producer.headline).toMatch(
      /^Memory home: put the ring's memory on the producer's node; producer: 1\.11× the consumer throughput \[1\.08×, 1\.15×\]\. 1 of 2 comparisons support it/
    )
    const [consumer] = find([home('consumer', 'cross-package', 112, 100), home('other', 'cross-package', 80, 100)])
    expect(consumer.headline).toMatch(
      /^Memory home: put the ring's memory on the consumer's node; consumer: 1\.12× the producer/
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
      'reference cross-package: -38 % throughput [-40 %, -36 %], RTT ×2.6 [×2.5, ×2.7], against same-l3'
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

  it('says when sharing a socket made no measurable difference, or none that survives the correction', () => {
    expect(topic(find(cross(0.99, 1.01)), 'Sharing a socket made no measurable difference')).toBeDefined()
    const uncorrected = [
      figure('class', 'cross-package vs same-l3', 'throughput', 50, 100, { adjustedP: 0.2 }),
      figure('class', 'cross-package vs same-l3', 'pingpong', 500, 250, { adjustedP: 0.2 })
    ]
    expect(topic(find(uncorrected), 'Sharing a socket made no measurable difference')).toBeDefined()
    expect(topic(find(uncorrected), 'One channel per socket')).toBeUndefined()
  })

  it('says nothing about sockets on a machine with one package', () => {
    const sides = { reference: side('same-l3'), subject: side('same-node') }
    const onePackage = find([figure('class', 'same-node vs same-l3', 'throughput', 90, 100, { sides })])
    expect(onePackage).toEqual([])
  })
})

describe('subject vs reference', () => {
  it("gives the share of the reference's throughput per class", () => {
    const [one] = find([versus('cross-package', 'throughput', 50, 100)])
    expect(one.headline).toBe(
      "Subject vs reference: the subject reaches 50 % [49 %, 52 %] of the reference's throughput in cross-package; " +
        `1 of 1 throughput figure survives the correction ${SURVIVAL}.`
    )
    const [range] = find([
      versus('same-l3', 'throughput', 80, 100),
      versus('cross-package', 'throughput', 40, 100),
      versus('cross-package', 'pingpong', 700, 350)
    ])
    expect(range.headline).toBe(
      "Subject vs reference: the subject reaches between 40 % [39 %, 41 %] of the reference's throughput in cross-package and 80 % [78 %, 82 %] in same-l3; " +
        `2 of 2 throughput figures survive the correction ${SURVIVAL}.`
    )
    expect(range.evidence[2]).toBe('subject: 2.0× the reference RTT p50 [1.9×, 2.1×] (cross-package)')
  })
})

describe('findings from a real two-socket run', () => {
  it('finds what the fixture built in: 128 B padding, producer-homed memory, one channel per socket', () => {
    const run = twoSocketRun()
    const figures = numaFigures(run)
    const text = renderFindings(findings(figures, penaltyTables(figures))) ?? ''
    expect(text).toMatch(
      /\*\*Padding: use 128 B between the hot fields; 128 B: (1\.05× the 64 B throughput|0\.95× the 64 B RTT p50) /
    )
    expect(text).toContain("**Memory home: put the ring's memory on the producer's node; producer: ")
    expect(text).toContain('**One channel per socket:')
    expect(text).toMatch(/^ {2}- reference cross-package: -40 % throughput \[/m)
    expect(text).not.toContain('Pinning')
    expect(text).not.toContain('Subject vs reference')
  })
})

describe('findings from a real run with a subject and unpinned cells', () => {
  // One padding, so the subject's cells (planned at the largest padding) are the ones the figures hold fixed.
  const run = twoSocketRun({ subject: true, pinning: 'both', paddings: [128] })
  const figures = numaFigures(run)
  const tables = penaltyTables(figures)

  it('gives the subject a penalty table of its own', () => {
    expect(tables.map((table) => table.implementation)).toEqual(['reference', 'subject'])
    const subjectCross = tables[1].rows.find((row) => row.name === 'cross-package')
    expect(subjectCross && penaltySentence(subjectCross)).toMatch(
      /^cross-package: -40 % throughput \[-4\d %, -(39|40) %\], RTT ×2\.60 /
    )
  })

  it('says pinning paid and how far the subject is from the reference, per class', () => {
    const list = findings(figures, tables)
    // Two modes (throughput, ping-pong) for each of the two implementations.
    expect(topic(list, 'Pinning')?.headline).toMatch(
      /^Pinning: pinning paid; pin both threads; pinned: 1\.2\d× the unpinned (throughput|RTT p50) \[1\.\d\d×, 1\.\d\d×\]\. 4 of 4 comparisons support it/
    )
    expect(topic(list, 'Subject vs reference')?.headline).toMatch(
      /^Subject vs reference: the subject reaches between 50 % \[\d+ %, \d+ %\] of the reference's throughput in (same-l3|cross-package|unpinned) and 50 % \[\d+ %, \d+ %\] in /
    )
    expect(topic(list, 'Subject vs reference')?.evidence).toContain(
      'subject: 2.00× the reference RTT p50 [1.98×, 2.02×] (cross-package)'
    )
    expect(topic(list, 'Padding')).toBeUndefined()
  })
})
