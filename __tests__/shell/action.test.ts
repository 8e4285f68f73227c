/**
 * The action as a runner calls it: `node dist/index.js` with INPUT_* variables, an event payload, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a local GitHub API. It runs the bundle, so it also proves
 * dist/ works. Three tests measure this machine for real (a few seconds each, same-thread mode only); the regression
 * and the clean run are made deterministic by the baseline they are compared with, not by the machine's numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeTree } from '../../__fixtures__/topology/tree.js'
import { DirectoryStore } from '../../src/baseline/index.js'
import { readPullRequestFile, readComparisonFile } from '../../src/github/index.js'
import { validateResults } from '../../src/run/index.js'
import type { ResultsFile } from '../../src/run/types.js'
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.js'
import { BASE_REPO, HEAD_SHA, pullRequestPayload } from '../github/payloads.js'
import { runAction } from '../github/run-action.js'

const TOKEN = 'ghs_shellTestTokenNeverPrinted'
/** Small enough for a 2-core machine, large enough for the exact Mann-Whitney test to reach significance. */
/** The outputs action.yml declares, read without a YAML dependency: the two-space keys of its outputs block. */
function declaredOutputs(): string[] {
  const block = /^outputs:\n([\s\S]*?)^\S/m.exec(readFileSync(join(process.cwd(), 'action.yml'), 'utf8'))?.[1] ?? ''
  return [...block.matchAll(/^ {2}([a-z-]+):$/gm)].map((match) => match[1]).sort()
}

const TINY_RUN = { budget: '8s', modes: 'same-thread', paddings: '128', 'baseline-store': 'directory' }

let github: FakeGitHub
beforeAll(async () => {
  github = await startFakeGitHub('octo-org', 'spsc')
})
afterAll(async () => {
  await github.close()
})

const apiEnv = () => ({ GITHUB_API_URL: github.url, GITHUB_REPOSITORY: BASE_REPO })

const oneNodeTree = () =>
  makeTree({ cpus: [0, 1, 2, 3].map((id) => ({ id, package: 0, core: id })), nodes: { 0: [0, 1, 2, 3] } })

/** The measured results with every throughput sample multiplied: a baseline this machine cannot match (×10) or beats (×0.1). */
function scaledThroughput(results: ResultsFile, factor: number): ResultsFile {
  const copy = JSON.parse(JSON.stringify(results)) as ResultsFile
  for (const cell of copy.cells) {
    for (const sample of cell.samples) {
      const results = sample.record?.results
      if (results?.messagesPerSecond == null) continue
      // Rate and elapsed time move together: the readers check that the rate follows from messages and time.
      results.messagesPerSecond *= factor
      results.elapsedNs = Math.round(results.elapsedNs / factor)
    }
  }
  return copy
}

/**
 * Stores `runs` baseline runs of the scaled results, 1 % apart, saved a minute apart from `day`: a stored-baseline
 * verdict needs the run-to-run spread of at least three stored runs before it calls a change.
 */
async function saveBaselines(
  work: string,
  results: ResultsFile,
  factor: number,
  runs: number,
  day: string
): Promise<void> {
  const store = new DirectoryStore(join(work, '.numa-spsc-bench'))
  for (let run = 0; run < runs; run++) {
    await store.save({
      results: scaledThroughput(results, factor * (1 + 0.01 * (run - 1))),
      commitSha: 'b'.repeat(40),
      ref: 'refs/heads/main',
      runId: String(run + 1),
      savedAt: `${day}T00:0${run}:00.000Z`
    })
  }
}

describe('node dist/index.js', () => {
  it('fails with require-numa on a one-node runner, saying why, after writing the topology outputs', async () => {
    const run = await runAction({ inputs: { 'require-numa': 'true', 'sysfs-root': oneNodeTree() } })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('::error::require-numa: this runner is not NUMA-capable: 1 NUMA node(s), 1 with CPUs')
    expect(run.outputs['numa-capable']).toBe('false')
    expect(run.outputs['numa-nodes']).toBe('1')
    expect(run.outputs.fingerprint).toMatch(/^[0-9a-f]{12}$/)
    expect(JSON.parse(run.outputs['topology-json']).nodes).toEqual([{ id: 0, cpus: [0, 1, 2, 3], memoryMiB: 2048 }])
    expect(run.summary).toContain('require-numa: this runner is not NUMA-capable')
  })

  it('rejects a bad input by name', async () => {
    const run = await runAction({ inputs: { paddings: '0,48' } })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('::error::paddings: "48" is not one of 0, 64, 128, 256')
  })

  it('refuses a fork pull request on a self-hosted runner before building or running anything', async () => {
    const run = await runAction({
      inputs: { ...TINY_RUN, 'github-token': TOKEN },
      event: { name: 'pull_request', payload: pullRequestPayload({ headRepo: 'someone/spsc' }) },
      env: { ...apiEnv(), RUNNER_ENVIRONMENT: 'self-hosted' }
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      '::error::allow-fork-prs: refusing pull request #42 from someone/spsc on a self-hosted runner'
    )
    expect(existsSync(join(run.work, 'numa-spsc-bench-build'))).toBe(false)
    expect(existsSync(join(run.work, 'results'))).toBe(false)
    expect(run.outputs.fingerprint).toBeUndefined()
    expect(github.requests).toEqual([])
  })

  describe('measuring this machine', () => {
    let measured: ResultsFile

    it('on a fork pull request (GitHub-hosted): writes results, outputs, summary and the artifact files, skips the comment with a warning', async () => {
      const run = await runAction({
        inputs: { ...TINY_RUN, 'github-token': TOKEN },
        event: { name: 'pull_request', payload: pullRequestPayload({ headRepo: 'someone/spsc' }) },
        env: { ...apiEnv(), RUNNER_ENVIRONMENT: 'github-hosted' }
      })
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(run.stdout).toContain('::warning::This runner has 1 NUMA node(s) with CPUs')
      expect(run.stdout).toContain('::warning::PR comment skipped: pull request #42 comes from a fork')
      expect(github.requests).toEqual([])

      const results = validateResults(
        JSON.parse(readFileSync(run.outputs['results-path'], 'utf8')),
        run.outputs['results-path']
      )
      expect(results.cells.length).toBeGreaterThan(0)
      expect(results.cells.every((cell) => cell.cell.mode === 'same-thread')).toBe(true)
      // A measuring run sets every output action.yml declares, and nothing else.
      expect(Object.keys(run.outputs).sort()).toEqual(declaredOutputs())
      expect(run.outputs).toMatchObject({
        'numa-capable': 'false',
        'invalid-cells': '0',
        verdict: 'no-baseline',
        regressions: '0',
        improvements: '0',
        'cross-package-penalty': ''
      })
      const outDir = join(run.work, 'results')
      expect(run.outputs['report-path']).toBe(join(outDir, 'report.md'))
      const report = readFileSync(run.outputs['report-path'], 'utf8')
      expect(report).toMatch(/^numa-spsc-bench: .*No baseline for this hardware yet/)
      expect(run.summary).toContain(report.split('\n')[0])
      expect(readPullRequestFile(join(outDir, 'pull-request.json'))).toEqual({
        number: 42,
        headSha: HEAD_SHA,
        baseRef: 'main'
      })
      expect(readComparisonFile(join(outDir, 'comparison.json')).verdict).toBe('no-baseline')
      measured = results
    }, 120_000)

    describe('against a stored baseline on a same-repository pull request', () => {
      const work = mkdtempSync(join(tmpdir(), 'action-gate-'))
      const gateRun = (failOn: string) =>
        runAction({
          work,
          inputs: { ...TINY_RUN, 'fail-on': failOn, 'github-token': TOKEN },
          event: { name: 'pull_request', payload: pullRequestPayload() },
          env: apiEnv()
        })

      it('fails the step on a regression (baseline: three runs of these results ×10) and posts the sticky comment', async () => {
        expect(measured).toBeDefined()
        await saveBaselines(work, measured, 10, 3, '2026-01-01')
        github.requests.length = 0
        const run = await gateRun('regression')
        expect(run.status).toBe(1)
        expect(run.outputs.verdict).toBe('regression')
        expect(Number(run.outputs.regressions)).toBeGreaterThan(0)
        expect(run.stdout).toMatch(/::error::\d+ regression\(s\) against the baseline \(fail-on: regression\)/)
        const comments = github.commentsOn(42)
        expect(comments).toHaveLength(1)
        expect(comments[0].body).toMatch(
          /^<!-- numa-spsc-bench workflow=numa%20bench job=numa fingerprint=[0-9a-f]{12} -->\n/
        )
        expect(comments[0].body).toMatch(/regression/i)
        expect(run.summary).toMatch(/regression/i)
        expect(github.requests.map((request) => request.method)).toEqual(['GET', 'POST'])
      }, 120_000)

      it('passes with fail-on: regression when nothing regressed (baseline: five runs of these results ×0.1), updating the same comment', async () => {
        // Five newer runs: the spread comes from the newest five, so the ×10 runs above no longer widen it.
        await saveBaselines(work, measured, 0.1, 5, '2026-01-02')
        github.requests.length = 0
        const run = await gateRun('regression')
        expect(run.stdout).not.toContain('::error::')
        expect(run.status).toBe(0)
        expect(run.outputs.verdict).toBe('improvement')
        expect(run.outputs.regressions).toBe('0')
        expect(Number(run.outputs.improvements)).toBeGreaterThan(0)
        expect(github.commentsOn(42)).toHaveLength(1)
        expect(github.requests.map((request) => request.method)).toEqual(['GET', 'PATCH'])
        expect(github.commentsOn(42)[0].body).toMatch(/improve/i)
        expect(
          run.stdout
            .split('\n')
            .filter((line) => line !== `::add-mask::${TOKEN}`)
            .join('\n')
        ).not.toContain(TOKEN)
      }, 120_000)
    })
  })
})
