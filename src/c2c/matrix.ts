/** From measured pairs to the cpus × cpus matrix and the per-class figures the report shows. */
import { PLACEMENT_CLASSES } from '../topology/types.js'
import type { C2cMap, C2cPair, ClassLatency } from './types.js'

export const C2C_METHOD =
  'two threads pinned to the pair bounce one cache line with compare-and-swap; each timed batch of round trips ' +
  'gives batch time / (2 × round trips); oneWayNs is the minimum over the batches (nviennot/core-to-core-latency); ' +
  "the line is first touched by the timing CPU, so it lives on that CPU's node"

/** One round trip gives the same one-way figure for (a, b) and (b, a), so each measured pair fills both cells. */
export function buildMap(cpus: number[], pairs: C2cPair[]): C2cMap {
  const position = new Map(cpus.map((cpu, index) => [cpu, index]))
  const latencyNs: (number | null)[][] = cpus.map(() => cpus.map(() => null))
  for (const pair of pairs) {
    const row = position.get(pair.from)
    const column = position.get(pair.to)
    if (row === undefined || column === undefined || !pair.valid || pair.oneWayNs === null) continue
    latencyNs[row][column] = pair.oneWayNs
    latencyNs[column][row] = pair.oneWayNs
  }
  return { method: C2C_METHOD, cpus, pairs, latencyNs }
}

/** Per placement class, over its valid measured pairs: the median, minimum and maximum one-way latency. */
export function latencyByClass(map: C2cMap): ClassLatency[] {
  const figures: ClassLatency[] = []
  for (const name of PLACEMENT_CLASSES) {
    const values = map.pairs
      .filter((pair) => pair.class === name && pair.valid && pair.oneWayNs !== null)
      .map((pair) => pair.oneWayNs!)
      .sort((left, right) => left - right)
    if (values.length === 0) continue
    const middle = Math.floor(values.length / 2)
    const medianNs = values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    figures.push({ class: name, pairs: values.length, medianNs, minNs: values[0], maxNs: values[values.length - 1] })
  }
  return figures
}
