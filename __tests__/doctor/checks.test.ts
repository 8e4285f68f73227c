/** The doctor's rules on hand-made readings: each check passes on a tuned machine and flags its own problem. */
import { describe, expect, it } from '@jest/globals'
import {
  diagnose,
  doctorExitCode,
  DOCTOR_EXIT,
  proposedIsolation,
  type DoctorReadings,
  type Finding
} from '../../src/doctor/checks.js'

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index)
}

/** 2 sockets × 16 cores × 2 threads, Linux numbering: cpu n and n+32 share a core; node 0 holds 0-15,32-47. */
const siblings = range(0, 31).map((cpu) => [cpu, cpu + 32])
const isolatedCpus = range(0, 63).filter((cpu) => ![0, 16, 32, 48].includes(cpu))

const readyTwoSocket: DoctorReadings = {
  nodes: [
    { id: 0, cpus: [...range(0, 15), ...range(32, 47)], memoryMiB: 65536 },
    { id: 1, cpus: [...range(16, 31), ...range(48, 63)], memoryMiB: 65536 }
  ],
  onlineCpus: range(0, 63),
  numaBalancing: '0',
  transparentHugepages: 'madvise',
  governors: Object.fromEntries(range(0, 63).map((cpu) => [cpu, 'performance'])),
  smtControl: 'on',
  smtSiblings: siblings,
  isolatedCpus,
  nohzFull: isolatedCpus,
  perfEventParanoid: 2,
  eventSources: ['breakpoint', 'cpu', 'kprobe', 'msr', 'power', 'software', 'tracepoint', 'uncore_imc_0'],
  compiler: 'cc (Debian 12.2.0-14) 12.2.0',
  make: 'GNU Make 4.3',
  allowedCpus: range(0, 63),
  allowedMemoryNodes: [0, 1],
  cpuQuota: null,
  systemdUnit: 'actions.runner.acme-ring.numa-2s-01.service',
  loadAverage1m: 0.1,
  virtualized: false
}

function findingsOf(change: Partial<DoctorReadings>, check: string): Finding[] {
  return diagnose({ ...readyTwoSocket, ...change }).filter((finding) => finding.check === check)
}

describe('doctor checks', () => {
  it('calls a tuned two-socket machine ready, one ok finding per check', () => {
    const findings = diagnose(readyTwoSocket)
    expect(findings.filter((finding) => finding.severity !== 'ok')).toEqual([])
    expect(findings.map((finding) => finding.check)).toEqual([
      'numa',
      'toolchain',
      'numa_balancing',
      'thp',
      'governor',
      'smt',
      'isolation',
      'perf',
      'pmu',
      'cpuset',
      'cpu.max',
      'load',
      'vm'
    ])
    expect(findings.every((finding) => finding.fix === undefined)).toBe(true)
    expect(doctorExitCode(findings)).toBe(DOCTOR_EXIT.ready)
  })

  it.each([
    ['numa', 'warn', { nodes: [{ id: 0, cpus: range(0, 63), memoryMiB: 131072 }] }, /BIOS/],
    ['numa', 'warn', { nodes: [readyTwoSocket.nodes[0], { id: 1, cpus: [], memoryMiB: 4096 }] }, /multi-socket/],
    ['toolchain', 'fail', { compiler: null }, /build-essential/],
    ['toolchain', 'fail', { make: null }, /build-essential/],
    ['numa_balancing', 'warn', { numaBalancing: '1' }, /sysctl -w kernel\.numa_balancing=0/],
    ['numa_balancing', 'warn', { numaBalancing: '2' }, /sysctl -w kernel\.numa_balancing=0/],
    [
      'thp',
      'warn',
      { transparentHugepages: 'always' },
      /echo madvise \| sudo tee \/sys\/kernel\/mm\/transparent_hugepage\/enabled/
    ],
    ['governor', 'warn', { governors: { 0: 'performance', 1: 'powersave', 2: 'schedutil' } }, /scaling_governor/],
    [
      'smt',
      'warn',
      { smtControl: 'off', smtSiblings: [] },
      /echo on \| sudo tee \/sys\/devices\/system\/cpu\/smt\/control/
    ],
    ['smt', 'warn', { smtControl: 'forceoff', smtSiblings: [] }, /remove nosmt/],
    ['isolation', 'warn', { isolatedCpus: [], nohzFull: [] }, /isolcpus=1-15,17-31,33-47,49-63 /],
    [
      'isolation',
      'warn',
      { allowedCpus: [0, 16, 32, 48] },
      /set-property actions\.runner\.acme-ring\.numa-2s-01\.service CPUAffinity=0-63/
    ],
    ['isolation', 'warn', { isolatedCpus: range(1, 31), nohzFull: [] }, /isolcpus=1-31,33-63/],
    ['perf', 'warn', { perfEventParanoid: 3 }, /perf_event_paranoid=2/],
    ['perf', 'warn', { perfEventParanoid: null }, /CONFIG_PERF_EVENTS/],
    ['pmu', 'warn', { eventSources: ['breakpoint', 'msr', 'software', 'tracepoint', 'uprobe'] }, /pmu=on/],
    ['cpuset', 'warn', { allowedCpus: range(0, 31), isolatedCpus: [], nohzFull: [] }, /AllowedCPUs=0-63/],
    ['cpuset', 'fail', { allowedCpus: [5] }, /AllowedCPUs=0-63 CPUAffinity=0-63/],
    ['cpuset', 'warn', { allowedMemoryNodes: [0] }, /AllowedMemoryNodes=0-1/],
    ['cpu.max', 'fail', { cpuQuota: { cpus: 1.5, file: 'sys/fs/cgroup/ci/cpu.max', cgroup: '/ci' } }, /CPUQuota=6400%/],
    ['cpu.max', 'warn', { cpuQuota: { cpus: 8, file: 'sys/fs/cgroup/ci/cpu.max', cgroup: '/ci' } }, /CPUQuota=6400%/],
    ['load', 'warn', { loadAverage1m: 40 }, /top/],
    ['vm', 'warn', { virtualized: true }, /bare-metal/]
  ] as [string, string, Partial<DoctorReadings>, RegExp][])(
    'flags %s as %s (case %#), with the fix',
    (check, severity, change, fix) => {
      const flagged = findingsOf(change, check).filter((finding) => finding.severity !== 'ok')
      expect(flagged).toHaveLength(1)
      expect(flagged[0].severity).toBe(severity)
      expect(flagged[0].fix).toMatch(fix)
    }
  )

  it('passes the states that need no fixing', () => {
    const passing: [string, Partial<DoctorReadings>][] = [
      ['numa_balancing', { numaBalancing: null }],
      ['thp', { transparentHugepages: 'never' }],
      ['thp', { transparentHugepages: null }],
      ['governor', { governors: {} }],
      ['smt', { smtControl: 'notsupported', smtSiblings: [] }],
      ['smt', { smtControl: null, smtSiblings: [] }],
      ['isolation', { isolatedCpus: [], nohzFull: isolatedCpus }],
      ['perf', { perfEventParanoid: -1 }],
      ['pmu', { eventSources: null }],
      ['pmu', { eventSources: ['armv8_pmuv3_0', 'software'] }],
      ['pmu', { eventSources: ['cpu_atom', 'cpu_core', 'software'] }],
      ['cpuset', { allowedMemoryNodes: null }],
      ['cpuset', { nodes: [...readyTwoSocket.nodes, { id: 2, cpus: [], memoryMiB: 0 }] }],
      ['cpu.max', { cpuQuota: { cpus: 64, file: 'sys/fs/cgroup/cpu.max', cgroup: '/' } }],
      ['load', { loadAverage1m: null }],
      ['load', { loadAverage1m: 15 }]
    ]
    for (const [check, change] of passing) {
      expect([check, findingsOf(change, check).map((finding) => finding.severity)]).toEqual([check, ['ok']])
    }
  })

  it('does not blame the cpuset for CPUs that isolcpus took out of the affinity', () => {
    const findings = diagnose({ ...readyTwoSocket, allowedCpus: [0, 16, 32, 48] })
    expect(findings.filter((finding) => finding.check === 'cpuset').map((finding) => finding.severity)).toEqual(['ok'])
    expect(findings.find((finding) => finding.check === 'isolation')?.message).toContain('1-15,17-31,33-47,49-63')
  })

  it('reports an unreachable isolated set and split SMT cores as two findings', () => {
    const isolation = findingsOf(
      { isolatedCpus: [1, 2, 3], nohzFull: [], allowedCpus: [0, 4, 5, 32, 33, 34, 35] },
      'isolation'
    )
    expect(isolation.map((finding) => finding.message)).toEqual([
      expect.stringContaining('isolated CPUs 1-3 are outside'),
      expect.stringContaining('SMT siblings 33-35 of isolated CPUs')
    ])
  })

  it('proposes the first CPU of each node and its sibling for housekeeping', () => {
    expect(proposedIsolation(readyTwoSocket)).toEqual({ housekeeping: [0, 16, 32, 48], isolated: isolatedCpus })
    const unknownNodes = { ...readyTwoSocket, nodes: [], onlineCpus: [0, 1, 2, 3], smtSiblings: [] }
    expect(proposedIsolation(unknownNodes)).toEqual({ housekeeping: [0], isolated: [1, 2, 3] })
    const single = findingsOf(
      {
        nodes: [{ id: 0, cpus: [0], memoryMiB: 512 }],
        onlineCpus: [0],
        smtSiblings: [],
        isolatedCpus: [],
        nohzFull: []
      },
      'isolation'
    )
    expect(single[0].fix).toMatch(/more than one CPU per node/)
  })

  it('is unusable when any check fails and usable with warnings otherwise', () => {
    expect(doctorExitCode(diagnose({ ...readyTwoSocket, make: null }))).toBe(DOCTOR_EXIT.unusable)
    expect(doctorExitCode(diagnose({ ...readyTwoSocket, make: null, numaBalancing: '1' }))).toBe(DOCTOR_EXIT.unusable)
    expect(doctorExitCode(diagnose({ ...readyTwoSocket, numaBalancing: '1' }))).toBe(DOCTOR_EXIT.warnings)
    expect(DOCTOR_EXIT).toEqual({ ready: 0, warnings: 1, unusable: 2 })
  })
})
