/** Types of topologies.mjs for the TypeScript tests. */
export interface EmulatedNode {
  /** One contiguous range of CPU numbers; empty for a CPU-less memory node. */
  cpus: number[]
  memoryMiB: number
}

export interface EmulatedTopology {
  name: string
  sockets: number
  /** Dies per socket; 1 when absent. */
  dies?: number
  /** Cores per die. */
  cores: number
  /** Threads per core; 1 when absent. */
  threads?: number
  nodes: EmulatedNode[]
  /** SLIT distances, node by node. */
  distances: number[][]
}

export interface CpuLocation {
  socket: number
  die: number
  core: number
  thread: number
}

export declare const TOPOLOGIES: EmulatedTopology[]
export declare function cpuLocation(topology: EmulatedTopology, cpu: number): CpuLocation
export declare function cpuCount(topology: EmulatedTopology): number
