/** Reading a (possibly fake) root: every failure names the file, so a broken tree is diagnosable from the message. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { cleanSysfsText, CpuSetSyntaxError, parseCpuList, parseCpuMask } from './cpulist.js'

export class TopologyError extends Error {
  override name = 'TopologyError'
}

export class SysfsTree {
  constructor(readonly root: string) {}

  path(relative: string): string {
    return join(this.root, relative)
  }

  exists(relative: string): boolean {
    return existsSync(this.path(relative))
  }

  isDirectory(relative: string): boolean {
    return this.exists(relative) && statSync(this.path(relative)).isDirectory()
  }

  /** The names in a directory, sorted, or null when it does not exist. */
  entries(relative: string): string[] | null {
    return this.isDirectory(relative) ? readdirSync(this.path(relative)).sort() : null
  }

  /** Entries of a directory whose names match /^prefix(\d+)$/, as ascending numbers. */
  numberedEntries(relative: string, prefix: string): number[] {
    if (!this.isDirectory(relative)) return []
    const pattern = new RegExp(`^${prefix}(\\d+)$`)
    return readdirSync(this.path(relative))
      .map((name) => pattern.exec(name)?.[1])
      .filter((id): id is string => id !== undefined)
      .map(Number)
      .sort((a, b) => a - b)
  }

  /** The file's text without NUL bytes and surrounding white space, or null when it does not exist. */
  text(relative: string): string | null {
    if (!this.exists(relative)) return null
    try {
      return cleanSysfsText(readFileSync(this.path(relative), 'utf8'))
    } catch (error) {
      throw new TopologyError(`${this.path(relative)}: cannot be read (${(error as Error).message})`)
    }
  }

  integer(relative: string): number | null {
    const text = this.text(relative)
    if (text === null) return null
    if (!/^-?\d+$/.test(text)) throw new TopologyError(`${this.path(relative)}: "${text}" is not an integer`)
    return Number(text)
  }

  cpuList(relative: string): number[] | null {
    const text = this.text(relative)
    return text === null ? null : this.parsed(() => parseCpuList(text, this.path(relative)))
  }

  /** A cpulist found inside another file (a status field, a boot parameter); `source` names where. */
  cpuListIn(text: string, source: string): number[] {
    return this.parsed(() => parseCpuList(text, source))
  }

  cpuMask(relative: string): number[] | null {
    const text = this.text(relative)
    return text === null ? null : this.parsed(() => parseCpuMask(text, this.path(relative)))
  }

  /** A CPU set from "<base>_list" (cpulist) or "<base>" (hex mask), whichever the kernel wrote. */
  cpuSet(listFile: string, maskFile: string): number[] | null {
    return this.cpuList(listFile) ?? this.cpuMask(maskFile)
  }

  private parsed(parse: () => number[]): number[] {
    try {
      return parse()
    } catch (error) {
      if (error instanceof CpuSetSyntaxError) throw new TopologyError(error.message)
      throw error
    }
  }
}
