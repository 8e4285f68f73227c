/**
 * `numa-spsc-bench history`: one machine's stored runs as series of medians over commits, with the change points
 * E-divisive means finds in each.
 */
import { Command, Option } from 'commander'
import {
  historyFingerprint,
  loadTrend,
  SERIES_GROUPINGS,
  TREND_METRICS,
  type SeriesGrouping,
  type StoredTrend,
  type TrendSeries
} from '../baseline/index.js'
import { formatPercent, formatValue, metricName } from '../report/format.js'
import { storeOf, storeOptions, type StoreFlags } from './store.js'

interface HistoryFlags extends StoreFlags {
  fingerprint?: string
  metric?: string[]
  by: SeriesGrouping
  last?: string
  json?: boolean
}

function wholeNumber(flag: string, text: string): number {
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < 2) {
    throw new Error(`${flag}: "${text}" is not a whole number of runs of 2 or more`)
  }
  return value
}

function seriesLine(series: TrendSeries): string[] {
  const where = series.cellKey ?? `${series.subject} ${series.mode} ${series.placementClass}`
  const newest = series.points[series.points.length - 1]
  const lines = [
    `${where}  ${metricName(series.metric)}: ${series.points.length} runs, newest ${formatValue(series.metric, newest.median)}`
  ]
  for (const change of series.changes) {
    lines.push(
      `  change at run ${change.index + 1} (${change.commitSha?.slice(0, 12) ?? 'no commit'}, saved ${change.savedAt}): ` +
        `${formatPercent(change.ratio - 1)}, ${formatValue(series.metric, change.before)} → ` +
        `${formatValue(series.metric, change.after)}, p = ${change.pValue.toFixed(3)}`
    )
  }
  return lines
}

export function renderHistoryText(trend: StoredTrend, storeName: string): string {
  const changes = trend.series.reduce((sum, series) => sum + series.changes.length, 0)
  const lines = [
    `history of ${trend.fingerprint} in ${storeName}: ${trend.runs} stored runs, ${trend.series.length} series, ` +
      `${changes} change point${changes === 1 ? '' : 's'} (E-divisive means, permutation test at 5 %)`,
    ...trend.series.flatMap(seriesLine)
  ]
  return `${lines.join('\n')}\n`
}

export function registerHistoryCommand(program: Command): void {
  storeOptions(
    program
      .command('history')
      .description("one machine's stored runs as medians over commits, with the change points in each series")
  )
    .option('--fingerprint <id>', 'the machine (default: the only one in the store)')
    .option('--metric <name...>', `only these metrics: ${TREND_METRICS.join(', ')}`)
    .addOption(
      new Option('--by <what>', 'one series per placement class or per cell').choices(SERIES_GROUPINGS).default('class')
    )
    .option('--last <n>', 'only the newest n stored runs')
    .option('--json', 'the series as JSON')
    .action(async (flags: HistoryFlags) => {
      const store = storeOf(flags)
      const fingerprint = await historyFingerprint(store, flags.fingerprint)
      if (fingerprint === null) {
        process.stdout.write(`${store.describe()} holds no stored runs yet\n`)
        return
      }
      const trend = await loadTrend(store, fingerprint, {
        grouping: flags.by,
        metrics: flags.metric?.flatMap((name) => name.split(',')),
        last: flags.last === undefined ? undefined : wholeNumber('--last', flags.last)
      })
      process.stdout.write(
        flags.json ? `${JSON.stringify(trend, null, 2)}\n` : renderHistoryText(trend, store.describe())
      )
    })
}
