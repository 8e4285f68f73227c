import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildNative } from '../../src/native/index.js'
import { makePlan } from '../../src/plan/index.js'
import { runPlan, summarizeRun, validateResults } from '../../src/run/index.js'
import { placementClasses, readTopology } from '../../src/topology/index.js'

const NATIVE_SOURCES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'native')
const runnable = process.platform === 'linux' && existsSync(join(NATIVE_SOURCES, 'Makefile'))
if (!runnable) console.warn('SKIPPED: the real native driver test needs Linux and native/Makefile')

;(runnable ? describe : describe.skip)('runPlan with the real native driver on this machine', () => {
  it('measures a tiny plan with every placement verified', async () => {
    const native = await buildNative({
      sourceDir: NATIVE_SOURCES,
      buildDir: mkdtempSync(join(tmpdir(), 'spsc-build-'))
    })
    const topology = readTopology('/')
    const plan = makePlan(topology, placementClasses(topology), {
      budgetSeconds: 600,
      seed: 2026,
      paddings: [0, 128],
      minRepetitions: 2,
      maxRepetitions: 2,
      messages: { throughput: 20_000, pingpong: 2_000, 'same-thread': 20_000 }
    })
    const results = await runPlan(plan, {
      binary: native.binary,
      topology,
      environment: { compiler: native.compiler, compilerFlags: native.flags }
    })
    const samples = results.cells.flatMap((result) => result.samples)
    expect(samples).toHaveLength(plan.cells.length * 2)
    const problems = results.cells.flatMap(({ cell, samples: cellSamples }) =>
      cellSamples.filter((sample) => !sample.valid).map((sample) => `${cell.key}: ${sample.invalidReasons.join('; ')}`)
    )
    expect(problems).toEqual([])
    for (const { cell, samples: cellSamples } of results.cells) {
      for (const sample of cellSamples) {
        if (cell.pinned) expect(sample.record?.observed.producerCpus).toEqual([cell.producerCpu])
        if (cell.memoryNode !== null) expect(sample.record?.observed.slots?.nodesAfter).toEqual([cell.memoryNode])
      }
    }
    expect(validateResults(JSON.parse(JSON.stringify(results)), 'results.json').cells).toHaveLength(plan.cells.length)
    console.log(summarizeRun(results))
  })
})
