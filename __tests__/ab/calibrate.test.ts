import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  calibrationForReport,
  injectedCommand,
  readCalibrationFile,
  renderCalibrationText,
  runCalibration,
  summarizeCalibration,
  type CalibrationRound
} from '../../src/ab/calibrate.js'
import type { AbOptions } from '../../src/ab/index.js'
import type { CellComparison, Comparison } from '../../src/stats/types.js'
import { oneNodeMachine } from '../plan/machines.js'

const FAKE_DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'run', 'fake-driver.mjs')
const machine = oneNodeMachine()

function row(mode: 'throughput' | 'pingpong', verdict: CellComparison['verdict'], ratio: number, ci: [number, number]) {
  return {
    cell: { mode },
    cellKey: `subject/${mode}/x`,
    metric: mode === 'throughput' ? 'messagesPerSecond' : 'rttNs.p50',
    verdict,
    ratio,
    ratioCi: ci
  } as unknown as CellComparison
}

function round(kind: CalibrationRound['kind'], cells: CellComparison[]): CalibrationRound {
  const verdicts = cells.map((cell) => cell.verdict)
  const verdict = verdicts.includes('regression')
    ? 'regression'
    : verdicts.includes('improvement')
      ? 'improvement'
      : 'no-change'
  return { kind, comparison: { cells, verdict } as unknown as Comparison }
}

describe('calibrate', () => {
  it('counts false alarms in A/A rounds, detections in injected rounds, and reports the measured change', () => {
    const rounds = [
      round('aa', [
        row('throughput', 'no-change', 1.01, [0.98, 1.03]),
        row('pingpong', 'no-change', 0.99, [0.97, 1.02])
      ]),
      round('injected', [
        row('throughput', 'regression', 0.88, [0.85, 0.9]),
        row('pingpong', 'no-change', 1.0, [0.98, 1.02])
      ]),
      round('aa', [
        row('throughput', 'improvement', 1.07, [1.06, 1.09]),
        row('pingpong', 'inconclusive', 1.02, [0.9, 1.1])
      ]),
      round('injected', [
        row('throughput', 'inconclusive', 0.9, [0.8, 0.99]),
        row('pingpong', 'no-change', 1.01, [0.99, 1.02])
      ])
    ]
    const calibration = summarizeCalibration(rounds, { extraWork: 32, threshold: 0.05, alpha: 0.01 })
    expect(calibration.rounds).toEqual({ aa: 2, injected: 2 })
    expect(calibration).toMatchObject({ falseAlarmRounds: 1, detectedRounds: 1 })
    // All injected cell metrics: 0.88, 1.0, 0.9, 1.01 → median change −0.05.
    expect(calibration.injectedChange).toBeCloseTo(-0.05, 10)
    expect(calibrationForReport(calibration)).toEqual({
      falseAlarms: 1,
      rounds: 2,
      detected: 1,
      injectedRounds: 2,
      injectedChange: calibration.injectedChange
    })
    const file = join(mkdtempSync(join(tmpdir(), 'calibration-')), 'calibration.json')
    writeFileSync(file, JSON.stringify(calibration))
    expect(readCalibrationFile(file)).toEqual(calibration)
    writeFileSync(file, JSON.stringify({ ...calibration, detectedRounds: 'all' }))
    expect(() => readCalibrationFile(file)).toThrow(
      `calibration: ${file} is not the output of calibrate --json: detectedRounds is not a whole number`
    )
    const throughput = calibration.metrics.find((metric) => metric.metric === 'throughput messagesPerSecond')
    expect(throughput).toMatchObject({ falseAlarmRate: 0.5, detectionRate: 0.5 })
    expect(throughput?.injectedChange).toBeCloseTo(-0.11, 10)
    // The A/A intervals' median half-width in log space (of 0.98..1.03 and 1.06..1.09) on top of the threshold.
    const halfWidth = (Math.log(1.03 / 0.98) / 2 + Math.log(1.09 / 1.06) / 2) / 2
    expect(throughput?.minimumDetectableChange).toBeCloseTo(1.05 * Math.exp(halfWidth) - 1, 10)
    const pingpong = calibration.metrics.find((metric) => metric.metric === 'pingpong rttNs.p50')
    expect(pingpong).toMatchObject({ falseAlarmRate: 0, detectionRate: 0 })
    // The farthest A/A estimate was 7 % from 1.
    expect(calibration.recommendedThreshold).toBe(0.07)
    const text = renderCalibrationText(calibration)
    expect(text).toMatch(/throughput messagesPerSecond\s+1 of 2\s+-11\.0 %\s+1 of 2/)
    expect(text).toContain('recommended threshold: 7 %')
  })

  it('puts the extra work on the head only, before the protocol options', () => {
    expect(injectedCommand(['nim-bench', '--quiet'], 16)).toEqual(['nim-bench', '--quiet', '--extra-work', '16'])
  })

  it('runs A/A and injected rounds through the ab machinery and sees the injected work', async () => {
    const machineFile = join(mkdtempSync(join(tmpdir(), 'calibrate-')), 'launches')
    const command = [process.execPath, FAKE_DRIVER, '--fake-machine', machineFile, '--fake-noise', '0.02']
    const side = { command, build: null, cwd: process.cwd() }
    const options: AbOptions = {
      base: side,
      head: side,
      budgetSeconds: 600,
      classes: [],
      paddings: [0],
      modes: ['throughput'],
      seed: 3,
      withReference: false,
      alpha: 0.05,
      threshold: 0.05,
      messages: 1000
    }
    const lines: string[] = []
    const calibration = await runCalibration(
      options,
      { roundsEach: 1, extraWork: 25 },
      {
        topology: machine.topology,
        classes: machine.classes,
        log: (line) => lines.push(line),
        fillBudget: false
      }
    )
    expect(calibration.rounds).toEqual({ aa: 1, injected: 1 })
    const [metric] = calibration.metrics
    expect(metric.metric).toBe('throughput messagesPerSecond')
    expect(metric.falseAlarmRate).toBe(0)
    expect(metric.detectionRate).toBe(1)
    // 25 iterations cost the fake driver 1 - 1 / 1.25 = 20 %: the measured change, not the nominal work, is reported.
    expect(metric.injectedChange as number).toBeCloseTo(-0.2, 1)
    expect(lines.join('\n')).toMatch(/round 2 of 2 \(injected\): regression/)
  })
})
