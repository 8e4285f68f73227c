/**
 * The sources transpiled to plain JavaScript in a temporary directory, for tests that need separate processes
 * (concurrent writers, the action's entry point) running today's code rather than the bundle in dist/. Types are only
 * stripped (the type check is tsc's job); node_modules is linked so packages resolve as they do in the repository.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

function typeScriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return typeScriptFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

let built: string | null = null

/** The root of the transpiled copy: ROOT/src/<same paths>.js, ROOT/schema, ROOT/node_modules → the repository's. */
export function transpiledSources(): string {
  if (built !== null) return built
  const root = mkdtempSync(join(tmpdir(), 'numa-spsc-bench-transpiled-'))
  process.once('exit', () => rmSync(root, { recursive: true, force: true }))
  for (const file of typeScriptFiles(join(REPO, 'src'))) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: file
    })
    const target = join(root, relative(REPO, file)).replace(/\.ts$/, '.js')
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, outputText)
  }
  cpSync(join(REPO, 'schema'), join(root, 'schema'), { recursive: true })
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'))
  writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module' }))
  built = root
  return root
}
