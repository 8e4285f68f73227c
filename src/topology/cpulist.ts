/**
 * The two ways the kernel prints a CPU set: a list ("0-3,8,10-15:2/4", bitmap_parselist) and a hex mask
 * ("00000000,0000ff0f", comma-separated 32-bit groups, most significant first). Both tolerate the "\n\0" endings some
 * sysfs files carry.
 */

export class CpuSetSyntaxError extends Error {
  override name = 'CpuSetSyntaxError'
}

export function cleanSysfsText(text: string): string {
  return text.replace(/\0/g, '').trim()
}

const RANGE = /^(\d+)(?:-(\d+)(?::(\d+)\/(\d+))?)?$/

/** Above Linux's largest NR_CPUS (8192) with room to spare; a larger id is a corrupt file, not a machine. */
export const MAX_CPU_ID = 65535

/**
 * Parses a kernel cpulist as bitmap_parselist does: items separated by commas or white space (empty items skipped),
 * each a single id, a range "a-b" or a strided range "a-b:used/group" (the first `used` of every `group` ids).
 * Returns ascending unique ids. The keywords "N" and "all" need the bitmap width and never appear in sysfs output.
 */
export function parseCpuList(text: string, source = 'cpulist'): number[] {
  const cleaned = cleanSysfsText(text)
  const cpus = new Set<number>()
  for (const item of cleaned.split(/[\s,]+/).filter((part) => part !== '')) {
    const match = RANGE.exec(item)
    if (match === null) throw new CpuSetSyntaxError(`${source}: "${cleaned}" is not a cpulist (bad item "${item}")`)
    const first = Number(match[1])
    const last = match[2] === undefined ? first : Number(match[2])
    const used = match[3] === undefined ? last - first + 1 : Number(match[3])
    const group = match[4] === undefined ? last - first + 1 : Number(match[4])
    if (last < first || group < 1 || used > group) {
      throw new CpuSetSyntaxError(`${source}: "${cleaned}" is not a cpulist (bad range "${item}")`)
    }
    if (last > MAX_CPU_ID) {
      throw new CpuSetSyntaxError(`${source}: "${item}" names CPU ${last}, beyond the largest id ${MAX_CPU_ID}`)
    }
    for (let start = first; start <= last; start += group) {
      for (let cpu = start; cpu < start + used && cpu <= last; cpu++) cpus.add(cpu)
    }
  }
  return [...cpus].sort((a, b) => a - b)
}

/** Parses a kernel hex cpumask of any width. Returns ascending ids. */
export function parseCpuMask(text: string, source = 'cpumap'): number[] {
  const cleaned = cleanSysfsText(text)
  if (cleaned === '') return []
  const groups = cleaned.split(',')
  if (groups.length * 32 > MAX_CPU_ID + 1) {
    throw new CpuSetSyntaxError(`${source}: a cpumask of ${groups.length * 32} bits is wider than ${MAX_CPU_ID + 1}`)
  }
  const cpus: number[] = []
  groups.reverse().forEach((group, index) => {
    if (!/^[0-9a-fA-F]{1,8}$/.test(group)) {
      throw new CpuSetSyntaxError(`${source}: "${cleaned}" is not a hex cpumask (bad group "${group}")`)
    }
    const bits = parseInt(group, 16)
    for (let bit = 0; bit < 32; bit++) {
      if (bits & (1 << bit)) cpus.push(index * 32 + bit)
    }
  })
  return cpus.sort((a, b) => a - b)
}

/** Formats ascending or unordered ids as the shortest kernel cpulist ("0-3,8,10-11"). */
export function formatCpuList(cpus: Iterable<number>): string {
  const sorted = [...new Set(cpus)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let index = 0; index < sorted.length;) {
    let end = index
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++
    parts.push(end === index ? `${sorted[index]}` : `${sorted[index]}-${sorted[end]}`)
    index = end + 1
  }
  return parts.join(',')
}

/** Formats ids as a kernel hex cpumask with `width` bits (rounded up to whole 32-bit groups). */
export function formatCpuMask(cpus: Iterable<number>, width: number): string {
  const groups = new Array<number>(Math.max(1, Math.ceil(width / 32))).fill(0)
  for (const cpu of cpus) groups[Math.floor(cpu / 32)] = (groups[Math.floor(cpu / 32)] | (1 << (cpu % 32))) >>> 0
  return groups
    .reverse()
    .map((group) => group.toString(16).padStart(8, '0'))
    .join(',')
}
