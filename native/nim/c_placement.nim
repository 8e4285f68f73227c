## The C side of the harness: native/'s own placement, perf and per-thread observation code (compiled in, not
## rewritten) and the few helpers in harness_support.c. Every proc here is a raw-syscall wrapper; none allocates through Nim.
import std/os

const
  nativeDir = currentSourcePath().parentDir().parentDir()
  harnessDir = currentSourcePath().parentDir()
  ErrorBytes* = 256 ## PLACEMENT_ERROR_BYTES
  MaxNodes* = 64    ## PLACEMENT_MAX_NODES
  PerfSideJsonBytes* = 8 * (64 + 26) + 8 ## PERF_SIDE_JSON_BYTES

{.passC: "-D_GNU_SOURCE -I" & nativeDir & " -I" & harnessDir.}
{.compile: "../placement.c".}
{.compile: "../perf.c".}
{.compile: "../common.c".}
{.compile: "harness_support.c".}

type
  PlacementError* = array[ErrorBytes, char]

  PageNodes* {.importc: "struct page_nodes", header: "placement.h", bycopy.} = object
    pages*: csize_t
    nodes*: array[MaxNodes, cint]
    node_count*: cint

  PerfReading* {.importc: "struct perf_reading", header: "perf.h", bycopy.} = object
    available*: bool
    cycles*: uint64
    instructions*: uint64
    llc_misses*: uint64
    unavailable_reason*: array[160, char]

  PerfCounters* {.importc: "struct perf_counters", header: "perf.h", bycopy.} = object

  ## Where a thread ran (every CPU sched_getcpu reported), its involuntary context switches and pinning error, filled
  ## by common.c exactly as for the C driver's threads.
  ThreadObservation* {.importc: "struct thread_observation", header: "bench.h", bycopy.} = object
    cpus*: array[16, cint] ## MAX_OBSERVED_CPUS
    cpuCount* {.importc: "cpu_count".}: cint
    involuntarySwitches* {.importc: "involuntary_switches".}: clong
    perf*: PerfReading
    pinError* {.importc: "pin_error".}: PlacementError

{.push header: "placement.h", gcsafe, raises: [].}
proc placement_cpu_usable*(cpu: cint, error: ptr char): bool {.importc.}
proc placement_node_usable*(node: cint, error: ptr char): bool {.importc.}
proc placement_pin_self*(cpu: cint, error: ptr char): bool {.importc.}
proc placement_page_nodes*(region: pointer, bytes: csize_t, output: ptr PageNodes, error: ptr char): bool {.importc.}
{.pop.}

{.push header: "perf.h", gcsafe, raises: [].}
proc perf_open*(counters: ptr PerfCounters) {.importc.}
proc perf_start*(counters: ptr PerfCounters) {.importc.}
proc perf_finish*(counters: ptr PerfCounters, reading: ptr PerfReading) {.importc.}
proc perf_side_json*(reading: ptr PerfReading, buffer: ptr char, bytes: csize_t) {.importc.}
{.pop.}

{.push header: "bench.h", gcsafe, raises: [].}
proc thread_begin*(cpu: cint, observation: ptr ThreadObservation) {.importc.}
proc observe_cpu*(observation: ptr ThreadObservation) {.importc.}
proc thread_end*(observation: ptr ThreadObservation) {.importc.}
proc spin_pause*() {.importc.}
{.pop.}

{.push header: "harness_support.h", gcsafe, raises: [].}
proc harness_bind_memory*(node: cint, error: ptr char): bool {.importc.}
proc harness_move_region*(region: pointer, bytes: csize_t, node: cint, error: ptr char): bool {.importc.}
{.pop.}

proc text*(error: openArray[char]): string =
  ## A NUL-terminated C message as a Nim string.
  for character in error:
    if character == '\0': break
    result.add character
