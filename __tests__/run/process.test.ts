import { afterEach, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makePlan } from '../../src/plan/index.js'
import { runPlan } from '../../src/run/index.js'
import { childEnvironment, launch, registerSecret } from '../../src/run/launch.js'
import { liveGroupCount, runInGroup } from '../../src/run/process.js'
import { oneNodeMachine } from '../plan/machines.js'

/** Pids of live processes in a process group, from /proc/PID/stat (the group id is the 3rd field after the name). */
function membersOf(pgid: number): number[] {
  const members: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(group) === pgid && state !== 'Z') members.push(Number(entry))
    } catch {
      // The process ended while we looked.
    }
  }
  return members
}

/**
 * The group's members once a SIGKILL sent to them has been delivered: the kernel ends a killed process when it next
 * runs, which on a loaded machine is a moment after kill(2) returned, so this waits up to 5 s for them to go.
 */
async function survivorsOf(pgid: number): Promise<number[]> {
  for (let waited = 0; waited < 5000 && membersOf(pgid).length > 0; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return membersOf(pgid)
}

const env = () => childEnvironment()
const FAKE_DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'run', 'fake-driver.mjs')

describe('runInGroup', () => {
  it('kills a subject whose grandchild holds standard output at its timeout, and leaves nothing running', async () => {
    const started = Date.now()
    const outcome = await runInGroup('sh', ['-c', 'sleep 100000 & echo started; wait'], { env: env(), timeoutMs: 300 })
    expect(outcome.timedOut).toBe(true)
    expect(outcome.stdout).toBe('started\n')
    expect(Date.now() - started).toBeLessThan(20_000)
    const pgid = Number(outcome.pid)
    expect(pgid).toBeGreaterThan(1)
    expect(await survivorsOf(pgid)).toEqual([])
    expect(liveGroupCount()).toBe(0)
  })

  it('does not wait on a pipe a grandchild keeps after the process exited, and kills the grandchild', async () => {
    const outcome = await runInGroup('sh', ['-c', '(sleep 100000 &); echo done'], { env: env(), timeoutMs: 60_000 })
    expect(outcome.timedOut).toBe(false)
    expect(outcome.exitCode).toBe(0)
    expect(outcome.stdout).toBe('done\n')
    expect(await survivorsOf(Number(outcome.pid))).toEqual([])
  })

  it('kills the whole group on abort', async () => {
    const stop = new AbortController()
    const running = runInGroup('sh', ['-c', 'sleep 100000 & sleep 100000 & wait'], { env: env(), signal: stop.signal })
    setTimeout(() => stop.abort(), 200)
    const outcome = await running
    expect(outcome.aborted).toBe(true)
    expect(outcome.signal).toBe('SIGKILL')
    expect(await survivorsOf(Number(outcome.pid))).toEqual([])
  })

  it('reports a program that cannot be started', async () => {
    const outcome = await runInGroup('/nonexistent/program', [], { env: env() })
    expect(outcome.spawnError).toMatch(/ENOENT/)
    expect(liveGroupCount()).toBe(0)
  })
})

describe('childEnvironment', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  })

  it('passes the allow-list and never the action inputs, GITHUB_TOKEN, ACTIONS_* tokens or a secret value', () => {
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_input'
    process.env.GITHUB_TOKEN = 'ghs_env'
    process.env.ACTIONS_RUNTIME_TOKEN = 'runtime'
    process.env.LC_ALL = 'C.UTF-8'
    process.env.NUMA_SPSC_BENCH_NOTE = 'kept'
    process.env.NUMA_SPSC_BENCH_LEAK = 'the-masked-secret'
    registerSecret('the-masked-secret')
    const passed = childEnvironment({ NUMA_SPSC_BENCH_MODE: 'throughput' })
    expect(passed.PATH).toBe(process.env.PATH)
    expect(passed.LC_ALL).toBe('C.UTF-8')
    expect(passed.NUMA_SPSC_BENCH_NOTE).toBe('kept')
    expect(passed.NUMA_SPSC_BENCH_MODE).toBe('throughput')
    for (const name of ['INPUT_GITHUB-TOKEN', 'GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'NUMA_SPSC_BENCH_LEAK']) {
      expect(passed[name]).toBeUndefined()
    }
  })

  it('a subject printing its environment sees no INPUT_GITHUB-TOKEN', async () => {
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_input'
    const outcome = await launch(['env'], { NUMA_SPSC_BENCH_PROTOCOL: '1' }, 10_000)
    expect(outcome.exitCode).toBe(0)
    expect(outcome.stdout).toMatch(/^NUMA_SPSC_BENCH_PROTOCOL=1$/m)
    expect(outcome.stdout).toMatch(/^PATH=/m)
    expect(outcome.stdout).not.toMatch(/INPUT_|ghs_input/)
  })
})

describe('a run whose subject leaves a grandchild holding standard output', () => {
  it('kills it at the sample timeout, records the timeout and finishes, leaving nothing running', async () => {
    const machine = oneNodeMachine()
    const plan = makePlan(machine.topology, machine.classes, {
      budgetSeconds: 3600,
      seed: 2,
      modes: ['same-thread'],
      paddings: [0],
      pinning: 'pinned',
      subject: { enabled: true },
      minRepetitions: 1,
      maxRepetitions: 1,
      messages: { 'same-thread': 1000 }
    })
    // A sleep no other test starts: its command line tells it apart.
    const marker = `sleep ${200_000 + (process.pid % 100_000)}`
    const results = await runPlan(plan, {
      binary: FAKE_DRIVER,
      subjectCommand: ['sh', '-c', `${marker} & echo started; wait`, 'subject'],
      topology: machine.topology,
      timeoutMs: 500
    })
    const subject = results.cells.find((result) => result.cell.subject === 'subject')
    expect(subject?.samples[0].invalidReasons.join(' ')).toMatch(/timed out after 0.5 s/)
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
  }, 30_000)
})
