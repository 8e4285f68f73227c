import { describe, expect, it } from '@jest/globals'
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildNative, findNativeSourceDir, NativeBuildError } from '../../src/native/index.js'

function copyOfNative(): { sourceDir: string; buildDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'native-copy-'))
  cpSync(resolve('native'), join(root, 'native'), { recursive: true, filter: (path) => !path.includes('/build') })
  return { sourceDir: join(root, 'native'), buildDir: join(root, 'out') }
}

describe('buildNative', () => {
  it('builds once, reuses the build while nothing changed, and rebuilds after a source change', async () => {
    const dirs = copyOfNative()
    const first = await buildNative(dirs)
    expect(first.rebuilt).toBe(true)
    expect(first.binary).toBe(join(dirs.buildDir, 'spsc-bench'))
    expect(first.compiler).not.toBe('')
    expect(first.flags).toContain('-std=c11')
    expect((await buildNative(dirs)).rebuilt).toBe(false)
    appendFileSync(join(dirs.sourceDir, 'common.c'), '\n/* changed */\n')
    expect((await buildNative(dirs)).rebuilt).toBe(true)
  }, 120_000)

  it('reports compiler errors with the compiler output', async () => {
    const dirs = copyOfNative()
    appendFileSync(join(dirs.sourceDir, 'report.c'), '\nint broken(void) { return undeclared_name; }\n')
    await expect(buildNative(dirs)).rejects.toThrow(NativeBuildError)
    await expect(buildNative(dirs)).rejects.toThrow(/undeclared_name/)
  }, 120_000)

  it('says which compiler is missing', async () => {
    const dirs = copyOfNative()
    await expect(buildNative({ ...dirs, cc: 'no-such-cc' })).rejects.toThrow(
      /C compiler: "no-such-cc --version" failed/
    )
    rmSync(dirs.buildDir, { recursive: true, force: true })
  })

  it('finds native/ above a bundle or a source file', () => {
    expect(findNativeSourceDir(pathToFileURL(resolve('dist/cli/index.js')).href)).toBe(resolve('native'))
    expect(findNativeSourceDir(pathToFileURL(resolve('src/native/build.ts')).href)).toBe(resolve('native'))
    expect(() => findNativeSourceDir(pathToFileURL('/tmp/elsewhere/index.js').href)).toThrow(
      /native\/Makefile not found/
    )
  })
})
