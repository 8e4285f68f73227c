/** A bare "remote" repository in a temp dir and clones of it, for the data-branch store's tests. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { GitBranchStore, GIT_IDENTITY } from '../../src/baseline/index.js'
import { temporaryDirectory } from './fixtures.js'

// A fresh machine has no git identity; the tests' own commits use the tool's, set through the environment.
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: GIT_IDENTITY.name,
  GIT_AUTHOR_EMAIL: GIT_IDENTITY.email,
  GIT_COMMITTER_NAME: GIT_IDENTITY.name,
  GIT_COMMITTER_EMAIL: GIT_IDENTITY.email,
  LC_ALL: 'C'
}

export function gitSync(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

export function bareRemote(): string {
  const remote = join(temporaryDirectory('remote'), 'remote.git')
  execFileSync('git', ['init', '--quiet', '--bare', remote], { env })
  return remote
}

export function cloneOf(remote: string): string {
  const clone = join(temporaryDirectory('clone'), 'work')
  execFileSync('git', ['clone', '--quiet', remote, clone], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  return clone
}

// Enough attempts that only a lost record, never a slow machine, fails the concurrency test.
export const FAST_RETRY = { attempts: 100, baseDelayMs: 50, maxDelayMs: 30_000 }

export function branchStore(clone: string, onRetry?: () => void): GitBranchStore {
  return new GitBranchStore({ repoDir: clone, branch: 'numa-spsc-bench-data', retry: FAST_RETRY, onRetry })
}

/** Writes a file on the data branch of the remote the ordinary way (a clone, a commit, a push), as a person would. */
export function commitOnDataBranch(remote: string, files: Record<string, string>): void {
  const clone = cloneOf(remote)
  const hasBranch = gitSync(clone, ['ls-remote', '--heads', 'origin', 'numa-spsc-bench-data']).trim() !== ''
  if (hasBranch) gitSync(clone, ['checkout', '--quiet', '-b', 'numa-spsc-bench-data', 'origin/numa-spsc-bench-data'])
  else gitSync(clone, ['checkout', '--quiet', '--orphan', 'numa-spsc-bench-data'])
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(clone, path)), { recursive: true })
    writeFileSync(join(clone, path), text)
  }
  gitSync(clone, ['add', '--', ...Object.keys(files)])
  gitSync(clone, ['commit', '--quiet', '-m', 'by hand'])
  gitSync(clone, ['push', '--quiet', 'origin', 'HEAD:refs/heads/numa-spsc-bench-data'])
}

/** A file's bytes on the remote's data branch. */
export function remoteFile(remote: string, path: string): string {
  return gitSync(remote, ['show', `numa-spsc-bench-data:${path}`])
}

export function remotePaths(remote: string): string[] {
  return gitSync(remote, ['ls-tree', '-r', '--name-only', 'numa-spsc-bench-data'])
    .split('\n')
    .filter((line) => line !== '')
}
