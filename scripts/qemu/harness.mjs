/**
 * Boots the Debian kernel prepared by scripts/qemu/setup.sh under QEMU TCG with an emulated NUMA topology, runs one
 * shell script inside and returns its stdout, stderr and exit status. The guest sees the host's root read-only (under
 * a tmpfs overlay, see scripts/qemu/init), so it runs the host's node and this checkout unchanged; the job directory is
 * shared read-write at /job for files the script wants to hand back.
 *
 * Timings inside these guests mean nothing (TCG, shared host cores); placement and detection mean everything.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const DEFAULT_CACHE = process.env.NUMA_SPSC_QEMU_CACHE ?? '/var/cache/numa-spsc-bench-qemu'

/** Why the emulated machines cannot run here, or null when they can. */
export function qemuUnavailableReason(cache = DEFAULT_CACHE) {
  const probe = spawnSync('qemu-system-x86_64', ['--version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0)
    return 'qemu-system-x86_64 is not installed (run scripts/qemu/setup.sh as root)'
  for (const file of ['vmlinux', 'initramfs.cpio.gz']) {
    if (!existsSync(join(cache, file))) return `${join(cache, file)} is missing (run scripts/qemu/setup.sh as root)`
  }
  return null
}

function cpuRange(cpus) {
  return cpus.length === 0 ? null : `${cpus[0]}-${cpus[cpus.length - 1]}`
}

/** Checks a topology description and returns the QEMU arguments that build it. */
export function topologyArguments(topology) {
  const { sockets, dies = 1, cores, threads = 1, nodes, distances } = topology
  const cpuCount = sockets * dies * cores * threads
  const assigned = nodes.flatMap((node) => node.cpus)
  if (
    assigned.length !== cpuCount ||
    new Set(assigned).size !== cpuCount ||
    assigned.some((cpu) => cpu < 0 || cpu >= cpuCount)
  ) {
    throw new Error(
      `topology ${topology.name}: nodes must share CPUs 0-${cpuCount - 1} exactly once, got ${assigned.join(',')}`
    )
  }
  for (const node of nodes) {
    const sorted = [...node.cpus].sort((a, b) => a - b)
    if (sorted.some((cpu, index) => index > 0 && cpu !== sorted[index - 1] + 1)) {
      throw new Error(
        `topology ${topology.name}: node ${nodes.indexOf(node)} CPUs must be one range, got ${node.cpus.join(',')}`
      )
    }
  }
  if (distances.length !== nodes.length || distances.some((row) => row.length !== nodes.length)) {
    throw new Error(`topology ${topology.name}: distances must be ${nodes.length}x${nodes.length}`)
  }
  const memoryMiB = nodes.reduce((sum, node) => sum + node.memoryMiB, 0)
  const args = [
    '-smp',
    `${cpuCount},sockets=${sockets},dies=${dies},cores=${cores},threads=${threads}`,
    '-m',
    `${memoryMiB}M`
  ]
  nodes.forEach((node, id) => {
    args.push('-object', `memory-backend-ram,id=m${id},size=${node.memoryMiB}M`)
    const range = cpuRange([...node.cpus].sort((a, b) => a - b))
    // A node without cpus= is a CPU-less memory node.
    args.push('-numa', `node,nodeid=${id},memdev=m${id}${range === null ? '' : `,cpus=${range}`}`)
  })
  distances.forEach((row, source) =>
    row.forEach((value, destination) => {
      if (source !== destination) args.push('-numa', `dist,src=${source},dst=${destination},val=${value}`)
    })
  )
  return args
}

function readText(file) {
  return existsSync(file) ? readFileSync(file, 'utf8') : ''
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * One boot and its serial outputs; outcome is 'finished', 'hung' (no init before bootTimeoutMs) or 'timed-out'
 * (no exit status before bootTimeoutMs + commandTimeoutMs).
 */
async function bootOnce(topology, jobDir, options) {
  const serialDir = mkdtempSync(join(tmpdir(), 'numa-spsc-qemu-serial-'))
  const serial = (name) => join(serialDir, name)
  const args = [
    '-nodefaults',
    '-no-user-config',
    '-display',
    'none',
    '-no-reboot',
    '-machine',
    'pc',
    '-accel',
    'tcg,thread=multi',
    // -cpu max alone presents an AMD CPU without topoext, which hides SMT siblings and dies from the guest.
    '-cpu',
    'max,vendor=GenuineIntel',
    ...topologyArguments(topology),
    '-kernel',
    join(options.cache, 'vmlinux'),
    '-initrd',
    join(options.cache, 'initramfs.cpio.gz'),
    // numa_balancing=disable: the kernel must not migrate pages while the placement checks look at them.
    '-append',
    'console=ttyS0 loglevel=4 panic=-1 numa_balancing=disable mitigations=off tsc=reliable',
    '-virtfs',
    'local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap',
    '-virtfs',
    `local,path=${jobDir},mount_tag=job,security_model=none`,
    '-serial',
    `file:${serial('console')}`,
    '-serial',
    `file:${serial('stdout')}`,
    '-serial',
    `file:${serial('stderr')}`,
    '-serial',
    `file:${serial('status')}`
  ]
  const child = spawn('qemu-system-x86_64', args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let qemuStderr = ''
  child.stderr.on('data', (chunk) => (qemuStderr += chunk))
  let exited = null
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve((exited = { code, signal })))
    // QEMU could not be started at all: reported like a guest that printed no exit status.
    child.on('error', (error) => {
      qemuStderr += error.message
      resolve((exited = { code: null, signal: null }))
    })
  })
  const started = Date.now()
  let outcome = 'finished'
  let finishedAt = null
  for (;;) {
    await Promise.race([exitPromise, sleep(250)])
    if (exited !== null) break
    const status = readText(serial('status'))
    const elapsed = Date.now() - started
    if (!status.includes('init: started') && elapsed > options.bootTimeoutMs) {
      outcome = 'hung'
      break
    }
    if (/exit=\d+/.test(status)) {
      // The job finished; a guest that then fails to power off is stopped, its result is complete.
      finishedAt ??= Date.now()
      if (Date.now() - finishedAt > options.poweroffGraceMs) break
    } else if (elapsed > options.bootTimeoutMs + options.commandTimeoutMs) {
      outcome = 'timed-out'
      break
    }
  }
  if (exited === null) {
    child.kill('SIGKILL')
    await exitPromise
  }
  const result = {
    outcome,
    console: readText(serial('console')),
    stdout: readText(serial('stdout')),
    stderr: readText(serial('stderr')),
    status: readText(serial('status')),
    qemuStderr,
    seconds: (Date.now() - started) / 1000
  }
  rmSync(serialDir, { recursive: true, force: true })
  return result
}

/**
 * Runs `script` (POSIX sh, in options.cwd, by default this process's working directory) on a machine of `topology`.
 * Returns { stdout, stderr, exitCode, console, attempts, seconds, jobDir }; jobDir holds whatever the script wrote to
 * /job and is removed by the caller (removeJob). Throws when the guest hangs on every attempt or the script times out.
 */
export async function runInGuest(topology, script, options = {}) {
  const settings = {
    cache: options.cache ?? DEFAULT_CACHE,
    // Generous: other work may share the host's cores; a healthy boot reaches init in well under a minute.
    bootTimeoutMs: options.bootTimeoutMs ?? 120_000,
    commandTimeoutMs: options.commandTimeoutMs ?? 300_000,
    attempts: options.attempts ?? 3,
    poweroffGraceMs: 20_000
  }
  const cwd = options.cwd ?? process.cwd()
  const jobDir = options.jobDir ?? mkdtempSync(join(tmpdir(), 'numa-spsc-qemu-job-'))
  mkdirSync(join(jobDir, 'tmp'), { recursive: true })
  writeFileSync(
    join(jobDir, 'job.sh'),
    `set -u\nexport TMPDIR=/job/tmp\ncd '${cwd.replaceAll("'", "'\\''")}'\n${script}\n`
  )
  try {
    return await bootUntilInit(topology, jobDir, settings)
  } catch (error) {
    // A job directory made here holds nothing the caller can use once the guest failed.
    if (options.jobDir === undefined) rmSync(jobDir, { recursive: true, force: true })
    throw error
  }
}

async function bootUntilInit(topology, jobDir, settings) {
  const hangs = []
  let seconds = 0
  for (let attempt = 1; attempt <= settings.attempts; attempt++) {
    const boot = await bootOnce(topology, jobDir, settings)
    seconds += boot.seconds
    if (boot.outcome === 'hung') {
      hangs.push(
        `attempt ${attempt}: no init after ${settings.bootTimeoutMs / 1000} s; console tail: ${boot.console.slice(-400)}`
      )
      continue
    }
    const exit = /exit=(\d+)/.exec(boot.status)
    if (boot.outcome === 'timed-out' || exit === null) {
      const why =
        boot.outcome === 'timed-out'
          ? `timed out after ${settings.commandTimeoutMs / 1000} s`
          : 'reported no exit status'
      throw new Error(
        `guest ${topology.name}: the job ${why}; status: ${boot.status.trim()}; qemu: ${boot.qemuStderr.trim()}; ` +
          `stderr tail: ${boot.stderr.slice(-1000)}; console tail: ${boot.console.slice(-1500)}`
      )
    }
    return {
      stdout: boot.stdout,
      stderr: boot.stderr,
      exitCode: Number(exit[1]),
      console: boot.console,
      attempts: attempt,
      seconds,
      jobDir
    }
  }
  throw new Error(`guest ${topology.name}: hung before init on all ${settings.attempts} attempts:\n${hangs.join('\n')}`)
}

export function removeJob(result) {
  rmSync(result.jobDir, { recursive: true, force: true })
}
