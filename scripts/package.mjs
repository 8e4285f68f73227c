// Rebuilds dist/: one ncc bundle for the action (dist/index.js) and one for the CLI (dist/cli/index.js).
// Each ESM bundle needs a package.json with "type": "module" beside it, or node loads it as CommonJS.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'

const bundles = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' }
]

rmSync('dist', { recursive: true, force: true })
for (const { entry, out } of bundles) {
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--target', 'es2022', '--quiet'], { stdio: 'inherit' })
  mkdirSync(out, { recursive: true })
  writeFileSync(`${out}/package.json`, JSON.stringify({ type: 'module' }, null, 2) + '\n')
}
