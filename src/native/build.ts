/**
 * Builds native/ with make and the machine's cc into a private directory outside the sources, once: the build is
 * reused while the sources and the compiler are the same and the binary is the one we built (a stamp of the sources,
 * the compiler and the binary's hash is kept beside it). The directory must belong to us and be closed to other
 * users, or another local user could put a program there for us to run (docs/self-hosted-runner.md).
 */
import { createHash } from 'node:crypto'
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { childEnvironment } from '../run/launch.js'
import { describeFailure, processRunner, type ProcessRunner } from '../run/process.js'

export class NativeBuildError extends Error {
  override name = 'NativeBuildError'
}

/** The build input's default: twenty minutes, far more than native/ needs, enough for a large subject. */
export const DEFAULT_BUILD_TIMEOUT_MS = 20 * 60 * 1000

export interface BuildOptions {
  /** The native/ folder (holding the Makefile). */
  sourceDir: string
  /** Private to this user (created 0700; refused when another user owns it or may write to it). */
  buildDir: string
  /** Compiler command; default $CC or cc. */
  cc?: string
  /** How make and cc are run; default child_process (the action passes its runner that streams into log groups). */
  runner?: ProcessRunner
  timeoutMs?: number
  signal?: AbortSignal
}

export interface BuildResult {
  binary: string
  rebuilt: boolean
  /** First line of `cc --version`. */
  compiler: string
  flags: string
}

/** The CLI's build directory: $XDG_CACHE_HOME/numa-spsc-bench/build, else ~/.cache/numa-spsc-bench/build. */
export function defaultBuildDir(environment: NodeJS.ProcessEnv = process.env): string {
  const cache = environment.XDG_CACHE_HOME?.startsWith('/') ? environment.XDG_CACHE_HOME : join(homedir(), '.cache')
  return join(cache, 'numa-spsc-bench', 'build')
}

/**
 * Creates DIRECTORY (mode 0700) or checks the one there: a real directory, owned by this user, writable by nobody
 * else. Anything else is refused: we will execute what it holds.
 */
export function ensurePrivateDirectory(directory: string, what = 'build directory'): void {
  if (!existsSync(directory)) mkdirSync(directory, { recursive: true, mode: 0o700 })
  const stat = lstatSync(directory)
  const uid = process.getuid?.()
  const problem = stat.isSymbolicLink()
    ? 'is a symbolic link'
    : !stat.isDirectory()
      ? 'is not a directory'
      : uid !== undefined && stat.uid !== uid
        ? `belongs to user id ${stat.uid}, not to this user (${uid})`
        : (stat.mode & 0o022) !== 0
          ? `has mode ${(stat.mode & 0o777).toString(8).padStart(4, '0')}: other users may write to it`
          : null
  if (problem !== null) {
    throw new NativeBuildError(
      `${what} ${directory} ${problem}; the tool runs the program built there, so it only uses a directory of its ` +
        `own user that no one else may write (expected e.g. mode 0700). Remove it, or choose another with --build-dir`
    )
  }
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

async function firstLine(runner: ProcessRunner, argv: string[], what: string, signal?: AbortSignal): Promise<string> {
  const [command, ...args] = argv
  const outcome = await runner.run(command, args, { env: childEnvironment(), timeoutMs: 60_000, signal, label: what })
  if (outcome.exitCode !== 0) throw new NativeBuildError(`${what}: ${describeFailure(argv, outcome, 60_000)}`)
  return outcome.stdout.split('\n')[0].trim()
}

function sourceHash(sourceDir: string, compiler: string, flags: string): string {
  const hash = createHash('sha256').update(`${compiler}\n${flags}\n`)
  const files = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(c|h|sh)$|(^|\/)Makefile$/.test(file) && !file.startsWith('build'))
    .sort()
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(sourceDir, file)))
  return hash.digest('hex')
}

const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

/** The stamp of a build we made: sources, compiler and flags, and the hash of the binary that came out. */
function stampOf(sources: string, binary: string): string {
  return `${sources}\n${fileHash(binary)}\n`
}

export async function buildNative(options: BuildOptions): Promise<BuildResult> {
  const sourceDir = resolve(options.sourceDir)
  const buildDir = resolve(options.buildDir)
  const runner = options.runner ?? processRunner
  const cc = options.cc ?? process.env.CC ?? 'cc'
  ensurePrivateDirectory(buildDir)
  const make = ['-s', '-C', sourceDir, `BUILD_DIR=${buildDir}`, `CC=${cc}`]
  const compiler = await firstLine(runner, [cc, '--version'], 'C compiler', options.signal)
  const flags = await firstLine(runner, ['make', ...make, 'print-flags'], 'make', options.signal)
  const binary = join(buildDir, 'spsc-bench')
  const stampFile = join(buildDir, 'build.stamp')
  const sources = sourceHash(sourceDir, compiler, flags)
  if (existsSync(binary) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stampOf(sources, binary)) {
    return { binary, rebuilt: false, compiler, flags }
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS
  const argv = ['make', ...make, '-B', binary]
  const outcome = await runner.run(argv[0], argv.slice(1), {
    env: childEnvironment(),
    timeoutMs,
    signal: options.signal,
    label: 'build native/'
  })
  if (outcome.exitCode !== 0) {
    throw new NativeBuildError(`building ${sourceDir} with ${compiler} failed: ${describeFailure(argv, outcome, timeoutMs)}`)
  }
  writeFileSync(stampFile, stampOf(sources, binary), { mode: 0o600 })
  return { binary, rebuilt: true, compiler, flags }
}
