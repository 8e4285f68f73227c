/** The report's counter section: per-message medians per class and thread where counters exist, the reason where not. */
import { describe, expect, it } from '@jest/globals'
import { machine, resultsFile } from '../../__fixtures__/report/builders.js'
import { explainUnavailable, renderCounters } from '../../src/report/counters.js'
import { renderReport } from '../../src/report/index.js'
import type { ResultsFile } from '../../src/run/types.js'

const NO_PMU = 'perf_event_open(cycles): No such file or directory (no PMU offers this event here: usual in a VM)'

/** Every sample gets counts: per message, 100 cycles and 2 far-cache fills cross-package, 0.5 fills elsewhere. */
function withCounters(results: ResultsFile): ResultsFile {
  for (const { cell, samples } of results.cells) {
    for (const sample of samples) {
      if (sample.record === null) continue
      const messages = sample.record.results.messages
      const far = cell.placementClass === 'cross-package' ? 2 : 0.5
      sample.record.perf = {
        cycles: 200 * messages,
        instructions: null,
        llcMisses: null,
        unavailableReason: null,
        producer: { cycles: 100 * messages, 'ls_any_fills_from_sys.far_cache': far * messages },
        consumer: cell.mode === 'same-thread' ? null : { cycles: 100 * messages, 'ls_any_fills_from_sys.far_cache': 0 }
      }
    }
  }
  return results
}

function withoutCounters(reason: string): ResultsFile {
  const results = resultsFile()
  for (const { samples } of results.cells) {
    for (const sample of samples) {
      if (sample.record !== null) sample.record.perf = { ...sample.record.perf, unavailableReason: reason }
    }
  }
  return results
}

describe('renderCounters', () => {
  it('shows per-message medians per implementation, mode, class and thread', () => {
    const results = withCounters(resultsFile())
    results.topology.cpuModel = 'AMD EPYC 9654 96-Core Processor'
    const section = renderCounters(results)
    expect(section).toMatch(/^### Hardware counters per message/)
    expect(section).toContain('| reference | throughput | cross-package | producer | 100 | 2.00 |')
    expect(section).toContain('| reference | throughput | cross-package | consumer | 100 | 0 |')
    expect(section).toContain('| reference | pingpong | same-l3 | producer | 100 | 0.500 |')
    expect(section).toMatch(/`ls_any_fills_from_sys.far_cache`: L1 data cache fills from the cache of another CCX/)
    expect(section).toMatch(/Source: torvalds\/linux tools\/perf\/pmu-events\/arch\/x86\/amdzen4\/cache.json/)
    expect(section).not.toMatch(/Not available/)
    expect(section).not.toMatch(/Only generic events/)
  })

  it('says when only generic events were counted, which cannot separate same-socket from cross-socket', () => {
    const results = withCounters(resultsFile())
    for (const { samples } of results.cells) {
      for (const sample of samples) {
        if (sample.record === null) continue
        sample.record.perf.producer = { 'cache-misses': 3 * sample.record.results.messages }
        sample.record.perf.consumer = null
      }
    }
    const section = renderCounters(results)
    expect(section).toContain('| reference | throughput | cross-package | producer | 3.00 |')
    expect(section).toMatch(/Only generic events were counted/)
    expect(section).toMatch(/`cache-misses`: whatever the kernel maps/)
  })

  it('says "not available here" and why when no sample has counters', () => {
    const section = renderCounters(withoutCounters(NO_PMU))
    expect(section).toMatch(/Not available here: perf\\_event\\_open\(cycles\): No such file or directory/)
    expect(section).toMatch(/offers no hardware PMU to this process/)
    expect(section).not.toMatch(/\| producer \|/)
  })

  it('is part of the report', () => {
    const { markdown } = renderReport([machine('runner', withoutCounters(NO_PMU), null, [])])
    expect(markdown).toContain('### Hardware counters per message\n\nNot available here:')
  })
})

describe('explainUnavailable', () => {
  it('names perf_event_paranoid when the kernel refuses', () => {
    expect(explainUnavailable('perf_event_open(cycles): Permission denied')).toMatch(/perf_event_paranoid/)
  })
  it('keeps a reason it cannot explain as it is', () => {
    expect(explainUnavailable('reading failed: cycles')).toBe('reading failed: cycles')
  })
})
