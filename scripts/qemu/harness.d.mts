/** Types of harness.mjs for the TypeScript tests. */
import type { EmulatedTopology } from './topologies.mjs'

export declare const DEFAULT_CACHE: string

export interface GuestOptions {
  /** Directory holding vmlinux and initramfs.cpio.gz (scripts/qemu/setup.sh). */
  cache?: string
  /** A boot that has not reached init by then is killed and retried. */
  bootTimeoutMs?: number
  /** Time the script may take after init started; past it the guest is killed and runInGuest throws. */
  commandTimeoutMs?: number
  /** Boots tried before a hang before init becomes an error. */
  attempts?: number
  /** Working directory of the script in the guest (the host's path: the guest sees the host's root). */
  cwd?: string
  /** Shared read-write at /job; a fresh temporary directory when absent. */
  jobDir?: string
}

export interface GuestResult {
  stdout: string
  stderr: string
  exitCode: number
  /** Kernel messages (ttyS0) of the successful boot. */
  console: string
  /** Boots it took, hangs included. */
  attempts: number
  /** Wall-clock seconds of all boots. */
  seconds: number
  /** What the script left in /job. */
  jobDir: string
}

export declare function qemuUnavailableReason(cache?: string): string | null
export declare function topologyArguments(topology: EmulatedTopology): string[]
export declare function runInGuest(
  topology: EmulatedTopology,
  script: string,
  options?: GuestOptions
): Promise<GuestResult>
export declare function removeJob(result: GuestResult): void
