import type { BaselineStore, HistoryRecord, LoadedBaseline } from './types.js'

/** Baseline runs the run-to-run spread is learnt from: enough to see runs wander, few enough to follow a changed runner. */
export const SPREAD_HISTORY_RUNS = 5

/**
 * The recent runs of this hardware a comparison learns its run-to-run spread from: the newest SPREAD_HISTORY_RUNS
 * records on the branch the baseline was looked up on (any branch when null), always including the baseline itself,
 * which a merge-base lookup may have found further back.
 */
export async function spreadHistory(
  store: BaselineStore,
  fingerprint: string,
  branch: string | null,
  baseline: LoadedBaseline
): Promise<HistoryRecord[]> {
  const history = await store.history(fingerprint, { branch }, SPREAD_HISTORY_RUNS)
  return history.some((entry) => entry.location === baseline.location)
    ? history
    : [...history, { record: baseline.record, location: baseline.location }]
}
