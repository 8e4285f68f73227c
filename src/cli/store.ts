/** The --store / --branch flags every command that reads or writes saved baselines takes. */
import type { Command } from 'commander'
import { DEFAULT_BASELINE_DIRECTORY, openBaselineStore, type BaselineStore } from '../baseline/index.js'

export interface StoreFlags {
  store: string
  branch?: string
}

/** --branch reads the git data branch of the repository in the working directory; else the directory store. */
export function storeOf(flags: StoreFlags): BaselineStore {
  return flags.branch === undefined
    ? openBaselineStore('directory', { directory: flags.store })
    : openBaselineStore('branch', { branch: flags.branch, repoDir: process.cwd() })
}

export function storeOptions(command: Command): Command {
  return command
    .option('--store <dir>', 'baseline store directory', DEFAULT_BASELINE_DIRECTORY)
    .option(
      '--branch <name>',
      'use the git data branch of this repository (e.g. numa-spsc-bench-data) instead of --store'
    )
}
