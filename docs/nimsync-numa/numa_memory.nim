## Memory on one NUMA node for nimsync's channels: an anonymous mmap bound with mbind(MPOL_BIND) to the node and
## written once, page by page, so every page is faulted there before a thread uses it. Only this region is bound:
## no process-wide or thread-wide memory policy is set or changed. Linux only; raw syscalls, no libnuma.
import std/[os, posix]

when not defined(linux):
  {.error: "numa_memory: mbind is Linux-only".}

const
  MpolBind = 2 ## MPOL_BIND, linux/mempolicy.h
  MaxNodes* = 1024 ## nodes the bit mask can name (the kernel's default CONFIG_NODES_SHIFT allows far fewer)

var sysMbind {.importc: "SYS_mbind", header: "<sys/syscall.h>".}: clong
proc syscall(number: clong): clong {.importc, header: "<unistd.h>", varargs.}

proc roundToPages(bytes: int): int =
  let page = int(sysconf(SC_PAGESIZE))
  max(page, (bytes + page - 1) div page * page)

proc allocOnNode*(bytes: int, node: int): pointer =
  ## `bytes` rounded up to whole pages, zeroed, on `node`; free it with `freeOnNode(p, bytes)`.
  ## Raises ValueError for a node outside 0 ..< MaxNodes and OSError (naming the node) when the kernel refuses,
  ## e.g. a node that does not exist or has no memory.
  if node < 0 or node >= MaxNodes:
    raise newException(ValueError, "NUMA node " & $node & ": expected 0 ..< " & $MaxNodes)
  let length = roundToPages(bytes)
  result = mmap(nil, length, PROT_READ or PROT_WRITE, MAP_PRIVATE or MAP_ANONYMOUS, -1, 0)
  if result == MAP_FAILED:
    raiseOSError(osLastError(), "mmap of " & $length & " bytes for NUMA node " & $node)
  var mask: array[MaxNodes div 64, uint64]
  mask[node div 64] = 1'u64 shl (node mod 64)
  if syscall(sysMbind, result, csize_t(length), cint(MpolBind), addr mask[0], culong(MaxNodes), cuint(0)) != 0:
    let error = osLastError()
    discard munmap(result, length)
    raiseOSError(error, "mbind(MPOL_BIND) to NUMA node " & $node)
  # Fault every page now, under the binding, rather than in whichever thread touches it first.
  let bytesView = cast[ptr UncheckedArray[byte]](result)
  for offset in countup(0, length - 1, int(sysconf(SC_PAGESIZE))):
    bytesView[offset] = 0

proc freeOnNode*(p: pointer, bytes: int) =
  if p != nil: discard munmap(p, roundToPages(bytes))
