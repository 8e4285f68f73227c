import { describe, expect, it } from '@jest/globals'
import { chmodSync, chownSync, cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildNative, defaultBuildDir, ensurePrivateDirectory, NativeBuildError } from '../../src/native/build.js'
import type { ProcessRunner } from '../../src/run/process.js'

function copyOfNative(): { sourceDir: string; buildDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'native-private-'))
  cpSync(resolve('native'), join(root, 'native'), { recursive: true, filter: (path) => !path.includes('/build') })
  return { sourceDir: join(root, 'native'), buildDir: join(root, 'out') }
}

describe('the private build directory', () => {
  it('is created with mode 0700', () => {
    const directory = join(mkdtempSync(join(tmpdir(), 'private-')), 'a', 'build')
    ensurePrivateDirectory(directory)
    expect(statSync(directory).mode & 0o777).toBe(0o700)
  })

  it('refuses a planted directory other users may write to', () => {
    const directory = mkdtempSync(join(tmpdir(), 'planted-'))
    chmodSync(directory, 0o777)
    expect(() => ensurePrivateDirectory(directory)).toThrow(NativeBuildError)
    expect(() => ensurePrivateDirectory(directory)).toThrow(/has mode 0777: other users may write to it/)
  })

  it('refuses a directory another user owns', () => {
    const directory = mkdtempSync(join(tmpdir(), 'planted-'))
    const uid = process.getuid?.() ?? 0
    if (uid !== 0) return expect(uid).toBeGreaterThan(0) // only root can give a directory away to plant it
    chownSync(directory, 65534, 65534)
    expect(() => ensurePrivateDirectory(directory)).toThrow(/belongs to user id 65534, not to this user \(0\)/)
  })

  it('refuses a symbolic link and a file', () => {
    const root = mkdtempSync(join(tmpdir(), 'planted-'))
    mkdirSync(join(root, 'real'), { mode: 0o700 })
    symlinkSync(join(root, 'real'), join(root, 'link'))
    writeFileSync(join(root, 'file'), '')
    expect(() => ensurePrivateDirectory(join(root, 'link'))).toThrow(/is a symbolic link/)
    expect(() => ensurePrivateDirectory(join(root, 'file'))).toThrow(/is not a directory/)
  })

  it('defaults to a per-user cache directory', () => {
    expect(defaultBuildDir({ XDG_CACHE_HOME: '/home/u/.cache' })).toBe('/home/u/.cache/numa-spsc-bench/build')
    expect(defaultBuildDir({})).toMatch(/\/\.cache\/numa-spsc-bench\/build$/)
  })

  it('never reuses a binary it did not build: a replaced binary is rebuilt, not run', async () => {
    const dirs = copyOfNative()
    const first = await buildNative(dirs)
    const built = readFileSync(first.binary)
    writeFileSync(first.binary, '#!/bin/sh\necho planted\n')
    const second = await buildNative(dirs)
    expect(second.rebuilt).toBe(true)
    expect(readFileSync(second.binary).equals(built)).toBe(true)
  }, 120_000)

  it('runs make through the given ProcessRunner with the build timeout and the child environment', async () => {
    const dirs = copyOfNative()
    const calls: { command: string; timeoutMs?: number; env: Record<string, string> }[] = []
    const failing: ProcessRunner = {
      run: (command, args, options) => {
        calls.push({ command, timeoutMs: options.timeoutMs, env: options.env })
        const building = args.includes('-B')
        return Promise.resolve({
          pid: 1,
          exitCode: building ? null : 0,
          signal: building ? 'SIGKILL' : null,
          stdout: building ? '' : 'cc (fake) 1\n',
          stdoutTail: '',
          stderrTail: '',
          timedOut: building,
          aborted: false,
          spawnError: null
        })
      }
    }
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_secret'
    try {
      await expect(buildNative({ ...dirs, runner: failing, timeoutMs: 3000 })).rejects.toThrow(
        /failed \(killed after the 3 s timeout\)/
      )
    } finally {
      delete process.env['INPUT_GITHUB-TOKEN']
    }
    expect(calls.map((call) => call.command)).toEqual(['cc', 'make', 'make'])
    expect(calls[2].timeoutMs).toBe(3000)
    for (const call of calls) expect(call.env['INPUT_GITHUB-TOKEN']).toBeUndefined()
  })
})
