/** The few distribution functions the tests below need, checked against SciPy in __tests__/stats/. */

const SERIES_LIMIT = 2.5
const CONTINUED_FRACTION_DEPTH = 120

/**
 * Complementary error function. Below 2.5 the all-positive series erf(x) = 2/√π·e^(−x²)·Σ 2ⁿx^(2n+1)/(2n+1)!! (no
 * cancellation); above it the continued fraction of erfc, which keeps full relative precision far into the tail.
 */
function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN
  if (x < 0) return 2 - erfc(-x)
  if (x < SERIES_LIMIT) {
    let term = x
    let sum = x
    for (let n = 1; term > sum * 1e-17; n++) {
      term *= (2 * x * x) / (2 * n + 1)
      sum += term
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum
  }
  if (x === Infinity) return 0
  // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated from the deep end.
  let fraction = x
  for (let n = CONTINUED_FRACTION_DEPTH; n >= 1; n--) fraction = x + n / 2 / fraction
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * fraction)
}

/** P(Z > z) for a standard normal Z. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2)
}

/** P(B ≤ k) for B ~ Binomial(n, 1/2), for every k from 0 to n; the pmf is built in log space so large n cannot underflow. */
export function binomialHalfCdfs(n: number): number[] {
  const cdfs: number[] = []
  let logPmf = -n * Math.LN2
  let cumulative = 0
  for (let k = 0; k <= n; k++) {
    if (k > 0) logPmf += Math.log(n - k + 1) - Math.log(k)
    cumulative += Math.exp(logPmf)
    cdfs.push(Math.min(1, cumulative))
  }
  return cdfs
}
