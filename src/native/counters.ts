/**
 * Which hardware events the driver counts on this CPU, and what each one really counts there. The driver takes the
 * choice through NUMA_SPSC_BENCH_PERF_EVENTS (native/perf.h); the report takes the meanings from here. Every meaning
 * names the document it comes from: the kernel's generic-event tables (arch/x86/events/{intel,amd}/core.c) and the
 * perf event lists (tools/perf/pmu-events/arch/x86/<model>/cache.json, torvalds/linux).
 */
import { readFileSync } from 'node:fs'

export const PERF_EVENTS_VARIABLE = 'NUMA_SPSC_BENCH_PERF_EVENTS'

export type CpuVendor = 'intel' | 'amd' | 'other'

/** vendor_id, cpu family and model of /proc/cpuinfo; family and model are null where the file has none (non-x86). */
export interface CpuIdentity {
  vendor: CpuVendor
  family: number | null
  model: number | null
  modelName: string | null
}

/** perf_event_attr.type values (linux/perf_event.h). */
export const PERF_TYPE_HARDWARE = 0
const PERF_TYPE_RAW = 4

export interface CounterEvent {
  /** The name the driver reports the count under, and the report shows. */
  name: string
  /** perf_event_attr type and config (for raw x86 events: umask << 8 | event code). */
  type: number
  config: number
  /** What one count is on this CPU, in plain words. */
  meaning: string
  /** Where that meaning is documented. */
  source: string
}

export interface CounterChoice {
  cpu: CpuIdentity
  events: CounterEvent[]
  /** What this CPU's choice cannot show, e.g. no documented remote-cache event was chosen for it. */
  limits: string | null
}

const GENERIC_SOURCE = 'linux/perf_event.h; counted in user mode only (exclude_kernel)'
const INTEL_TABLE = 'torvalds/linux arch/x86/events/intel/core.c, intel_perfmon_event_map: cache-misses = 0x412e'
const AMD_ZEN_TABLE =
  'torvalds/linux arch/x86/events/amd/core.c, amd_zen2_perfmon_event_map / amd_f17h_perfmon_event_map: cache-misses = 0x0964'

function cacheMissesMeaning(cpu: CpuIdentity): { meaning: string; source: string } {
  if (cpu.vendor === 'intel') {
    return {
      meaning:
        'LONGEST_LAT_CACHE.MISS: core-originated cacheable requests that miss the L3. A line another core of the same ' +
        'socket holds is an L3 hit, so same-socket core-to-core transfers are not counted; lines fetched from the ' +
        'other socket (its cache or its memory) miss the local L3 and are',
      source: `${INTEL_TABLE}; tools/perf/pmu-events/arch/x86/skylakex/cache.json (LONGEST_LAT_CACHE.MISS)`
    }
  }
  if (cpu.vendor === 'amd' && cpu.family !== null && cpu.family >= 0x17) {
    return {
      meaning:
        'l2_cache_req_stat.ic_dc_miss_in_l2: core requests (not L2 prefetches) that miss this core’s L2, data and ' +
        'instruction, wherever the line then comes from (L3, another core or CCX, the other socket, DRAM). Not an L3 ' +
        'miss: every core-to-core transfer counts',
      source: `${AMD_ZEN_TABLE}; tools/perf/pmu-events/arch/x86/amdzen4/cache.json (event 0x64, umask 0x09)`
    }
  }
  return {
    meaning:
      'whatever the kernel maps PERF_COUNT_HW_CACHE_MISSES to on this CPU; not checked for this vendor and family, ' +
      'so read it as "some cache misses" and look the event up before drawing a conclusion',
    source: 'the PMU driver of this architecture in torvalds/linux arch/*/events or arch/*/kernel/perf*'
  }
}

function genericEvents(cpu: CpuIdentity): CounterEvent[] {
  return [
    {
      name: 'cycles',
      type: PERF_TYPE_HARDWARE,
      config: 0,
      meaning: 'core clock cycles while the thread ran (the clock it actually ran at, not the nominal one)',
      source: `PERF_COUNT_HW_CPU_CYCLES, ${GENERIC_SOURCE}`
    },
    {
      name: 'instructions',
      type: PERF_TYPE_HARDWARE,
      config: 1,
      meaning: 'instructions retired by the thread (spinning on an empty or full ring retires instructions too)',
      source: `PERF_COUNT_HW_INSTRUCTIONS, ${GENERIC_SOURCE}`
    },
    { name: 'cache-misses', type: PERF_TYPE_HARDWARE, config: 3, ...cacheMissesMeaning(cpu) }
  ]
}

function raw(name: string, event: number, umask: number, meaning: string, source: string): CounterEvent {
  return { name, type: PERF_TYPE_RAW, config: (umask << 8) | event, meaning, source }
}

const REMOTE_HITM =
  'retired loads whose data came from a modified line in a cache of the other socket: the cross-socket transfer of ' +
  'a line the other side wrote'
const REMOTE_FWD = 'retired loads whose data was forwarded from a cache of the other socket (a clean line)'

/** Skylake-SP and Cascade Lake (model 0x55); the kernel's perf event lists skylakex / cascadelakex. */
function intelSkylakeServer(): CounterEvent[] {
  const source = 'torvalds/linux tools/perf/pmu-events/arch/x86/skylakex/cache.json'
  return [
    raw(
      'MEM_LOAD_L3_HIT_RETIRED.XSNP_HITM',
      0xd2,
      0x04,
      'retired loads that hit the L3 while another core of this socket held the line modified: the same-socket ' +
        'core-to-core transfer that cache-misses does not count',
      source
    ),
    raw('MEM_LOAD_L3_MISS_RETIRED.REMOTE_HITM', 0xd3, 0x04, REMOTE_HITM, source),
    raw('MEM_LOAD_L3_MISS_RETIRED.REMOTE_FWD', 0xd3, 0x08, REMOTE_FWD, source)
  ]
}

/** Ice Lake-SP (0x6a, 0x6c) and Sapphire Rapids (0x8f): event 0xd2 umask 0x04 is named XSNP_FWD there. */
function intelIceLakeServer(listName: 'icelakex' | 'sapphirerapids'): CounterEvent[] {
  const source = `torvalds/linux tools/perf/pmu-events/arch/x86/${listName}/cache.json`
  return [
    raw(
      'MEM_LOAD_L3_HIT_RETIRED.XSNP_FWD',
      0xd2,
      0x04,
      'retired loads whose line another core of this socket held and forwarded (modified, or clean with forward): ' +
        'the same-socket core-to-core transfer that cache-misses does not count',
      source
    ),
    raw('MEM_LOAD_L3_MISS_RETIRED.REMOTE_HITM', 0xd3, 0x04, REMOTE_HITM, source),
    raw('MEM_LOAD_L3_MISS_RETIRED.REMOTE_FWD', 0xd3, 0x08, REMOTE_FWD, source)
  ]
}

/** Zen 3 and Zen 4 share event 0x44's encoding; Zen 4's list renamed the unit masks. */
function amdFills(zen: 3 | 4): CounterEvent[] {
  const source =
    zen === 4
      ? 'torvalds/linux tools/perf/pmu-events/arch/x86/amdzen4/cache.json'
      : 'torvalds/linux tools/perf/pmu-events/arch/x86/amdzen3/cache.json (the same names in binutils gprofng’s Zen 3 table)'
  const [near, far, farMemory] =
    zen === 4 ? ['near_cache', 'far_cache', 'dram_io_far'] : ['ext_cache_local', 'ext_cache_remote', 'mem_io_remote']
  return [
    raw(
      `ls_any_fills_from_sys.${near}`,
      0x44,
      0x04,
      'L1 data cache fills (demand and prefetch) from the cache of another CCX, address on the same NUMA node: ' +
        'a same-socket, other-L3 transfer',
      source
    ),
    raw(
      `ls_any_fills_from_sys.${far}`,
      0x44,
      0x10,
      'L1 data cache fills from the cache of another CCX, address on a different NUMA node: with one node per ' +
        'socket, the cross-socket transfer of a line the other side holds',
      source
    ),
    raw(
      `ls_any_fills_from_sys.${farMemory}`,
      0x44,
      0x40,
      'L1 data cache fills from DRAM or MMIO of a different NUMA node: the ring read from remote memory',
      source
    )
  ]
}

/** Pure: the events for this CPU. Vendor-specific events only where the kernel's event list documents them. */
export function chooseCounterEvents(cpu: CpuIdentity): CounterChoice {
  const events = genericEvents(cpu)
  const { vendor, family, model } = cpu
  if (vendor === 'intel' && family === 6 && model !== null) {
    if (model === 0x55) return { cpu, events: [...events, ...intelSkylakeServer()], limits: null }
    if (model === 0x6a || model === 0x6c) return { cpu, events: [...events, ...intelIceLakeServer('icelakex')], limits: null }
    if (model === 0x8f) return { cpu, events: [...events, ...intelIceLakeServer('sapphirerapids')], limits: null }
  }
  if (vendor === 'amd' && family === 0x19 && model !== null) {
    // tools/perf/pmu-events/arch/x86/mapfile.csv: family 19h models 00-0F and 20-5F are Zen 3, the rest Zen 4.
    const zen3 = model <= 0x0f || (model >= 0x20 && model <= 0x5f)
    return { cpu, events: [...events, ...amdFills(zen3 ? 3 : 4)], limits: null }
  }
  const identity = `${vendor} family ${family ?? '?'} model ${model === null ? '?' : `0x${model.toString(16)}`}`
  return {
    cpu,
    events,
    limits:
      `no remote-cache event is chosen for ${identity}: only the generic events are counted. ` +
      'Run `perf list` there and pass the remote-HITM / far-cache events through NUMA_SPSC_BENCH_PERF_EVENTS'
  }
}

/** The driver's environment variable for a choice: "name=type:config,...". */
export function counterEnvironment(choice: CounterChoice): Record<string, string> {
  const spec = choice.events.map((event) => `${event.name}=${event.type}:0x${event.config.toString(16)}`).join(',')
  return { [PERF_EVENTS_VARIABLE]: spec }
}

function parseVendor(vendorId: string | undefined, modelName: string | null): CpuVendor {
  const text = `${vendorId ?? ''} ${modelName ?? ''}`
  if (/GenuineIntel|\bIntel\b/.test(text)) return 'intel'
  if (/AuthenticAMD|\bAMD\b/.test(text)) return 'amd'
  return 'other'
}

/** Pure: the identity of the first processor in a /proc/cpuinfo text. */
export function cpuIdentityFromCpuinfo(text: string): CpuIdentity {
  const firstProcessor = text.split(/\n\s*\n/)[0]
  const fields = new Map<string, string>()
  for (const line of firstProcessor.split('\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim())
  }
  const number = (key: string): number | null => {
    const value = fields.get(key)
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : null
  }
  const modelName = fields.get('model name') ?? null
  return { vendor: parseVendor(fields.get('vendor_id'), modelName), family: number('cpu family'), model: number('model'), modelName }
}

/** Pure: what the report can tell from the model name alone (results files record cpuModel, not family and model). */
export function cpuIdentityFromModelName(modelName: string | null): CpuIdentity {
  const vendor = parseVendor(undefined, modelName)
  // Every AMD part with "EPYC" or "Ryzen" in its name is family 17h or later (Zen).
  const family = vendor === 'amd' && /EPYC|Ryzen|Threadripper/.test(modelName ?? '') ? 0x17 : null
  return { vendor, family, model: null, modelName }
}

/** This machine's identity; a missing /proc/cpuinfo gives an unknown CPU, whose choice is the generic events. */
export function readCpuIdentity(path = '/proc/cpuinfo'): CpuIdentity {
  let text = ''
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    // Not Linux or no procfs: the generic events, named as unknown.
  }
  return cpuIdentityFromCpuinfo(text)
}

/** Every event this module may choose, for naming the counts a results file holds. */
function catalogue(cpu: CpuIdentity): CounterEvent[] {
  return [
    ...genericEvents(cpu),
    ...intelSkylakeServer(),
    ...intelIceLakeServer('sapphirerapids'),
    ...amdFills(4),
    ...amdFills(3)
  ]
}

/** Pure: the meaning and source of a counted event on this CPU, or null for a name this module never chooses. */
export function describeEvent(name: string, cpu: CpuIdentity): CounterEvent | null {
  return catalogue(cpu).find((event) => event.name === name) ?? null
}
