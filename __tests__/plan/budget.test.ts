import { describe, expect, it } from '@jest/globals'
import { budgetString, parseBudget } from '../../src/plan/index.js'

describe('parseBudget', () => {
  it.each([
    ['90s', 90],
    ['5m', 300],
    ['1h30m', 5400],
    ['120', 120],
    ['2m15s', 135],
    [' 1H ', 3600],
    ['1.5m', 90]
  ])('reads %p as %p seconds', (text, seconds) => {
    expect(parseBudget(text)).toBe(seconds)
  })

  it.each(['', 'soon', '5 minutes', '-3', '0', '0s', 'm', '5x'])('refuses %p and names it', (text) => {
    expect(() => parseBudget(text)).toThrow(`budget: "${text}"`)
  })

  it('writes budgets it can read back', () => {
    for (const seconds of [1, 59, 60, 61, 135, 3600, 5401]) expect(parseBudget(budgetString(seconds))).toBe(seconds)
  })
})
