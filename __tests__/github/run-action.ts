/**
 * Runs the bundled action the way a runner does: `node dist/index.js` with INPUT_* variables, the event payload in a
 * file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Asynchronous, so a fake GitHub API in the test process can answer.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface ActionRun {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The directory the action ran in (GITHUB_WORKSPACE, RUNNER_TEMP). */
  work: string
}

export interface ActionEnvironment {
  inputs: Record<string, string>
  /** GITHUB_EVENT_NAME and the payload written to GITHUB_EVENT_PATH. */
  event?: { name: string; payload: object }
  /** Extra variables: GITHUB_API_URL, GITHUB_REPOSITORY, RUNNER_ENVIRONMENT, … */
  env?: Record<string, string>
  /** Reuse a directory (e.g. to keep a baseline store between runs); a fresh one otherwise. */
  work?: string
}

/** GITHUB_OUTPUT holds `name<<delimiter` … `delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
}

export async function runAction(options: ActionEnvironment): Promise<ActionRun> {
  const work = options.work ?? mkdtempSync(join(tmpdir(), 'action-'))
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`
  const outputFile = join(work, `output-${stamp}`)
  const summaryFile = join(work, `summary-${stamp}`)
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? work,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: work,
    GITHUB_WORKSPACE: work,
    GITHUB_WORKFLOW: 'numa bench',
    GITHUB_JOB: 'numa',
    GITHUB_RUN_ID: '4242',
    'INPUT_OUT-DIR': join(work, 'results'),
    ...options.env
  }
  if (options.event !== undefined) {
    const eventPath = join(work, `event-${stamp}.json`)
    writeFileSync(eventPath, JSON.stringify(options.event.payload))
    env.GITHUB_EVENT_NAME = options.event.name
    env.GITHUB_EVENT_PATH = eventPath
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, [resolve('dist/index.js')], { cwd: work, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)))
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    work
  }
}
