import { describe, expect, it } from '@jest/globals'
import { diagnose, doctorExitCode, DOCTOR_EXIT, type DoctorReadings } from '../../src/doctor/checks.js'

const readyTwoSocket: DoctorReadings = {
  nodesWithCpus: 2,
  nodes: 2,
  numaBalancing: '0',
  transparentHugepages: 'madvise',
  governors: ['performance', 'performance'],
  smtControl: 'on',
  isolatedCpus: '2-31,34-63',
  nohzFull: '2-31,34-63',
  perfEventParanoid: 1,
  compiler: 'cc (Debian 12.2.0-14) 12.2.0',
  make: 'GNU Make 4.3',
  pus: 64,
  allowedCpus: 64,
  loadAverage1m: 0.1,
  virtualized: false
}

function severityOf(readings: DoctorReadings, check: string): string | undefined {
  return diagnose(readings).find((finding) => finding.check === check)?.severity
}

describe('doctor checks', () => {
  it('calls a tuned two-socket machine ready', () => {
    const findings = diagnose(readyTwoSocket)
    expect(findings.filter((finding) => finding.severity !== 'ok')).toEqual([])
    expect(doctorExitCode(findings)).toBe(DOCTOR_EXIT.ready)
  })

  it.each([
    ['numa', { nodesWithCpus: 1, nodes: 1 }, 'warn'],
    ['numa_balancing', { numaBalancing: '1' }, 'warn'],
    ['thp', { transparentHugepages: 'always' }, 'warn'],
    ['governor', { governors: ['performance', 'powersave'] }, 'warn'],
    ['isolation', { isolatedCpus: '', nohzFull: '' }, 'warn'],
    ['perf', { perfEventParanoid: 4 }, 'warn'],
    ['cgroup', { allowedCpus: 8 }, 'warn'],
    ['cgroup', { allowedCpus: 1 }, 'fail'],
    ['load', { loadAverage1m: 40 }, 'warn'],
    ['vm', { virtualized: true }, 'warn'],
    ['toolchain', { compiler: null }, 'fail']
  ] as [string, Partial<DoctorReadings>, string][])('flags %s for %j as %s, with a fix', (check, change, severity) => {
    const readings = { ...readyTwoSocket, ...change }
    expect(severityOf(readings, check)).toBe(severity)
    expect(diagnose(readings).find((finding) => finding.check === check)?.fix).toEqual(expect.any(String))
  })

  it('is unusable when any check fails and usable with warnings otherwise', () => {
    expect(doctorExitCode(diagnose({ ...readyTwoSocket, make: null }))).toBe(DOCTOR_EXIT.unusable)
    expect(doctorExitCode(diagnose({ ...readyTwoSocket, numaBalancing: '1' }))).toBe(DOCTOR_EXIT.warnings)
  })
})
