/**
 * The action as a runner calls it: `node dist/index.js` with INPUT_* variables, a GITHUB_OUTPUT file and a job
 * summary file. It runs the committed bundle, so it also proves dist/ works.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { makeTree } from '../../__fixtures__/topology/tree.js'
import { validateResults } from '../../src/run/index.js'

function runAction(inputs: Record<string, string>) {
  const work = mkdtempSync(join(tmpdir(), 'action-'))
  const outputFile = join(work, 'output')
  const summaryFile = join(work, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? work,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: work,
    GITHUB_WORKSPACE: work,
    'INPUT_OUT-DIR': join(work, 'results')
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const run = spawnSync(process.execPath, [resolve('dist/index.js')], { cwd: work, env, encoding: 'utf8' })
  return { ...run, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') }
}

/** GITHUB_OUTPUT holds `name<<delimiter` … `delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
}

const oneNodeTree = () =>
  makeTree({ cpus: [0, 1, 2, 3].map((id) => ({ id, package: 0, core: id })), nodes: { 0: [0, 1, 2, 3] } })

describe('node dist/index.js', () => {
  it('fails with require-numa on a one-node runner, saying why, after writing the topology outputs', () => {
    const run = runAction({ 'require-numa': 'true', 'sysfs-root': oneNodeTree() })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('::error::require-numa: this runner is not NUMA-capable: 1 NUMA node(s), 1 with CPUs')
    expect(run.outputs['numa-capable']).toBe('false')
    expect(run.outputs['numa-nodes']).toBe('1')
    expect(run.outputs.fingerprint).toMatch(/^[0-9a-f]{12}$/)
    expect(JSON.parse(run.outputs['topology-json']).nodes).toEqual([{ id: 0, cpus: [0, 1, 2, 3], memoryMiB: 2048 }])
  })

  it('rejects a bad input by name', () => {
    const run = runAction({ paddings: '0,48' })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('::error::paddings: "48" is not one of 0, 64, 128, 256')
  })

  it('measures this machine and writes results, outputs and a job summary', () => {
    const run = runAction({ budget: '20s', modes: 'same-thread', paddings: '128' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('::warning::This runner has 1 NUMA node(s) with CPUs')
    expect(run.outputs['numa-capable']).toBe('false')
    const resultsPath = run.outputs['results-path']
    expect(existsSync(resultsPath)).toBe(true)
    const results = validateResults(JSON.parse(readFileSync(resultsPath, 'utf8')), resultsPath)
    expect(results.cells.every((cell) => cell.cell.mode === 'same-thread')).toBe(true)
    expect(run.outputs['invalid-cells']).toBe('0')
    expect(run.summary).toContain('same-thread')
  }, 120_000)
})
