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

proc perfJson(run: BenchResult, twoThreads: bool): JsonNode =
  ## Counters of both threads over the timed part, or null with the reason (a missing counter never invalidates).
  let producer = run.producer.perf
  let consumer = run.consumer.perf
  if producer.available and (not twoThreads or consumer.available):
    let both = if twoThreads: consumer else: PerfReading()
    return %*{"cycles": int(producer.cycles + both.cycles), "instructions": int(producer.instructions + both.instructions),
              "llcMisses": int(producer.llc_misses + both.llc_misses), "unavailableReason": nil}
  let reason = if producer.available: text(consumer.unavailable_reason) else: text(producer.unavailable_reason)
  %*{"cycles": nil, "instructions": nil, "llcMisses": nil, "unavailableReason": reason}

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
      "warmupMessages": options.warmupMessages
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
