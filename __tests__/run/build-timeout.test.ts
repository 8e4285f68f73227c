import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildConfig, ConfigError } from '../../src/config.js'
import { measure } from '../../src/pipeline.js'
import { makePlan } from '../../src/plan/index.js'
import { runInGroup, type ProcessRunner } from '../../src/run/process.js'
import { oneNodeMachine } from '../plan/machines.js'

describe('build-timeout', () => {
  it('defaults to 20 minutes and names itself when it is not a duration', () => {
    expect(buildConfig({}).buildTimeoutSeconds).toBe(1200)
    expect(buildConfig({ 'build-timeout': '90s' }).buildTimeoutSeconds).toBe(90)
    expect(() => buildConfig({ 'build-timeout': 'soon' })).toThrow(ConfigError)
    expect(() => buildConfig({ 'build-timeout': 'soon' })).toThrow(/^build-timeout: "soon" is not a duration/)
  })

  it('kills a subject build that outlives it, with everything it started, before any sample', async () => {
    const root = mkdtempSync(join(tmpdir(), 'subject-build-'))
    const buildDir = join(root, 'build')
    mkdirSync(buildDir, { mode: 0o700 })
    // The native build is not what is tested: make and cc "succeed" at once around a driver file already there.
    writeFileSync(join(buildDir, 'spsc-bench'), '')
    const marker = `sleep ${300_000 + (process.pid % 100_000)}`
    const runner: ProcessRunner = {
      run: (command, args, options) =>
        options.label === 'subject-build'
          ? runInGroup(command, args, options)
          : Promise.resolve({
              pid: null,
              exitCode: 0,
              signal: null,
              stdout: 'cc (stand-in) 1\n',
              stdoutTail: '',
              stderrTail: '',
              timedOut: false,
              aborted: false,
              spawnError: null
            })
    }
    const config = buildConfig({
      'out-dir': join(root, 'out'),
      subject: 'command',
      'subject-command': 'true',
      'subject-build': `sh -c "${marker} & wait"`,
      'build-timeout': '1s'
    })
    const machine = oneNodeMachine()
    const plan = makePlan(machine.topology, machine.classes, { budgetSeconds: 60, seed: 1 })
    await expect(measure(config, machine, plan, { buildDir, workspace: root, runner, log: () => {} })).rejects.toThrow(
      /^subject-build: "sh -c .*" failed \(killed after the 1 s timeout\)/
    )
    const left = readdirSync('/proc').filter((entry) => {
      try {
        return (
          /^\d+$/.test(entry) && readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').includes(marker)
        )
      } catch {
        return false
      }
    })
    expect(left).toEqual([])
    expect(readdirSync(join(root, 'out'))).toEqual([])
  }, 30_000)
})
