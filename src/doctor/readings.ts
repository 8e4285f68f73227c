/** Takes the doctor's readings from a machine (or a fake root), so checks.ts stays pure. */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Topology } from '../topology/types.js'
import type { DoctorReadings } from './checks.js'

function readText(root: string, path: string): string | null {
  const file = join(root, path)
  if (!existsSync(file)) return null
  return readFileSync(file, 'utf8').replace(/\0/g, '').trim()
}

function firstLineOf(command: string, args: string[]): string | null {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim()
  } catch {
    return null
  }
}

function governors(root: string): string[] {
  const cpuDir = join(root, 'sys/devices/system/cpu')
  if (!existsSync(cpuDir)) return []
  return readdirSync(cpuDir)
    .filter((name) => /^cpu\d+$/.test(name))
    .map((name) => readText(root, `sys/devices/system/cpu/${name}/cpufreq/scaling_governor`))
    .filter((value): value is string => value !== null)
}

export function takeReadings(topology: Topology, root: string): DoctorReadings {
  const paranoid = readText(root, 'proc/sys/kernel/perf_event_paranoid')
  const load = readText(root, 'proc/loadavg')
  const cmdline = readText(root, 'proc/cmdline') ?? ''
  return {
    nodesWithCpus: topology.nodes.filter((node) => node.cpus.length > 0).length,
    nodes: topology.nodes.length,
    numaBalancing: topology.kernel.numaBalancing,
    transparentHugepages: topology.kernel.transparentHugepages,
    governors: governors(root),
    smtControl: readText(root, 'sys/devices/system/cpu/smt/control'),
    isolatedCpus: readText(root, 'sys/devices/system/cpu/isolated') ?? /isolcpus=(\S+)/.exec(cmdline)?.[1] ?? '',
    nohzFull: readText(root, 'sys/devices/system/cpu/nohz_full')?.replace(/^\(null\)$/, '') ?? '',
    perfEventParanoid: paranoid === null ? null : Number(paranoid),
    compiler: firstLineOf(process.env.CC ?? 'cc', ['--version']),
    make: firstLineOf('make', ['--version']),
    pus: topology.pus,
    allowedCpus: topology.allowedCpus.length,
    loadAverage1m: load === null ? 0 : Number(load.split(/\s+/)[0]),
    virtualized: topology.virtualized
  }
}
