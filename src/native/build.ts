/**
 * Builds native/ with make and the machine's cc into a directory outside the sources, once: the build is reused while
 * the sources and the compiler are the same (a stamp of both is kept beside the binary).
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

export class NativeBuildError extends Error {
  override name = 'NativeBuildError'
}

export interface BuildOptions {
  /** The native/ folder (holding the Makefile). */
  sourceDir: string
  buildDir: string
  /** Compiler command; default $CC or cc. */
  cc?: string
}

export interface BuildResult {
  binary: string
  rebuilt: boolean
  /** First line of `cc --version`. */
  compiler: string
  flags: string
}

/** Walks up from a module (dist/index.js, dist/cli/index.js or src/…) to the folder that holds native/Makefile. */
export function findNativeSourceDir(fromUrl: string): string {
  let directory = dirname(fileURLToPath(fromUrl))
  for (;;) {
    const candidate = join(directory, 'native')
    if (existsSync(join(candidate, 'Makefile'))) return candidate
    const parent = dirname(directory)
    if (parent === directory) {
      throw new NativeBuildError(
        `native/Makefile not found above ${dirname(fileURLToPath(fromUrl))}: is this a full checkout?`
      )
    }
    directory = parent
  }
}

async function firstLine(command: string, args: string[], what: string): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args)
    return stdout.split('\n')[0].trim()
  } catch (error) {
    throw new NativeBuildError(`${what}: "${command} ${args.join(' ')}" failed: ${(error as Error).message}`)
  }
}

function sourceHash(sourceDir: string, compiler: string, flags: string): string {
  const hash = createHash('sha256').update(`${compiler}\n${flags}\n`)
  const files = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(c|h|sh)$|(^|\/)Makefile$/.test(file) && !file.startsWith('build'))
    .sort()
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(sourceDir, file)))
  return hash.digest('hex')
}

export async function buildNative(options: BuildOptions): Promise<BuildResult> {
  const sourceDir = resolve(options.sourceDir)
  const buildDir = resolve(options.buildDir)
  const cc = options.cc ?? process.env.CC ?? 'cc'
  const make = ['-s', '-C', sourceDir, `BUILD_DIR=${buildDir}`, `CC=${cc}`]
  const compiler = await firstLine(cc, ['--version'], 'C compiler')
  const flags = await firstLine('make', [...make, 'print-flags'], 'make')
  const binary = join(buildDir, 'spsc-bench')
  const stampFile = join(buildDir, 'source.stamp')
  const stamp = sourceHash(sourceDir, compiler, flags)
  if (existsSync(binary) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    return { binary, rebuilt: false, compiler, flags }
  }
  mkdirSync(buildDir, { recursive: true })
  try {
    await execFileAsync('make', [...make, '-B', binary], { maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    const stderr = ((error as { stderr?: string }).stderr ?? '').trim()
    throw new NativeBuildError(`building ${sourceDir} with ${compiler} failed:\n${stderr || (error as Error).message}`)
  }
  writeFileSync(stampFile, stamp)
  return { binary, rebuilt: true, compiler, flags }
}
