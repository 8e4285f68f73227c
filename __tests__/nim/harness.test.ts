/**
 * The Nim harness (native/nim/) built with the machine's nim against the test channel module (not nimsync's code),
 * run pinned here in every mode, and run as a subject through the runner next to the reference driver.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { buildNative, parseNativeLine, type NativeRecord } from '../../src/native/index.js'
import { makePlan } from '../../src/plan/index.js'
import { runPlan } from '../../src/run/index.js'
import { placementClasses, readTopology } from '../../src/topology/index.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const NATIVE = join(ROOT, 'native')
const TEST_CHANNEL = join(NATIVE, 'nim', 'tests', 'test_channel.nim')
const IMPLEMENTATION = 'test-channel'

const nimVersion = spawnSync('nim', ['--version'], { encoding: 'utf8' })
const runnable = process.platform === 'linux' && nimVersion.status === 0
if (!runnable)
  console.warn('SKIPPED: the Nim harness tests need Linux and nim on PATH (apt-get install nim; .ci/run installs it)')
const pinned = availableParallelism() >= 2 ? ['--producer-cpu', '0', '--consumer-cpu', '1'] : []
if (runnable && pinned.length === 0) console.warn('Nim harness tests run unpinned: this machine has one CPU')

let harness: string

function drive(...args: string[]) {
  const run = spawnSync(harness, args, { encoding: 'utf8', timeout: 120_000 })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

function validLine(args: string[]): NativeRecord {
  const run = drive(...args)
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  expect(run.stdout.trim().split('\n')).toHaveLength(1)
  return parseNativeLine(run.stdout, 'nim-spsc-bench')
}

;(runnable ? describe : describe.skip)('nim-spsc-bench built against the test channel module', () => {
  beforeAll(async () => {
    const buildDir = mkdtempSync(join(tmpdir(), 'nim-spsc-build-'))
    await promisify(execFile)(
      'make',
      ['-s', '-C', NATIVE, 'nim', `SUBJECT=${TEST_CHANNEL}`, `NAME=${IMPLEMENTATION}`, `BUILD_DIR=${buildDir}`],
      { cwd: ROOT }
    )
    harness = join(buildDir, 'nim-spsc-bench')
  }, 300_000)

  it.each(['throughput', 'pingpong', 'same-thread'] as const)(
    '%s pinned with memory bound to node 0 prints one valid, verified line',
    (mode) => {
      const record = validLine([
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
      ])
      expect(record.valid).toBe(true)
      expect(record.invalidReasons).toEqual([])
      expect(record.implementation).toBe(IMPLEMENTATION)
      expect(record.params).toMatchObject({
        mode,
        slotsNode: 0,
        indexNode: 0,
        padding: null,
        capacity: 1024,
        messages: 20000
      })
      for (const pages of [record.observed.slots, record.observed.indices]) {
        expect(pages?.pages).toBeGreaterThan(0)
        expect(pages?.nodesBefore).toEqual([0])
        expect(pages?.nodesAfter).toEqual([0])
      }
      if (pinned.length > 0) {
        expect(record.observed.producerCpus).toEqual([0])
        expect(record.observed.consumerCpus).toEqual(mode === 'same-thread' ? [0] : [1])
      }
      expect(record.results.messages).toBe(20000)
      expect(record.results.elapsedNs).toBeGreaterThan(0)
      if (mode === 'pingpong') {
        expect(record.results.messagesPerSecond).toBeNull()
        const rtt = record.results.rttNs!
        expect(rtt.p50).toBeGreaterThan(0)
        expect(rtt.p50).toBeLessThanOrEqual(rtt.p90)
        expect(rtt.p90).toBeLessThanOrEqual(rtt.p99)
        expect(rtt.p99).toBeLessThanOrEqual(rtt.p999)
        expect(rtt.p999).toBeLessThanOrEqual(rtt.max)
      } else {
        expect(record.results.messagesPerSecond).toBeGreaterThan(0)
        expect(record.results.rttNs).toBeNull()
      }
      if (record.perf.cycles === null) expect(record.perf.unavailableReason).toMatch(/perf_event_open/)
    },
    120_000
  )

  it('checks every page of a 256-byte-message ring, one slot array per channel in pingpong', () => {
    const record = validLine([
      '--mode',
      'pingpong',
      ...pinned,
      '--slots-node',
      '0',
      '--payload',
      '256',
      '--capacity',
      '256',
      '--messages',
      '2000',
      '--check'
    ])
    expect(record.valid).toBe(true)
    expect(record.params).toMatchObject({ payload: 256, capacity: 256, slotsNode: 0, indexNode: 0 })
    // Two channels of 256 slots × 256 bytes: at least 2 × 16 pages of 4 KiB.
    expect(record.observed.slots?.pages).toBeGreaterThanOrEqual(32)
  })

  it('reports where unpinned threads ran and leaves first-touch memory unbound', () => {
    const record = validLine(['--messages', '20000'])
    expect(record.params).toMatchObject({ producerCpu: null, consumerCpu: null, slotsNode: null, indexNode: null })
    expect(record.observed.producerCpus.length).toBeGreaterThan(0)
    expect(record.observed.consumerCpus.length).toBeGreaterThan(0)
    expect(record.valid).toBe(true)
  })

  it.each(['throughput', 'pingpong', 'same-thread'] as const)(
    '%s with an injected sequence gap is invalid and says why',
    (mode) => {
      const record = validLine(['--mode', mode, ...pinned, '--messages', '5000', '--inject-gap', '997'])
      expect(record.valid).toBe(false)
      expect(record.invalidReasons.join('\n')).toMatch(/sequence error: expected message 996, received 997/)
    }
  )

  it.each([
    [['--slots-node', '0', '--index-node', '1'], 2, /--slots-node 0 and --index-node 1 differ/],
    [['--mode', 'burst'], 2, /--mode: "burst" is not throughput, pingpong or same-thread/],
    [['--duration-ms', '100'], 2, /--duration-ms is not supported by the Nim harness; give --messages/],
    [['--capacity', '1000'], 2, /--capacity: "1000" is not a power of two/],
    [['--producer-cpu', '0'], 2, /give both --producer-cpu and --consumer-cpu/],
    [['--slots-node', '63', '--index-node', '63'], 3, /cannot place the run: no such NUMA node 63/]
  ] as const)('refuses %j with exit status %i and the reason', (args, status, reason) => {
    const run = drive(...args)
    expect(run.status).toBe(status)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(reason)
  })

  it('runs as a subject through the runner: subject cells come back valid next to the reference cells', async () => {
    const native = await buildNative({ sourceDir: NATIVE, buildDir: mkdtempSync(join(tmpdir(), 'spsc-build-')) })
    const topology = readTopology('/')
    const plan = makePlan(topology, placementClasses(topology), {
      budgetSeconds: 600,
      seed: 8,
      paddings: [128],
      minRepetitions: 1,
      maxRepetitions: 1,
      messages: { throughput: 20_000, pingpong: 2_000, 'same-thread': 20_000 },
      subject: { enabled: true }
    })
    const results = await runPlan(plan, { binary: native.binary, subjectCommand: [harness], topology })
    const problems = results.cells.flatMap(({ cell, samples }) =>
      samples.filter((sample) => !sample.valid).map((sample) => `${cell.key}: ${sample.invalidReasons.join('; ')}`)
    )
    expect(problems).toEqual([])
    const subjectCells = results.cells.filter(({ cell }) => cell.subject === 'subject')
    const referenceCells = results.cells.filter(({ cell }) => cell.subject === 'reference')
    expect(subjectCells.length).toBeGreaterThan(0)
    expect(subjectCells).toHaveLength(referenceCells.length)
    for (const { cell, samples } of results.cells) {
      expect(samples).toHaveLength(1)
      const record = samples[0].record!
      expect(record.implementation).toBe(cell.subject === 'subject' ? IMPLEMENTATION : 'reference')
      if (cell.pinned) expect(record.observed.producerCpus).toEqual([cell.producerCpu])
      if (cell.memoryNode !== null) expect(record.observed.slots?.nodesAfter).toEqual([cell.memoryNode])
    }
  }, 300_000)
})
