/**
 * The action: read inputs once into a Config, run the shared pipeline, and turn its outcome into outputs, a job
 * summary and the step's status. Failing the step is reserved for bad input and an unusable runner (require-numa).
 */
import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildConfig, DEFAULTS, type RawOptions } from './config.js'
import { defaultSeed, detect, invalidCellCount, measure, planFor, requireNumaCapable, type Detected } from './pipeline.js'
import { createProgressReporter, summarizeRun } from './run/index.js'
import { topologyToJson } from './topology/index.js'

function readInputs(): RawOptions {
  const raw: RawOptions = {}
  for (const name of Object.keys(DEFAULTS)) raw[name] = core.getInput(name)
  return raw
}

function setTopologyOutputs(detected: Detected): void {
  const { topology } = detected
  core.setOutput('numa-capable', String(topology.numaCapable))
  core.setOutput('numa-nodes', String(topology.nodes.length))
  core.setOutput('fingerprint', topology.fingerprint)
  core.setOutput('topology-json', JSON.stringify(topologyToJson(topology, detected.classes)))
  if (!topology.numaCapable) {
    core.warning(
      `This runner has ${topology.nodes.filter((node) => node.cpus.length > 0).length} NUMA node(s) with CPUs this ` +
        'job may use: cross-node classes are not available here. Use a multi-socket self-hosted runner for NUMA numbers.'
    )
  }
}

export async function run(): Promise<void> {
  try {
    const config = buildConfig(readInputs())
    const detected = detect(config)
    setTopologyOutputs(detected)
    requireNumaCapable(config, detected)
    const plan = planFor(config, detected, config.seed ?? defaultSeed(process.env.GITHUB_RUN_ID))
    core.info(`Plan: ${plan.cells.length} cells × ${plan.repetitions} repetitions, about ${Math.round(plan.estimatedSeconds)} s`)
    const progress = createProgressReporter({ isTTY: false, log: core.info })
    const measured = await measure(config, detected, plan, {
      buildDir: join(process.env.RUNNER_TEMP ?? tmpdir(), 'numa-spsc-bench-build'),
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      onProgress: progress.update,
      log: core.info
    })
    progress.stop()
    core.setOutput('results-path', measured.resultsPath)
    core.setOutput('invalid-cells', String(invalidCellCount(measured.results)))
    const summary = summarizeRun(measured.results)
    core.info(summary)
    await core.summary.addCodeBlock(summary).write()
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
