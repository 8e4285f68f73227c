import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makePlan, type PlanOptions } from '../../src/plan/index.js'
import type { Plan } from '../../src/plan/types.js'
import { runPlan, validateResults, type RunOptions } from '../../src/run/index.js'
import type { ResultsFile } from '../../src/run/types.js'
import { oneNodeMachine } from '../plan/machines.js'

const FAKE_DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'run', 'fake-driver.mjs')
const machine = oneNodeMachine()

function tinyPlan(options: Partial<PlanOptions> = {}): Plan {
  return makePlan(machine.topology, machine.classes, {
    budgetSeconds: 3600,
    seed: 11,
    modes: ['throughput', 'pingpong'],
    paddings: [0],
    minRepetitions: 2,
    maxRepetitions: 2,
    messages: { throughput: 1000, pingpong: 100 },
    ...options
  })
}

function run(plan: Plan, options: Partial<RunOptions> = {}): Promise<ResultsFile> {
  return runPlan(plan, { binary: FAKE_DRIVER, topology: machine.topology, timeoutMs: 2000, ...options })
}

function allReasons(results: ResultsFile): string[] {
  return results.cells.flatMap((result) => result.samples.flatMap((sample) => sample.invalidReasons))
}

function behave(script: string): void {
  process.env.NUMA_SPSC_BENCH_FAKE_SCRIPT = script
  process.env.NUMA_SPSC_BENCH_FAKE_STATE = join(mkdtempSync(join(tmpdir(), 'fake-driver-')), 'position')
}

afterEach(() => {
  for (const name of ['SCRIPT', 'STATE', 'BEHAVIOUR']) delete process.env[`NUMA_SPSC_BENCH_FAKE_${name}`]
})

describe('runPlan with fake drivers', () => {
  it('records crashes, hangs, failures, garbage and invalid runs, and goes on', async () => {
    const plan = tinyPlan()
    expect(plan.cells.length * plan.repetitions).toBe(12)
    behave('honest,crash,fail,impossible,hang,garbage,invalid')
    const results = await run(plan)
    const samples = results.cells.flatMap((result) => result.samples)
    expect(samples).toHaveLength(12)
    expect(results.interrupted).toBe(false)
    expect(samples.filter((sample) => sample.valid)).toHaveLength(2)
    const reasons = allReasons(results).join('\n')
    expect(reasons).toMatch(/crashed: killed by signal SIGSEGV/)
    expect(reasons).toMatch(/exited with code 1 \(internal error\); stderr: spsc-bench: internal: mmap failed/)
    expect(reasons).toMatch(/exited with code 3 \(placement impossible\); stderr: spsc-bench: CPU 1 is not/)
    expect(reasons).toMatch(/timed out after 2 s and was killed/)
    expect(reasons).toMatch(/unreadable output: driver output for reference\/\S+ \(block \d\)/)
    expect(reasons).toMatch(/slot pages on node 1 after the run, asked for node 0/)
    for (const sample of samples.filter((entry) => !entry.valid))
      expect(sample.invalidReasons.length).toBeGreaterThan(0)
    expect(validateResults(JSON.parse(JSON.stringify(results)), 'results.json')).toEqual(results)
  })

  it('does not trust a driver that reports success for a placement it did not achieve', async () => {
    process.env.NUMA_SPSC_BENCH_FAKE_BEHAVIOUR = 'liar'
    const results = await run(tinyPlan({ pinning: 'pinned' }))
    const samples = results.cells.flatMap((result) => result.samples)
    expect(samples.length).toBeGreaterThan(0)
    for (const { cell, samples: cellSamples } of results.cells) {
      for (const sample of cellSamples) {
        expect(sample.valid).toBe(false)
        expect(sample.record?.valid).toBe(true)
        expect(sample.invalidReasons).toContain(
          `the producer thread ran on CPUs ${(cell.producerCpu as number) + 1}, asked for ${cell.producerCpu}`
        )
        expect(sample.invalidReasons).toContain('slot pages were on node(s) 1 after the run, asked for node 0')
      }
    }
  })

  it('runs blocks: one sample of every cell per block, each block in its own seeded order', async () => {
    const plan = tinyPlan({ maxRepetitions: 3, minRepetitions: 3 })
    const sequence = (results: ResultsFile) =>
      results.cells
        .flatMap((result) =>
          result.samples.map((sample) => ({ order: sample.order, key: result.cell.key, block: sample.block }))
        )
        .sort((a, b) => a.order - b.order)
    const first = sequence(await run(plan))
    const again = sequence(await run(plan))
    const reseeded = sequence(await run(plan, { seed: 12 }))
    expect(first).toEqual(again)
    expect(reseeded).not.toEqual(first)
    expect(first.map((entry) => entry.order)).toEqual([...first.keys()])
    const keys = plan.cells.map((cell) => cell.key).sort()
    const blocks = [0, 1, 2].map((block) => first.slice(block * keys.length, (block + 1) * keys.length))
    for (const [index, block] of blocks.entries()) {
      expect(block.every((entry) => entry.block === index)).toBe(true)
      expect(block.map((entry) => entry.key).sort()).toEqual(keys)
    }
    expect(new Set(blocks.map((block) => block.map((entry) => entry.key).join()))).not.toHaveProperty('size', 1)
  })

  it('stops on abort and returns what was measured, marked interrupted', async () => {
    const stop = new AbortController()
    const results = await run(tinyPlan(), {
      signal: stop.signal,
      onProgress: (done) => {
        if (done === 3) stop.abort()
      }
    })
    expect(results.interrupted).toBe(true)
    expect(results.cells.flatMap((result) => result.samples)).toHaveLength(3)
    expect(validateResults(JSON.parse(JSON.stringify(results)), 'results.json').interrupted).toBe(true)
  })

  it('kills a hung sample on abort and does not record it', async () => {
    process.env.NUMA_SPSC_BENCH_FAKE_BEHAVIOUR = 'hang'
    const stop = new AbortController()
    setTimeout(() => stop.abort(), 300)
    const results = await run(tinyPlan(), { signal: stop.signal, timeoutMs: 600_000 })
    expect(results.interrupted).toBe(true)
    expect(results.cells.flatMap((result) => result.samples)).toEqual([])
  })

  it('treats a sample killed by Ctrl-C (SIGINT) as an interruption, not as a crash', async () => {
    behave('honest,honest,interrupted,honest')
    const results = await run(tinyPlan())
    expect(results.interrupted).toBe(true)
    const samples = results.cells.flatMap((result) => result.samples)
    expect(samples).toHaveLength(2)
    expect(samples.every((sample) => sample.valid)).toBe(true)
  })

  it('records the environment around the run', async () => {
    const results = await run(tinyPlan({ modes: ['throughput'], pinning: 'unpinned' }), {
      environment: { compiler: 'cc 12.2.0', compilerFlags: '-O2' }
    })
    const environment = results.environment
    expect(environment.compiler).toBe('cc 12.2.0')
    expect(environment.compilerFlags).toBe('-O2')
    expect(environment.cpuModel).toBe('Synthetic CPU')
    expect(environment.loadAverageStart).toHaveLength(3)
    expect(environment.loadAverageEnd).toHaveLength(3)
    expect(Date.parse(environment.finishedAt)).toBeGreaterThanOrEqual(Date.parse(environment.startedAt))
    expect(environment.gitCommit).toMatch(/^[0-9a-f]{40}$/)
    const manifest = JSON.parse(readFileSync(join(dirname(FAKE_DRIVER), '..', '..', 'package.json'), 'utf8')) as {
      version: string
    }
    expect(results.tool).toEqual({ name: 'numa-spsc-bench', version: manifest.version })
  })

  it('refuses a plan it cannot run before running anything', async () => {
    await expect(run(tinyPlan(), { binary: '/nonexistent/spsc-bench' })).rejects.toThrow(
      'the native driver /nonexistent/spsc-bench does not exist'
    )
    await expect(run(tinyPlan({ subject: { enabled: true } }))).rejects.toThrow('no subject command was given')
  })
})
