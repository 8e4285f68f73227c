import { describe, expect, it } from '@jest/globals'
import { NativeOutputError, parseNativeLine } from '../../src/native/index.js'

const good = {
  schema: 'numa-spsc-bench/run@1',
  implementation: 'reference',
  params: {
    mode: 'throughput',
    producerCpu: 0,
    consumerCpu: 1,
    slotsNode: 0,
    indexNode: 0,
    padding: 128,
    capacity: 1024,
    payload: 8,
    messages: 10,
    warmupMessages: 1
  },
  observed: {
    producerCpus: [0],
    consumerCpus: [1],
    slots: { pages: 2, nodesBefore: [0], nodesAfter: [0] },
    indices: { pages: 1, nodesBefore: [0], nodesAfter: [0] },
    producerInvoluntarySwitches: 0,
    consumerInvoluntarySwitches: null
  },
  results: { messages: 10, elapsedNs: 1000, messagesPerSecond: 1e7, rttNs: null },
  perf: { cycles: null, instructions: null, llcMisses: null, unavailableReason: 'no PMU' },
  valid: true,
  invalidReasons: []
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case bends a valid line into one the parser must refuse
function mutated(change: (record: any) => void): string {
  const record = structuredClone(good)
  change(record)
  return JSON.stringify(record)
}

describe('parseNativeLine', () => {
  it('accepts a well-formed line', () => {
    expect(parseNativeLine(JSON.stringify(good)).params.padding).toBe(128)
  })

  it.each([
    ['garbage', 'Segmentation fault', /subject: output is not a JSON line: "Segmentation fault"/],
    ['another schema', mutated((r) => (r.schema = 'other@2')), /subject: \/schema must be equal to constant/],
    [
      'a missing field',
      mutated((r) => delete r.results.elapsedNs),
      /\/results must have required property 'elapsedNs'/
    ],
    [
      'a string CPU',
      mutated((r) => (r.params.producerCpu = 'zero')),
      /\/params\/producerCpu must be integer,null \(found "zero"\)/
    ],
    [
      'a negative rate',
      mutated((r) => (r.results.messagesPerSecond = -1)),
      /\/results\/messagesPerSecond must be >= 0 \(found -1\)/
    ],
    [
      'an unknown mode',
      mutated((r) => (r.params.mode = 'burst')),
      /\/params\/mode must be equal to one of the allowed values/
    ],
    [
      'valid with reasons',
      mutated((r) => (r.invalidReasons = ['x'])),
      /\/valid is true but invalidReasons lists 1 reason/
    ]
  ])('rejects %s naming the source and the field', (_what, line, message) => {
    expect(() => parseNativeLine(line, 'subject')).toThrow(NativeOutputError)
    expect(() => parseNativeLine(line, 'subject')).toThrow(message)
  })
})
