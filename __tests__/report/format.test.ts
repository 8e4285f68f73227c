import { describe, expect, it } from '@jest/globals'
import {
  formatChange,
  formatFactor,
  formatP,
  formatPercent,
  formatRatio,
  formatSummary,
  formatValue,
  metricKind,
  outcome
} from '../../src/report/format.js'

describe('report number formats', () => {
  it("reads the stats stage's metric names", () => {
    expect((['messagesPerSecond', 'rttNs.p50', 'rttNs.p99'] as const).map(metricKind)).toEqual([
      'throughput',
      'rtt-p50',
      'rtt-p99'
    ])
  })

  it('puts a unit on the median and on each bound of its CI', () => {
    expect(formatSummary('messagesPerSecond', { n: 9, median: 12.34e6, ci: [11.9e6, 12.81e6] })).toBe(
      '12.3 M/s [11.9 M/s, 12.8 M/s]'
    )
    expect(formatSummary('messagesPerSecond', { n: 9, median: 2.5e9, ci: [2.4e9, 2.61e9] })).toBe(
      '2.50 G/s [2.40 G/s, 2.61 G/s]'
    )
    expect(formatSummary('rttNs.p50', { n: 9, median: 1234, ci: [998, 1400] })).toBe('1.23 µs [998 ns, 1.40 µs]')
    expect(formatSummary('rttNs.p99', { n: 9, median: 840, ci: [800.4, 900.6] })).toBe('840 ns [800 ns, 901 ns]')
    expect(formatSummary('rttNs.p50', null)).toBe('–')
    expect(formatValue('rttNs.p50', 2.5e6)).toBe('2.50 ms')
  })

  it('writes changes with one minus sign (ASCII), units on both bounds, and factors with enough digits to tell the CI bounds apart', () => {
    expect(formatChange(0.62, [0.59, 0.65])).toBe('-38 % [-41 %, -35 %]')
    expect(formatChange(1.042, [1.019, 1.061], 'throughput')).toBe('+4.2 % throughput [+1.9 %, +6.1 %]')
    expect(formatPercent(0.0001)).toBe('0 %')
    expect(formatFactor(2.6, [2.4, 2.9])).toBe('×2.6 [×2.4, ×2.9]')
    expect(formatFactor(2.6, [2.58, 2.62])).toBe('×2.60 [×2.58, ×2.62]')
    expect(formatFactor(1.1, [1.05, 1.16])).toBe('×1.10 [×1.05, ×1.16]')
    expect(formatRatio('rttNs.p50', 2.6, null)).toBe('×2.6')
    expect(formatRatio('messagesPerSecond', 0.5, null)).toBe('-50 %')
  })

  it("judges a ratio by its whole CI and the metric's direction", () => {
    expect(outcome('higher-is-better', [1.01, 1.1])).toBe('better')
    expect(outcome('lower-is-better', [1.01, 1.1])).toBe('worse')
    expect(outcome('lower-is-better', [0.8, 0.9])).toBe('better')
    expect(outcome('higher-is-better', [0.99, 1.1])).toBe('same')
  })

  it('shows small p-values without rounding them to zero', () => {
    expect([0.00001, 0.0042, 0.2].map(formatP)).toEqual(['<0.0001', '0.0042', '0.200'])
    expect(formatP(null)).toBe('–')
  })
})
