/**
 * comparison.json is read back with schema/comparison.schema.json, generated from the Comparison type: this fails when
 * the committed schema and the type have drifted apart (run `npm run schema` after changing the type).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
// @ts-expect-error: a plain ESM script without type declarations
import { COMPARISON_SCHEMA_PATH, comparisonSchemaText } from '../../scripts/comparison-schema.mjs'

describe('schema/comparison.schema.json', () => {
  it('is what the generator makes from the Comparison type today', () => {
    expect(readFileSync(COMPARISON_SCHEMA_PATH as string, 'utf8')).toBe((comparisonSchemaText as () => string)())
  }, 60_000)
})
