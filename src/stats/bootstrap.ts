import { seededRandom } from '../common/random.js'
import { CONFIDENCE, midpoint } from './summary.js'

/** Enough resamples for stable 2.5 % and 97.5 % percentiles (50 resamples beyond each end) at modest cost. */
const DEFAULT_RESAMPLES = 2000

export interface BootstrapOptions {
  seed: number
  resamples?: number
}

/**
 * Median of one resample of `sorted` (ascending), in O(n): draw how often each value is picked, then walk the counts to
 * the middle position(s), which is what sorting the resample would give without sorting it.
 */
function resampledMedian(sorted: Float64Array, random: () => number, counts: Int32Array): number {
  const n = sorted.length
  counts.fill(0)
  for (let draw = 0; draw < n; draw++) counts[Math.floor(random() * n)]++
  const upperPosition = n >> 1
  const lowerPosition = n % 2 === 1 ? upperPosition : upperPosition - 1
  let lower = Number.NaN
  let seen = 0
  for (let index = 0; index < n; index++) {
    seen += counts[index]
    if (Number.isNaN(lower) && seen > lowerPosition) lower = sorted[index]
    if (seen > upperPosition) return midpoint(lower, sorted[index])
  }
  throw new Error('resampledMedian: counts do not add up to the sample size')
}

/**
 * Percentile-bootstrap 95 % confidence interval of median(subject) / median(reference): both samples are resampled
 * with replacement independently, as they come from independent runs. The seed makes the interval reproducible.
 */
export function bootstrapRatioCi(
  reference: readonly number[],
  subject: readonly number[],
  options: BootstrapOptions
): [number, number] {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES
  if (!Number.isInteger(resamples) || resamples < 100) {
    throw new Error(`bootstrapRatioCi: resamples is ${resamples}, expected a whole number of at least 100`)
  }
  for (const [name, values] of [
    ['reference', reference],
    ['subject', subject]
  ] as const) {
    if (values.length === 0) throw new Error(`bootstrapRatioCi: the ${name} sample is empty`)
    const bad = values.findIndex((value) => !(Number.isFinite(value) && value > 0))
    if (bad >= 0)
      throw new Error(`bootstrapRatioCi: ${name} value ${bad} is ${values[bad]}, expected a positive number`)
  }
  const random = seededRandom(options.seed)
  const sortedReference = Float64Array.from(reference).sort()
  const sortedSubject = Float64Array.from(subject).sort()
  const referenceCounts = new Int32Array(reference.length)
  const subjectCounts = new Int32Array(subject.length)
  const ratios = new Float64Array(resamples)
  for (let index = 0; index < resamples; index++) {
    const referenceMedian = resampledMedian(sortedReference, random, referenceCounts)
    ratios[index] = resampledMedian(sortedSubject, random, subjectCounts) / referenceMedian
  }
  ratios.sort()
  const tail = (1 - CONFIDENCE) / 2
  return [ratios[Math.floor(resamples * tail)], ratios[Math.ceil(resamples * (1 - tail)) - 1]]
}
