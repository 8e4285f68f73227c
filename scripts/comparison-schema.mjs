// Generates schema/comparison.schema.json from the Comparison type in src/stats/types.ts, so the schema that
// comparison.json is read back with is never a hand-kept copy of the type. __tests__/schema/comparison.test.ts fails
// when the committed file differs from what this generates: run `npm run schema` after changing the type.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createGenerator } from 'ts-json-schema-generator'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const COMPARISON_SCHEMA_PATH = join(root, 'schema', 'comparison.schema.json')

export function comparisonSchemaText() {
  const schema = createGenerator({
    path: join(root, 'src', 'stats', 'types.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: 'Comparison',
    // Fields added later stay readable by an older reader, as with the other schemas.
    additionalProperties: true,
    skipTypeCheck: true,
    jsDoc: 'none'
  }).createSchema('Comparison')
  schema.$id = 'https://github.com/numa-spsc-bench/numa-spsc-bench/schema/comparison.schema.json'
  schema.title = 'numa-spsc-bench comparison.json (generated from src/stats/types.ts Comparison by npm run schema)'
  return `${JSON.stringify(schema, null, 2)}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(COMPARISON_SCHEMA_PATH, comparisonSchemaText())
  console.log(`wrote ${COMPARISON_SCHEMA_PATH}`)
}
