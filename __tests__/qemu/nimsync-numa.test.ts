/**
 * The NUMA-aware nimsync constructor (docs/nimsync-numa/) in the emulated two-socket guest (scripts/qemu/): with
 * newChannel(size, mode, node) the slots and the indices land on the asked node wherever the creating thread runs and
 * without any memory policy (get_mempolicy reports MPOL_DEFAULT); with newChannel(size, mode) they follow first touch,
 * i.e. the creating thread's node. move_pages(2) reports the nodes. Runs on our mirror of the patched allocation
 * (docs/nimsync-numa/test/mirror_channel.nim), so neither nimsync's source nor a network is needed; the patch's own
 * numa_memory.nim is held equal to the mirror's. The harness built on the mirror must honour --slots-node/--index-node
 * through the constructor. Skipped, saying why, without QEMU or nim. One boot, about a minute on a quiet 2-core host.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { qemuUnavailableReason, removeJob, runInGuest, type GuestResult } from '../../scripts/qemu/harness.mjs'
import { TOPOLOGIES } from '../../scripts/qemu/topologies.mjs'
import { parseNativeLine } from '../../src/native/index.js'

const patchDir = resolve('docs/nimsync-numa')
const mirror = join(patchDir, 'test', 'mirror_channel.nim')
const probeSource = join(patchDir, 'test', 'placement_probe.nim')

function nimUnavailableReason(): string | null {
  const version = spawnSync('nim', ['-v'], { encoding: 'utf8' })
  return version.status === 0 ? null : 'no Nim compiler (nim) on PATH: apt-get install nim'
}

const unavailable = qemuUnavailableReason() ?? nimUnavailableReason()
if (unavailable !== null) console.warn(`Skipping the nimsync NUMA placement test in the guest: ${unavailable}`)
const describeGuest = unavailable === null ? describe : describe.skip

interface Placement {
  slots: number[]
  indices: number[]
}
interface ProbeLine {
  cpu: number
  node: number
  threadPolicy: number
  firstTouch: Placement
  bound: Placement
}

describe('the nimsync patch', () => {
  it('adds numa_memory.nim exactly as committed beside it (the file the tests build)', () => {
    const patch = readFileSync(join(patchDir, 'nimsync-numa-channel.patch'), 'utf8')
    const added = patch.split(/^diff --git /m).find((part) => part.startsWith('a/src/private/numa_memory.nim'))
    expect(added).toBeDefined()
    const lines = added!
      .split('\n')
      .filter((line) => line.startsWith('+') && !line.startsWith('+++'))
      .map((line) => line.slice(1))
    expect(`${lines.join('\n')}\n`).toBe(readFileSync(join(patchDir, 'numa_memory.nim'), 'utf8'))
  })
})

describeGuest('nimsync newChannel(size, mode, node) in the two-socket guest', () => {
  const twoSocket = TOPOLOGIES.find((topology) => topology.name === 'two-socket')!
  let buildDir: string
  let guest: GuestResult
  const jobLine = (name: string) => readFileSync(join(guest.jobDir, name), 'utf8').trim()
  const probe = (name: string) => JSON.parse(jobLine(name)) as ProbeLine

  beforeAll(async () => {
    buildDir = mkdtempSync(join(tmpdir(), 'nimsync-numa-'))
    const nimFlags = ['-d:danger', '--threads:on', '--mm:orc', '--hints:off', '--verbosity:0']
    const built = spawnSync(
      'nim',
      [
        'c',
        ...nimFlags,
        `--nimcache:${join(buildDir, 'cache')}`,
        `-d:channelModule=${mirror}`,
        `-o:${join(buildDir, 'probe')}`,
        probeSource
      ],
      { encoding: 'utf8' }
    )
    expect({ status: built.status, stderr: built.stderr }).toEqual({ status: 0, stderr: '' })
    const harness = spawnSync(
      'make',
      ['-C', 'native', 'nim', `BUILD_DIR=${buildDir}`, `SUBJECT=${mirror}`, 'NAME=mirror'],
      {
        encoding: 'utf8'
      }
    )
    expect({ status: harness.status, stderr: harness.stderr }).toEqual({ status: 0, stderr: '' })
    // CPUs 0-1 are node 0 and CPUs 2-3 node 1. taskset keeps the whole process (its heap included) on the creator's
    // CPU from its first instruction, so first touch can only mean that CPU's node.
    const script = [
      'set -e',
      `taskset -c 0 ${buildDir}/probe --cpu 0 --node 1 > /job/creator-on-node0.json`,
      `taskset -c 2 ${buildDir}/probe --cpu 2 --node 0 > /job/creator-on-node1.json`,
      `${buildDir}/nim-spsc-bench --mode throughput --producer-cpu 0 --consumer-cpu 2 --slots-node 1 --index-node 1 ` +
        '--messages 2000 --warmup-messages 200 > /job/harness.json'
    ].join('\n')
    guest = await runInGuest(twoSocket, script, { cwd: process.cwd(), commandTimeoutMs: 5 * 60_000 })
  }, 15 * 60_000)

  afterAll(() => {
    if (guest !== undefined) removeJob(guest)
    if (buildDir !== undefined) rmSync(buildDir, { recursive: true, force: true })
  })

  it('runs every step in the guest', () => {
    expect({ exitCode: guest.exitCode, stderr: guest.stderr }).toEqual({ exitCode: 0, stderr: '' })
  })

  it('puts slots and indices on the asked node, from either socket, with no memory policy set', () => {
    expect(probe('creator-on-node0.json')).toEqual({
      cpu: 0,
      node: 1,
      threadPolicy: 0,
      firstTouch: { slots: [0], indices: [0] },
      bound: { slots: [1], indices: [1] }
    })
    expect(probe('creator-on-node1.json')).toEqual({
      cpu: 2,
      node: 0,
      threadPolicy: 0,
      firstTouch: { slots: [1], indices: [1] },
      bound: { slots: [0], indices: [0] }
    })
  })

  it('lets the harness honour --slots-node and --index-node through the constructor', () => {
    const record = parseNativeLine(jobLine('harness.json'), 'nim-spsc-bench (mirror channel)')
    expect(record.invalidReasons).toEqual([])
    expect(record.valid).toBe(true)
    expect(record.observed.slots).toMatchObject({ nodesBefore: [1], nodesAfter: [1] })
    expect(record.observed.indices).toMatchObject({ nodesBefore: [1], nodesAfter: [1] })
    expect(record.observed.producerCpus).toEqual([0])
    expect(record.observed.consumerCpus).toEqual([2])
  })
})
