/**
 * compare-to: merge-base: the pull request's merge-base checked out beside the workspace as a git worktree, so the
 * subject can be built and measured there and at the head in one run. git runs through the ProcessRunner like every
 * other program the action starts.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { childEnvironment } from '../run/launch.js'
import { describeFailure, type ProcessRunner } from '../run/process.js'

const GIT_TIMEOUT_MS = 5 * 60 * 1000

export interface MergeBaseWorktree {
  sha: string
  path: string
  /** Removes the worktree (and git's record of it). */
  remove: () => Promise<void>
}

async function git(runner: ProcessRunner, repoDir: string, args: string[]) {
  return runner.run('git', args, {
    cwd: repoDir,
    env: childEnvironment(),
    timeoutMs: GIT_TIMEOUT_MS,
    label: `git ${args[0]}`
  })
}

/**
 * Finds the merge-base of the pull request's base and head in `repoDir` and adds a detached worktree of it under
 * `parentDir` (the runner's temp directory). A checkout without that history (actions/checkout's default depth of
 * one commit) is an error that says how to fix it.
 */
export async function addMergeBaseWorktree(options: {
  repoDir: string
  baseSha: string
  headSha: string
  baseRef: string
  parentDir: string
  runner: ProcessRunner
}): Promise<MergeBaseWorktree> {
  const { repoDir, runner } = options
  const found = await git(runner, repoDir, ['merge-base', options.baseSha, options.headSha])
  const sha = found.stdout.trim()
  if (found.exitCode !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) {
    const shallow = await git(runner, repoDir, ['rev-parse', '--is-shallow-repository'])
    throw new Error(
      `compare-to: merge-base: the merge-base of ${options.baseRef} (${options.baseSha.slice(0, 12)}) and the pull ` +
        `request head (${options.headSha.slice(0, 12)}) is not in this checkout` +
        `${shallow.stdout.trim() === 'true' ? ' (a shallow clone)' : ''}; check out with actions/checkout's ` +
        '"fetch-depth: 0", or set compare-to: baseline'
    )
  }
  const path = join(options.parentDir, `numa-spsc-bench-merge-base-${sha.slice(0, 12)}`)
  if (existsSync(path)) await git(runner, repoDir, ['worktree', 'remove', '--force', path])
  const added = await git(runner, repoDir, ['worktree', 'add', '--force', '--detach', path, sha])
  if (added.exitCode !== 0) {
    throw new Error(
      `compare-to: merge-base: could not check out ${sha} at ${path}: ${describeFailure(['git', 'worktree', 'add', path, sha], added)}`
    )
  }
  return {
    sha,
    path,
    remove: async () => {
      await git(runner, repoDir, ['worktree', 'remove', '--force', path])
    }
  }
}
