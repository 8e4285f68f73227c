## nim-spsc-bench: native/build/spsc-bench's measurement over a Nim channel with nimsync's API (newChannel, trySend,
## tryReceive). Checks that the placement is possible, pins the producer, binds the memory policy before the channel
## is created (a channel with newChannel(size, mode, node) places its own memory instead: docs/nimsync-numa), runs one
## method and prints one JSON line. Build: make -C native nim SUBJECT=<channel module>.
import std/os
import ./bench_options, ./c_placement, ./methods, ./report

const subjectName {.strdefine.} = "nimsync" ## the "implementation" field; make ... NAME=<name>

const
  ExitOk = 0
  ExitInternal = 1
  ExitUsage = 2
  ExitPlacement = 3

proc refuse(message: string): int =
  stderr.writeLine "nim-spsc-bench: cannot place the run: " & message
  ExitPlacement

proc measureWithPayload(options: BenchOptions): Measurement =
  ## One instantiation per payload size, so messages are plain fixed-size values like the C ring's slots.
  case options.payload
  of 8: measure[Message[1]](options)
  of 16: measure[Message[2]](options)
  of 32: measure[Message[4]](options)
  of 64: measure[Message[8]](options)
  of 128: measure[Message[16]](options)
  else: measure[Message[32]](options)

proc main(): int =
  var options: BenchOptions
  try:
    options = parseOptions(commandLineParams())
  except UsageError as failure:
    stderr.writeLine "nim-spsc-bench: " & failure.msg
    stderr.writeLine Usage
    return ExitUsage
  if options.help:
    echo Usage
    return ExitOk
  var error: PlacementError
  for cpu in [options.producerCpu, options.consumerCpu]:
    if cpu >= 0 and not placement_cpu_usable(cint(cpu), addr error[0]): return refuse(text(error))
  let node = options.memoryNode
  if node >= 0 and not placement_node_usable(cint(node), addr error[0]): return refuse(text(error))
  # The channel is created on the producer's CPU, so memory left to first touch lands where a producer would put it.
  if options.producerCpu >= 0 and not placement_pin_self(cint(options.producerCpu), addr error[0]):
    return refuse(text(error))
  if node >= 0 and not nodeAwareSubject and not harness_bind_memory(cint(node), addr error[0]):
    return refuse(text(error))
  try:
    let measured = measureWithPayload(options)
    stdout.write reportLine(options, measured, subjectName) & "\n"
    stdout.flushFile()
  except HarnessFailure as failure:
    stderr.writeLine "nim-spsc-bench: the " & $options.mode & " run failed: " & failure.msg
    return ExitInternal
  ExitOk

quit(main())
