/** The collapsed parts of a machine's section: topology, environment, plan, invalid cells, and every cell's median. */
import type { ResultsFile } from '../run/types.js'
import { cellMedians } from '../stats/index.js'
import { formatCpuList } from '../topology/cpulist.js'
import { escapeText } from './escape.js'
import { formatValue, metricName, plural } from './format.js'

/** Rows listed for plan drops and invalid cells before the rest are only counted. */
const MAX_ROWS = 40

export function collapsed(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

function capped<T>(items: T[], render: (item: T) => string, what: string): string[] {
  const lines = items.slice(0, MAX_ROWS).map(render)
  if (items.length > MAX_ROWS) lines.push(`\n…and ${items.length - MAX_ROWS} more ${what}.`)
  return lines
}

export function renderTopology(results: ResultsFile): string {
  const topology = results.topology
  const lines = [
    `${escapeText(topology.cpuModel ?? 'unknown CPU')}: ${topology.packages === null ? 'packages unknown' : plural(topology.packages, 'package')}, ${plural(topology.dies, 'die')}, ` +
      `${topology.cores === null ? 'cores unknown' : plural(topology.cores, 'core')}, ${plural(topology.pus, 'logical CPU')}, SMT ${topology.smt ? 'on' : 'off'}, ` +
      `${plural(topology.nodes.length, 'NUMA node')}${topology.numaCapable ? '' : ' (not NUMA-capable: fewer than two nodes with usable CPUs)'}.`,
    `Fingerprint ${escapeText(topology.fingerprint)}; allowed CPUs ${formatCpuList(topology.allowedCpus) || 'none'}` +
      `${topology.allowedMemoryNodes === undefined ? '' : `; allowed memory nodes ${formatCpuList(topology.allowedMemoryNodes) || 'none'}`}.`,
    '',
    '| node | CPUs | memory |',
    '|---|---|---|',
    ...topology.nodes.map(
      (node) =>
        `| ${node.id} | ${formatCpuList(node.cpus) || 'none (memory only)'} | ${node.memoryMiB === null ? 'unknown' : `${node.memoryMiB} MiB`} |`
    )
  ]
  if (topology.distances === null) {
    lines.push('', 'Node distances (SLIT): unknown.')
  } else {
    lines.push(
      '',
      'Node distances (SLIT, 10 = local):',
      '',
      `| from \\ to | ${topology.nodes.map((node) => node.id).join(' | ')} |`
    )
    lines.push(`|---|${topology.nodes.map(() => '---|').join('')}`)
    topology.nodes.forEach((node, row) =>
      lines.push(`| ${node.id} | ${(topology.distances?.[row] ?? []).join(' | ')} |`)
    )
  }
  if (topology.warnings.length > 0)
    lines.push('', ...capped(topology.warnings, (warning) => `- ${escapeText(warning)}`, 'warnings'))
  return collapsed('Topology', lines.join('\n'))
}

interface Setting {
  name: string
  value: string
  /** Why this value may move the numbers; empty when it does not. */
  flag: string
}

function environmentSettings(results: ResultsFile): Setting[] {
  const environment = results.environment
  const text = (value: string | null) => (value === null ? 'unknown' : escapeText(value))
  return [
    {
      name: 'virtual machine',
      value: environment.virtualized ? 'yes' : 'no',
      flag: environment.virtualized ? 'a hypervisor schedules the vCPUs and may present a topology unlike the host' : ''
    },
    {
      name: 'numa_balancing',
      value: text(environment.numaBalancing),
      flag:
        environment.numaBalancing !== null && environment.numaBalancing !== '0'
          ? "the kernel may migrate the ring's pages mid-run (samples whose pages moved are marked invalid); sysctl kernel.numa_balancing=0"
          : ''
    },
    {
      name: 'transparent huge pages',
      value: text(environment.transparentHugepages),
      flag:
        environment.transparentHugepages === 'always'
          ? 'the ring may sit on huge pages, which moves TLB costs and page placement'
          : ''
    },
    {
      name: 'CPU frequency governor',
      value: text(environment.governor),
      flag:
        environment.governor === null || environment.governor === 'performance'
          ? ''
          : 'frequency scaling adds variance; the performance governor holds clocks steady'
    },
    { name: 'kernel', value: escapeText(environment.kernel), flag: '' },
    { name: 'host', value: escapeText(environment.hostname), flag: '' },
    {
      name: 'compiler',
      value:
        `${text(environment.compiler)} ${environment.compilerFlags === null ? '' : escapeText(environment.compilerFlags)}`.trim(),
      flag: ''
    },
    {
      name: 'load average (start → end)',
      value: `${environment.loadAverageStart.map((value) => value.toFixed(2)).join(' ')} → ${environment.loadAverageEnd.map((value) => value.toFixed(2)).join(' ')}`,
      flag: ''
    },
    {
      name: 'run',
      value: `${escapeText(environment.startedAt)} → ${escapeText(environment.finishedAt)}${results.interrupted ? ' (interrupted)' : ''}`,
      flag: ''
    },
    { name: 'commit', value: text(environment.gitCommit), flag: '' },
    { name: 'tool', value: `numa-spsc-bench ${escapeText(results.tool.version)}`, flag: '' }
  ]
}

/** Settings that may move the numbers, each flagged with why; shown in the section too when any is flagged. */
export function environmentFlags(results: ResultsFile): string[] {
  return environmentSettings(results)
    .filter((setting) => setting.flag !== '')
    .map((setting) => `${setting.name} = ${setting.value}: ${setting.flag}`)
}

export function renderEnvironment(results: ResultsFile): string {
  const rows = environmentSettings(results).map(
    (setting) => `| ${setting.name} | ${setting.value} | ${setting.flag === '' ? '' : `⚠️ ${setting.flag}`} |`
  )
  return collapsed('Environment', ['| setting | value | note |', '|---|---|---|', ...rows].join('\n'))
}

export function renderPlan(results: ResultsFile): string {
  const plan = results.plan
  const taken = results.cells.reduce((sum, result) => sum + result.samples.length, 0)
  const lines = [
    `${plural(plan.cells.length, 'cell')} × ${plural(plan.repetitions, 'repetition')} = ${plan.cells.length * plan.repetitions} samples planned, ` +
      `${taken} taken${results.interrupted ? ' (the run was interrupted)' : ''}; interleaved order seed ${plan.seed}; ` +
      `budget ${plan.budgetSeconds} s, estimated ${Math.round(plan.estimatedSeconds)} s` +
      (plan.costSource === 'pilot' ? ` from a ${(plan.pilotSeconds ?? 0).toFixed(1)} s pilot on this machine` : '') +
      (results.timing === undefined
        ? '.'
        : `, took ${Math.round(results.timing.actualSeconds)} s (builds before it: ${Math.round(results.timing.buildSeconds)} s).`)
  ]
  const stopped = results.stoppedEarly
  if (stopped !== null) {
    lines.push(
      '',
      `**Stopped early** (${stopped.reason}): ${escapeText(stopped.detail)}; ${stopped.blocksTaken} of ` +
        `${stopped.blocksPlanned} blocks taken, ${stopped.samplesLeftOut} samples never started, ` +
        `${stopped.samplesDropped} measured and dropped to keep every cell at whole blocks.`
    )
  }
  if (plan.unavailableClasses.length > 0) {
    lines.push('', 'Classes this runner cannot place:', '')
    lines.push(...plan.unavailableClasses.map((entry) => `- ${escapeText(entry.name)}: ${escapeText(entry.reason)}`))
  }
  if (plan.dropped.length > 0) {
    lines.push('', 'Left out to fit the budget or the options:', '')
    lines.push(...capped(plan.dropped, (drop) => `- ${escapeText(drop.what)}: ${escapeText(drop.why)}`, 'left out'))
  }
  return collapsed('Plan', lines.join('\n'))
}

/** The cells with invalid samples and why, or null when every sample was valid. */
export function renderInvalidCells(results: ResultsFile): string | null {
  const broken = results.cells.filter((result) => result.samples.some((sample) => !sample.valid))
  if (broken.length === 0) return null
  const invalidSamples = broken.reduce(
    (sum, result) => sum + result.samples.filter((sample) => !sample.valid).length,
    0
  )
  const rows = capped(
    broken,
    (result) => {
      const invalid = result.samples.filter((sample) => !sample.valid)
      const reasons = [...new Set(invalid.flatMap((sample) => sample.invalidReasons))]
      const shown = reasons.slice(0, 3).map((reason) => escapeText(reason, 160))
      if (reasons.length > 3) shown.push(`${reasons.length - 3} more`)
      return `| ${escapeText(result.cell.key, 160)} | ${invalid.length} of ${result.samples.length} | ${shown.join('; ') || 'no reason recorded'} |`
    },
    'cells'
  )
  return collapsed(
    `Invalid samples: ${invalidSamples} in ${plural(broken.length, 'cell')}`,
    ['| cell | invalid | why |', '|---|---|---|', ...rows].join('\n')
  )
}

/** Every cell's median of its main metric (throughput, or RTT p50 in ping-pong) over the valid samples. */
export function renderCellTable(results: ResultsFile): string | null {
  if (results.cells.length === 0) return null
  const rows = cellMedians(results).map(({ cell, metric, median }, index) => {
    const samples = results.cells[index].samples
    const valid = samples.filter((sample) => sample.valid).length
    const label = cell.mode === 'pingpong' ? `${metricName(metric)} ` : ''
    const value = median === null ? '–' : `${label}${formatValue(metric, median)}`
    return `| ${escapeText(cell.key, 160)} | ${valid} of ${samples.length} | ${value} |`
  })
  return collapsed(
    `All ${plural(results.cells.length, 'cell')}: medians of the valid samples`,
    ['| cell | valid samples | median |', '|---|---|---|', ...rows].join('\n')
  )
}
