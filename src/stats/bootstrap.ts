import { seededRandom } from './random.js'
import { CONFIDENCE, sortedMedian } from './summary.js'

/** Enough resamples for stable 2.5 % and 97.5 % percentiles (50 resamples beyond each end) at modest cost. */
export const DEFAULT_RESAMPLES = 2000

export interface BootstrapOptions {
  seed: number
  resamples?: number
}

/** Up to this many values an insertion sort beats the built-in sort, which matters with thousands of resamples. */
const INSERTION_SORT_LIMIT = 64

function resampledMedian(values: readonly number[], random: () => number, scratch: Float64Array): number {
  for (let index = 0; index < scratch.length; index++) scratch[index] = values[Math.floor(random() * values.length)]
  if (scratch.length > INSERTION_SORT_LIMIT) {
    scratch.sort()
  } else {
    for (let index = 1; index < scratch.length; index++) {
      const value = scratch[index]
      let position = index - 1
      for (; position >= 0 && scratch[position] > value; position--) scratch[position + 1] = scratch[position]
      scratch[position + 1] = value
    }
  }
  return sortedMedian(scratch)
}

/**
 * Percentile-bootstrap 95 % confidence interval of median(subject) / median(reference): both samples are resampled
 * with replacement independently, as they come from independent runs. The seed makes the interval reproducible.
 */
export function bootstrapRatioCi(reference: readonly number[], subject: readonly number[], options: BootstrapOptions): [number, number] {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES
  if (!Number.isInteger(resamples) || resamples < 100) {
    throw new Error(`bootstrapRatioCi: resamples is ${resamples}, expected a whole number of at least 100`)
  }
  for (const [name, values] of [['reference', reference], ['subject', subject]] as const) {
    if (values.length === 0) throw new Error(`bootstrapRatioCi: the ${name} sample is empty`)
    const bad = values.findIndex((value) => !(Number.isFinite(value) && value > 0))
    if (bad >= 0) throw new Error(`bootstrapRatioCi: ${name} value ${bad} is ${values[bad]}, expected a positive number`)
  }
  const random = seededRandom(options.seed)
  const referenceScratch = new Float64Array(reference.length)
  const subjectScratch = new Float64Array(subject.length)
  const ratios = new Float64Array(resamples)
  for (let index = 0; index < resamples; index++) {
    const referenceMedian = resampledMedian(reference, random, referenceScratch)
    ratios[index] = resampledMedian(subject, random, subjectScratch) / referenceMedian
  }
  ratios.sort()
  const tail = (1 - CONFIDENCE) / 2
  return [ratios[Math.floor(resamples * tail)], ratios[Math.ceil(resamples * (1 - tail)) - 1]]
}
