import { describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildConfig } from '../../src/config.js'
import { measure } from '../../src/pipeline.js'
import { makePlan } from '../../src/plan/index.js'
import { prepareOutputDirectory } from '../../src/run/output.js'
import { oneNodeMachine } from '../plan/machines.js'

describe('prepareOutputDirectory', () => {
  it('creates the directory', () => {
    const directory = join(mkdtempSync(join(tmpdir(), 'out-')), 'a', 'b')
    expect(prepareOutputDirectory(directory)).toEqual({ directory, movedAside: null })
    expect(existsSync(directory)).toBe(true)
  })

  it("moves an earlier run's results.json aside instead of replacing it", () => {
    const directory = mkdtempSync(join(tmpdir(), 'out-'))
    writeFileSync(join(directory, 'results.json'), '{"earlier":true}')
    const { movedAside } = prepareOutputDirectory(directory)
    expect(movedAside).toMatch(/\/results-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/)
    expect(readFileSync(movedAside as string, 'utf8')).toBe('{"earlier":true}')
    expect(existsSync(join(directory, 'results.json'))).toBe(false)
  })

  it('refuses a file and an unwritable directory, naming the input', () => {
    const root = mkdtempSync(join(tmpdir(), 'out-'))
    writeFileSync(join(root, 'file'), '')
    expect(() => prepareOutputDirectory(join(root, 'file'))).toThrow(/out-dir: ".*\/file" is a file, not a directory/)
    mkdirSync(join(root, 'closed'))
    chmodSync(join(root, 'closed'), 0o500)
    if (process.getuid?.() === 0) return // root writes anywhere: nothing to refuse
    expect(() => prepareOutputDirectory(join(root, 'closed'))).toThrow(/out-dir: ".*closed" cannot be written/)
  })
})

describe('measure', () => {
  it('fails on --out naming a file before any build or sample', async () => {
    const root = mkdtempSync(join(tmpdir(), 'out-'))
    writeFileSync(join(root, 'file'), '')
    const machine = oneNodeMachine()
    const config = buildConfig({ 'out-dir': join(root, 'file'), budget: '10s' })
    const plan = makePlan(machine.topology, machine.classes, { budgetSeconds: 10, seed: 1 })
    const lines: string[] = []
    await expect(
      measure(config, machine, plan, {
        buildDir: join(root, 'build'),
        workspace: root,
        log: (line) => lines.push(line)
      })
    ).rejects.toThrow(/is a file, not a directory/)
    expect(existsSync(join(root, 'build'))).toBe(false)
    expect(lines).toEqual([])
  })
})
