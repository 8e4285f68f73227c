/** The seeded, interleaved order of a run: every repetition of every cell, shuffled together. */

/** mulberry32: a tiny 32-bit PRNG; good enough to shuffle, and the same seed gives the same order on any machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

export interface Slot {
  cellIndex: number
  repetition: number
}

/**
 * Interleaving spreads slow drift (thermal, a neighbour's job, frequency) over all cells instead of biasing the
 * cells that happened to run last.
 */
export function interleavedOrder(cellCount: number, repetitions: number, seed: number): Slot[] {
  const slots: Slot[] = []
  for (let repetition = 0; repetition < repetitions; repetition++) {
    for (let cellIndex = 0; cellIndex < cellCount; cellIndex++) slots.push({ cellIndex, repetition })
  }
  const random = seededRandom(seed)
  for (let index = slots.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[slots[index], slots[other]] = [slots[other], slots[index]]
  }
  return slots
}
