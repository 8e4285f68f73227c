## A minimal channel of our own that allocates exactly as nimsync's channel does with the patch applied
## (nimsync-numa-channel.patch): a ref object whose slots and indices are two separate allocations, zeroed on Nim's
## shared heap by the creating thread (first touch) by newChannel(size, mode), or bound to a node through
## numa_memory.nim by newChannel(size, mode, node). The tests use it so they need neither nimsync's source nor a
## network.
import std/[atomics, typetraits]
import ../numa_memory

type
  ChannelMode* = enum
    SPSC
    MPSC ## refused: one producer only

  Indices = object
    head: Atomic[int]
    pad: array[64, byte]
    tail: Atomic[int]

  ChannelObj[T] = object
    slots: ptr UncheckedArray[T]
    indices: ptr Indices
    capacity: int
    node: int ## -1: first touch

  Channel*[T] = ref ChannelObj[T]

proc release(memory: pointer, bytes, node: int) =
  if node < 0: deallocShared(memory) else: freeOnNode(memory, bytes)

proc `=destroy`[T](channel: var ChannelObj[T]) =
  if channel.slots != nil:
    when not supportsCopyMem(T):
      for index in 0 ..< channel.capacity: `=destroy`(channel.slots[index])
    release(channel.slots, channel.capacity * sizeof(T), channel.node)
  if channel.indices != nil: release(channel.indices, sizeof(Indices), channel.node)

proc `=copy`[T](dest: var ChannelObj[T], source: ChannelObj[T]) {.error: "a channel is shared by reference".}

proc initChannel[T](size: int, mode: ChannelMode, node: int): Channel[T] =
  if mode != SPSC: raise newException(ValueError, "mirror_channel: only SPSC mode exists, got " & $mode)
  var capacity = 1
  while capacity < size: capacity = capacity shl 1
  result = Channel[T](capacity: capacity, node: node)
  if node < 0:
    result.slots = cast[ptr UncheckedArray[T]](allocShared0(capacity * sizeof(T)))
    result.indices = cast[ptr Indices](allocShared0(sizeof(Indices)))
  else:
    result.slots = cast[ptr UncheckedArray[T]](allocOnNode(capacity * sizeof(T), node))
    result.indices = cast[ptr Indices](allocOnNode(sizeof(Indices), node))

proc newChannel*[T](size: int, mode: ChannelMode): Channel[T] = initChannel[T](size, mode, -1)
proc newChannel*[T](size: int, mode: ChannelMode, node: Natural): Channel[T] = initChannel[T](size, mode, node)

proc capacity*[T](channel: Channel[T]): int = channel.capacity

proc trySend*[T](channel: Channel[T], value: T): bool =
  let head = channel.indices.head.load(moRelaxed)
  if head - channel.indices.tail.load(moAcquire) >= channel.capacity: return false
  channel.slots[head and (channel.capacity - 1)] = value
  channel.indices.head.store(head + 1, moRelease)
  true

proc tryReceive*[T](channel: Channel[T], value: var T): bool =
  let tail = channel.indices.tail.load(moRelaxed)
  if tail >= channel.indices.head.load(moAcquire): return false
  value = channel.slots[tail and (channel.capacity - 1)]
  channel.indices.tail.store(tail + 1, moRelease)
  true

proc memoryRegions*[T](channel: Channel[T]): array[2, tuple[address: pointer, bytes: int]] =
  [(cast[pointer](channel.slots), channel.capacity * sizeof(T)), (cast[pointer](channel.indices), sizeof(Indices))]
