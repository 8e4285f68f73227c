/**
 * The emulated machines of the integration tests and of __fixtures__/qemu-sysfs/. QEMU numbers CPUs with threads
 * fastest, then cores, dies and sockets; Linux keeps that order, so CPU i of the guest is CPU i of this description.
 * Every die has at least 2 cores: with one, QEMU's CPUID leaves give the guest wrong sibling lists.
 */
const symmetric = (size, distanceOf) =>
  Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => (row === column ? 10 : distanceOf(row, column)))
  )

export const TOPOLOGIES = [
  {
    name: 'two-socket',
    sockets: 2,
    cores: 2,
    nodes: [
      { cpus: [0, 1], memoryMiB: 384 },
      { cpus: [2, 3], memoryMiB: 384 }
    ],
    distances: symmetric(2, () => 21)
  },
  {
    name: 'two-socket-smt',
    sockets: 2,
    cores: 2,
    threads: 2,
    nodes: [
      { cpus: [0, 1, 2, 3], memoryMiB: 384 },
      { cpus: [4, 5, 6, 7], memoryMiB: 384 }
    ],
    distances: symmetric(2, () => 21)
  },
  {
    // Like AMD EPYC in NPS2: two nodes per socket, 12 between the halves of a socket, 32 across sockets.
    name: 'two-socket-two-dies',
    sockets: 2,
    dies: 2,
    cores: 2,
    nodes: [0, 1, 2, 3].map((node) => ({ cpus: [2 * node, 2 * node + 1], memoryMiB: 256 })),
    distances: symmetric(4, (a, b) => (Math.floor(a / 2) === Math.floor(b / 2) ? 12 : 32))
  },
  {
    // Four sockets in a ring: neighbours 21, opposite corners 31.
    name: 'four-socket',
    sockets: 4,
    cores: 2,
    nodes: [0, 1, 2, 3].map((node) => ({ cpus: [2 * node, 2 * node + 1], memoryMiB: 256 })),
    distances: symmetric(4, (a, b) => (Math.abs(a - b) === 2 ? 31 : 21))
  },
  {
    // Node 2 has memory and no CPUs, like CXL or HBM memory: a home for the ring that no thread runs on.
    name: 'two-socket-cpuless-node',
    sockets: 2,
    cores: 2,
    nodes: [
      { cpus: [0, 1], memoryMiB: 384 },
      { cpus: [2, 3], memoryMiB: 384 },
      { cpus: [], memoryMiB: 256 }
    ],
    distances: [
      [10, 21, 14],
      [21, 10, 24],
      [14, 24, 10]
    ]
  }
]

/** Where QEMU puts CPU `cpu` of `topology`: its socket, die, core (within the die) and thread. */
export function cpuLocation(topology, cpu) {
  const { dies = 1, cores, threads = 1 } = topology
  return {
    socket: Math.floor(cpu / (threads * cores * dies)),
    die: Math.floor(cpu / (threads * cores)) % dies,
    core: Math.floor(cpu / threads) % cores,
    thread: cpu % threads
  }
}

export function cpuCount(topology) {
  return topology.sockets * (topology.dies ?? 1) * topology.cores * (topology.threads ?? 1)
}
