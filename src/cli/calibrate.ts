/**
 * `numa-spsc-bench calibrate`: what the A/B gate can and cannot see on this runner, measured with the same machinery
 * as `ab`: A/A rounds for its false alarms, rounds whose head does known extra work for its detection power.
 */
import { Command } from 'commander'
import { parseArgsStringToArgv } from 'string-argv'
import { renderCalibrationText, runCalibration } from '../ab/calibrate.js'
import type { AbOptions } from '../ab/index.js'
import { buildConfig, DEFAULTS } from '../config.js'
import { defaultSeed } from '../pipeline.js'
import { buildNative, findNativeSourceDir } from '../native/index.js'
import { defaultBuildDir } from '../native/build.js'
import { formatSeconds } from '../plan/index.js'
import { stopOnSignals } from '../run/process.js'
import { placementClasses, readTopology } from '../topology/index.js'

/**
 * Extra work of the injected rounds when none is given: one iteration, the smallest injection the driver has. What it
 * costs depends on the cell (on the development VM: nothing measurable in a two-thread cell moving 1-3 M msg/s under
 * load, 0-40 % of a same-thread cell moving 700 M msg/s), so the rounds report the change they measured.
 */
export const DEFAULT_EXTRA_WORK = 1
export const DEFAULT_ROUNDS = 10

interface CalibrateFlags {
  budget: string
  subjectCommand?: string
  subjectBuild?: string
  rounds: string
  extraWork: string
  classes?: string
  paddings: string
  modes: string
  messages?: string
  seed?: string
  threshold: string
  alpha: string
  json?: boolean
  sysfsRoot: string
}

function wholeNumber(name: string, text: string, least: number): number {
  if (!/^\d{1,9}$/.test(text) || Number(text) < least) {
    throw new Error(`--${name}: "${text}" is not a whole number of at least ${least}`)
  }
  return Number(text)
}

export function registerCalibrateCommand(program: Command): void {
  program
    .command('calibrate')
    .description('what the A/B gate can see on this runner: false alarms in A/A rounds, detection of injected work')
    .option('--budget <time>', 'measuring time of all rounds together, e.g. 10m', '10m')
    .option(
      '--subject-command <command>',
      'subject to calibrate with; it must accept --extra-work N before the protocol options (default: the native driver)'
    )
    .option('--subject-build <command>', 'builds the subject, run once before the rounds')
    .option('--rounds <n>', 'A/A rounds, and as many injected rounds, alternating', String(DEFAULT_ROUNDS))
    .option(
      '--extra-work <n>',
      'iterations of per-message work the injected head does in its producer',
      String(DEFAULT_EXTRA_WORK)
    )
    .option('--classes <list>', 'placement classes to run (comma-separated)')
    .option('--paddings <list>', 'index separations in bytes (subject cells take the largest)', DEFAULTS.paddings)
    .option('--modes <list>', 'throughput, pingpong, same-thread', DEFAULTS.modes)
    .option(
      '--messages <n>',
      'timed messages per sample in every mode (default: 1M throughput, 100k pingpong, 5M same-thread)'
    )
    .option('--seed <n>', 'seed of the first round (default: the clock)')
    .option('--threshold <fraction>', 'the gate threshold to calibrate', DEFAULTS.threshold)
    .option('--alpha <p>', 'the gate significance level to calibrate', DEFAULTS.alpha)
    .option('--json', 'print {rounds: {aa, injected}, metrics: [...], recommendedThreshold} instead of the table')
    .option('--sysfs-root <dir>', 'root holding sys/ and proc/', '/')
    .action(async (flags: CalibrateFlags) => {
      const log = (line: string) => process.stderr.write(`${line}\n`)
      const config = buildConfig({
        budget: flags.budget,
        classes: flags.classes,
        paddings: flags.paddings,
        modes: flags.modes,
        messages: flags.messages,
        seed: flags.seed,
        threshold: flags.threshold,
        alpha: flags.alpha
      })
      const budgetSeconds = config.budgetSeconds
      const roundsEach = wholeNumber('rounds', flags.rounds, 1)
      const extraWork = wholeNumber('extra-work', flags.extraWork, 1)
      const topology = readTopology(flags.sysfsRoot)
      const stop = stopOnSignals(log)
      try {
        const command =
          flags.subjectCommand === undefined
            ? [
                (
                  await buildNative({
                    sourceDir: findNativeSourceDir(import.meta.url),
                    buildDir: defaultBuildDir(),
                    signal: stop.signal
                  })
                ).binary
              ]
            : parseArgsStringToArgv(flags.subjectCommand)
        const build = flags.subjectBuild === undefined ? null : parseArgsStringToArgv(flags.subjectBuild)
        const side = { command, build, cwd: process.cwd() }
        const options: AbOptions = {
          base: side,
          head: side,
          budgetSeconds,
          classes: config.classes,
          paddings: config.paddings,
          modes: config.modes,
          seed: config.seed ?? defaultSeed(),
          withReference: false,
          alpha: config.alpha,
          threshold: config.threshold,
          messages: config.messages
        }
        log(
          `calibrate: ${roundsEach} A/A and ${roundsEach} injected rounds (--extra-work ${extraWork}), ` +
            `${formatSeconds(budgetSeconds / (2 * roundsEach))} each`
        )
        const calibration = await runCalibration(
          options,
          { roundsEach, extraWork },
          { topology, classes: placementClasses(topology), signal: stop.signal, log }
        )
        process.stdout.write(
          flags.json ? `${JSON.stringify(calibration, null, 2)}\n` : renderCalibrationText(calibration)
        )
      } finally {
        stop.dispose()
      }
      const signalExit = stop.exitCode()
      if (signalExit !== null) process.exitCode = signalExit
    })
}
