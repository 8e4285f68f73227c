/** The map's two files in an output directory: the JSON (`c2c --json` prints the same object) and the heatmap. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderHeatmapSvg } from './svg.js'
import type { C2cMap } from './types.js'

export const C2C_JSON_FILE_NAME = 'c2c.json'
export const C2C_SVG_FILE_NAME = 'c2c.svg'

export function writeLatencyMap(directory: string, map: C2cMap): { json: string; svg: string } {
  mkdirSync(directory, { recursive: true })
  const json = join(directory, C2C_JSON_FILE_NAME)
  const svg = join(directory, C2C_SVG_FILE_NAME)
  writeFileSync(json, `${JSON.stringify(map)}\n`)
  writeFileSync(svg, renderHeatmapSvg(map))
  return { json, svg }
}
