/**
 * Detection and placement on real Linux kernels booted under QEMU TCG with emulated NUMA topologies
 * (scripts/qemu/). One boot per topology runs every check and leaves its outputs in the job directory:
 * - `numa-spsc-bench topology --json` in the guest against the topology QEMU was given;
 * - `numa-spsc-bench plan` in the guest against the plan made on the host from the captured tree;
 * - every cell of that plan (cross-package and same-package, every memory home) run by the native driver with few
 *   messages, judged by the run stage's own check: verified CPUs and verified page nodes;
 * - on some machines, a short `numa-spsc-bench run` of the same classes end to end (driver prebuilt on the host, reused
 *   through --build-dir): every sample of its results.json verified, memory homes on the CPU-less node included;
 * - `topology --json` inside a cgroup v2 cpuset of socket 0, which must narrow the usable CPUs and memory nodes;
 * - placements the guest cannot honour (a CPU it does not have, a node it does not have, a CPU outside the
 *   affinity mask or the cpuset), which must come back as placement-impossible, so the checks are seen to fail;
 * - the guest's sysfs tree, which must read as the committed fixture does.
 * Timings in these guests mean nothing and nothing here looks at them.
 * Skipped, with the reason printed, where QEMU or the kernel is absent (scripts/qemu/setup.sh installs them).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { qemuUnavailableReason, removeJob, runInGuest, type GuestResult } from '../../scripts/qemu/harness.mjs'
import { cpuCount, cpuLocation, TOPOLOGIES, type EmulatedTopology } from '../../scripts/qemu/topologies.mjs'
import { buildNative } from '../../src/native/index.js'
import type { Observed } from '../../src/native/types.js'
import { makePlan } from '../../src/plan/index.js'
import type { Cell, Plan } from '../../src/plan/types.js'
import type { PlacementClassName } from '../../src/topology/types.js'
import {
  driverArgs,
  placementMismatches,
  RESULTS_FILE_NAME,
  validateResults,
  type ResultsFile
} from '../../src/run/index.js'
import { sampleOf } from '../../src/run/check.js'
import type { Outcome } from '../../src/run/launch.js'
import { formatCpuList, placementClasses, readTopology, type TopologyJson } from '../../src/topology/index.js'
import { expectClassesMatch, expectShapeMatches, expectTopologyMatches, nodeOfCpu } from './expected.js'

const repository = process.cwd()
const unavailable = qemuUnavailableReason()
if (unavailable !== null) console.warn(`Skipping the emulated NUMA machine tests: ${unavailable}`)
const describeGuests = unavailable === null ? describe : describe.skip

/** Enough messages to cross the driver's CPU check points and touch every page; TCG makes each message slow. */
const MESSAGES = 20_000
const WARMUP_MESSAGES = 2_000
/**
 * The classes planned on each machine: cross-package, and same-package where a socket spans two nodes (only
 * two-socket-two-dies): naming a class the machine lacks is an error.
 */
function plannedClasses(name: string): PlacementClassName[] {
  return name === 'two-socket-two-dies' ? ['cross-package', 'same-package'] : ['cross-package']
}

const planOptions = (name: string) => [
  '--budget',
  '1h',
  '--classes',
  plannedClasses(name).join(','),
  '--paddings',
  '128',
  '--modes',
  'throughput',
  '--seed',
  '1'
]
const BOOT_BUDGET_MS = 20 * 60_000

/**
 * Machines that also get a real `run`, its classes, and a budget that, after the pilot (at most a quarter of it), buys
 * the minimum of 7 repetitions once every memory home is kept (pairs of a class may be trimmed to one; the test checks
 * no home was), the batched ring's throughput cells included: under TCG a sample costs about 0.17 s, most of it the
 * process start, so 21 cells need about 25 s. One padding and two modes keep it to its budget of guest time or less.
 */
const RUNS: Record<string, { classes: string; budget: string }> = {
  'two-socket-cpuless-node': { classes: 'cross-package', budget: '30s' },
  'two-socket-two-dies': { classes: 'cross-package,same-package', budget: '45s' }
}
const RUN_MESSAGES = 20_000

/** Each thread seen only on its planned CPU; slots and indices only on the planned node, before and after the run. */
function expectPlacedAsPlanned(cell: Cell, observed: Observed): void {
  expect({ cell: cell.key, producer: observed.producerCpus, consumer: observed.consumerCpus }).toEqual({
    cell: cell.key,
    producer: [cell.producerCpu],
    consumer: [cell.consumerCpu]
  })
  if (cell.memoryNode === null) return
  for (const region of [observed.slots, observed.indices]) {
    expect({ cell: cell.key, before: region?.nodesBefore, after: region?.nodesAfter }).toEqual({
      cell: cell.key,
      before: [cell.memoryNode],
      after: [cell.memoryNode]
    })
  }
}

function runOptions(run: { classes: string; budget: string }): string[] {
  return [
    '--classes',
    run.classes,
    '--modes',
    'throughput,pingpong',
    '--paddings',
    '64',
    '--messages',
    String(RUN_MESSAGES)
  ].concat(['--budget', run.budget, '--seed', '1', '--no-baseline'])
}

function quote(word: string): string {
  return `'${word.replaceAll("'", "'\\''")}'`
}

/** The plan the CLI makes for planOptions, made here from the captured tree, with few messages per cell. */
function hostPlan(name: string, fixtureRoot: string): Plan {
  const topology = readTopology(fixtureRoot)
  return makePlan(topology, placementClasses(topology), {
    budgetSeconds: 3600,
    classes: plannedClasses(name),
    // As the CLI's plan: the batched ring beside the reference wherever throughput is measured.
    batched: true,
    paddings: [128],
    modes: ['throughput'],
    seed: 1,
    subject: { enabled: false },
    messages: { throughput: MESSAGES },
    warmupMessages: { throughput: WARMUP_MESSAGES }
  })
}

interface ImpossiblePlacement {
  name: string
  /** The cell the placement pretends to be, for the run stage's verdict. */
  cell: Cell
  /** Prefix of the command, e.g. a taskset that narrows the affinity mask. */
  wrapper: string[]
}

/** A cgroup v2 cpuset holding socket 0's CPUs and the memory of their nodes, made in the guest before the checks. */
const CGROUP = '/sys/fs/cgroup/socket0'
/** Runs the rest of the command line inside CGROUP. */
const IN_CGROUP = ['sh', '-c', `echo $$ >${CGROUP}/cgroup.procs && exec "$@"`, 'in-cgroup']

function socketZero(emulated: EmulatedTopology): { cpus: number[]; nodes: number[] } {
  const cpus = Array.from({ length: cpuCount(emulated) }, (_, cpu) => cpu).filter(
    (cpu) => cpuLocation(emulated, cpu).socket === 0
  )
  return { cpus, nodes: [...new Set(cpus.map((cpu) => nodeOfCpu(emulated, cpu)))] }
}

function impossiblePlacements(emulated: EmulatedTopology, template: Cell): ImpossiblePlacement[] {
  const pinned = {
    ...template,
    producerCpu: 0,
    consumerCpu: 1,
    pinned: true,
    memoryNode: 0,
    memoryHome: 'producer' as const
  }
  const otherSocket = Array.from({ length: cpuCount(emulated) }, (_, cpu) => cpu).find(
    (cpu) => cpuLocation(emulated, cpu).socket === 1
  )!
  return [
    { name: 'absent-cpu', cell: { ...pinned, consumerCpu: cpuCount(emulated) }, wrapper: [] },
    { name: 'absent-node', cell: { ...pinned, memoryNode: emulated.nodes.length }, wrapper: [] },
    { name: 'outside-affinity', cell: pinned, wrapper: ['taskset', '-c', '0'] },
    { name: 'outside-cgroup', cell: { ...pinned, consumerCpu: otherSocket }, wrapper: IN_CGROUP }
  ]
}

function jobScript(
  emulated: EmulatedTopology,
  cli: string,
  binary: string,
  plan: Plan,
  impossible: ImpossiblePlacement[]
): string {
  const socket = socketZero(emulated)
  const node = `node ${quote(cli)}`
  const run = RUNS[emulated.name]
  const buildDir = dirname(binary)
  const fullRun =
    run === undefined
      ? []
      : [
          `${node} run ${runOptions(run).join(' ')} --build-dir ${quote(buildDir)} --out /job/run >/job/run.out 2>/job/run.err; echo $? >/job/run.status`
        ]
  const runs = [
    ...plan.cells.map((cell, index) => `cell ${index} ${[binary, ...driverArgs(cell)].map(quote).join(' ')}`),
    ...impossible.map(
      (entry) => `cell ${entry.name} ${[...entry.wrapper, binary, ...driverArgs(entry.cell)].map(quote).join(' ')}`
    )
  ]
  return [
    `${node} topology --json >/job/topology.json 2>/job/topology.err`,
    `${node} plan --json ${planOptions(emulated.name).join(' ')} >/job/plan.json 2>/job/plan.err`,
    'echo +cpuset >/sys/fs/cgroup/cgroup.subtree_control',
    `mkdir ${CGROUP}`,
    `echo ${formatCpuList(socket.cpus)} >${CGROUP}/cpuset.cpus`,
    `echo ${formatCpuList(socket.nodes)} >${CGROUP}/cpuset.mems`,
    `${IN_CGROUP.map(quote).join(' ')} ${node} topology --json >/job/cgroup-topology.json 2>/job/cgroup-topology.err`,
    'mkdir -p /job/cells',
    'cell() { name=$1; shift; "$@" >/job/cells/$name.out 2>/job/cells/$name.err; echo $? >/job/cells/$name.status; }',
    ...runs,
    ...fullRun,
    'sh scripts/qemu/capture-sysfs.sh /job/sysfs'
  ].join('\n')
}

function outcomeOf(jobDir: string, name: string): Outcome {
  const file = (extension: string) => readFileSync(join(jobDir, 'cells', `${name}.${extension}`), 'utf8')
  return {
    pid: null,
    exitCode: Number(file('status').trim()),
    signal: null,
    stdout: file('out'),
    stdoutTail: file('out').slice(-4000).trim(),
    stderrTail: file('err').trim(),
    timedOut: false,
    aborted: false,
    spawnError: null
  }
}

const context = (order: number) => ({ block: 0, order, source: 'reference driver', timeoutMs: 0 })

let hostDir = ''
let binary = ''
let cli = ''
const bootSeconds: Record<string, number> = {}

describeGuests('emulated NUMA machines', () => {
  beforeAll(async () => {
    // The guest sees the host's /tmp through the overlay. The driver is built here because compiling under TCG takes
    // minutes; the CLI bundle is copied so that a rebuild of dist/ while the guests run cannot pull it from under them.
    // The bundle finds native/ beside it, as in a checkout: the CLI's `run` in the guest finds the build in --build-dir
    // stamped with the same sources and compiler, and reuses it instead of compiling.
    hostDir = mkdtempSync(join(tmpdir(), 'numa-spsc-qemu-host-'))
    cpSync(join(repository, 'native'), join(hostDir, 'native'), {
      recursive: true,
      filter: (source) => !source.startsWith(join(repository, 'native', 'build'))
    })
    binary = (await buildNative({ sourceDir: join(hostDir, 'native'), buildDir: join(hostDir, 'build') })).binary
    // NUMA_SPSC_QEMU_CLI: a bundle built elsewhere (ncc build src/cli/index.ts -o <dir>) to test before dist/ is rebuilt.
    const bundle = process.env.NUMA_SPSC_QEMU_CLI ?? join(repository, 'dist', 'cli')
    if (!existsSync(join(bundle, 'index.js'))) throw new Error(`${bundle}/index.js is missing: run npm run package`)
    cli = join(hostDir, 'cli', 'index.js')
    cpSync(bundle, join(hostDir, 'cli'), { recursive: true })
  }, 300_000)

  afterAll(() => {
    if (hostDir !== '') rmSync(hostDir, { recursive: true, force: true })
    const total = Object.values(bootSeconds).reduce((sum, seconds) => sum + seconds, 0)
    if (total > 0)
      console.log(
        `QEMU time: ${total.toFixed(0)} s (${Object.entries(bootSeconds)
          .map(([name, s]) => `${name} ${s.toFixed(0)} s`)
          .join(', ')})`
      )
  })

  it('kills a boot that does not reach init in time and retries, then says every attempt hung', async () => {
    const started = runInGuest(TOPOLOGIES[0], 'true', { bootTimeoutMs: 1, attempts: 2 })
    await expect(started).rejects.toThrow('guest two-socket: hung before init on all 2 attempts')
  }, 120_000)

  describe.each(TOPOLOGIES.map((emulated) => [emulated.name, emulated] as const))('%s', (name, emulated) => {
    const fixtureRoot = join(repository, '__fixtures__', 'qemu-sysfs', name)
    let plan: Plan
    let impossible: ImpossiblePlacement[]
    let guest: GuestResult
    const jobFile = (relative: string) => readFileSync(join(guest.jobDir, relative), 'utf8')

    beforeAll(async () => {
      if (!existsSync(fixtureRoot))
        throw new Error(`${fixtureRoot} is missing: run node scripts/qemu/capture-fixtures.mjs ${name}`)
      plan = hostPlan(emulated.name, fixtureRoot)
      impossible = impossiblePlacements(emulated, plan.cells[0])
      guest = await runInGuest(emulated, jobScript(emulated, cli, binary, plan, impossible), {
        cwd: repository,
        commandTimeoutMs: 15 * 60_000
      })
      bootSeconds[name] = guest.seconds
    }, BOOT_BUDGET_MS)

    afterAll(() => {
      if (guest !== undefined) removeJob(guest)
    })

    it('runs the whole job in the guest', () => {
      expect({ exitCode: guest.exitCode, stderr: guest.stderr }).toEqual({ exitCode: 0, stderr: '' })
      expect(jobFile('topology.err')).toBe('')
    })

    it('detects the topology QEMU was given: nodes, CPUs, memory, distances, packages, dies, SMT, classes', () => {
      const json = JSON.parse(jobFile('topology.json')) as TopologyJson
      expectShapeMatches(json, emulated)
      expectClassesMatch(json.classes, emulated)
      expect(json).toMatchObject({ numaCapable: true, virtualized: true, warnings: [] })
      expect(json.kernel.numaBalancing).toBe('0')
    })

    it('captures a sysfs tree that reads as the committed fixture and as the CLI saw it', () => {
      const captured = readTopology(join(guest.jobDir, 'sysfs'))
      expectTopologyMatches(captured, emulated)
      expect(captured.fingerprint).toBe(readTopology(fixtureRoot).fingerprint)
      const json = JSON.parse(jobFile('topology.json')) as TopologyJson
      expect(captured.fingerprint).toBe(json.fingerprint)
      expect(placementClasses(captured)).toEqual(json.classes)
    })

    it('plans in the guest the same cross-package and same-package cells as from the captured tree', () => {
      expect(jobFile('plan.err')).toBe('')
      const guestPlan = JSON.parse(jobFile('plan.json')) as Plan
      expect(guestPlan.cells.map((cell) => cell.key)).toEqual(plan.cells.map((cell) => cell.key))
      const classes = new Set(plan.cells.map((cell) => cell.placementClass))
      expect(classes.has('cross-package')).toBe(true)
      expect(classes.has('same-package')).toBe(emulated.name === 'two-socket-two-dies')
    })

    it('runs every cell on the CPUs it asked for with every page on the node it asked for', () => {
      const pinnedCells = plan.cells.filter((cell) => cell.pinned)
      expect(pinnedCells.length).toBeGreaterThan(0)
      plan.cells.forEach((cell, index) => {
        const sample = sampleOf(cell, outcomeOf(guest.jobDir, String(index)), context(index))
        expect({ cell: cell.key, valid: sample.valid, reasons: sample.invalidReasons }).toEqual({
          cell: cell.key,
          valid: true,
          reasons: []
        })
        if (!cell.pinned || cell.memoryNode === null) return
        expectPlacedAsPlanned(cell, sample.record!.observed)
      })
    })

    it('puts ring memory on every node the plan names, a CPU-less node included', () => {
      const homes = new Set(plan.cells.flatMap((cell) => (cell.memoryNode === null ? [] : [cell.memoryNode])))
      const memoryNodes = emulated.nodes.map((_, id) => id)
      const cpuless = memoryNodes.filter((id) => emulated.nodes[id].cpus.length === 0)
      for (const id of cpuless) expect(homes.has(id)).toBe(true)
      expect([...homes].every((id) => memoryNodes.includes(id))).toBe(true)
    })

    const run = RUNS[name]
    if (run !== undefined) {
      it(`runs \`numa-spsc-bench run ${runOptions(run).join(' ')}\`: every sample on its CPUs with its pages on its node`, () => {
        const status = jobFile('run.status').trim()
        if (status !== '0') throw new Error(`run exited with ${status}; its stderr:\n${jobFile('run.err')}`)
        expect(jobFile('run.err')).toContain(`native driver: ${binary} (up to date`)
        const path = join(guest.jobDir, 'run', RESULTS_FILE_NAME)
        const results: ResultsFile = validateResults(JSON.parse(readFileSync(path, 'utf8')), path)
        expect(results.interrupted).toBe(false)

        const planned = new Set(results.plan.cells.map((cell) => cell.placementClass))
        for (const wanted of run.classes.split(',')) expect(planned.has(wanted as Cell['placementClass'])).toBe(true)
        expect(results.plan.dropped.filter((drop) => drop.what.startsWith('memory home'))).toEqual([])
        expect(results.plan.repetitions).toBeGreaterThanOrEqual(7)
        const cpuless = emulated.nodes.flatMap((node, id) => (node.cpus.length === 0 ? [id] : []))
        const homes = new Set(results.cells.flatMap(({ cell }) => (cell.memoryNode === null ? [] : [cell.memoryNode])))
        for (const id of cpuless) expect(homes.has(id)).toBe(true)

        expect(results.cells.map(({ cell }) => cell.key)).toEqual(results.plan.cells.map((cell) => cell.key))
        // A guest slower than its pilot said may be stopped at the deadline, but only at a whole block: every cell has
        // the same number of samples, all of the blocks planned unless results.json says what was left out.
        const blocks = results.stoppedEarly === null ? results.plan.repetitions : results.cells[0].samples.length
        expect(blocks).toBeGreaterThanOrEqual(1)
        for (const { cell, samples } of results.cells) {
          expect([cell.key, cell.messages, samples.length]).toEqual([cell.key, RUN_MESSAGES, blocks])
          for (const sample of samples) {
            expect({ cell: cell.key, valid: sample.valid, reasons: sample.invalidReasons }).toEqual({
              cell: cell.key,
              valid: true,
              reasons: []
            })
            if (!cell.pinned) continue
            expectPlacedAsPlanned(cell, sample.record!.observed)
          }
        }
      })
    }

    it('reads a cgroup v2 cpuset of socket 0 as the CPUs and memory nodes the process may use', () => {
      expect(jobFile('cgroup-topology.err')).toBe('')
      const json = JSON.parse(jobFile('cgroup-topology.json')) as TopologyJson
      const socket = socketZero(emulated)
      expect({ cpus: json.allowedCpus, nodes: json.allowedMemoryNodes }).toEqual({
        cpus: socket.cpus,
        nodes: socket.nodes
      })
      expect(json.numaCapable).toBe(socket.nodes.length >= 2)
      const byName = Object.fromEntries(json.classes.map((entry) => [entry.name, entry]))
      expect(byName['cross-package']).toMatchObject({
        pairs: [],
        unavailableReason: 'the usable CPUs are all on one package'
      })
      expect(json.classes.flatMap((entry) => entry.pairs.flat()).every((cpu) => socket.cpus.includes(cpu))).toBe(true)
      expect(json.fingerprint).toBe(JSON.parse(jobFile('topology.json')).fingerprint)
    })

    it('reports placements the guest cannot honour as impossible, and the run stage marks them invalid', () => {
      for (const [order, entry] of impossible.entries()) {
        const outcome = outcomeOf(guest.jobDir, entry.name)
        expect({ placement: entry.name, exitCode: outcome.exitCode }).toEqual({ placement: entry.name, exitCode: 3 })
        const sample = sampleOf(entry.cell, outcome, context(order))
        expect(sample.valid).toBe(false)
        expect(sample.invalidReasons.join('; ')).toContain('placement impossible')
      }
    })

    it('flags a real guest record against a cell that asked for another node or CPU', () => {
      const index = plan.cells.findIndex((cell) => cell.pinned && cell.memoryNode !== null)
      const cell = plan.cells[index]
      const record = sampleOf(cell, outcomeOf(guest.jobDir, String(index)), context(index)).record!
      const elsewhere = emulated.nodes.findIndex((_, id) => id !== cell.memoryNode)
      expect(placementMismatches({ ...cell, memoryNode: elsewhere }, record).join('; ')).toContain(
        `asked for ${elsewhere}`
      )
      const otherCpu = (cell.consumerCpu! + 1) % cpuCount(emulated)
      expect(placementMismatches({ ...cell, consumerCpu: otherCpu }, record).join('; ')).toContain(
        `asked for ${otherCpu}`
      )
    })
  })
})
