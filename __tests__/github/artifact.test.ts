import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkArtifactHead,
  readArtifact,
  readPullRequestFile,
  writeComparisonFile,
  writePullRequestFile
} from '../../src/github/index.js'
import { writeResultsFile } from '../../src/run/index.js'
import type { Comparison } from '../../src/stats/types.js'
import { HEAD_SHA, pullRequestPayload, workflowRunPayload } from './payloads.js'
import { syntheticResults as results } from './results.js'

const comparison: Comparison = {
  method: 'stored-baseline',
  verdict: 'regression',
  alpha: 0.01,
  threshold: 0.05,
  baselineSource: 'newest on main',
  cells: [],
  regressions: 2,
  improvements: 0
}

const pullRequest = { number: 42, headSha: HEAD_SHA, baseRef: 'main' }
const scratch = () => mkdtempSync(join(tmpdir(), 'artifact-'))

describe('pull-request.json', () => {
  it('round-trips what the measuring run writes', () => {
    const directory = scratch()
    expect(readPullRequestFile(writePullRequestFile(directory, pullRequest))).toEqual(pullRequest)
  })

  it('names the file and the field that is wrong', () => {
    const directory = scratch()
    const path = join(directory, 'pull-request.json')
    writeFileSync(path, JSON.stringify({ ...pullRequest, number: '42; rm -rf /' }))
    expect(() => readPullRequestFile(path)).toThrow(`${path}: /number must be integer`)
    writeFileSync(path, JSON.stringify({ ...pullRequest, headSha: 'main' }))
    expect(() => readPullRequestFile(path)).toThrow(`${path}: /headSha must match pattern`)
    writeFileSync(path, '{"number": 4')
    expect(() => readPullRequestFile(path)).toThrow(`${path}: cannot be read as JSON`)
  })

  it('names the file it could not write and leaves no temporary file behind', () => {
    const directory = scratch()
    // A non-empty directory where the file should go: the final rename fails.
    mkdirSync(join(directory, 'comparison.json', 'occupied'), { recursive: true })
    expect(() => writeComparisonFile(directory, comparison)).toThrow(
      `${join(directory, 'comparison.json')}: could not be written`
    )
    expect(readdirSync(directory)).toEqual(['comparison.json'])
  })
})

describe('readArtifact', () => {
  it('reads one machine at the top of the directory with its comparison', () => {
    const directory = scratch()
    writeResultsFile(directory, results('numa-2s'))
    writeComparisonFile(directory, comparison)
    writePullRequestFile(directory, pullRequest)
    const artifact = readArtifact(directory)
    expect(artifact.pullRequest).toEqual(pullRequest)
    expect(artifact.machines.map((machine) => [machine.label, machine.comparison?.regressions])).toEqual([
      ['numa-2s', 2]
    ])
  })

  it('reads every machine of a matrix, labelled by artifact directory, when all name the same pull request', () => {
    const directory = scratch()
    for (const name of ['bench-4s', 'bench-2s']) {
      writeResultsFile(join(directory, name), results(name))
      writePullRequestFile(join(directory, name), pullRequest)
    }
    writeComparisonFile(join(directory, 'bench-2s'), comparison)
    const artifact = readArtifact(directory)
    expect(artifact.machines.map((machine) => [machine.label, machine.comparison?.verdict ?? null])).toEqual([
      ['bench-2s', 'regression'],
      ['bench-4s', null]
    ])
  })

  it('refuses artifacts that disagree on the pull request, or have none, or hold no results', () => {
    const directory = scratch()
    writeResultsFile(join(directory, 'a'), results('a'))
    expect(() => readArtifact(directory)).toThrow(`report-from: ${directory} holds no pull-request.json`)
    writePullRequestFile(join(directory, 'a'), pullRequest)
    writePullRequestFile(join(directory, 'b'), { ...pullRequest, number: 43 })
    expect(() => readArtifact(directory)).toThrow(/names #42 .* but .* names #43/)
    const empty = scratch()
    writePullRequestFile(empty, pullRequest)
    expect(() => readArtifact(empty)).toThrow(`report-from: no results.json under ${empty}`)
    expect(() => readArtifact(join(empty, 'missing'))).toThrow('is not a directory')
  })

  it('names a comparison.json that is not one', () => {
    const directory = scratch()
    writeResultsFile(directory, results('x'))
    writePullRequestFile(directory, pullRequest)
    writeFileSync(join(directory, 'comparison.json'), JSON.stringify({ ...comparison, verdict: 'great' }))
    expect(() => readArtifact(directory)).toThrow(
      `${join(directory, 'comparison.json')}: /verdict must be equal to one of the allowed values`
    )
  })
})

describe('checkArtifactHead', () => {
  it('accepts the commit the workflow_run is about and refuses any other', () => {
    expect(() => checkArtifactHead(pullRequest, workflowRunPayload(), 'pr.json')).not.toThrow()
    expect(() => checkArtifactHead(pullRequest, workflowRunPayload({ headSha: 'f'.repeat(40) }), 'pr.json')).toThrow(
      /workflow_run that triggered this job is for f{40}; refusing to comment/
    )
    expect(() => checkArtifactHead(pullRequest, { action: 'workflow_dispatch' }, 'pr.json')).not.toThrow()
  })

  it("checks the pull_request event's head in a matrix's final job", () => {
    expect(() => checkArtifactHead(pullRequest, pullRequestPayload(), 'pr.json')).not.toThrow()
    expect(() => checkArtifactHead(pullRequest, pullRequestPayload({ headSha: 'c'.repeat(40) }), 'pr.json')).toThrow(
      /pull_request event that triggered this job is for c{40}/
    )
  })
})

it('keeps the artifact directory layout the examples upload', () => {
  const directory = scratch()
  mkdirSync(join(directory, 'nested', 'deeper'), { recursive: true })
  writeResultsFile(join(directory, 'nested', 'deeper'), results('deep'))
  writePullRequestFile(directory, pullRequest)
  expect(readArtifact(directory).machines.map((machine) => machine.label)).toEqual([join('nested', 'deeper')])
})

it('reads no file through a symbolic link planted in the artifact', () => {
  const directory = scratch()
  writeResultsFile(join(directory, 'real'), results('real'))
  symlinkSync('/etc/hostname', join(directory, 'pull-request.json'))
  expect(() => readArtifact(directory)).toThrow(
    `report-from: ${join(directory, 'pull-request.json')} is not a regular file`
  )
  const linked = scratch()
  writePullRequestFile(linked, pullRequest)
  symlinkSync(join(directory, 'real'), join(linked, 'elsewhere'))
  expect(() => readArtifact(linked)).toThrow(`report-from: no results.json under ${linked}`)
})
