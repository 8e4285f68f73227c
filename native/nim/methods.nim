## The three measurement methods of native/ (throughput.c, pingpong.c, same_thread.c) over any channel with nimsync's
## API. The calling thread is the producer (pingpong: the initiator); the consumer is one more thread. Both pin
## themselves, record sched_getcpu() at their start, every 2^16 messages and at their end, and count their
## involuntary context switches. Every received message's sequence number is checked.
import std/[algorithm, atomics, monotimes]
import ./bench_options, ./c_placement, ./subject

when (NimMajor, NimMinor) >= (2, 0):
  import std/typedthreads # Thread and createThread left system in Nim 2.0

type
  ## A message of Words × 8 bytes; word 0 carries the sequence number, the rest (with --check) is derived from it.
  Message*[Words: static int] = object
    words: array[Words, uint64]

  RttPercentiles* = object
    p50*, p90*, p99*, p999*, max*: float

  BenchResult* = object
    messages*: int
    elapsedNs*: int64
    rtt*: RttPercentiles
    producer*, consumer*: ThreadObservation
    sequenceErrors*: int
    firstExpected*, firstReceived*: int

  HarnessFailure* = object of CatchableError ## the channel misbehaved outside the timed part: exit status 1

const CpuCheckMask = (1 shl 16) - 1 ## often enough to catch a migration, rare enough to cost nothing

proc nowNs(): int64 {.inline.} = getMonoTime().ticks

proc observeCpu(observation: var ThreadObservation) {.inline.} = observe_cpu(addr observation)

proc threadBegin(cpu: int, observation: var ThreadObservation) =
  ## A pinning failure stays in pinError and makes the run invalid.
  thread_begin(cint(cpu), addr observation)

proc threadEnd(observation: var ThreadObservation) {.inline.} = thread_end(addr observation)

var extraWorkState {.threadvar.}: uint64

proc extraWork(iterations: int) {.inline.} =
  ## native/bench.h's extra_work: one dependent multiply-add per iteration; kept in a thread variable so the compiler
  ## cannot drop it.
  var state = extraWorkState
  for _ in 0 ..< iterations:
    state = state * 6364136223846793005'u64 + 1442695040888963407'u64
  extraWorkState = state

proc writeOutgoing[M](options: BenchOptions, message: var M, sequence: int): int =
  ## Writes the next message and returns the sequence number written (one skipped with --inject-gap); first does
  ## --extra-work's iterations, the producer's injected cost per message.
  if options.extraWork != 0: extraWork(options.extraWork)
  result = sequence
  if options.injectGap != 0 and sequence mod options.injectGap == options.injectGap - 1: inc result
  message.words[0] = uint64(result)
  if options.check:
    for index in 1 ..< message.words.len: message.words[index] = uint64(result + index)

proc messageOk[M](message: M, expected: int, check: bool): bool =
  if message.words[0] != uint64(expected): return false
  if check:
    for index in 1 ..< message.words.len:
      if message.words[index] != uint64(expected + index): return false
  true

proc recordSequenceError[M](result: var BenchResult, expected: int, message: M) =
  if result.sequenceErrors == 0:
    result.firstExpected = expected
    result.firstReceived = int(message.words[0])
  inc result.sequenceErrors

proc send[C, M](channel: C, message: M) {.inline.} =
  while not channel.trySend(message): spin_pause()

# ---------------------------------------------------------------------------------------------------- throughput

type ThroughputState[C, M] = object
  channel: C
  options: ptr BenchOptions
  result: ptr BenchResult
  ready, warmupDrained: Atomic[bool]
  endNs: int64

proc consume[C, M](state: ptr ThroughputState[C, M]) {.thread.} =
  let options = state.options
  let total = options.warmupMessages + options.messages
  var perf: PerfCounters
  var message: M
  var received, expected = 0
  threadBegin(options.consumerCpu, state.result.consumer)
  perf_open(addr perf)
  if options.warmupMessages == 0:
    perf_start(addr perf)
    state.warmupDrained.store(true, moRelease)
  state.ready.store(true, moRelease)
  while received < total:
    if state.channel.tryReceive(message):
      if not messageOk(message, expected, options.check):
        recordSequenceError(state.result[], expected, message)
        expected = int(message.words[0])
      inc expected
      inc received
      if received == options.warmupMessages:
        perf_start(addr perf)
        state.warmupDrained.store(true, moRelease)
      if (received and CpuCheckMask) == 0: observeCpu(state.result.consumer)
    else:
      spin_pause()
  state.endNs = nowNs()
  perf_finish(addr perf, addr state.result.consumer.perf)
  threadEnd(state.result.consumer)

proc runThroughput[C, M](options: var BenchOptions, channel: C, result: var BenchResult) =
  ## Streaming: the producer waits only when the channel is full; timed from after the consumer drained the warm-up
  ## until it received the last message.
  var state = ThroughputState[C, M](channel: channel, options: addr options, result: addr result)
  var perf: PerfCounters
  var message: M
  var sequence = 0
  var consumer: Thread[ptr ThroughputState[C, M]]
  threadBegin(options.producerCpu, result.producer)
  perf_open(addr perf)
  createThread(consumer, consume[C, M], addr state)
  while not state.ready.load(moAcquire): spin_pause()
  for _ in 0 ..< options.warmupMessages:
    sequence = writeOutgoing(options, message, sequence) + 1
    send(channel, message)
  while not state.warmupDrained.load(moAcquire): spin_pause()
  perf_start(addr perf)
  let start = nowNs()
  for sent in 0 ..< options.messages:
    sequence = writeOutgoing(options, message, sequence) + 1
    send(channel, message)
    if (sent and CpuCheckMask) == 0: observeCpu(result.producer)
  perf_finish(addr perf, addr result.producer.perf)
  joinThread(consumer)
  threadEnd(result.producer)
  result.messages = options.messages
  result.elapsedNs = state.endNs - start

# ---------------------------------------------------------------------------------------------------- pingpong

type EchoState[C, M] = object
  requests, replies: C
  options: ptr BenchOptions
  result: ptr BenchResult
  ready: Atomic[bool]

proc echoBack[C, M](state: ptr EchoState[C, M]) {.thread.} =
  let options = state.options
  let total = options.warmupMessages + options.messages
  var perf: PerfCounters
  var message: M
  var echoed = 0
  threadBegin(options.consumerCpu, state.result.consumer)
  perf_open(addr perf)
  if options.warmupMessages == 0: perf_start(addr perf)
  state.ready.store(true, moRelease)
  while echoed < total:
    if state.requests.tryReceive(message):
      send(state.replies, message)
      inc echoed
      if echoed == options.warmupMessages: perf_start(addr perf)
      if (echoed and CpuCheckMask) == 0: observeCpu(state.result.consumer)
    else:
      spin_pause()
  perf_finish(addr perf, addr state.result.consumer.perf)
  threadEnd(state.result.consumer)

proc roundTrip[C, M](state: var EchoState[C, M], message: var M, sequence: int) =
  discard writeOutgoing(state.options[], message, sequence)
  send(state.requests, message)
  while not state.replies.tryReceive(message): spin_pause()
  if not messageOk(message, sequence, state.options.check): recordSequenceError(state.result[], sequence, message)

proc percentile(sorted: seq[int64], fraction: float): float =
  ## Nearest rank, as native/pingpong.c computes it.
  let rank = clamp(int(fraction * float(sorted.len) + 0.999999), 1, sorted.len)
  float(sorted[rank - 1])

proc runPingpong[C, M](options: var BenchOptions, requests, replies: C, result: var BenchResult) =
  ## One message in flight through two channels; each sample is the time between two consecutive replies, so a round
  ## trip costs one clock read.
  var state = EchoState[C, M](requests: requests, replies: replies, options: addr options, result: addr result)
  var perf: PerfCounters
  var message: M
  var samples = newSeq[int64](options.messages)
  var echoer: Thread[ptr EchoState[C, M]]
  threadBegin(options.producerCpu, result.producer)
  perf_open(addr perf)
  createThread(echoer, echoBack[C, M], addr state)
  while not state.ready.load(moAcquire): spin_pause()
  for sequence in 0 ..< options.warmupMessages: roundTrip(state, message, sequence)
  perf_start(addr perf)
  let start = nowNs()
  var previous = start
  for count in 0 ..< options.messages:
    roundTrip(state, message, options.warmupMessages + count)
    let now = nowNs()
    samples[count] = now - previous
    previous = now
    if (count and CpuCheckMask) == 0: observeCpu(result.producer)
  perf_finish(addr perf, addr result.producer.perf)
  joinThread(echoer)
  threadEnd(result.producer)
  result.messages = options.messages
  result.elapsedNs = previous - start
  samples.sort()
  result.rtt = RttPercentiles(p50: percentile(samples, 0.50), p90: percentile(samples, 0.90),
                              p99: percentile(samples, 0.99), p999: percentile(samples, 0.999),
                              max: float(samples[^1]))

# ---------------------------------------------------------------------------------------------------- same-thread

proc sendAndReceive[C, M](options: BenchOptions, channel: C, message: var M, sequence: int,
                          result: var BenchResult) =
  discard writeOutgoing(options, message, sequence)
  if not channel.trySend(message) or not channel.tryReceive(message):
    raise newException(HarnessFailure, "same-thread: the channel refused a message while it was empty")
  if not messageOk(message, sequence, options.check): recordSequenceError(result, sequence, message)

proc runSameThread[C, M](options: BenchOptions, channel: C, result: var BenchResult) =
  ## One thread sends and then receives each message: how nimsync's single-thread "ops/sec" figures are made (they
  ## count the send and the receive as two ops; here each message counts once).
  var perf: PerfCounters
  var message: M
  threadBegin(options.producerCpu, result.producer)
  perf_open(addr perf)
  for sequence in 0 ..< options.warmupMessages: sendAndReceive(options, channel, message, sequence, result)
  perf_start(addr perf)
  let start = nowNs()
  for count in 0 ..< options.messages:
    sendAndReceive(options, channel, message, options.warmupMessages + count, result)
    if (count and CpuCheckMask) == 0: observeCpu(result.producer)
  result.elapsedNs = nowNs() - start
  result.messages = options.messages
  perf_finish(addr perf, addr result.producer.perf)
  threadEnd(result.producer)

# ---------------------------------------------------------------------------------------------------- placement

type
  Region = tuple[address: pointer, bytes: int]

  PageCheck* = object
    pages*: int
    nodes*: seq[int] ## distinct, ascending

  ChannelPages* = object
    slots*, control*: seq[Region]

  Measurement* = object
    result*: BenchResult
    capacity*: int ## slots the channel accepted before it reported full
    slotsBefore*, slotsAfter*, controlBefore*, controlAfter*: PageCheck
    invalidReasons*: seq[string]

const nodeAwareSubject* = compiles(newChannel[int](1, SPSC, 0)) and compiles(newChannel[int](1, SPSC).memoryRegions())
  ## The channel places its own memory (docs/nimsync-numa: newChannel(size, mode, node) and memoryRegions), so the
  ## harness sets no memory policy and moves no page: it asks for the node and checks where the pages are.

proc createChannel[M](capacity, node: int): auto =
  when nodeAwareSubject:
    if node >= 0: newChannel[M](capacity, SPSC, node) else: newChannel[M](capacity, SPSC)
  else:
    newChannel[M](capacity, SPSC)

proc channelPages[C](channel: C): ChannelPages =
  ## A node-aware channel names its slots and indices itself. Otherwise the ring is every seq field of the channel
  ## object (nimsync: `buffer`), found by field iteration so no field name is assumed; the control block (head, tail,
  ## padding) is the object itself.
  when C isnot ref:
    {.error: "newChannel must return a ref object (nimsync's Channel[T] is one)".}
  when nodeAwareSubject:
    let regions = channel.memoryRegions()
    result.slots.add((regions[0].address, regions[0].bytes))
    result.control.add((regions[1].address, regions[1].bytes))
    return
  result.control.add((cast[pointer](channel), sizeof(channel[])))
  for name, value in fieldPairs(channel[]):
    when value is seq:
      if value.len > 0: result.slots.add((cast[pointer](addr value[0]), value.len * sizeof(value[0])))
  if result.slots.len == 0: result.slots = result.control

proc fillAndDrain[C, M](channel: C, requested: int): int =
  ## Writes every slot once from this thread (so each page is faulted under the memory policy before it is checked)
  ## and returns how many messages the channel held before it reported full.
  var message: M
  let limit = 4 * requested
  while result < limit and channel.trySend(message): inc result
  for index in 0 ..< result:
    if not channel.tryReceive(message):
      raise newException(HarnessFailure, "the channel accepted " & $result & " messages but returned only " & $index)
  if result == 0: raise newException(HarnessFailure, "the channel accepted no message while empty")
  if result == limit: result = requested # never reported full: a growing channel; report what was asked

proc checkPages(regions: seq[Region], what, moment: string, node: int, reasons: var seq[string]): PageCheck =
  var found: seq[int]
  for region in regions:
    var pages: PageNodes
    var error: PlacementError
    if not placement_page_nodes(region.address, csize_t(region.bytes), addr pages, addr error[0]):
      reasons.add what & " pages " & moment & " the run: " & text(error)
      continue
    result.pages += int(pages.pages)
    for index in 0 ..< int(pages.node_count):
      if int(pages.nodes[index]) notin found: found.add int(pages.nodes[index])
  result.nodes = found.sorted()
  if node >= 0 and result.nodes != @[node]:
    reasons.add what & " pages " & moment & " the run are on node(s) " & $result.nodes & ", not on the bound node " & $node

proc bindRegions(regions: seq[Region], node: int) =
  for region in regions:
    var error: PlacementError
    if not harness_move_region(region.address, csize_t(region.bytes), cint(node), addr error[0]):
      raise newException(HarnessFailure, "cannot move the channel's pages to node " & $node & ": " & text(error))

proc checkThread(observation: ThreadObservation, who: string, cpu: int, reasons: var seq[string]) =
  if observation.pinError[0] != '\0': reasons.add who & " could not be pinned: " & text(observation.pinError)
  if cpu < 0: return
  for index in 0 ..< observation.cpuCount:
    if observation.cpus[index] != cpu:
      reasons.add who & " pinned to CPU " & $cpu & " was seen on CPU " & $observation.cpus[index]
      return

proc measure*[M](requested: BenchOptions): Measurement =
  ## Creates the channel(s) under the memory policy the options ask for, proves the placement before and after the
  ## timed part and runs the method. The caller must already run on the producer CPU and have bound the memory policy.
  var options = requested # the consumer thread reads it through a pointer
  let node = options.memoryNode
  let first = createChannel[M](options.capacity, node)
  let second = if options.mode == modePingpong: createChannel[M](options.capacity, node) else: nil
  type C = typeof(first)
  var pages = channelPages(first)
  if second != nil:
    let more = channelPages(second)
    pages.slots.add more.slots
    pages.control.add more.control
  if node >= 0 and not nodeAwareSubject:
    bindRegions(pages.slots, node)
    bindRegions(pages.control, node)
  result.capacity = fillAndDrain[C, M](first, options.capacity)
  if second != nil: discard fillAndDrain[C, M](second, options.capacity)
  result.slotsBefore = checkPages(pages.slots, "slots", "before", node, result.invalidReasons)
  result.controlBefore = checkPages(pages.control, "channel object", "before", node, result.invalidReasons)
  case options.mode
  of modeThroughput: runThroughput[C, M](options, first, result.result)
  of modePingpong: runPingpong[C, M](options, first, second, result.result)
  of modeSameThread: runSameThread[C, M](options, first, result.result)
  result.slotsAfter = checkPages(pages.slots, "slots", "after", node, result.invalidReasons)
  result.controlAfter = checkPages(pages.control, "channel object", "after", node, result.invalidReasons)
  checkThread(result.result.producer, "producer", options.producerCpu, result.invalidReasons)
  if options.mode != modeSameThread:
    checkThread(result.result.consumer, "consumer", options.consumerCpu, result.invalidReasons)
  if result.result.sequenceErrors > 0:
    result.invalidReasons.add "sequence error: expected message " & $result.result.firstExpected & ", received " &
      $result.result.firstReceived & (if result.result.firstExpected == result.result.firstReceived: " with a corrupted payload" else: "") &
      " (" & $result.result.sequenceErrors & " in all)"
