/**
 * The output directory is made ready before anything is built or measured, so a path that is a file, a directory we
 * cannot write, or an earlier run's results are found in the first second, not after every sample was taken.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { RESULTS_FILE_NAME } from './results.js'

export interface PreparedOutput {
  directory: string
  /** Where an earlier run's results.json was moved, or null when there was none. */
  movedAside: string | null
}

/**
 * Creates DIRECTORY, proves it writable, and moves an earlier run's results.json aside to
 * results-<its modification time>.json, so no run's results are replaced silently and none is refused for it.
 */
export function prepareOutputDirectory(directory: string, input = 'out-dir'): PreparedOutput {
  const path = resolve(directory)
  if (existsSync(path) && !statSync(path).isDirectory()) {
    throw new Error(
      `${input}: "${directory}" is a file, not a directory; expected a directory for ${RESULTS_FILE_NAME}`
    )
  }
  const probe = join(path, `.write-test.${process.pid}`)
  try {
    mkdirSync(path, { recursive: true })
    writeFileSync(probe, '')
    rmSync(probe)
  } catch (error) {
    throw new Error(`${input}: "${directory}" cannot be written: ${(error as Error).message}`, { cause: error })
  }
  const existing = join(path, RESULTS_FILE_NAME)
  if (!existsSync(existing)) return { directory: path, movedAside: null }
  const stamp = statSync(existing).mtime.toISOString().replace(/[:.]/g, '-')
  let aside = join(path, `results-${stamp}.json`)
  for (let suffix = 2; existsSync(aside); suffix++) aside = join(path, `results-${stamp}-${suffix}.json`)
  renameSync(existing, aside)
  return { directory: path, movedAside: aside }
}
