/** What moves numbers besides the code: recorded once per run so two runs can be told apart. */
import { execFileSync } from 'node:child_process'
import { hostname, loadavg, release } from 'node:os'
import { SysfsTree } from '../topology/sysfs.js'
import type { Topology } from '../topology/types.js'
import { childEnvironment } from './launch.js'
import type { Environment } from './types.js'

/**
 * The environment at the start of a run. The compiler and its flags come from the caller (the native build knows
 * them); loadAverageEnd and finishedAt are filled in when the run ends.
 */
export function captureEnvironment(topology: Topology, root = '/', cwd = process.cwd()): Environment {
  const now = new Date().toISOString()
  return {
    hostname: hostname(),
    kernel: release(),
    cpuModel: topology.cpuModel,
    virtualized: topology.virtualized,
    governor: governorOf(topology, root),
    numaBalancing: topology.kernel.numaBalancing,
    transparentHugepages: topology.kernel.transparentHugepages,
    compiler: null,
    compilerFlags: null,
    loadAverageStart: loadavg(),
    loadAverageEnd: loadavg(),
    gitCommit: gitCommit(cwd),
    startedAt: now,
    finishedAt: now
  }
}

/** The scaling governor of the CPUs this process may use; several distinct ones are listed, e.g. "performance,powersave". */
function governorOf(topology: Topology, root: string): string | null {
  const tree = new SysfsTree(root)
  const governors = new Set<string>()
  for (const cpu of topology.allowedCpus) {
    // No cpufreq driver for this CPU (common in VMs): nothing to record.
    const governor = tree.text(`sys/devices/system/cpu/cpu${cpu}/cpufreq/scaling_governor`)
    if (governor !== null) governors.add(governor)
  }
  return governors.size === 0 ? null : [...governors].sort().join(',')
}

function gitCommit(cwd: string): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd,
      // git may run programs the checkout's configuration names (fsmonitor): they get the allow-list, and a limit.
      env: childEnvironment(),
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
      encoding: 'utf8'
    })
    return /^[0-9a-f]{40,64}$/.test(commit.trim()) ? commit.trim() : null
  } catch {
    return null
  }
}
