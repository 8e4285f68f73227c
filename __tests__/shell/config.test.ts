import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildConfig, ConfigError, DEFAULTS, MAX_PINGPONG_MESSAGES } from '../../src/config.js'

describe('buildConfig', () => {
  it('fills every default from the action inputs', () => {
    const config = buildConfig({})
    expect(config).toMatchObject({
      sysfsRoot: '/',
      requireNuma: false,
      budgetSeconds: 300,
      classes: [],
      paddings: [0, 64, 128],
      modes: ['throughput', 'pingpong', 'same-thread'],
      messages: null,
      seed: null,
      baselineStore: 'branch',
      threshold: 0.05,
      alpha: 0.01,
      failOn: 'regression',
      saveBaseline: 'auto',
      comment: 'always',
      allowForkPrs: false,
      reportFrom: null,
      subject: { kind: 'reference', build: null, command: null }
    })
  })

  it('parses lists, booleans, numbers and commands as typed', () => {
    const config = buildConfig({
      'require-numa': 'TRUE',
      classes: 'cross-package, same-l3,cross-package',
      paddings: '128',
      modes: 'pingpong',
      seed: '42',
      messages: ' 20000 ',
      threshold: '0.1',
      subject: 'command',
      'subject-build': 'make -C native nim SUBJECT="src/private/channel spsc.nim"',
      'subject-command': 'native/build/nim-spsc-bench --capacity 1024'
    })
    expect(config.requireNuma).toBe(true)
    expect(config.classes).toEqual(['cross-package', 'same-l3'])
    expect(config.paddings).toEqual([128])
    expect(config.modes).toEqual(['pingpong'])
    expect(config.seed).toBe(42)
    expect(config.messages).toBe(20_000)
    expect(buildConfig({ messages: '20000000', modes: 'throughput' }).messages).toBe(20_000_000)
    const driverLimit = /#define MAX_RTT_SAMPLES UINT64_C\((\d+)\)/.exec(
      readFileSync(join(process.cwd(), 'native', 'bench.h'), 'utf8')
    )
    expect(Number(driverLimit?.[1])).toBe(MAX_PINGPONG_MESSAGES)
    expect(config.threshold).toBe(0.1)
    expect(config.subject.build).toEqual(['make', '-C', 'native', 'nim', 'SUBJECT=src/private/channel spsc.nim'])
    expect(config.subject.command).toEqual(['native/build/nim-spsc-bench', '--capacity', '1024'])
  })

  it.each([
    [{ classes: 'cross-socket' }, 'classes: "cross-socket" is not one of smt-sibling'],
    [{ paddings: '32' }, 'paddings: "32" is not one of 0, 64, 128, 256'],
    [{ modes: 'latency' }, 'modes: "latency" is not one of throughput, pingpong, same-thread'],
    [{ 'require-numa': 'yes' }, 'require-numa: "yes" is not true or false'],
    [{ threshold: '5%' }, 'threshold: "5%" is not a number between 0 and 1'],
    [{ alpha: '0.9' }, 'alpha: "0.9" is not a number between 0 and 0.5'],
    [{ seed: '-3' }, 'seed: "-3" is not a non-negative integer'],
    [{ messages: '0' }, 'messages: "0" is not a positive integer'],
    [{ messages: '1e6' }, 'messages: "1e6" is not a positive integer'],
    [{ messages: '2.5' }, 'messages: "2.5" is not a positive integer'],
    [{ messages: '20000000' }, 'messages: 20000000 is more than the 10000000 round trips a pingpong sample records'],
    [{ 'fail-on': 'always' }, 'fail-on: "always" is not one of regression, never'],
    [{ subject: 'command' }, 'subject-command: required when subject is "command"'],
    [{ 'baseline-store': 'gh-pages' }, 'baseline-store: "gh-pages" is not one of branch, directory, none']
  ])('rejects %j naming the input and the value', (raw, message) => {
    expect(() => buildConfig(raw)).toThrow(ConfigError)
    expect(() => buildConfig(raw)).toThrow(message)
  })
})

/** action.yml's inputs with their defaults as written (quotes removed), read without a YAML dependency. */
function actionInputs(): Record<string, string> {
  const text = readFileSync(join(process.cwd(), 'action.yml'), 'utf8')
  const block = /^inputs:\n([\s\S]*?)^outputs:/m.exec(text)?.[1] ?? ''
  const inputs: Record<string, string> = {}
  for (const entry of block.split(/^(?= {2}[a-z0-9-]+:$)/m)) {
    const name = /^ {2}([a-z0-9-]+):$/m.exec(entry)?.[1]
    const value = /^ {4}default: (.*)$/m.exec(entry)?.[1]
    if (name !== undefined && value !== undefined) inputs[name] = value.replace(/^'(.*)'$/, '$1')
  }
  return inputs
}

it('reads every input action.yml declares, with the defaults action.yml gives (github-token is read on its own)', () => {
  const { 'github-token': token, ...inputs } = actionInputs()
  expect(token).toBe('${{ github.token }}')
  expect(inputs).toEqual(DEFAULTS)
})
