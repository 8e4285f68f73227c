#!/usr/bin/env node
/**
 * Regenerates __fixtures__/qemu-sysfs/<topology>/: boots each emulated machine of scripts/qemu/topologies.mjs and
 * copies what src/topology reads (scripts/qemu/capture-sysfs.sh) out of the guest.
 *   node scripts/qemu/capture-fixtures.mjs [topology-name …]     (all topologies when none is named)
 * Needs scripts/qemu/setup.sh to have run (as root).
 */
import { cpSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { qemuUnavailableReason, removeJob, runInGuest } from './harness.mjs'
import { TOPOLOGIES } from './topologies.mjs'

const repository = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const names = process.argv.slice(2)
const unknown = names.filter((name) => !TOPOLOGIES.some((topology) => topology.name === name))
if (unknown.length > 0) {
  console.error(
    `capture-fixtures: unknown topology ${unknown.join(', ')}; expected some of ${TOPOLOGIES.map((t) => t.name).join(', ')}`
  )
  process.exit(2)
}
const unavailable = qemuUnavailableReason()
if (unavailable !== null) {
  console.error(`capture-fixtures: ${unavailable}`)
  process.exit(1)
}
for (const topology of TOPOLOGIES.filter((candidate) => names.length === 0 || names.includes(candidate.name))) {
  const result = await runInGuest(topology, 'sh scripts/qemu/capture-sysfs.sh /job/sysfs', { cwd: repository })
  if (result.exitCode !== 0) {
    console.error(
      `capture-fixtures: ${topology.name}: capture-sysfs.sh exited with ${result.exitCode}: ${result.stderr}`
    )
    process.exit(1)
  }
  const target = join(repository, '__fixtures__', 'qemu-sysfs', topology.name)
  rmSync(target, { recursive: true, force: true })
  cpSync(join(result.jobDir, 'sysfs'), target, { recursive: true })
  removeJob(result)
  console.log(`${topology.name}: ${target} (${result.seconds.toFixed(1)} s, ${result.attempts} boot(s))`)
}
