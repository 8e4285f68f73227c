/** Which events the driver counts per CPU, from fixture /proc/cpuinfo identities, and what the report says they mean. */
import { describe, expect, it } from '@jest/globals'
import {
  chooseCounterEvents,
  counterEnvironment,
  cpuIdentityFromCpuinfo,
  cpuIdentityFromModelName,
  describeEvent,
  PERF_EVENTS_VARIABLE
} from '../../src/native/counters.js'

function cpuinfo(vendor: string, family: number, model: number, name: string): string {
  const processor = (id: number) =>
    `processor\t: ${id}\nvendor_id\t: ${vendor}\ncpu family\t: ${family}\nmodel\t\t: ${model}\nmodel name\t: ${name}\n`
  return `${processor(0)}\n${processor(1)}\n`
}

const machines = {
  cascadeLake: cpuinfo('GenuineIntel', 6, 85, 'Intel(R) Xeon(R) Platinum 8275CL CPU @ 3.00GHz'),
  iceLake: cpuinfo('GenuineIntel', 6, 106, 'Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz'),
  sapphireRapids: cpuinfo('GenuineIntel', 6, 143, 'Intel(R) Xeon(R) Platinum 8488C'),
  intelClient: cpuinfo('GenuineIntel', 6, 158, 'Intel(R) Core(TM) i7-8700K CPU @ 3.70GHz'),
  milan: cpuinfo('AuthenticAMD', 25, 1, 'AMD EPYC 7R13 Processor'),
  genoa: cpuinfo('AuthenticAMD', 25, 17, 'AMD EPYC 9654 96-Core Processor'),
  rome: cpuinfo('AuthenticAMD', 23, 49, 'AMD EPYC 7742 64-Core Processor'),
  arm: 'processor\t: 0\nBogoMIPS\t: 50.00\nCPU implementer\t: 0x41\nCPU part\t: 0xd0c\n\n'
}

const names = (text: string) => chooseCounterEvents(cpuIdentityFromCpuinfo(text)).events.map((event) => event.name)
const generic = ['cycles', 'instructions', 'cache-misses']

describe('cpuIdentityFromCpuinfo', () => {
  it('reads vendor, family and model of the first processor', () => {
    expect(cpuIdentityFromCpuinfo(machines.genoa)).toEqual({
      vendor: 'amd',
      family: 25,
      model: 17,
      modelName: 'AMD EPYC 9654 96-Core Processor'
    })
    expect(cpuIdentityFromCpuinfo(machines.cascadeLake)).toMatchObject({ vendor: 'intel', family: 6, model: 85 })
  })

  it('gives an unknown identity for a CPU without x86 fields', () => {
    expect(cpuIdentityFromCpuinfo(machines.arm)).toEqual({
      vendor: 'other',
      family: null,
      model: null,
      modelName: null
    })
    expect(cpuIdentityFromCpuinfo('')).toEqual({ vendor: 'other', family: null, model: null, modelName: null })
  })
})

describe('chooseCounterEvents', () => {
  it('counts same-socket and remote HITM events on Skylake-SP / Cascade Lake', () => {
    expect(names(machines.cascadeLake)).toEqual([
      ...generic,
      'MEM_LOAD_L3_HIT_RETIRED.XSNP_HITM',
      'MEM_LOAD_L3_MISS_RETIRED.REMOTE_HITM',
      'MEM_LOAD_L3_MISS_RETIRED.REMOTE_FWD'
    ])
  })

  it('uses the Ice Lake name of event 0xd2/0x04 on Ice Lake-SP and Sapphire Rapids', () => {
    for (const machine of [machines.iceLake, machines.sapphireRapids]) {
      expect(names(machine)).toEqual([
        ...generic,
        'MEM_LOAD_L3_HIT_RETIRED.XSNP_FWD',
        'MEM_LOAD_L3_MISS_RETIRED.REMOTE_HITM',
        'MEM_LOAD_L3_MISS_RETIRED.REMOTE_FWD'
      ])
    }
  })

  it('encodes raw Intel events as umask << 8 | event', () => {
    const events = chooseCounterEvents(cpuIdentityFromCpuinfo(machines.cascadeLake)).events
    const remote = events.find((event) => event.name === 'MEM_LOAD_L3_MISS_RETIRED.REMOTE_HITM')!
    expect(remote).toMatchObject({ type: 4, config: 0x04d3 })
    expect(remote.source).toMatch(/skylakex\/cache\.json/)
  })

  it('names Zen 3 and Zen 4 fills from another CCX by their own event lists', () => {
    expect(names(machines.milan)).toEqual([
      ...generic,
      'ls_any_fills_from_sys.ext_cache_local',
      'ls_any_fills_from_sys.ext_cache_remote',
      'ls_any_fills_from_sys.mem_io_remote'
    ])
    expect(names(machines.genoa)).toEqual([
      ...generic,
      'ls_any_fills_from_sys.near_cache',
      'ls_any_fills_from_sys.far_cache',
      'ls_any_fills_from_sys.dram_io_far'
    ])
    const far = chooseCounterEvents(cpuIdentityFromCpuinfo(machines.genoa)).events.find((event) =>
      event.name.endsWith('far_cache')
    )!
    expect(far).toMatchObject({ type: 4, config: 0x1044 })
    expect(far.source).toMatch(/amdzen4\/cache\.json/)
  })

  it('keeps to the generic events, and says so, where no remote-cache event is chosen', () => {
    for (const machine of [machines.rome, machines.intelClient, machines.arm]) {
      const choice = chooseCounterEvents(cpuIdentityFromCpuinfo(machine))
      expect(choice.events.map((event) => event.name)).toEqual(generic)
      expect(choice.limits).toMatch(/no remote-cache event is chosen/)
    }
    expect(chooseCounterEvents(cpuIdentityFromCpuinfo(machines.genoa)).limits).toBeNull()
  })

  it('says what cache-misses counts on each vendor', () => {
    const meaning = (machine: string) =>
      chooseCounterEvents(cpuIdentityFromCpuinfo(machine)).events.find((event) => event.name === 'cache-misses')!
    expect(meaning(machines.genoa).meaning).toMatch(/miss this core’s L2/)
    expect(meaning(machines.genoa).source).toMatch(/arch\/x86\/events\/amd\/core\.c/)
    expect(meaning(machines.cascadeLake).meaning).toMatch(/miss the L3.*same-socket core-to-core transfers are not/)
    expect(meaning(machines.cascadeLake).source).toMatch(/0x412e/)
    expect(meaning(machines.arm).meaning).toMatch(/not checked/)
  })
})

describe('counterEnvironment', () => {
  it('passes the choice as name=type:config pairs', () => {
    const environment = counterEnvironment(chooseCounterEvents(cpuIdentityFromCpuinfo(machines.genoa)))
    expect(environment[PERF_EVENTS_VARIABLE]).toBe(
      'cycles=0:0x0,instructions=0:0x1,cache-misses=0:0x3,ls_any_fills_from_sys.near_cache=4:0x444,' +
        'ls_any_fills_from_sys.far_cache=4:0x1044,ls_any_fills_from_sys.dram_io_far=4:0x4044'
    )
  })
})

describe('describeEvent from a results file’s model name', () => {
  it('explains cache-misses as the L2-miss event on an AMD EPYC and as L3 misses on a Xeon', () => {
    expect(describeEvent('cache-misses', cpuIdentityFromModelName('AMD EPYC 7R13 Processor'))?.meaning).toMatch(/L2/)
    expect(describeEvent('cache-misses', cpuIdentityFromModelName('Intel(R) Xeon(R) Gold 6242'))?.meaning).toMatch(
      /miss the L3/
    )
    expect(describeEvent('ls_any_fills_from_sys.far_cache', cpuIdentityFromModelName(null))?.config).toBe(0x1044)
    expect(describeEvent('task-clock', cpuIdentityFromModelName(null))).toBeNull()
  })
})
