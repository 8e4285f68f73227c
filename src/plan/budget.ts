/** Budgets as people type them: "90s", "5m", "1h30m", or a bare number of seconds. */

const UNIT_SECONDS: Record<string, number> = { h: 3600, m: 60, s: 1 }
const DURATION = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/

export function parseBudget(text: string): number {
  const trimmed = text.trim().toLowerCase()
  let seconds: number | null = null
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) {
    seconds = Number(trimmed)
  } else {
    const match = DURATION.exec(trimmed)
    if (match !== null && trimmed !== '') {
      seconds = ['h', 'm', 's'].reduce(
        (sum, unit, index) => sum + Number(match[index + 1] ?? 0) * UNIT_SECONDS[unit],
        0
      )
    }
  }
  if (seconds === null || !Number.isFinite(seconds)) {
    throw new Error(`budget: "${text}" is not a duration; expected e.g. "90s", "5m", "1h30m" or a number of seconds`)
  }
  if (seconds <= 0) throw new Error(`budget: "${text}" is not a positive duration`)
  return seconds
}

/** "1 h 5 min", "4 min 30 s", "12 s": for plan texts and errors. */
export function formatSeconds(seconds: number): string {
  const rounded = Math.ceil(seconds)
  const hours = Math.floor(rounded / 3600)
  const minutes = Math.floor((rounded % 3600) / 60)
  const rest = rounded % 60
  const parts = [
    hours > 0 ? `${hours} h` : '',
    minutes > 0 ? `${minutes} min` : '',
    rest > 0 || rounded === 0 ? `${rest} s` : ''
  ]
  return parts.filter((part) => part !== '').join(' ')
}

/** The shortest budget string parseBudget accepts for at least `seconds`, e.g. "2m15s". */
export function budgetString(seconds: number): string {
  const rounded = Math.ceil(seconds)
  const minutes = Math.floor(rounded / 60)
  const rest = rounded % 60
  if (minutes === 0) return `${rest}s`
  return rest === 0 ? `${minutes}m` : `${minutes}m${rest}s`
}
