/**
 * The map as an SVG heatmap: one square per CPU pair coloured by one-way latency (d3-scale with a perceptual
 * sequential scheme from d3-scale-chromatic, so equal steps of colour are equal steps of nanoseconds), grey where no
 * pair was measured, a <title> per square for the exact number, and a colour bar with its range.
 */
import { scaleSequential } from 'd3-scale'
import { interpolateViridis } from 'd3-scale-chromatic'
import type { C2cMap } from './types.js'

const CELL = 14
const MARGIN = 48
const LEGEND_WIDTH = 16
const UNMEASURED = '#d9d9d9'
/** Past this many CPUs every n-th axis label is drawn, so labels never overlap. */
const LABELLED = 32

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[character]!)

const format = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1))

export function renderHeatmapSvg(map: C2cMap, title = 'One-way core-to-core latency (ns)'): string {
  const count = map.cpus.length
  const values = map.latencyNs.flat().filter((value): value is number => value !== null)
  const low = values.length > 0 ? Math.min(...values) : 0
  const high = values.length > 0 ? Math.max(...values) : 1
  // Low latency is the bright end: the eye goes to the fast pairs first.
  const colour = scaleSequential(interpolateViridis).domain(high > low ? [high, low] : [low + 1, low])
  const side = count * CELL
  const width = MARGIN + side + 24 + LEGEND_WIDTH + 56
  const height = MARGIN + side + 24
  const step = Math.max(1, Math.ceil(count / LABELLED))
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="sans-serif" font-size="10">`,
    `<title>${escapeXml(title)}</title>`,
    `<text x="${MARGIN}" y="16" font-size="12">${escapeXml(title)}</text>`,
    `<text x="${MARGIN + side / 2}" y="${MARGIN - 20}" text-anchor="middle">to CPU</text>`,
    `<text transform="translate(12 ${MARGIN + side / 2}) rotate(-90)" text-anchor="middle">from CPU</text>`
  ]
  for (const [index, cpu] of map.cpus.entries()) {
    if (index % step !== 0) continue
    const middle = MARGIN + index * CELL + CELL / 2
    parts.push(`<text x="${middle}" y="${MARGIN - 4}" text-anchor="middle">${cpu}</text>`)
    parts.push(`<text x="${MARGIN - 4}" y="${middle + 3}" text-anchor="end">${cpu}</text>`)
  }
  for (const [row, from] of map.cpus.entries()) {
    for (const [column, to] of map.cpus.entries()) {
      const value = map.latencyNs[row][column]
      const fill = value === null ? UNMEASURED : colour(value)
      const label = value === null ? (from === to ? 'same CPU' : 'not measured') : `${format(value)} ns`
      parts.push(
        `<rect x="${MARGIN + column * CELL}" y="${MARGIN + row * CELL}" width="${CELL}" height="${CELL}" ` +
          `fill="${fill}"><title>CPU ${from} → CPU ${to}: ${label}</title></rect>`
      )
    }
  }
  const legendX = MARGIN + side + 24
  parts.push('<defs><linearGradient id="latency" x1="0" y1="0" x2="0" y2="1">')
  for (let stop = 0; stop <= 10; stop++) {
    const value = low + ((high - low) * stop) / 10
    parts.push(`<stop offset="${stop * 10}%" stop-color="${colour(value)}"/>`)
  }
  parts.push('</linearGradient></defs>')
  parts.push(`<rect x="${legendX}" y="${MARGIN}" width="${LEGEND_WIDTH}" height="${side}" fill="url(#latency)"/>`)
  parts.push(`<text x="${legendX + LEGEND_WIDTH + 4}" y="${MARGIN + 8}">${format(low)} ns</text>`)
  parts.push(`<text x="${legendX + LEGEND_WIDTH + 4}" y="${MARGIN + side}">${format(high)} ns</text>`)
  parts.push('</svg>')
  return `${parts.join('\n')}\n`
}
