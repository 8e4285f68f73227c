## A bounded SPSC channel written for the harness's tests. It has nimsync's API (newChannel[T](size, mode), trySend,
## tryReceive, capacity) but its own design: a Lamport ring over a seq whose producer and consumer each keep a
## private copy of the other side's index and re-read the shared one only when that copy says full or empty.
import std/atomics

type
  ChannelMode* = enum
    SPSC
    MPSC ## refused: this ring has one producer

  Channel*[T] = ref object
    slots: seq[T]
    mask: int
    # The producer's line: its index and its copy of the consumer's.
    sent: Atomic[int]
    receivedSeen: int
    producerPad: array[112, byte]
    # The consumer's line.
    received: Atomic[int]
    sentSeen: int
    consumerPad: array[112, byte]

proc newChannel*[T](size: int, mode: ChannelMode): Channel[T] =
  ## Rounds size up to a power of two; every slot is usable.
  if mode != SPSC: raise newException(ValueError, "test_channel: only SPSC mode exists, got " & $mode)
  if size < 1: raise newException(ValueError, "test_channel: size must be at least 1, got " & $size)
  var slots = 1
  while slots < size: slots = slots shl 1
  result = Channel[T](slots: newSeq[T](slots), mask: slots - 1)

proc capacity*[T](channel: Channel[T]): int = channel.slots.len

proc trySend*[T](channel: Channel[T], value: T): bool =
  let sent = channel.sent.load(moRelaxed)
  if sent - channel.receivedSeen == channel.slots.len:
    channel.receivedSeen = channel.received.load(moAcquire)
    if sent - channel.receivedSeen == channel.slots.len: return false
  channel.slots[sent and channel.mask] = value
  channel.sent.store(sent + 1, moRelease)
  true

proc tryReceive*[T](channel: Channel[T], value: var T): bool =
  let received = channel.received.load(moRelaxed)
  if received == channel.sentSeen:
    channel.sentSeen = channel.sent.load(moAcquire)
    if received == channel.sentSeen: return false
  value = channel.slots[received and channel.mask]
  channel.received.store(received + 1, moRelease)
  true
