## Where a channel's pages are: built against a channel module with nimsync's API plus the patch's
## newChannel(size, mode, node) and memoryRegions (nim c -d:channelModule=/abs/path/channel.nim placement_probe.nim).
## It pins itself to --cpu, creates one channel with newChannel(size, mode) and one with newChannel(size, mode, --node),
## moves --capacity messages through each, and prints one JSON line: the thread's memory policy (get_mempolicy) and,
## per channel, the distinct nodes move_pages(2) reports for the slots and for the indices.
import std/[algorithm, json, macros, os, strutils]

const channelModule {.strdefine.} = ""
when channelModule == "":
  {.error: "build with -d:channelModule=/absolute/path/to/channel_spsc.nim".}

macro importChannel(path: static string): untyped =
  newNimNode(nnkImportStmt).add(newLit(path.changeFileExt("")))
importChannel(channelModule)

var
  sysMovePages {.importc: "SYS_move_pages", header: "<sys/syscall.h>".}: clong
  sysGetMempolicy {.importc: "SYS_get_mempolicy", header: "<sys/syscall.h>".}: clong
proc syscall(number: clong): clong {.importc, header: "<unistd.h>", varargs.}
proc sched_setaffinity(pid: cint, size: csize_t, mask: pointer): cint {.importc, header: "<sched.h>".}
proc sysconf(name: cint): clong {.importc, header: "<unistd.h>".}
var SC_PAGESIZE {.importc: "_SC_PAGESIZE", header: "<unistd.h>".}: cint

proc pinTo(cpu: int) =
  var mask: array[16, uint64]
  mask[cpu div 64] = 1'u64 shl (cpu mod 64)
  if sched_setaffinity(0, csize_t(sizeof(mask)), addr mask[0]) != 0: raiseOSError(osLastError(), "pin to CPU " & $cpu)

proc threadPolicy(): int =
  ## MPOL_DEFAULT (0) unless someone called set_mempolicy (numactl --membind, libnuma's numa_set_membind ...).
  var mode: cint
  if syscall(sysGetMempolicy, addr mode, nil, culong(0), nil, culong(0)) != 0:
    raiseOSError(osLastError(), "get_mempolicy")
  int(mode)

proc pageNodes(address: pointer, bytes: int): seq[int] =
  let page = int(sysconf(SC_PAGESIZE))
  let first = cast[int](address) div page * page
  let count = (cast[int](address) + bytes - first + page - 1) div page
  var pages = newSeq[pointer](count)
  var status = newSeq[cint](count)
  for index in 0 ..< count: pages[index] = cast[pointer](first + index * page)
  if syscall(sysMovePages, cint(0), culong(count), addr pages[0], nil, addr status[0], cint(0)) != 0:
    raiseOSError(osLastError(), "move_pages")
  for node in status:
    if int(node) notin result: result.add int(node) # a negative value is an errno: never faulted, or not movable
  result.sort()

proc placement(channel: auto, capacity: int): JsonNode =
  for message in 0 ..< capacity:
    doAssert channel.trySend(message), "send " & $message
  var received: int
  for message in 0 ..< capacity:
    doAssert channel.tryReceive(received) and received == message, "receive " & $message
  let regions = channel.memoryRegions()
  %*{"slots": pageNodes(regions[0].address, regions[0].bytes),
     "indices": pageNodes(regions[1].address, regions[1].bytes)}

proc main() =
  var cpu, node = -1
  var capacity = 4096
  let args = commandLineParams()
  for index in countup(0, args.len - 2, 2):
    case args[index]
    of "--cpu": cpu = parseInt(args[index + 1])
    of "--node": node = parseInt(args[index + 1])
    of "--capacity": capacity = parseInt(args[index + 1])
    else: quit("placement_probe: unknown option " & args[index], 2)
  if cpu < 0 or node < 0: quit("usage: placement_probe --cpu N --node M [--capacity N]", 2)
  pinTo(cpu)
  let firstTouch = newChannel[int](capacity, SPSC)
  let bound = newChannel[int](capacity, SPSC, node)
  echo $(%*{"cpu": cpu, "node": node, "threadPolicy": threadPolicy(),
            "firstTouch": placement(firstTouch, capacity), "bound": placement(bound, capacity)})

main()
