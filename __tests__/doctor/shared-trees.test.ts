/** The doctor on sysfs trees captured from real machines (../shared/fixtures/sysfs), skipped visibly without them. */
import { expect, it } from '@jest/globals'
import { diagnose, takeReadings, type CommandProbe, type Finding } from '../../src/doctor/index.js'
import { readTopology } from '../../src/topology/index.js'
import { describeWithSharedTrees, tree } from '../topology/shared-trees.js'

const toolchainPresent: CommandProbe = (command) => (command === 'make' ? 'GNU Make 4.3' : 'cc 12.2.0')

function findingsOn(name: string): Finding[] {
  const root = tree(name)
  return diagnose(takeReadings(readTopology(root), root, { probe: toolchainPresent }))
}

function problems(findings: Finding[]): string[] {
  return findings
    .filter((finding) => finding.severity !== 'ok')
    .map((finding) => `${finding.check}: ${finding.message}`)
}

describeWithSharedTrees('doctor on real machines', () => {
  it('reports the CPUs and memory nodes a cgroup v2 cpuset hides on a 4-socket, 8-node AMD machine', () => {
    const findings = findingsOn('32amd64-4s2n4c-cgroup2')
    expect(findings.find((finding) => finding.check === 'numa')?.message).toBe('8 NUMA nodes with CPUs (8 in all)')
    const cpuset = findings.filter((finding) => finding.check === 'cpuset')
    expect(cpuset.map((finding) => [finding.severity, finding.message])).toEqual([
      ['warn', "CPUs 6-31 are outside this process's affinity or cgroup cpuset: classes needing them are skipped"],
      ['warn', "memory nodes 6-7 are outside this process's cpuset.mems: memory homes there cannot be bound"]
    ])
    expect(cpuset.map((finding) => finding.fix)).toEqual([
      'sudo systemctl set-property <runner unit>.service AllowedCPUs=0-31',
      'sudo systemctl set-property <runner unit>.service AllowedMemoryNodes=0-7'
    ])
  })

  it('keeps whole SMT cores for housekeeping on a 2-node Xeon with hyper-threads', () => {
    const findings = findingsOn('24em64t-2n6c2t+2mic.olddriver')
    expect(findings.find((finding) => finding.check === 'smt')?.message).toContain('12 cores with siblings')
    const isolation = findings.find((finding) => finding.check === 'isolation')
    expect(isolation?.message).toContain('housekeeping CPUs would be 0-1,12-13')
    expect(isolation?.fix).toContain('isolcpus=2-11,14-23 ')
  })

  it('flags the hypervisor of a heterogeneous-memory VM and nothing about its CPU-less nodes', () => {
    expect(problems(findingsOn('fakeheteromemtiers'))).toEqual([
      expect.stringMatching(/^isolation: /),
      expect.stringMatching(/^perf: /),
      expect.stringMatching(/^vm: running under a hypervisor/)
    ])
  })
})
