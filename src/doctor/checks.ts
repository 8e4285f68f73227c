/**
 * What a machine needs for trustworthy numbers, as pure checks over readings taken elsewhere (readings.ts), so
 * every rule is testable without the machine it describes.
 */

export type Severity = 'ok' | 'warn' | 'fail'

export interface Finding {
  check: string
  severity: Severity
  message: string
  /** The command or setting that fixes it; absent when nothing needs fixing. */
  fix?: string
}

export interface DoctorReadings {
  nodesWithCpus: number
  nodes: number
  numaBalancing: string | null
  transparentHugepages: string | null
  /** scaling_governor of each CPU that has cpufreq; empty when the kernel exposes none (common in VMs). */
  governors: string[]
  /** /sys/devices/system/cpu/smt/control: on, off, forceoff, notsupported, notimplemented; null when absent. */
  smtControl: string | null
  isolatedCpus: string
  nohzFull: string
  perfEventParanoid: number | null
  compiler: string | null
  make: string | null
  pus: number
  allowedCpus: number
  loadAverage1m: number
  virtualized: boolean
}

export const DOCTOR_EXIT = { ready: 0, warnings: 1, unusable: 2 } as const

export function diagnose(readings: DoctorReadings): Finding[] {
  return [
    numaNodes(readings),
    toolchain(readings),
    numaBalancing(readings),
    hugepages(readings),
    governor(readings),
    smt(readings),
    isolation(readings),
    perfCounters(readings),
    cgroupLimits(readings),
    otherLoad(readings),
    virtualization(readings)
  ]
}

function numaNodes(r: DoctorReadings): Finding {
  if (r.nodesWithCpus >= 2) {
    return { check: 'numa', severity: 'ok', message: `${r.nodesWithCpus} NUMA nodes with CPUs (${r.nodes} in all)` }
  }
  return {
    check: 'numa',
    severity: 'warn',
    message: `${r.nodes} NUMA node(s), ${r.nodesWithCpus} with CPUs: only same-node classes can be measured`,
    fix: 'run on a multi-socket machine, or enable sub-NUMA clustering (Intel SNC) / NPS2-4 (AMD) in the BIOS'
  }
}

function toolchain(r: DoctorReadings): Finding {
  const missing = [r.compiler === null ? 'cc' : null, r.make === null ? 'make' : null].filter(Boolean)
  if (missing.length === 0) return { check: 'toolchain', severity: 'ok', message: `${r.compiler}; ${r.make}` }
  return {
    check: 'toolchain',
    severity: 'fail',
    message: `${missing.join(' and ')} not found: the native benchmark cannot be built`,
    fix: 'sudo apt-get install -y build-essential'
  }
}

function numaBalancing(r: DoctorReadings): Finding {
  if (r.numaBalancing === null || r.numaBalancing === '0') {
    return { check: 'numa_balancing', severity: 'ok', message: 'automatic NUMA balancing is off' }
  }
  return {
    check: 'numa_balancing',
    severity: 'warn',
    message: `kernel.numa_balancing=${r.numaBalancing}: the kernel may migrate the ring's pages during a run`,
    fix: 'sudo sysctl kernel.numa_balancing=0'
  }
}

function hugepages(r: DoctorReadings): Finding {
  if (r.transparentHugepages !== 'always') {
    return { check: 'thp', severity: 'ok', message: `transparent huge pages: ${r.transparentHugepages ?? 'not present'}` }
  }
  return {
    check: 'thp',
    severity: 'warn',
    message: 'transparent huge pages "always": khugepaged may collapse and migrate the ring between runs',
    fix: 'echo madvise | sudo tee /sys/kernel/mm/transparent_hugepage/enabled'
  }
}

function governor(r: DoctorReadings): Finding {
  const others = [...new Set(r.governors.filter((name) => name !== 'performance'))]
  if (r.governors.length === 0) {
    return { check: 'governor', severity: 'ok', message: 'no cpufreq governor exposed (fixed frequency or a VM)' }
  }
  if (others.length === 0) return { check: 'governor', severity: 'ok', message: 'every CPU uses the performance governor' }
  return {
    check: 'governor',
    severity: 'warn',
    message: `CPU frequency governor ${others.join(', ')}: clock ramps add noise to short samples`,
    fix: 'sudo cpupower frequency-set -g performance'
  }
}

function smt(r: DoctorReadings): Finding {
  if (r.smtControl === 'on') return { check: 'smt', severity: 'ok', message: 'SMT on: the smt-sibling class can be measured' }
  return {
    check: 'smt',
    severity: 'ok',
    message: `SMT ${r.smtControl ?? 'state unknown'}: the smt-sibling class will be reported as not available`
  }
}

function isolation(r: DoctorReadings): Finding {
  if (r.isolatedCpus !== '' || r.nohzFull !== '') {
    return { check: 'isolation', severity: 'ok', message: `isolated CPUs: ${r.isolatedCpus || '-'}; nohz_full: ${r.nohzFull || '-'}` }
  }
  return {
    check: 'isolation',
    severity: 'warn',
    message: 'no isolcpus/nohz_full: the scheduler and interrupts share the measured CPUs',
    fix: 'add isolcpus=<cpus> nohz_full=<cpus> rcu_nocbs=<cpus> to the kernel command line, keeping CPU 0 of each node for housekeeping'
  }
}

function perfCounters(r: DoctorReadings): Finding {
  if (r.perfEventParanoid !== null && r.perfEventParanoid <= 1) {
    return { check: 'perf', severity: 'ok', message: `perf_event_paranoid=${r.perfEventParanoid}: counters readable if the CPU exposes them` }
  }
  return {
    check: 'perf',
    severity: 'warn',
    message: `perf_event_paranoid=${r.perfEventParanoid ?? 'absent'}: cycles and LLC misses will be null in results`,
    fix: 'sudo sysctl kernel.perf_event_paranoid=1'
  }
}

function cgroupLimits(r: DoctorReadings): Finding {
  if (r.allowedCpus >= r.pus) return { check: 'cgroup', severity: 'ok', message: `all ${r.pus} CPUs usable by this process` }
  return {
    check: 'cgroup',
    severity: r.allowedCpus < 2 ? 'fail' : 'warn',
    message: `only ${r.allowedCpus} of ${r.pus} CPUs are usable (affinity or cgroup cpuset): classes outside them are skipped`,
    fix: 'run the runner service without a CPU restriction, or widen its cgroup cpuset (systemd AllowedCPUs=)'
  }
}

function otherLoad(r: DoctorReadings): Finding {
  const perCpu = r.loadAverage1m / Math.max(1, r.pus)
  if (perCpu < 0.25) return { check: 'load', severity: 'ok', message: `load average ${r.loadAverage1m.toFixed(2)}` }
  return {
    check: 'load',
    severity: 'warn',
    message: `load average ${r.loadAverage1m.toFixed(2)} on ${r.pus} CPUs: other work competes with the benchmark`,
    fix: 'stop other jobs on this runner (one runner service per machine, no parallel jobs)'
  }
}

function virtualization(r: DoctorReadings): Finding {
  if (!r.virtualized) return { check: 'vm', severity: 'ok', message: 'bare metal' }
  return {
    check: 'vm',
    severity: 'warn',
    message: 'running under a hypervisor: the NUMA topology and core pairs may be synthetic and timings noisy',
    fix: 'use a bare-metal runner (e.g. a *.metal cloud instance) for published numbers'
  }
}

export function doctorExitCode(findings: Finding[]): number {
  if (findings.some((finding) => finding.severity === 'fail')) return DOCTOR_EXIT.unusable
  if (findings.some((finding) => finding.severity === 'warn')) return DOCTOR_EXIT.warnings
  return DOCTOR_EXIT.ready
}
