/** The real driver on this machine: placement verified, impossible placements and bad arguments refused clearly. */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseC2cLine } from '../../src/c2c/index.js'
import { buildNative, parseNativeLine } from '../../src/native/index.js'

let binary: string
const pinned = availableParallelism() >= 2 ? ['--producer-cpu', '0', '--consumer-cpu', '1'] : []

beforeAll(async () => {
  binary = (await buildNative({ sourceDir: resolve('native'), buildDir: join(tmpdir(), 'numa-spsc-bench-test-build') }))
    .binary
}, 120_000)

function drive(...args: string[]) {
  const run = spawnSync(binary, args, { encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('spsc-bench on this machine', () => {
  it.each(['throughput', 'pingpong', 'same-thread'])(
    '%s pinned on CPUs 0 and 1 with memory on node 0 is valid and verified',
    (mode) => {
      const run = drive(
        '--mode',
        mode,
        ...pinned,
        '--slots-node',
        '0',
        '--index-node',
        '0',
        '--messages',
        '20000',
        '--check'
      )
      expect(run.status).toBe(0)
      expect(run.stdout.trim().split('\n')).toHaveLength(1)
      const record = parseNativeLine(run.stdout, 'spsc-bench')
      expect(record.valid).toBe(true)
      expect(record.invalidReasons).toEqual([])
      expect(record.params.mode).toBe(mode)
      expect(record.observed.slots?.nodesBefore).toEqual([0])
      expect(record.observed.slots?.nodesAfter).toEqual([0])
      expect(record.observed.indices?.nodesAfter).toEqual([0])
      if (pinned.length > 0) {
        expect(record.observed.producerCpus).toEqual([0])
        expect(record.observed.consumerCpus).toEqual(mode === 'same-thread' ? [0] : [1])
      }
      expect(record.results.messages).toBe(20000)
      if (mode === 'pingpong') {
        expect(record.results.messagesPerSecond).toBeNull()
        const rtt = record.results.rttNs!
        expect(rtt.p50).toBeLessThanOrEqual(rtt.p90)
        expect(rtt.p99).toBeLessThanOrEqual(rtt.p999)
        expect(rtt.p999).toBeLessThanOrEqual(rtt.max)
      } else {
        expect(record.results.messagesPerSecond).toBeGreaterThan(0)
        expect(record.results.rttNs).toBeNull()
      }
      // No PMU in most VMs: the counters are then null with a reason, and the run stays valid.
      if (record.perf.cycles === null) expect(record.perf.unavailableReason).toMatch(/perf_event_open/)
    }
  )

  it('reports where unpinned threads actually ran', () => {
    const record = parseNativeLine(drive('--messages', '20000').stdout)
    expect(record.params.producerCpu).toBeNull()
    expect(record.observed.producerCpus.length).toBeGreaterThan(0)
    expect(record.observed.consumerCpus.length).toBeGreaterThan(0)
    expect(record.valid).toBe(true)
  })

  it('marks a run with a sequence error invalid', () => {
    const record = parseNativeLine(drive(...pinned, '--messages', '20000', '--inject-gap', '500').stdout)
    expect(record.valid).toBe(false)
    expect(record.invalidReasons[0]).toMatch(/^sequence error: expected message 499, received 500/)
  })

  it.each(['throughput', 'pingpong', 'same-thread'])(
    '%s through the batched ring is valid and records the ring, the batch and the extra work',
    (mode) => {
      const run = drive('--mode', mode, '--ring', 'batched', '--batch', '7', '--extra-work', '20', ...pinned, '--messages', '20000', '--check')
      const record = parseNativeLine(run.stdout, 'spsc-bench')
      expect(record.implementation).toBe('batched')
      expect(record.params).toMatchObject({ ring: 'batched', batch: 7, extraWork: 20 })
      expect(record.valid).toBe(true)
    }
  )

  it('records the reference ring with no batch', () => {
    const record = parseNativeLine(drive(...pinned, '--messages', '20000').stdout)
    expect(record.implementation).toBe('reference')
    expect(record.params).toMatchObject({ ring: 'reference', batch: null, extraWork: 0 })
  })

  it('measures core-to-core latency for a pair and proves where the threads and the line were', () => {
    if (pinned.length === 0) return
    const run = drive('--mode', 'c2c', ...pinned, '--index-node', '0', '--round-trips', '200', '--batches', '10')
    expect(run.status).toBe(0)
    const record = parseC2cLine(run.stdout)
    expect(record.valid).toBe(true)
    expect(record.observed.producerCpus).toEqual([0])
    expect(record.observed.consumerCpus).toEqual([1])
    expect(record.observed.line.nodesAfter).toEqual([0])
    expect(record.results.roundTrips).toBe(2000)
    expect(record.results.oneWayNsMin).toBeGreaterThan(0)
    expect(record.results.oneWayNsMin).toBeLessThanOrEqual(record.results.oneWayNsMedian)
  })

  it('refuses a node the machine does not have, with exit 3', () => {
    const run = drive(...pinned, '--slots-node', '7', '--index-node', '0')
    expect(run.status).toBe(3)
    expect(run.stderr).toMatch(/no such NUMA node 7 \(online nodes: /)
    expect(run.stdout).toBe('')
  })

  it('refuses a CPU that is not online (CPU 7 on a 2-CPU machine), with exit 3', () => {
    const absent = String(availableParallelism() + 5)
    const run = drive('--producer-cpu', absent, '--consumer-cpu', '0')
    expect(run.status).toBe(3)
    expect(run.stderr).toMatch(new RegExp(`CPU ${absent} is not online \\(online CPUs: 0-`))
    expect(drive('--producer-cpu', '4000', '--consumer-cpu', '0').stderr).toMatch(/CPU 4000 does not exist/)
  })

  it.each([
    [['--padding', '32'], /--padding: "32" is not one of 0, 64, 128, 256/],
    [['--capacity', '33554432'], /--capacity: "33554432" is not a power of two from 2 to 16777216\n/],
    [['--producer-cpu', 'x', '--consumer-cpu', '1'], /--producer-cpu: "x" is not a whole number from 0 to 65535/],
    [['--slots-node', '-1'], /--slots-node: "-1" is not a whole number/],
    [['--batch', '4'], /--batch applies to --ring batched only/],
    [['--ring', 'batched', '--batch', '64', '--capacity', '16'], /--batch: 64 is not a whole number from 1 to the capacity/],
    [['--ring', 'fast'], /--ring: "fast" is not reference or batched/],
    [['--mode', 'c2c'], /--mode c2c measures a pair of CPUs/],
    [['--capacity', '1000'], /--capacity: "1000" is not a power of two/],
    [['--messages', '-5'], /--messages: "-5" is not a whole number/],
    [['--mode', 'latency'], /--mode: "latency" is not throughput, pingpong, same-thread or c2c/],
    [['--producer-cpu', '1'], /give both --producer-cpu and --consumer-cpu/],
    [['--producer-cpu', '1', '--consumer-cpu', '1'], /same CPU/],
    [['--messages', '10', '--duration-ms', '10'], /alternatives/],
    [['--frobnicate'], /unknown or incomplete option/]
  ])('rejects %j as a usage error (exit 2)', (args, message) => {
    const run = drive(...args)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toContain('usage: spsc-bench')
  })
})
