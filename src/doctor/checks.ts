/**
 * What a machine needs for trustworthy numbers, as pure checks over readings taken elsewhere (readings.ts), so
 * every rule is testable without the machine it describes. Every finding that is not "ok" carries the command (or,
 * for hardware and firmware, the change) that fixes it.
 */
import { formatCpuList, type NumaNode } from '../topology/index.js'

export type Severity = 'ok' | 'warn' | 'fail'

export interface Finding {
  check: string
  severity: Severity
  message: string
  /** The command or setting that fixes it; absent when nothing needs fixing. */
  fix?: string
}

export interface CpuQuota {
  /** CPUs' worth of time per period: quota / period. */
  cpus: number
  /** The cpu.max (or v1 cpu.cfs_quota_us) file that sets it, relative to the root. */
  file: string
  /** This process's cgroup path, as proc/self/cgroup gives it. */
  cgroup: string
}

export interface DoctorReadings {
  /** Online nodes, CPU-less ones included. */
  nodes: NumaNode[]
  /** Online CPUs of the machine, ascending. */
  onlineCpus: number[]
  numaBalancing: string | null
  transparentHugepages: string | null
  /** scaling_governor by CPU id, for the CPUs that have cpufreq; empty when the kernel exposes none (common in VMs). */
  governors: Record<number, string>
  /** /sys/devices/system/cpu/smt/control: on, off, forceoff, notsupported, notimplemented; null when absent. */
  smtControl: string | null
  /** Sibling groups of more than one online CPU. */
  smtSiblings: number[][]
  /** CPUs isolated from the scheduler (isolcpus=), and CPUs with nohz_full=. */
  isolatedCpus: number[]
  nohzFull: number[]
  perfEventParanoid: number | null
  /** Names under /sys/bus/event_source/devices (e.g. cpu, software); null when the folder is absent. */
  eventSources: string[] | null
  compiler: string | null
  make: string | null
  /** CPUs this process may run on (affinity and cgroup cpuset). */
  allowedCpus: number[]
  /** Nodes this process may allocate on; null when not read. */
  allowedMemoryNodes: number[] | null
  /** The tightest CPU-time quota over this process's cgroup and its ancestors; null when none. */
  cpuQuota: CpuQuota | null
  /** The systemd unit whose cgroup holds this process (e.g. the runner's service), for the fix lines. */
  systemdUnit: string | null
  /** 1-minute load average; null when proc/loadavg is absent. */
  loadAverage1m: number | null
  virtualized: boolean
}

/** Exit status of `numa-spsc-bench doctor`. A tree that cannot be read at all exits 2 through the CLI's error path. */
export const DOCTOR_EXIT = { ready: 0, warnings: 1, unusable: 2 } as const

/** Every check, in print order; a check may report several findings (e.g. two separate isolation problems). */
export function diagnose(readings: DoctorReadings): Finding[] {
  return [
    numaNodes,
    toolchain,
    numaBalancing,
    hugepages,
    governor,
    smt,
    isolation,
    perfCounters,
    hardwarePmu,
    cpuset,
    cpuQuota,
    otherLoad,
    virtualization
  ].flatMap((check) => check(readings))
}

export function doctorExitCode(findings: Finding[]): number {
  if (findings.some((finding) => finding.severity === 'fail')) return DOCTOR_EXIT.unusable
  if (findings.some((finding) => finding.severity === 'warn')) return DOCTOR_EXIT.warnings
  return DOCTOR_EXIT.ready
}

function ok(check: string, message: string): Finding[] {
  return [{ check, severity: 'ok', message }]
}

/** "sudo systemctl set-property <unit> …" for the runner's own unit when the process runs in one. */
function unitCommand(r: DoctorReadings, setting: string): string {
  return `sudo systemctl set-property ${r.systemdUnit ?? '<runner unit>.service'} ${setting}`
}

function numaNodes(r: DoctorReadings): Finding[] {
  const withCpus = r.nodes.filter((node) => node.cpus.length > 0).length
  if (withCpus >= 2) return ok('numa', `${withCpus} NUMA nodes with CPUs (${r.nodes.length} in all)`)
  return [
    {
      check: 'numa',
      severity: 'warn',
      message: `${r.nodes.length} NUMA node(s), ${withCpus} with CPUs: only same-node classes can be measured`,
      fix: 'run on a multi-socket machine, or enable sub-NUMA clustering (Intel SNC) / NPS2-4 (AMD) in the BIOS'
    }
  ]
}

function toolchain(r: DoctorReadings): Finding[] {
  const missing = [r.compiler === null ? 'cc' : null, r.make === null ? 'make' : null].filter(Boolean)
  if (missing.length === 0) return ok('toolchain', `${r.compiler}; ${r.make}`)
  return [
    {
      check: 'toolchain',
      severity: 'fail',
      message: `${missing.join(' and ')} not found: the native benchmark cannot be built`,
      fix: 'sudo apt-get install -y build-essential   # or: sudo dnf install -y gcc make'
    }
  ]
}

function numaBalancing(r: DoctorReadings): Finding[] {
  if (r.numaBalancing === null || r.numaBalancing === '0')
    return ok('numa_balancing', 'automatic NUMA balancing is off')
  return [
    {
      check: 'numa_balancing',
      severity: 'warn',
      // mbind-bound memory is left alone unless MPOL_F_NUMA_BALANCING asks (torvalds/linux bda420b98505).
      message:
        `kernel.numa_balancing=${r.numaBalancing}: the kernel may migrate the ring's pages in first-touch cells ` +
        '(memory without an explicit policy) during a run and takes NUMA hinting faults on the process; ' +
        'cells with a bound memory home are not migrated',
      fix: 'sudo sysctl -w kernel.numa_balancing=0   # persist: echo kernel.numa_balancing=0 | sudo tee /etc/sysctl.d/60-numa-spsc-bench.conf'
    }
  ]
}

function hugepages(r: DoctorReadings): Finding[] {
  if (r.transparentHugepages !== 'always') {
    return ok('thp', `transparent huge pages: ${r.transparentHugepages ?? 'not present'}`)
  }
  return [
    {
      check: 'thp',
      severity: 'warn',
      message: 'transparent huge pages "always": khugepaged may collapse and migrate the ring between runs',
      fix: 'echo madvise | sudo tee /sys/kernel/mm/transparent_hugepage/enabled   # persist: transparent_hugepage=madvise on the kernel command line'
    }
  ]
}

function governor(r: DoctorReadings): Finding[] {
  const entries = Object.entries(r.governors)
  if (entries.length === 0) return ok('governor', 'no cpufreq governor exposed (fixed frequency or a VM)')
  const slow = entries.filter(([, name]) => name !== 'performance')
  if (slow.length === 0) return ok('governor', 'every CPU uses the performance governor')
  const names = [...new Set(slow.map(([, name]) => name))].join(', ')
  return [
    {
      check: 'governor',
      severity: 'warn',
      message: `CPU frequency governor ${names} on CPUs ${formatCpuList(slow.map(([id]) => Number(id)))}: clock ramps add noise to short samples`,
      fix: 'echo performance | sudo tee /sys/devices/system/cpu/cpu*/cpufreq/scaling_governor   # or: sudo cpupower frequency-set -g performance'
    }
  ]
}

function smt(r: DoctorReadings): Finding[] {
  if (r.smtControl === 'off') {
    return [
      {
        check: 'smt',
        severity: 'warn',
        message: 'SMT switched off at run time: the smt-sibling class cannot be measured',
        fix: 'echo on | sudo tee /sys/devices/system/cpu/smt/control'
      }
    ]
  }
  if (r.smtControl === 'forceoff') {
    return [
      {
        check: 'smt',
        severity: 'warn',
        message: 'SMT forced off (nosmt on the kernel command line): the smt-sibling class cannot be measured',
        fix: 'remove nosmt (and mitigations=auto,nosmt) from GRUB_CMDLINE_LINUX in /etc/default/grub, then sudo update-grub && sudo reboot'
      }
    ]
  }
  if (r.smtSiblings.length > 0)
    return ok('smt', `SMT on (${r.smtSiblings.length} cores with siblings): the smt-sibling class can be measured`)
  return ok(
    'smt',
    `no SMT siblings (control: ${r.smtControl ?? 'absent'}): the smt-sibling class is reported as not available`
  )
}

/**
 * Housekeeping CPUs: the first CPU of each node with CPUs and its SMT siblings (the planner avoids them when the
 * class has another pair); the rest are proposed for isolation.
 */
export function proposedIsolation(r: DoctorReadings): { housekeeping: number[]; isolated: number[] } {
  const firsts = r.nodes.filter((node) => node.cpus.length > 0).map((node) => node.cpus[0])
  if (firsts.length === 0 && r.onlineCpus.length > 0) firsts.push(r.onlineCpus[0])
  const housekeeping = new Set(firsts.flatMap((cpu) => r.smtSiblings.find((group) => group.includes(cpu)) ?? [cpu]))
  return {
    housekeeping: [...housekeeping].sort((a, b) => a - b),
    isolated: r.onlineCpus.filter((cpu) => !housekeeping.has(cpu))
  }
}

function isolation(r: DoctorReadings): Finding[] {
  const isolated = [...new Set([...r.isolatedCpus, ...r.nohzFull])].sort((a, b) => a - b)
  if (isolated.length === 0) {
    const proposal = proposedIsolation(r)
    const cpus = formatCpuList(proposal.isolated)
    const fix =
      proposal.isolated.length === 0
        ? 'a machine with more than one CPU per node, so that some can be isolated'
        : `add "isolcpus=${cpus} nohz_full=${cpus} rcu_nocbs=${cpus}" ` +
          'to GRUB_CMDLINE_LINUX in /etc/default/grub, sudo update-grub && sudo reboot, then give the runner unit ' +
          `CPUAffinity=${formatCpuList(r.onlineCpus)} (docs/self-hosted-runner.md)`
    return [
      {
        check: 'isolation',
        severity: 'warn',
        message:
          'no isolcpus/nohz_full: the scheduler and interrupts share the measured CPUs ' +
          `(housekeeping CPUs would be ${formatCpuList(proposal.housekeeping)})`,
        fix
      }
    ]
  }
  const findings: Finding[] = []
  const allowed = new Set(r.allowedCpus)
  const unreachable = isolated.filter((cpu) => !allowed.has(cpu))
  if (unreachable.length > 0) {
    findings.push({
      check: 'isolation',
      severity: 'warn',
      message:
        `isolated CPUs ${formatCpuList(unreachable)} are outside this process's affinity (isolcpus= narrows every process ` +
        'to the housekeeping CPUs): the benchmark will not place threads on them',
      fix: `${unitCommand(r, `CPUAffinity=${formatCpuList(r.onlineCpus)}`)}   # or CPUAffinity= in a drop-in of the runner unit`
    })
  }
  const isolatedSet = new Set(isolated)
  const split = r.smtSiblings.filter(
    (group) => group.some((cpu) => isolatedSet.has(cpu)) && group.some((cpu) => !isolatedSet.has(cpu))
  )
  if (split.length > 0) {
    const shared = split.flatMap((group) => group.filter((cpu) => !isolatedSet.has(cpu)))
    findings.push({
      check: 'isolation',
      severity: 'warn',
      message: `SMT siblings ${formatCpuList(shared)} of isolated CPUs are not isolated: work on them shares the measured cores`,
      fix: `isolate whole cores: isolcpus=${formatCpuList([...isolated, ...shared])} (and the same for nohz_full=, rcu_nocbs=)`
    })
  }
  if (findings.length > 0) return findings
  return ok(
    'isolation',
    `isolated CPUs: ${formatCpuList(r.isolatedCpus) || '-'}; nohz_full: ${formatCpuList(r.nohzFull) || '-'}`
  )
}

/**
 * The driver counts its own threads' user-space events (perf_event_open with pid 0, exclude_kernel), which
 * perf_event_paranoid 2 still allows; 3 and above (Debian's and Ubuntu's patches) forbid it to unprivileged users.
 */
function perfCounters(r: DoctorReadings): Finding[] {
  if (r.perfEventParanoid !== null && r.perfEventParanoid <= 2) {
    return ok(
      'perf',
      `perf_event_paranoid=${r.perfEventParanoid}: user-space counters readable where the CPU exposes a PMU`
    )
  }
  if (r.perfEventParanoid === null) {
    return [
      {
        check: 'perf',
        severity: 'warn',
        message:
          'no /proc/sys/kernel/perf_event_paranoid (a kernel without perf events, or a tree captured without it): cycles and LLC misses will be null',
        fix: 'a kernel built with CONFIG_PERF_EVENTS (every distribution kernel is)'
      }
    ]
  }
  return [
    {
      check: 'perf',
      severity: 'warn',
      message: `perf_event_paranoid=${r.perfEventParanoid}: unprivileged counters are forbidden, so cycles and LLC misses will be null`,
      fix: 'sudo sysctl -w kernel.perf_event_paranoid=2   # persist: echo kernel.perf_event_paranoid=2 | sudo tee /etc/sysctl.d/60-numa-spsc-bench.conf'
    }
  ]
}

/** The core PMU's event source: "cpu" on x86 ("cpu_core"/"cpu_atom" on hybrid parts), "armv8_…" or "armv7_…" on Arm. */
const CORE_PMU = /^(cpu|cpu_core|cpu_atom|armv[78]_.*)$/

function hardwarePmu(r: DoctorReadings): Finding[] {
  if (r.eventSources === null) return ok('pmu', 'no /sys/bus/event_source: hardware counters not known')
  const core = r.eventSources.filter((name) => CORE_PMU.test(name))
  if (core.length > 0) return ok('pmu', `hardware counters: ${core.join(', ')}`)
  return [
    {
      check: 'pmu',
      severity: 'warn',
      message: `no core PMU among the event sources (${r.eventSources.join(', ') || 'none'}): cycles, instructions and LLC misses will be null`,
      fix: 'use bare metal, or give the VM a virtual PMU (QEMU/KVM: -cpu host,pmu=on; libvirt: <pmu state="on"/>)'
    }
  ]
}

function cpuset(r: DoctorReadings): Finding[] {
  const findings: Finding[] = []
  const allowed = new Set(r.allowedCpus)
  const isolated = new Set([...r.isolatedCpus, ...r.nohzFull])
  // CPUs hidden only because isolcpus= narrowed the inherited affinity are the isolation check's finding.
  const hidden = r.onlineCpus.filter((cpu) => !allowed.has(cpu) && !isolated.has(cpu))
  if (r.allowedCpus.length < 2) {
    findings.push({
      check: 'cpuset',
      severity: 'fail',
      message: `only CPU ${formatCpuList(r.allowedCpus) || 'none'} usable by this process: a producer and a consumer need two`,
      fix: unitCommand(r, `AllowedCPUs=${formatCpuList(r.onlineCpus)} CPUAffinity=${formatCpuList(r.onlineCpus)}`)
    })
  } else if (hidden.length > 0) {
    findings.push({
      check: 'cpuset',
      severity: 'warn',
      message: `CPUs ${formatCpuList(hidden)} are outside this process's affinity or cgroup cpuset: classes needing them are skipped`,
      fix: unitCommand(r, `AllowedCPUs=${formatCpuList(r.onlineCpus)}`)
    })
  }
  const memoryNodes = r.nodes.filter((node) => node.memoryMiB !== 0).map((node) => node.id)
  const deniedNodes =
    r.allowedMemoryNodes === null ? [] : memoryNodes.filter((id) => !r.allowedMemoryNodes?.includes(id))
  if (deniedNodes.length > 0) {
    findings.push({
      check: 'cpuset',
      severity: 'warn',
      message: `memory nodes ${formatCpuList(deniedNodes)} are outside this process's cpuset.mems: memory homes there cannot be bound`,
      fix: unitCommand(r, `AllowedMemoryNodes=${formatCpuList(memoryNodes)}`)
    })
  }
  if (findings.length > 0) return findings
  return ok(
    'cpuset',
    `all ${r.onlineCpus.length} CPUs and ${r.allowedMemoryNodes === null ? 'every' : 'all'} memory nodes usable by this process`
  )
}

/** A quota throttles both spinning threads for the rest of each period once it is spent: latency spikes, not noise. */
function cpuQuota(r: DoctorReadings): Finding[] {
  const quota = r.cpuQuota
  if (quota === null || quota.cpus >= r.allowedCpus.length)
    return ok('cpu.max', 'no CPU-time quota below the usable CPUs')
  const fix = `${unitCommand(r, `CPUQuota=${r.allowedCpus.length * 100}%`)}   # a container: run it without --cpus`
  const where = `${quota.file} (cgroup ${quota.cgroup})`
  if (quota.cpus < 2) {
    return [
      {
        check: 'cpu.max',
        severity: 'fail',
        message: `CPU quota of ${quota.cpus.toFixed(2)} CPUs in ${where}: two spinning threads are throttled every period`,
        fix
      }
    ]
  }
  return [
    {
      check: 'cpu.max',
      severity: 'warn',
      message:
        `CPU quota of ${quota.cpus.toFixed(2)} CPUs in ${where}, below the ${r.allowedCpus.length} usable: ` +
        'other work in the cgroup can get the benchmark throttled',
      fix
    }
  ]
}

function otherLoad(r: DoctorReadings): Finding[] {
  if (r.loadAverage1m === null) return ok('load', 'no /proc/loadavg: other load not known')
  const cpus = Math.max(1, r.onlineCpus.length)
  if (r.loadAverage1m / cpus < 0.25) return ok('load', `load average ${r.loadAverage1m.toFixed(2)} on ${cpus} CPUs`)
  return [
    {
      check: 'load',
      severity: 'warn',
      message: `load average ${r.loadAverage1m.toFixed(2)} on ${cpus} CPUs: other work competes with the benchmark`,
      fix: 'top -o %CPU   # find and stop it; keep one runner service per machine and no other jobs on it'
    }
  ]
}

function virtualization(r: DoctorReadings): Finding[] {
  if (!r.virtualized) return ok('vm', 'bare metal (no hypervisor flag)')
  return [
    {
      check: 'vm',
      severity: 'warn',
      message: 'running under a hypervisor: the NUMA topology and core pairs may be synthetic and timings noisy',
      fix: 'use a bare-metal runner (e.g. a *.metal cloud instance) for published numbers'
    }
  ]
}
