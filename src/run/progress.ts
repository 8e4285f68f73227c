/**
 * Progress of a run: a bar with an ETA on a terminal; in logs (CI) a plain line every few seconds, since a bar's
 * carriage returns turn into one unreadable line per redraw there.
 */
import cliProgress from 'cli-progress'
import type { Cell } from '../plan/types.js'
import type { Sample } from './types.js'

export interface ProgressReporter {
  /** Matches RunOptions.onProgress, and may be passed as it is (no `this`). */
  update: (done: number, total: number, sample: Sample, cell: Cell) => void
  stop: () => void
}

export interface ProgressOptions {
  isTTY: boolean
  log: (line: string) => void
  /** How often the plain reporter writes a line; default 5 s. */
  intervalMs?: number
  /** Where the bar draws; default process.stderr, so stdout stays clean for the summary. */
  stream?: NodeJS.WritableStream
  now?: () => number
}

const MIN_SAMPLES_FOR_ETA = 3

export function createProgressReporter(options: ProgressOptions): ProgressReporter {
  return options.isTTY ? barReporter(options) : lineReporter(options)
}

function barReporter(options: ProgressOptions): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream: options.stream ?? process.stderr,
      format: 'samples |{bar}| {value}/{total} | ETA {eta_formatted} | invalid {invalid} | {cell}',
      hideCursor: true,
      clearOnComplete: false
    },
    cliProgress.Presets.shades_classic
  )
  let started = false
  let invalid = 0
  return {
    update: (done, total, sample, cell) => {
      if (!sample.valid) invalid++
      if (!started) {
        bar.start(total, 0, { invalid, cell: '' })
        started = true
      }
      bar.update(done, { invalid, cell: cell.key })
    },
    stop: () => {
      if (started) bar.stop()
    }
  }
}

function lineReporter(options: ProgressOptions): ProgressReporter {
  const now = options.now ?? Date.now
  const interval = options.intervalMs ?? 5000
  const startedAt = now()
  let lastLine = startedAt
  let invalid = 0
  let last: { done: number; total: number } | null = null
  let reported = -1
  const write = (done: number, total: number) => {
    const elapsed = (now() - startedAt) / 1000
    // One sample says little about the rest (it carries the first process start and page faults): no ETA before three.
    const left = done >= MIN_SAMPLES_FOR_ETA ? (elapsed / done) * (total - done) : null
    const eta = left === null || done === total ? '' : `, about ${Math.ceil(left)} s left`
    options.log(`progress: ${done}/${total} samples (${Math.floor((100 * done) / total)} %)${eta}, ${invalid} invalid`)
    reported = done
    lastLine = now()
  }
  return {
    update: (done, total, sample) => {
      if (!sample.valid) invalid++
      last = { done, total }
      if (now() - lastLine >= interval || done === total) write(done, total)
    },
    stop: () => {
      if (last !== null && reported !== last.done) write(last.done, last.total)
    }
  }
}
