/** The `report` command's core: results files in, one document out, one section per file (one file per runner). */
import { basename, dirname, relative, resolve, sep } from 'node:path'
import { readResultsFile } from '../run/results.js'
import type { ResultsFile } from '../run/types.js'
import { numaFigures } from '../stats/index.js'
import type { Comparison, NumaFigure } from '../stats/types.js'
import { renderReport } from './render.js'
import type { MachineReport, RenderedReport, RenderOptions } from './types.js'

export interface ReportFromFilesOptions extends RenderOptions {
  /** The NUMA figures of one run; the stats stage's numaFigures unless given. */
  figures?: (results: ResultsFile) => NumaFigure[]
  /** The comparison of one run with its baseline, or null when it has none; without it nothing is compared. */
  compare?: (results: ResultsFile, path: string) => Comparison | null
}

/** The directory every path lies under, so labels show only the parts that tell the files apart. */
function commonDirectory(paths: string[]): string {
  const split = paths.map((path) => dirname(resolve(path)).split(sep))
  const shared: string[] = []
  for (let index = 0; split.every((parts) => index < parts.length && parts[index] === split[0][index]); index++) {
    shared.push(split[0][index])
  }
  return shared.join(sep) || sep
}

/** "host-a: 2-socket/results.json" for several files, "host-a: results.json" for one. */
function labels(paths: string[], results: ResultsFile[]): string[] {
  const base = commonDirectory(paths)
  return paths.map((path, index) => {
    const shown = paths.length === 1 ? basename(path) : relative(base, resolve(path))
    return `${results[index].environment.hostname}: ${shown}`
  })
}

export function reportFromFiles(
  paths: string[],
  options: ReportFromFilesOptions = {}
): RenderedReport & { machines: MachineReport[] } {
  if (paths.length === 0)
    throw new Error('report: no results files given; expected one or more paths to results.json files')
  const results = paths.map((path) => readResultsFile(path))
  const names = labels(paths, results)
  const machines = results.map((run, index): MachineReport => ({
    label: names[index],
    results: run,
    comparison: options.compare?.(run, paths[index]) ?? null,
    figures: (options.figures ?? numaFigures)(run)
  }))
  const rendered = renderReport(machines, { maxChars: options.maxChars, fullReportHint: options.fullReportHint })
  return { ...rendered, machines }
}
