## The command line of native/build/spsc-bench, so the runner can start this harness exactly as it starts the reference
## driver (docs/subject-protocol.md). --duration-ms is the one option left out: the runner always passes --messages.
import std/strutils

type
  Mode* = enum
    modeThroughput = "throughput"
    modePingpong = "pingpong"
    modeSameThread = "same-thread"

  BenchOptions* = object
    mode*: Mode
    producerCpu*, consumerCpu*: int ## -1: unpinned
    slotsNode*, indexNode*: int     ## -1: left to first touch
    padding*: int                   ## accepted and echoed nowhere: the subject decides its own layout
    capacity*: int
    payload*: int
    messages*: int
    warmupMessages*: int
    check*: bool                    ## verify every payload word, not just the sequence number
    injectGap*: int                 ## test aid: the producer skips one sequence number every N messages (0: never)
    extraWork*: int                 ## iterations of arithmetic per message in the producer, timed (calibrate)
    help*: bool

  UsageError* = object of CatchableError

const
  Paddings = [0, 64, 128, 256]
  Payloads* = [8, 16, 32, 64, 128, 256]
  MaxCapacity = 1 shl 24
  MaxCount = int(1_000_000_000_000)
  MaxRttSamples* = 10_000_000 ## pingpong keeps one sample per round trip
  MaxExtraWork = 1_000_000 ## native/options.c MAX_EXTRA_WORK
  DefaultMessagesStreaming = 2_000_000
  DefaultMessagesPingpong = 100_000

const Usage* = """usage: nim-spsc-bench [options]
Measures a Nim channel with nimsync's API (newChannel/trySend/tryReceive) and prints one JSON line
in the format of native/build/spsc-bench (see native/README.md and docs/nimsync.md).

  --mode M               throughput | pingpong | same-thread (default throughput)
  --producer-cpu N       pin the producer (pingpong: the initiator); omit with --consumer-cpu for unpinned
  --consumer-cpu N       pin the consumer (pingpong: the echo thread)
  --slots-node N         bind the process's memory to NUMA node N before the channel is created
  --index-node N         the same node (the channel object and its ring share one memory policy)
  --padding B            accepted for the subject protocol (0, 64, 128, 256); the channel has no such knob
  --capacity N           channel size, a power of two from 2 to 16777216 (default 1024)
  --payload B            bytes per message: 8, 16, 32, 64, 128, 256 (default 8)
  --messages N           timed messages (default 2000000, pingpong 100000)
  --warmup-messages N    untimed messages first (default messages/10)
  --check                verify every payload word, not just the sequence number
  --inject-gap N         test aid: skip one sequence number every N messages
  --extra-work N         N iterations of arithmetic per message in the producer, timed (default 0)
  --help                 this text

exit status: 0 measured (the JSON says whether the run is valid), 1 internal failure,
             2 bad arguments, 3 a placement this machine cannot honour"""

proc usageError(message: string) {.noreturn.} =
  raise newException(UsageError, message)

proc wholeNumber(name, text: string, max: int): int =
  try:
    result = parseInt(text)
  except ValueError:
    usageError("--" & name & ": \"" & text & "\" is not a whole number from 0 to " & $max)
  if result < 0 or result > max:
    usageError("--" & name & ": \"" & text & "\" is not a whole number from 0 to " & $max)

proc oneOf(name: string, value: int, allowed: openArray[int]) =
  if value notin allowed:
    usageError("--" & name & ": " & $value & " is not one of " & allowed.join(", "))

proc parseOptions*(arguments: seq[string]): BenchOptions =
  ## Raises UsageError naming the option and the value when an argument is wrong.
  result = BenchOptions(mode: modeThroughput, producerCpu: -1, consumerCpu: -1, slotsNode: -1, indexNode: -1,
                        padding: 128, capacity: 1024, payload: 8, messages: -1, warmupMessages: -1)
  var index = 0
  while index < arguments.len:
    let argument = arguments[index]
    inc index
    if not argument.startsWith("--"):
      usageError("unexpected argument \"" & argument & "\"")
    var name = argument[2 .. ^1]
    var value = ""
    let equals = name.find('=')
    if equals >= 0:
      value = name[equals + 1 .. ^1]
      name = name[0 ..< equals]
    if name in ["check", "help"]:
      if equals >= 0: usageError("--" & name & " takes no value")
      if name == "check": result.check = true else: result.help = true
      continue
    if equals < 0:
      if index >= arguments.len: usageError("--" & name & " needs a value")
      value = arguments[index]
      inc index
    case name
    of "mode":
      case value
      of "throughput": result.mode = modeThroughput
      of "pingpong": result.mode = modePingpong
      of "same-thread": result.mode = modeSameThread
      else: usageError("--mode: \"" & value & "\" is not throughput, pingpong or same-thread")
    of "producer-cpu": result.producerCpu = wholeNumber(name, value, 65535)
    of "consumer-cpu": result.consumerCpu = wholeNumber(name, value, 65535)
    of "slots-node": result.slotsNode = wholeNumber(name, value, 65535)
    of "index-node": result.indexNode = wholeNumber(name, value, 65535)
    of "padding":
      result.padding = wholeNumber(name, value, 256)
      oneOf(name, result.padding, Paddings)
    of "payload":
      result.payload = wholeNumber(name, value, 256)
      oneOf(name, result.payload, Payloads)
    of "capacity":
      result.capacity = wholeNumber(name, value, MaxCapacity)
      if result.capacity < 2 or (result.capacity and (result.capacity - 1)) != 0:
        usageError("--capacity: \"" & value & "\" is not a power of two from 2 to " & $MaxCapacity)
    of "messages":
      result.messages = wholeNumber(name, value, MaxCount)
      if result.messages == 0: usageError("--messages: at least 1")
    of "warmup-messages": result.warmupMessages = wholeNumber(name, value, MaxCount)
    of "inject-gap": result.injectGap = wholeNumber(name, value, MaxCount)
    of "extra-work": result.extraWork = wholeNumber(name, value, MaxExtraWork)
    of "duration-ms": usageError("--duration-ms is not supported by the Nim harness; give --messages")
    else: usageError("unknown option \"--" & name & "\"")
  if result.help: return
  let twoThreads = result.mode != modeSameThread
  if twoThreads and (result.producerCpu < 0) != (result.consumerCpu < 0):
    usageError("give both --producer-cpu and --consumer-cpu, or neither for an unpinned run")
  if twoThreads and result.producerCpu >= 0 and result.producerCpu == result.consumerCpu:
    usageError("producer and consumer on the same CPU: two spinning threads would starve each other")
  if result.slotsNode >= 0 and result.indexNode >= 0 and result.slotsNode != result.indexNode:
    usageError("--slots-node " & $result.slotsNode & " and --index-node " & $result.indexNode &
               " differ: the channel object and its ring are allocated under one memory policy")
  if result.messages < 0:
    result.messages = if result.mode == modePingpong: DefaultMessagesPingpong else: DefaultMessagesStreaming
  if result.mode == modePingpong and result.messages > MaxRttSamples:
    usageError("pingpong keeps one sample per round trip: --messages at most " & $MaxRttSamples)
  if result.warmupMessages < 0: result.warmupMessages = result.messages div 10

proc memoryNode*(options: BenchOptions): int =
  ## The node the whole channel is bound to, or -1 for first touch.
  if options.slotsNode >= 0: options.slotsNode else: options.indexNode
