/**
 * The core-to-core latency section: one-way cache-line latency per placement class from the c2c map, beside half the
 * reference ring's RTT p50 in the same class when the run measured round trips.
 */
import type { ClassLatency } from '../c2c/types.js'
import type { ResultsFile } from '../run/types.js'
import { classMedians, MIN_VALID_SAMPLES } from '../stats/index.js'
import type { Summary } from '../stats/types.js'
import { formatSummary } from './format.js'

/** native/README.md's method, in one sentence. */
const METHOD =
  'Two threads pinned to each pair bounce one cache line with compare-and-swap (the method of ' +
  "nviennot/core-to-core-latency); a timed batch of round trips over twice its round trips is one one-way sample, and a pair's " +
  'figure is the minimum over its batches.'

const RTT_NOTE =
  "A ring's round trip moves more than one line (the slot, both indices, and back), so half its RTT p50 lies above the " +
  `one-way figure of the same class; "–" where the class has fewer than ${MIN_VALID_SAMPLES} valid round-trip samples.`

const oneWay = (nanoseconds: number) => `${nanoseconds.toFixed(1)} ns`

export function renderLatencySection(classes: ClassLatency[], results: ResultsFile): string | null {
  if (classes.length === 0) return null
  const rtt = new Map(
    classMedians(results, 'reference', 'pingpong').map((entry) => [entry.placementClass, entry.summary])
  )
  const halfRtt = (name: ClassLatency['class']) => {
    const summary = rtt.get(name)
    if (summary === undefined) return '–'
    const half: Summary = { ...summary, median: summary.median / 2, ci: [summary.ci[0] / 2, summary.ci[1] / 2] }
    return formatSummary('rttNs.p50', half)
  }
  const measured = results.cells.some(
    ({ cell }) => cell.subject === 'reference' && cell.mode === 'pingpong' && cell.pinned
  )
  const rows = classes.map(
    (entry) =>
      `| ${entry.class} | ${oneWay(entry.medianNs)} | ${oneWay(entry.minNs)} | ${entry.pairs} | ${halfRtt(entry.class)} |`
  )
  const lines = [
    '### Core-to-core latency per placement class',
    '',
    '| class | one-way, median over pairs | one-way, fastest pair | pairs measured | half the ring RTT p50 [95 % CI] |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    `${METHOD} ${measured ? RTT_NOTE : 'This run measured no round trips of the ring, so there is no RTT to set beside it.'}`
  ]
  return lines.join('\n')
}
