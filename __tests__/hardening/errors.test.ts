/**
 * Clear errors where an adversarial pass found confusion: each names the input, the value and what was expected, and
 * comes before anything is measured, built or read from the machine.
 */
import { describe, expect, it } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { buildConfig, ConfigError, DEFAULTS } from '../../src/config.js'
import { eventPayloadProblem } from '../../src/github/event.js'
import { makePlan } from '../../src/plan/index.js'
import { transpiledSources } from '../../__fixtures__/hardening/transpiled.js'
import { oneNodeMachine } from '../plan/machines.js'

const run = promisify(execFile)

async function node(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('node', args, { env: { PATH: process.env.PATH ?? '', ...env } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('config rejects nonsense before the machine is read', () => {
  it.each([
    [{ paddings: '' }, 'paddings: at least one of 0, 64, 128, 256 is needed'],
    [{ modes: ' ' }, 'modes: at least one of throughput, pingpong, same-thread is needed'],
    [{ budget: 'soon' }, 'budget: "soon" is not a duration; expected e.g. "90s", "5m", "1h30m"'],
    [{ budget: '0s' }, 'budget: "0s" is not a positive duration'],
    [{ seed: '9007199254740992' }, 'seed: "9007199254740992" is above 9007199254740991 (2^53 - 1)'],
    [{ seed: '123456789012345678901234567890' }, 'is above 9007199254740991']
  ])('%j', (raw, message) => {
    expect(() => buildConfig(raw)).toThrow(ConfigError)
    expect(() => buildConfig(raw)).toThrow(message)
  })

  it('takes every seed up to 2^53 - 1, not only 32-bit ones', () => {
    expect(buildConfig({ seed: '4294967297' }).seed).toBe(2 ** 32 + 1)
    expect(buildConfig({ seed: '9007199254740991' }).seed).toBe(Number.MAX_SAFE_INTEGER)
  })

  it('parses the budget into seconds', () => {
    expect(buildConfig({ budget: '1h30m' }).budgetSeconds).toBe(5400)
    expect(buildConfig({}).budgetSeconds).toBe(300)
  })
})

describe('the planner', () => {
  it('refuses a class the machine lacks, naming the classes it has', () => {
    const { topology, classes } = oneNodeMachine()
    const present = classes.filter((entry) => entry.pairs.length > 0).map((entry) => entry.name)
    expect(present.length).toBeGreaterThan(0)
    expect(() => makePlan(topology, classes, { budgetSeconds: 60, seed: 1, classes: ['cross-package'] })).toThrow(
      `classes: "cross-package" is not available on this machine (one package (socket)). This machine has ${present.join(', ')}`
    )
  })
})

describe('the event payload check', () => {
  it('names a payload that is JSON but not an object, and passes a missing file to the toolkit', () => {
    const work = mkdtempSync(join(tmpdir(), 'hardening-event-'))
    writeFileSync(join(work, 'array.json'), '[1, 2]')
    writeFileSync(join(work, 'object.json'), '{"action": "opened"}')
    expect(eventPayloadProblem(join(work, 'array.json'))).toBe(
      `GITHUB_EVENT_PATH ${join(work, 'array.json')}: the event payload is an array, expected a JSON object`
    )
    expect(eventPayloadProblem(join(work, 'object.json'))).toBeNull()
    expect(eventPayloadProblem(join(work, 'missing.json'))).toBeNull()
    expect(eventPayloadProblem(undefined)).toBeNull()
  })
})

describe('the shells, run as separate processes from the sources', () => {
  const root = transpiledSources()

  it('the CLI rejects a nonsense budget before it reads the machine', async () => {
    const result = await node([
      join(root, 'src/cli/index.js'),
      'plan',
      '--budget',
      'soon',
      '--sysfs-root',
      '/nonexistent'
    ])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('budget: "soon" is not a duration')
    expect(result.stderr).not.toContain('/nonexistent')
  })

  it("the CLI's defaults are config.ts's DEFAULTS", async () => {
    const help = (await node([join(root, 'src/cli/index.js'), 'run', '--help'])).stdout.replace(/\s+/g, ' ')
    for (const name of ['paddings', 'modes', 'threshold', 'alpha', 'baseline-directory', 'sysfs-root'])
      expect(help).toContain(`(default: "${DEFAULTS[name]}")`)
    expect(help).toContain(`--out <dir>`)
    expect(help).toContain(`(default: "${DEFAULTS['out-dir']}")`)
  })

  it('the action turns a malformed event payload into ::error:: and a job summary, without a stack trace', async () => {
    const work = mkdtempSync(join(tmpdir(), 'hardening-event-'))
    const event = join(work, 'event.json')
    const summary = join(work, 'summary.md')
    writeFileSync(event, '{"pull_request": {"number": 1,')
    writeFileSync(summary, '')
    const result = await node([join(root, 'src/action/index.js')], {
      GITHUB_EVENT_PATH: event,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: join(work, 'output'),
      RUNNER_TEMP: work
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      new RegExp(`^::error::GITHUB_EVENT_PATH ${event}: the event payload is not valid JSON`, 'm')
    )
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(readFileSync(summary, 'utf8')).toContain('the event payload is not valid JSON')
  })
})

const DRIVER = fileURLToPath(new URL('../../native/build/spsc-bench', import.meta.url))

function driverError(args: string[]): string {
  try {
    execFileSync(DRIVER, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    return ''
  } catch (error) {
    return ((error as { stderr: string }).stderr ?? '').split('\n')[0]
  }
}

;(existsSync(DRIVER) ? describe : describe.skip)('the driver names options that exist', () => {
  if (!existsSync(DRIVER)) console.warn(`SKIPPED driver error messages: ${DRIVER} is not built (make -C native)`)

  it('names the option it rejects, and one range', () => {
    const usage = execFileSync(DRIVER, ['--help'], { encoding: 'utf8' })
    const cases: [string[], string][] = [
      [['--capacity', '33554432'], 'spsc-bench: --capacity: "33554432" is not a power of two from 2 to 16777216'],
      [['--producer-cpu', 'x', '--consumer-cpu', '1'], 'spsc-bench: --producer-cpu: "x" is not a whole number'],
      [['--slots-node', '-1'], 'spsc-bench: --slots-node: "-1" is not a whole number']
    ]
    for (const [args, message] of cases) {
      const line = driverError(args)
      expect(line).toBe(line.startsWith(message) ? line : message)
      expect(line.match(/ from /g)?.length ?? 0).toBeLessThanOrEqual(1)
      for (const option of line.match(/--[a-z-]+/g) ?? []) expect(usage).toContain(`  ${option} `)
    }
  })
})
