/** A 32-bit FNV-1a hash: turns a cell key or a figure label into a seed, so a bootstrap interval is the same every time the same data is analysed. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
