## The one JSON line of native/README.md (schema RunSchema below), from what the harness measured.
import std/json
import ./bench_options, ./c_placement, ./methods

const RunSchema* = "numa-spsc-bench/run@1" ## schema/native-record.schema.json holds the same constant.

proc idOrNull(value: int): JsonNode =
  if value < 0: newJNull() else: %value

proc pagesJson(before, after: PageCheck): JsonNode =
  %*{"pages": before.pages, "nodesBefore": before.nodes, "nodesAfter": after.nodes}

proc cpusJson(observation: ThreadObservation): JsonNode =
  result = newJArray()
  for index in 0 ..< observation.cpuCount: result.add %int(observation.cpus[index])

proc sideJson(reading: PerfReading): JsonNode =
  var buffer: array[PerfSideJsonBytes, char]
  perf_side_json(unsafeAddr reading, addr buffer[0], csize_t(buffer.len))
  parseJson($cast[cstring](addr buffer[0]))

proc perfJson(run: BenchResult, twoThreads: bool): JsonNode =
  ## The generic events summed over both threads (null unless both counted them), the reason any counter is missing,
  ## and each thread's counts by event name, exactly as native/report.c writes them (a missing counter never invalidates).
  let producer = sideJson(run.producer.perf)
  let consumer = if twoThreads: sideJson(run.consumer.perf) else: newJNull()
  proc total(event: string): JsonNode =
    if producer.kind != JObject or not producer.hasKey(event): return newJNull()
    if not twoThreads: return producer[event]
    if consumer.kind != JObject or not consumer.hasKey(event): return newJNull()
    %(producer[event].getBiggestInt + consumer[event].getBiggestInt)
  let reason = if not run.producer.perf.available: %text(run.producer.perf.unavailable_reason)
               elif twoThreads and not run.consumer.perf.available: %text(run.consumer.perf.unavailable_reason)
               else: newJNull()
  %*{"cycles": total("cycles"), "instructions": total("instructions"), "llcMisses": total("cache-misses"),
     "unavailableReason": reason, "producer": producer, "consumer": consumer}

proc reportLine*(options: BenchOptions, measured: Measurement, implementation: string): string =
  let run = measured.result
  let twoThreads = options.mode != modeSameThread
  let consumer = if twoThreads: run.consumer else: run.producer
  let node = options.memoryNode
  let rate = if options.mode == modePingpong or run.elapsedNs <= 0: newJNull()
             else: %(float(run.messages) * 1e9 / float(run.elapsedNs))
  let rtt = if options.mode != modePingpong: newJNull()
            else: %*{"p50": run.rtt.p50, "p90": run.rtt.p90, "p99": run.rtt.p99, "p999": run.rtt.p999, "max": run.rtt.max}
  let line = %*{
    "schema": RunSchema,
    "implementation": implementation,
    "params": {
      "mode": $options.mode,
      "producerCpu": idOrNull(options.producerCpu),
      "consumerCpu": idOrNull(if twoThreads: options.consumerCpu else: options.producerCpu),
      "slotsNode": idOrNull(node),
      "indexNode": idOrNull(node),
      "padding": nil,
      "capacity": measured.capacity,
      "payload": options.payload,
      "messages": options.messages,
      "warmupMessages": options.warmupMessages,
      "extraWork": options.extraWork
    },
    "observed": {
      "producerCpus": cpusJson(run.producer),
      "consumerCpus": cpusJson(consumer),
      "slots": pagesJson(measured.slotsBefore, measured.slotsAfter),
      "indices": pagesJson(measured.controlBefore, measured.controlAfter),
      "producerInvoluntarySwitches": idOrNull(int(run.producer.involuntarySwitches)),
      "consumerInvoluntarySwitches": idOrNull(int(consumer.involuntarySwitches))
    },
    "results": {"messages": run.messages, "elapsedNs": run.elapsedNs, "messagesPerSecond": rate, "rttNs": rtt},
    "perf": perfJson(run, twoThreads),
    "valid": measured.invalidReasons.len == 0,
    "invalidReasons": measured.invalidReasons
  }
  $line
