#!/usr/bin/env node
// A stand-in for native/build/spsc-bench that misbehaves on request, for the runner's tests.
// Behaviour: FAKE_DRIVER_SCRIPT is a comma-separated list used one entry per launch (the position is kept in the
// file FAKE_DRIVER_STATE); otherwise FAKE_DRIVER_BEHAVIOUR; otherwise "honest".
// Run as a subject (NUMA_SPSC_BENCH_PROTOCOL set), it reads its placement from the NUMA_SPSC_BENCH_* variables,
// insists that argv says the same, and names itself "fake-subject".
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

function behaviour() {
  const script = process.env.FAKE_DRIVER_SCRIPT
  const state = process.env.FAKE_DRIVER_STATE
  if (script && state) {
    const position = existsSync(state) ? Number(readFileSync(state, 'utf8')) : 0
    writeFileSync(state, String(position + 1))
    const steps = script.split(',')
    return steps[position % steps.length]
  }
  return process.env.FAKE_DRIVER_BEHAVIOUR ?? 'honest'
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

function record(options) {
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
      elapsedNs: 1_000_000,
      messagesPerSecond: mode === 'pingpong' ? null : messages * 1000,
      rttNs: mode === 'pingpong' ? { p50: 400, p90: 450, p99: 900, p999: 1500, max: 4000 } : null
    },
    perf: { cycles: null, instructions: null, llcMisses: null, unavailableReason: 'fake driver' },
    valid: true,
    invalidReasons: []
  }
}

const subject = process.env.NUMA_SPSC_BENCH_PROTOCOL !== undefined
const options = subject ? fromEnvironment() : fromArgv()
const line = record(options)
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
