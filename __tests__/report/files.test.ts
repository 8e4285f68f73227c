import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { reportFromFiles } from '../../src/report/index.js'
import { writeResultsFile } from '../../src/run/index.js'
import {
  cellComparison,
  comparison,
  oneNodeTopology,
  resultsFile,
  twoSocketRun
} from '../../__fixtures__/report/builders.js'

const root = mkdtempSync(join(tmpdir(), 'report-files-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const twoSocket = writeResultsFile(
  join(root, 'artifacts', '2-socket'),
  twoSocketRun({ environment: { hostname: 'big-box' } })
)
const hosted = writeResultsFile(
  join(root, 'artifacts', 'hosted'),
  resultsFile({ topology: oneNodeTopology(), environment: { hostname: 'runner-1' } })
)

describe('reportFromFiles', () => {
  it('reads and validates each file into one machine section, labelled by host and the path that tells them apart', () => {
    const report = reportFromFiles([twoSocket, hosted])
    expect(report.machines.map((entry) => entry.label)).toEqual([
      'big-box: 2-socket/results.json',
      'runner-1: hosted/results.json'
    ])
    expect(report.machines.every((entry) => entry.comparison === null)).toBe(true)
    expect(report.markdown.split('\n')[0]).toMatch(
      /^numa-spsc-bench: ℹ️ \*\*Not compared\*\* with a baseline · big-box: 2-socket\/results\.json: ℹ️ Not compared/
    )
    expect(report.markdown.match(/^## /gm)).toHaveLength(2)
    expect(report.truncated).toEqual([])
  })

  it('draws the NUMA figures with the stats stage unless told otherwise', () => {
    const drawn = reportFromFiles([twoSocket])
    expect(drawn.machines[0].label).toBe('big-box: results.json')
    expect(
      drawn.machines[0].figures.some((figure) => figure.kind === 'class' && figure.label === 'cross-package vs same-l3')
    ).toBe(true)
    expect(drawn.markdown).toContain('| cross-package | 60.0 M/s')
    const none = reportFromFiles([twoSocket], { figures: () => [] })
    expect(none.markdown).toContain('No placement-class figures')
  })

  it('asks the caller for each comparison and passes the render options on', () => {
    const seen: string[] = []
    const report = reportFromFiles([twoSocket, hosted], {
      compare: (results, path) => {
        seen.push(path)
        return path === twoSocket
          ? comparison([cellComparison(results.cells[0].cell, 'messagesPerSecond', 'regression', 100e6, 80e6)])
          : null
      },
      maxChars: 5000,
      fullReportHint: 'report.md'
    })
    expect(seen).toEqual([twoSocket, hosted])
    expect(report.markdown.split('\n')[0]).toMatch(
      /^numa-spsc-bench: ❌ \*\*1 regression\*\* · .* · big-box: 2-socket\/results\.json: ❌ 1 regression; runner-1: hosted\/results\.json: ℹ️ Not compared/
    )
    expect(report.markdown.length).toBeLessThanOrEqual(5000)
    expect(report.truncated.length).toBeGreaterThan(0)
    expect(report.markdown).toContain('The full report is in report.md.')
  })

  it('names the file and the problem for a missing, broken or invalid results file', () => {
    const broken = join(root, 'broken.json')
    writeFileSync(broken, '{"schemaVersion": 1,')
    const foreign = join(root, 'foreign.json')
    writeFileSync(foreign, JSON.stringify({ schemaVersion: 1, tool: { name: 'other' } }))
    const missing = join(root, 'nowhere', 'results.json')
    expect(() => reportFromFiles([twoSocket, missing])).toThrow(`${missing}: no such results file`)
    expect(() => reportFromFiles([broken])).toThrow(new RegExp(`^${broken.replace(/[.]/g, '\\.')}: not valid JSON`))
    expect(() => reportFromFiles([foreign])).toThrow(new RegExp(`^${foreign.replace(/[.]/g, '\\.')}: `))
    expect(() => reportFromFiles([])).toThrow(
      'report: no results files given; expected one or more paths to results.json files'
    )
  })
})
