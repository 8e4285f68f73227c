/**
 * Retrying GitHub API calls that fail for reasons that pass (rate limits, server errors, dropped connections), with
 * growing delays. Anything else (a read-only token, a missing pull request) fails at once: waiting would not help.
 */

/** The parts of an Octokit RequestError this module reads. */
interface ApiErrorShape {
  status?: unknown
  message?: unknown
  response?: { headers?: Record<string, unknown> }
}

export function statusOf(error: unknown): number | null {
  const status = (error as ApiErrorShape | null)?.status
  return typeof status === 'number' ? status : null
}

function header(error: unknown, name: string): string | null {
  const value = (error as ApiErrorShape | null)?.response?.headers?.[name]
  return value === undefined || value === null ? null : String(value)
}

/** Primary (x-ratelimit-remaining: 0) and secondary (retry-after) rate limits answer 403 or 429. */
export function isRateLimited(error: unknown): boolean {
  const status = statusOf(error)
  if (status === 429) return true
  return status === 403 && (header(error, 'x-ratelimit-remaining') === '0' || header(error, 'retry-after') !== null)
}

/** No status at all means the request never got an answer (connection reset, DNS, timeout). */
export function isRetryable(error: unknown): boolean {
  const status = statusOf(error)
  return status === null || status >= 500 || isRateLimited(error)
}

/** The server's own wait, in milliseconds, when it sent one. */
function retryAfterMs(error: unknown): number | null {
  const seconds = Number(header(error, 'retry-after'))
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null
}

export interface RetryOptions {
  /** Delay before each retry; its length is the number of retries. */
  delaysMs: readonly number[]
  /** Longest wait accepted from a retry-after header; a longer one ends the retries. */
  maxDelayMs?: number
  sleep?: (ms: number) => Promise<void>
  onRetry?: (attempt: number, error: unknown, delayMs: number) => void
}

export const DEFAULT_RETRY_DELAYS_MS = [1000, 3000, 9000] as const

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? sleepFor
  const maxDelayMs = options.maxDelayMs ?? 60_000
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation()
    } catch (error) {
      if (attempt >= options.delaysMs.length || !isRetryable(error)) throw error
      const delayMs = Math.max(options.delaysMs[attempt], retryAfterMs(error) ?? 0)
      if (delayMs > maxDelayMs) throw error
      options.onRetry?.(attempt + 1, error, delayMs)
      await sleep(delayMs)
    }
  }
}

/** A failure in words for a log line: status and GitHub's message, never request headers (they hold the token). */
export function describeApiError(error: unknown): string {
  const status = statusOf(error)
  const raw = (error as ApiErrorShape | null)?.message
  const message = typeof raw === 'string' ? raw : String(error)
  return status === null ? message : `HTTP ${status}: ${message}`
}
