/**
 * The seeded run order, in blocks: one block holds one sample of every cell (an A/B run's base and head cells are
 * separate cells), in a fresh random order per block. Whatever moves the machine for a while (a host phase, a
 * neighbour's job, frequency) then touches every cell of that block alike, so base and head of one block form a pair,
 * and a run stopped between blocks leaves every cell with the same number of samples.
 */
import { seededRandom } from '../common/random.js'

/**
 * The cell orders of successive blocks from one seed: call it once per block. Blocks go on as long as the runner asks
 * (a budget-filling A/B run does not know its block count in advance); the first n blocks are the same for any n.
 */
export function blockOrders(cellCount: number, seed: number): () => number[] {
  const random = seededRandom(seed)
  return () => {
    const order = Array.from({ length: cellCount }, (_, index) => index)
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1))
      ;[order[index], order[other]] = [order[other], order[index]]
    }
    return order
  }
}
