#!/usr/bin/env node
// A stand-in for native/build/spsc-bench that misbehaves on request, for the runner's tests.
// Behaviour: NUMA_SPSC_BENCH_FAKE_SCRIPT is a comma-separated list used one entry per launch (the position is kept in
// the file NUMA_SPSC_BENCH_FAKE_STATE); otherwise NUMA_SPSC_BENCH_FAKE_BEHAVIOUR; otherwise "honest". The names carry
// the NUMA_SPSC_BENCH_ prefix because children see only allow-listed variables (childEnvironment in src/run/launch.ts).
// Run as a subject (NUMA_SPSC_BENCH_PROTOCOL set), it reads its placement from the NUMA_SPSC_BENCH_* variables,
// insists that argv says the same, and names itself "fake-subject".
// Speed, for A/B tests (options before the protocol's, read and removed first):
//   --fake-speed F         this build is F times as fast as the reference numbers (0.8: a 20 % slowdown);
//   --fake-machine FILE    launches of every build count in FILE (shared by base and head): the whole machine
//   --fake-phase-after N   runs at --fake-phase-speed (default 0.5, a 2x slowdown) from the N-th launch on;
//   --fake-noise S         multiplies each sample by exp(S * z), z normal, seeded by --fake-seed and the launch count;
//   --fake-sleep-ms T      takes T ms of wall time before printing (a driver slower than planned);
//   --extra-work N         the native driver's injected work, here a slowdown by the factor 1 + N / 100.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

function takeSpeedOptions() {
  const speed = {
    speed: 1,
    machine: null,
    phaseAfter: Infinity,
    phaseSpeed: 0.5,
    noise: 0,
    seed: 1,
    sleepMs: 0,
    extraWork: 0
  }
  const names = {
    '--fake-speed': 'speed',
    '--fake-machine': 'machine',
    '--fake-phase-after': 'phaseAfter',
    '--fake-phase-speed': 'phaseSpeed',
    '--fake-noise': 'noise',
    '--fake-seed': 'seed',
    '--fake-sleep-ms': 'sleepMs',
    '--extra-work': 'extraWork'
  }
  while (process.argv[2] in names) {
    const [name, value] = process.argv.splice(2, 2)
    speed[names[name]] = names[name] === 'machine' ? value : Number(value)
  }
  return speed
}

/** The factor this launch's numbers are scaled by: build speed, machine phase, seeded noise. */
function speedFactor(speed) {
  let launch = 0
  if (speed.machine !== null) {
    launch = existsSync(speed.machine) ? Number(readFileSync(speed.machine, 'utf8')) : 0
    writeFileSync(speed.machine, String(launch + 1))
  }
  const phase = launch >= speed.phaseAfter ? speed.phaseSpeed : 1
  // Box-Muller over a tiny seeded hash of (seed, launch): deterministic noise per launch.
  const uniform = (salt) => {
    let x = Math.imul(speed.seed ^ Math.imul(launch + 1, 0x9e3779b1) ^ salt, 0x85ebca6b) >>> 0
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0
    return ((x ^ (x >>> 16)) >>> 0) / 4294967296 + 1e-12
  }
  const z = Math.sqrt(-2 * Math.log(uniform(0x1234))) * Math.cos(2 * Math.PI * uniform(0x5678))
  return (speed.speed * phase * Math.exp(speed.noise * z)) / (1 + speed.extraWork / 100)
}

function behaviour() {
  const script = process.env.NUMA_SPSC_BENCH_FAKE_SCRIPT
  const state = process.env.NUMA_SPSC_BENCH_FAKE_STATE
  if (script && state) {
    const position = existsSync(state) ? Number(readFileSync(state, 'utf8')) : 0
    writeFileSync(state, String(position + 1))
    const steps = script.split(',')
    return steps[position % steps.length]
  }
  return process.env.NUMA_SPSC_BENCH_FAKE_BEHAVIOUR ?? 'honest'
}

function fromArgv() {
  const options = {}
  const args = process.argv.slice(2)
  for (let index = 0; index < args.length; index += 2) options[args[index].replace(/^--/, '')] = args[index + 1]
  return options
}

function fromEnvironment() {
  const names = [
    'mode',
    'producer-cpu',
    'consumer-cpu',
    'slots-node',
    'index-node',
    'padding',
    'capacity',
    'payload',
    'messages',
    'warmup-messages'
  ]
  const options = {}
  for (const name of names) {
    const value = process.env[`NUMA_SPSC_BENCH_${name.toUpperCase().replaceAll('-', '_')}`]
    if (value !== undefined) options[name] = value
  }
  if (process.env.NUMA_SPSC_BENCH_PROTOCOL !== '1') throw new Error('NUMA_SPSC_BENCH_PROTOCOL is not 1')
  const argv = fromArgv()
  for (const name of new Set([...Object.keys(options), ...Object.keys(argv)])) {
    if (options[name] !== argv[name]) {
      process.stderr.write(`fake subject: --${name} is ${argv[name]} in argv but ${options[name]} in the environment\n`)
      process.exit(2)
    }
  }
  return options
}

function record(options, factor) {
  const number = (name) => (options[name] === undefined ? null : Number(options[name]))
  const mode = options.mode
  const producer = number('producer-cpu')
  const consumer = mode === 'same-thread' ? producer : number('consumer-cpu')
  const pages = (node) => (node === null ? null : { pages: 2, nodesBefore: [node], nodesAfter: [node] })
  const messages = number('messages')
  return {
    schema: 'numa-spsc-bench/run@1',
    implementation: subject ? 'fake-subject' : 'reference',
    params: {
      mode,
      producerCpu: producer,
      consumerCpu: consumer,
      slotsNode: number('slots-node'),
      indexNode: number('index-node'),
      padding: number('padding'),
      capacity: number('capacity'),
      payload: number('payload'),
      messages,
      warmupMessages: number('warmup-messages')
    },
    observed: {
      producerCpus: [producer ?? 0],
      consumerCpus: [consumer ?? 1],
      slots: pages(number('slots-node')),
      indices: pages(number('index-node')),
      producerInvoluntarySwitches: 0,
      consumerInvoluntarySwitches: 0
    },
    results: {
      messages,
      elapsedNs: Math.round(1_000_000 / factor),
      messagesPerSecond: mode === 'pingpong' ? null : messages / (Math.round(1_000_000 / factor) / 1e9),
      rttNs: mode === 'pingpong' ? latencies([400, 450, 900, 1500, 4000], factor) : null
    },
    perf: { cycles: null, instructions: null, llcMisses: null, unavailableReason: 'fake driver' },
    valid: true,
    invalidReasons: []
  }
}

function latencies([p50, p90, p99, p999, max], factor) {
  return { p50: p50 / factor, p90: p90 / factor, p99: p99 / factor, p999: p999 / factor, max: max / factor }
}

const subject = process.env.NUMA_SPSC_BENCH_PROTOCOL !== undefined
const speed = takeSpeedOptions()
const options = subject ? fromEnvironment() : fromArgv()
const line = record(options, speedFactor(speed))
if (speed.sleepMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, speed.sleepMs)
switch (behaviour()) {
  case 'crash':
    process.kill(process.pid, 'SIGSEGV')
    break
  case 'interrupted':
    process.kill(process.pid, 'SIGINT')
    break
  case 'fail':
    process.stderr.write('spsc-bench: internal: mmap failed\n')
    process.exit(1)
    break
  case 'impossible':
    process.stderr.write('spsc-bench: CPU 1 is not in the allowed CPUs\n')
    process.exit(3)
    break
  case 'hang':
    setInterval(() => {}, 1000)
    break
  case 'garbage':
    process.stdout.write('hello, this is not JSON\n')
    break
  case 'invalid':
    line.valid = false
    line.invalidReasons = ['slot pages on node 1 after the run, asked for node 0']
    process.stdout.write(`${JSON.stringify(line)}\n`)
    break
  case 'liar':
    // Claims success, but its own observations show the producer elsewhere and the slots on another node.
    if (line.params.producerCpu !== null) line.observed.producerCpus = [line.params.producerCpu + 1]
    if (line.observed.slots !== null) line.observed.slots.nodesAfter = [line.params.slotsNode + 1]
    process.stdout.write(`${JSON.stringify(line)}\n`)
    break
  default:
    process.stdout.write(`${JSON.stringify(line)}\n`)
}
