/** The one seeded pseudo-random generator of the tool: run orders, bootstrap resamples and synthetic test data. */

const TWO_TO_THE_32 = 2 ** 32
/** Outputs thrown away after seeding, so that nearby seeds (1, 2, 3, …) have diverged before the first value is used. */
const WARM_UP_ROUNDS = 16

/**
 * A generator of uniform numbers in [0, 1) from a whole-number seed of up to 53 bits (any safe integer from 0 to
 * 2^53 − 1), so a seed taken from a CI run id or the clock is used whole: seeds that differ only above bit 32 give
 * different streams. The generator is sfc32 (Chris Doty-Humphrey's small fast counting generator, 128 bits of state,
 * a counter guaranteeing a period of at least 2^32): the seed's low and high 32 bits fill two state words. The same
 * seed gives the same stream on any machine.
 */
export function seededRandom(seed: number): () => number {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new Error(
      `seededRandom: seed is ${seed}, expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER} (2^53 − 1)`
    )
  }
  let a = seed >>> 0
  let b = Math.floor(seed / TWO_TO_THE_32) >>> 0
  let c = 0x9e3779b9
  let d = 1
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / TWO_TO_THE_32
  }
  for (let round = 0; round < WARM_UP_ROUNDS; round++) next()
  return next
}

/**
 * A 32-bit FNV-1a hash of a text: turns a cell key or a figure label into a seed, so a bootstrap interval is the same
 * every time the same data is analysed.
 */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
