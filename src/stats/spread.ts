import type { Cell } from '../plan/types.js'
import type { ResultsFile } from '../run/types.js'
import { finiteRatio, MIN_VALID_SAMPLES, shapeDifference } from './comparable.js'
import { cellMetricValues, COMPARED_METRICS } from './metrics.js'
import { median } from './summary.js'
import type { RunToRunSpread } from './types.js'

/**
 * The run-to-run spread of every cell metric in a fingerprint's baseline history, keyed like CellComparison.key
 * ("cellKey#metric").
 *
 * Samples within one run are interleaved, so the Mann-Whitney test in compareResults sees only within-run noise;
 * whatever shifts a whole run (the VM's host, its clock, a neighbour) moves every sample of that run together and is
 * invisible to it. The history shows that shift directly: each run contributes its median, and the spread is the
 * largest relative distance of one run's median from the median of all run medians. Medians keep a few wild samples
 * from counting as a shifted run; the largest distance (rather than a standard deviation) is conservative on purpose,
 * since with the 2–5 runs a store keeps an estimate of the typical distance would understate how far a run can land.
 *
 * Only runs with at least MIN_VALID_SAMPLES usable samples of the metric count, and only runs whose cell was measured
 * with the same parameters (messages, capacity, …) as the first run in `history` that has it, since a different shape
 * moves the median for reasons that are not run-to-run noise. A cell metric seen in fewer than 2 such runs has no entry.
 *
 * @param history results of the baseline runs of one fingerprint, newest first (the store's order)
 */
export function runToRunSpread(history: ResultsFile[]): Map<string, RunToRunSpread> {
  const medians = new Map<string, { shape: Cell; medians: number[] }>()
  for (const results of history) {
    for (const result of results.cells) {
      for (const metric of COMPARED_METRICS[result.cell.mode]) {
        const values = cellMetricValues(result, metric).values
        if (values.length < MIN_VALID_SAMPLES) continue
        const key = `${result.cell.key}#${metric.name}`
        const seen = medians.get(key)
        if (seen === undefined) medians.set(key, { shape: result.cell, medians: [median(values)] })
        else if (shapeDifference(seen.shape, result.cell) === null) seen.medians.push(median(values))
      }
    }
  }
  const spreads = new Map<string, RunToRunSpread>()
  for (const [key, { medians: runMedians }] of medians) {
    if (runMedians.length < 2) continue
    const centre = median(runMedians)
    const ratios = runMedians.map((value) => finiteRatio(value, centre))
    // A run median beyond a double's range from the centre gives no usable spread (and must not become Infinity).
    if (ratios.some((ratio) => ratio === null)) continue
    spreads.set(key, {
      spread: Math.max(...ratios.map((ratio) => Math.abs((ratio as number) - 1))),
      runs: runMedians.length
    })
  }
  return spreads
}
