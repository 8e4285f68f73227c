/** The CPU model, the virtualisation hint and the kernel settings that distort NUMA measurements. */
import type { KernelSettings } from './types.js'
import type { SysfsTree } from './sysfs.js'

export interface CpuInfo {
  model: string | null
  virtualized: boolean
}

export function readCpuInfo(tree: SysfsTree): CpuInfo {
  const text = tree.text('proc/cpuinfo') ?? ''
  const field = (name: string): string | undefined => new RegExp(`^${name}\\s*:\\s*(.+)$`, 'mi').exec(text)?.[1]?.trim()
  const model = field('model name') ?? field('cpu model') ?? field('family') ?? field('CPU part') ?? null
  const flags = field('flags') ?? field('Features') ?? ''
  return { model, virtualized: flags.split(/\s+/).includes('hypervisor') }
}

/** "always [madvise] never" → "madvise". */
function selected(text: string | null): string | null {
  if (text === null) return null
  return /\[([^\]]+)\]/.exec(text)?.[1] ?? text
}

export function readKernelSettings(tree: SysfsTree): KernelSettings {
  return {
    numaBalancing: tree.text('proc/sys/kernel/numa_balancing'),
    transparentHugepages: selected(tree.text('sys/kernel/mm/transparent_hugepage/enabled')),
    transparentHugepagesDefrag: selected(tree.text('sys/kernel/mm/transparent_hugepage/defrag'))
  }
}
