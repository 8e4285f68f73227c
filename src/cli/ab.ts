/**
 * `numa-spsc-bench ab`: base and head of the user's channel measured in the same run, interleaved in blocks, and
 * judged pair by pair. Every flag is checked before anything is built.
 */
import { Command } from 'commander'
import { resolve } from 'node:path'
import { calibrationForReport, readCalibrationFile } from '../ab/calibrate.js'
import { abJson, measureAb, planAb, writeAbOutputs, type AbOptions, type AbOutcome } from '../ab/index.js'
import { buildConfig, DEFAULTS, FAIL_ON, type FailOn } from '../config.js'
import { defaultSeed } from '../pipeline.js'
import { formatSeconds } from '../plan/index.js'
import { createProgressReporter } from '../run/index.js'
import { stopOnSignals } from '../run/process.js'
import { placementClasses, readTopology } from '../topology/index.js'
import { parseArgsStringToArgv } from 'string-argv'
import { alignColumns } from '../common/text.js'

/** Exit status of `ab` on a regression with --fail-on regression. */
const EXIT_REGRESSION = 1

interface AbFlags {
  baseCommand: string
  headCommand: string
  baseBuild?: string
  headBuild?: string
  baseCwd?: string
  headCwd?: string
  budget: string
  classes?: string
  paddings: string
  modes: string
  seed?: string
  messages?: string
  out: string
  json?: boolean
  failOn: string
  withReference?: boolean
  threshold: string
  alpha: string
  sysfsRoot: string
  calibration?: string
}

export function registerAbCommand(program: Command): void {
  program
    .command('ab')
    .description('measure base and head of your channel in the same run and judge head against base, pair by pair')
    .requiredOption('--base-command <command>', 'subject command of the base (e.g. the merge-base build)')
    .requiredOption('--head-command <command>', 'subject command of the head (the change under test)')
    .option('--base-build <command>', 'builds the base, run once in --base-cwd before measuring')
    .option('--head-build <command>', 'builds the head, run once in --head-cwd before measuring')
    .option('--base-cwd <dir>', 'directory the base build and command run in (default: here)')
    .option('--head-cwd <dir>', 'directory the head build and command run in (default: here)')
    // 90 s, not DEFAULTS.budget (5m): a local A/B is a quick look; the action's budget input stays 5m.
    .option('--budget <time>', 'measuring time, e.g. 90s, 5m; blocks repeat until it is spent', '90s')
    .option('--classes <list>', 'placement classes to run (comma-separated)')
    .option('--paddings <list>', 'index separations in bytes (subject cells take the largest)', DEFAULTS.paddings)
    .option('--modes <list>', 'throughput, pingpong, same-thread', DEFAULTS.modes)
    .option('--seed <n>', 'seed of the block orders (default: the clock)')
    .option(
      '--messages <n>',
      'timed messages per sample in every mode (default: 1M throughput, 100k pingpong, 5M same-thread)'
    )
    .option('--with-reference', "also measure the reference ring's cells, as context")
    .option('--out <dir>', 'where results.json, comparison.json and report.md go', 'numa-spsc-bench-ab')
    .option('--json', 'print {verdict, reason, alpha, threshold, blocks, cells} instead of the table')
    .option('--fail-on <verdict>', `exit 1 on a regression, or never (${FAIL_ON.join('|')})`, 'regression')
    .option('--threshold <fraction>', 'smallest relative change that counts', DEFAULTS.threshold)
    .option('--alpha <p>', 'significance level after Holm across cells and metrics', DEFAULTS.alpha)
    .option(
      '--calibration <file>',
      "a calibrate --json output: report.md cites this runner's false alarms and detections"
    )
    .option('--sysfs-root <dir>', 'root holding sys/ and proc/', '/')
    .addHelpText(
      'after',
      `
Identical commands are allowed: that is an A/A run, and its verdict should be no-change or inconclusive. A change
counts only when the Holm-adjusted p-value of the Wilcoxon signed-rank test on the per-block head/base log ratios
is below --alpha and the whole confidence interval of the ratio lies beyond --threshold on one side.
Verdicts: regression, improvement, no-change, inconclusive. Exit status: 1 on a regression with --fail-on
regression, 2 on an error, else 0.`
    )
    .action(async (flags: AbFlags) => {
      const log = (line: string) => process.stderr.write(`${line}\n`)
      const { options, failOn } = abOptionsOf(flags)
      const calibration =
        flags.calibration === undefined ? undefined : calibrationForReport(readCalibrationFile(flags.calibration))
      const topology = readTopology(flags.sysfsRoot)
      const plan = planAb(topology, placementClasses(topology), options)
      log(
        `ab: ${plan.cells.length} cells (base and head), at least ${plan.repetitions} blocks, ` +
          `measuring for ${formatSeconds(options.budgetSeconds)}`
      )
      const stop = stopOnSignals(log)
      const progress = createProgressReporter({ isTTY: Boolean(process.stderr.isTTY), log })
      let outcome: AbOutcome
      try {
        outcome = await measureAb(plan, options, { topology, signal: stop.signal, onProgress: progress.update, log })
      } finally {
        progress.stop()
        stop.dispose()
      }
      const paths = writeAbOutputs(flags.out, outcome, calibration)
      log(`results: ${paths.results}\ncomparison: ${paths.comparison}\nreport: ${paths.report}`)
      process.stdout.write(
        flags.json ? `${JSON.stringify(abJson(outcome.comparison), null, 2)}\n` : renderAbText(outcome)
      )
      const signalExit = stop.exitCode()
      if (signalExit !== null) process.exitCode = signalExit
      else if (failOn === 'regression' && outcome.comparison.verdict === 'regression')
        process.exitCode = EXIT_REGRESSION
    })
}

/** Every flag checked (through config.ts, so errors name the input, the value and the form) before any build. */
export function abOptionsOf(flags: AbFlags): { options: AbOptions; failOn: FailOn } {
  const config = buildConfig({
    budget: flags.budget,
    classes: flags.classes,
    paddings: flags.paddings,
    modes: flags.modes,
    seed: flags.seed,
    messages: flags.messages,
    'fail-on': flags.failOn,
    threshold: flags.threshold,
    alpha: flags.alpha
  })
  const budgetSeconds = config.budgetSeconds
  const variant = (name: 'base' | 'head', command: string, build: string | undefined, cwd: string | undefined) => {
    const argv = parseArgsStringToArgv(command)
    if (argv.length === 0) throw new Error(`--${name}-command: "${command}" is empty; expected the subject command`)
    const buildArgv = build === undefined ? [] : parseArgsStringToArgv(build)
    return { command: argv, build: buildArgv.length === 0 ? null : buildArgv, cwd: resolve(cwd ?? '.') }
  }
  return {
    failOn: config.failOn,
    options: {
      base: variant('base', flags.baseCommand, flags.baseBuild, flags.baseCwd),
      head: variant('head', flags.headCommand, flags.headBuild, flags.headCwd),
      budgetSeconds,
      classes: config.classes,
      paddings: config.paddings,
      modes: config.modes,
      seed: config.seed ?? defaultSeed(),
      withReference: flags.withReference === true,
      alpha: config.alpha,
      threshold: config.threshold,
      messages: config.messages
    }
  }
}

function number(value: number | null): string {
  if (value === null) return '-'
  return Math.abs(value) >= 1e4 ? value.toExponential(3) : String(Number(value.toPrecision(4)))
}

/** The per-cell table (head against base) and the verdict line. */
function renderAbText(outcome: AbOutcome): string {
  const json = abJson(outcome.comparison)
  const rows = [['verdict', 'cell', 'metric', 'base', 'head', 'head/base', '95% CI', 'p (Holm)']]
  for (const cell of json.cells) {
    rows.push([
      cell.verdict,
      cell.key,
      cell.metric,
      number(cell.baseMedian),
      number(cell.headMedian),
      number(cell.ratio),
      cell.ratioCi === null ? '-' : `[${number(cell.ratioCi[0])}, ${number(cell.ratioCi[1])}]`,
      cell.pValue === null ? (cell.reason ?? '-') : `${number(cell.pValue)} (${number(cell.adjustedP)})`
    ])
  }
  const table = alignColumns(rows)
  const stopped = outcome.results.stoppedEarly
  const lines = [
    ...table,
    '',
    `verdict: ${json.verdict}${json.reason === null ? '' : `: ${json.reason}`} (same-run A/B, ${json.blocks} blocks, ` +
      `alpha ${json.alpha}, threshold ${number(json.threshold * 100)} %)`
  ]
  if (stopped !== null) lines.push(`stopped early (${stopped.reason}): ${stopped.detail}`)
  return `${lines.join('\n')}\n`
}
