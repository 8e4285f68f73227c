/** What an export reports of one stored run: each cell's median and its 95 % CI, per compared metric. */
import type { BaselineRecord } from '../baseline/types.js'
import type { Cell } from '../plan/types.js'
import { cellMetricValues, COMPARED_METRICS, type MetricDefinition } from '../stats/metrics.js'
import { summarize } from '../stats/summary.js'
import type { Summary } from '../stats/types.js'

export interface Measurement {
  cell: Cell
  metric: MetricDefinition
  summary: Summary
}

/** Every (cell, metric) of the run with at least one usable sample; A/B base cells are left out (the head is the run). */
export function measurementsOf(record: BaselineRecord): Measurement[] {
  return record.results.cells.flatMap((result) =>
    result.cell.variant === 'base'
      ? []
      : COMPARED_METRICS[result.cell.mode].flatMap((metric) => {
          const { values } = cellMetricValues(result, metric)
          return values.length === 0 ? [] : [{ cell: result.cell, metric, summary: summarize(values) }]
        })
  )
}

/** The unit a metric's values are in, as the driver measures them. */
export function unitOf(metric: MetricDefinition): string {
  return metric.name === 'messagesPerSecond' ? 'messages/s' : 'ns'
}
