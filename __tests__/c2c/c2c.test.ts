/** The latency map: pair planning within a budget, the matrix, the class figures, the SVG and the driver's line. */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import {
  buildMap,
  latencyByClass,
  mapCpus,
  measureLatencyMap,
  parseC2cLine,
  planPairs,
  renderHeatmapSvg,
  type C2cPair
} from '../../src/c2c/index.js'
import { NativeOutputError } from '../../src/native/index.js'
import type { Outcome } from '../../src/run/launch.js'
import { readTopology } from '../../src/topology/index.js'
import { oneNodeMachine } from '../plan/machines.js'

const smtMachine = readTopology(join(process.cwd(), '__fixtures__', 'qemu-sysfs', 'two-socket-smt'))

function line(from: number, to: number, min: number, valid = true): string {
  return JSON.stringify({
    schema: 'numa-spsc-bench/c2c@1',
    params: { mode: 'c2c', producerCpu: from, consumerCpu: to, indexNode: null, roundTrips: 1000, batches: 300 },
    observed: {
      producerCpus: [from],
      consumerCpus: [to],
      line: { pages: 1, nodesBefore: [0], nodesAfter: [0] },
      producerInvoluntarySwitches: 0,
      consumerInvoluntarySwitches: 0
    },
    results: { roundTrips: 300000, elapsedNs: 1000, oneWayNsMin: min, oneWayNsMedian: min + 5 },
    valid,
    invalidReasons: valid ? [] : [`consumer pinned to CPU ${to} was seen on CPU 9`]
  })
}

const pair = (from: number, to: number, oneWayNs: number | null, valid = true): C2cPair => ({
  from,
  to,
  class: 'same-l3',
  oneWayNs,
  medianNs: oneWayNs,
  valid,
  invalidReasons: valid ? [] : ['mis-placed']
})

describe('planPairs', () => {
  it('takes every unordered pair when they fit, each with its class', () => {
    const { topology } = oneNodeMachine()
    expect(planPairs(topology, [0, 1], 10, 1)).toEqual({
      pairs: [{ from: 0, to: 1, class: 'same-l3' }],
      skipped: 0
    })
  })

  it('samples every class before any class gets a second pair, and the same seed gives the same sample', () => {
    const cpus = smtMachine.allowedCpus
    const all = planPairs(smtMachine, cpus, Number.MAX_SAFE_INTEGER, 1)
    const classes = new Set(all.pairs.map((entry) => entry.class))
    expect(all.pairs).toHaveLength((cpus.length * (cpus.length - 1)) / 2)
    expect(classes.size).toBeGreaterThan(1)
    const sample = planPairs(smtMachine, cpus, classes.size, 7)
    expect(new Set(sample.pairs.map((entry) => entry.class))).toEqual(classes)
    expect(sample.skipped).toBe(all.pairs.length - classes.size)
    expect(planPairs(smtMachine, cpus, classes.size, 7)).toEqual(sample)
  })

  it('refuses CPUs this process may not use, naming them', () => {
    const { topology } = oneNodeMachine()
    expect(() => mapCpus(topology, [0, 5])).toThrow(
      /cpus: CPU 5 is not one this process may use; expected CPUs from 0,1/
    )
    expect(() => mapCpus(topology, [1])).toThrow(/at least two CPUs/)
    expect(mapCpus(topology, null)).toEqual([0, 1])
  })
})

describe('buildMap and latencyByClass', () => {
  it('fills both cells of a measured pair, leaves the rest null, and skips invalid pairs', () => {
    const map = buildMap([0, 1, 2], [pair(0, 1, 50), pair(1, 2, 70, false)])
    expect(map.latencyNs).toEqual([
      [null, 50, null],
      [50, null, null],
      [null, null, null]
    ])
    expect(map.method).toMatch(/minimum over the batches/)
  })

  it('gives the median, minimum and maximum of each class over its valid pairs', () => {
    const map = buildMap([0, 1, 2, 3], [pair(0, 1, 40), pair(0, 2, 60), pair(0, 3, 50), pair(1, 2, 500, false)])
    expect(latencyByClass(map)).toEqual([{ class: 'same-l3', pairs: 3, medianNs: 50, minNs: 40, maxNs: 60 }])
  })
})

describe('renderHeatmapSvg', () => {
  it('draws one square per cell, grey where unmeasured, with the exact number in each title', () => {
    const svg = renderHeatmapSvg(buildMap([0, 1, 2], [pair(0, 1, 50), pair(0, 2, 150)]))
    expect(svg.match(/<rect x=/g)).toHaveLength(9 + 1)
    expect(svg).toContain('CPU 0 → CPU 2: 150 ns')
    expect(svg).toContain('CPU 1 → CPU 2: not measured')
    expect(svg).toContain('fill="#d9d9d9"')
    expect(svg).not.toMatch(/NaN|undefined/)
  })
})

describe('parseC2cLine', () => {
  it('reads the driver line and names the field of a malformed one', () => {
    expect(parseC2cLine(line(0, 1, 42.5)).results.oneWayNsMin).toBe(42.5)
    const broken = JSON.parse(line(0, 1, 42.5)) as { results: Record<string, unknown> }
    broken.results.oneWayNsMin = 'fast'
    expect(() => parseC2cLine(JSON.stringify(broken))).toThrow(NativeOutputError)
    expect(() => parseC2cLine(JSON.stringify(broken))).toThrow(/\/results\/oneWayNsMin must be number/)
  })
})

describe('measureLatencyMap', () => {
  it('runs one c2c process per pair and keeps a failed or mis-placed pair as invalid with its reason', async () => {
    const argvs: string[][] = []
    const outcome = (stdout: string, exitCode = 0): Outcome => ({
      pid: 1,
      exitCode,
      signal: null,
      stdout,
      stdoutTail: stdout,
      stderrTail: exitCode === 0 ? '' : 'spsc-bench: cannot place the run',
      timedOut: false,
      aborted: false,
      spawnError: null
    })
    const { map, skipped } = await measureLatencyMap({
      binary: '/fake/spsc-bench',
      topology: smtMachine,
      cpus: [0, 1, 2],
      budgetSeconds: 60,
      seed: 1,
      launcher: (argv) => {
        argvs.push(argv)
        const [from, to] = [Number(argv[4]), Number(argv[6])]
        if (to === 2 && from === 1) return Promise.resolve(outcome('', 3))
        return Promise.resolve(outcome(line(from, to, 10 * (from + to), from !== 0 || to !== 2)))
      }
    })
    expect(skipped).toBe(0)
    expect(argvs[0]).toEqual([
      '/fake/spsc-bench',
      '--mode',
      'c2c',
      '--producer-cpu',
      '0',
      '--consumer-cpu',
      '1',
      '--round-trips',
      '1000',
      '--batches',
      '300'
    ])
    const byPair = new Map(map.pairs.map((entry) => [`${entry.from}>${entry.to}`, entry]))
    expect(byPair.get('0>1')).toMatchObject({ oneWayNs: 10, medianNs: 15, valid: true })
    expect(byPair.get('0>2')).toMatchObject({
      valid: false,
      invalidReasons: ['consumer pinned to CPU 2 was seen on CPU 9']
    })
    expect(byPair.get('1>2')?.invalidReasons[0]).toMatch(/exited with 3: spsc-bench: cannot place the run/)
    expect(map.latencyNs[0][1]).toBe(10)
    expect(map.latencyNs[0][2]).toBeNull()
  })
})
