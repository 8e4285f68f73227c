/**
 * Whether a run may write the baseline. A baseline decides what later PRs are measured against, so only runs of code
 * that is already trusted may write it: a pull request's code could otherwise lower the bar for itself (a slow
 * baseline hides its regression) and, from a fork, write to the repository at all.
 */
import { branchName } from './record.js'

export type SaveSetting = 'auto' | 'true' | 'false'

export interface SaveDecision {
  save: boolean
  /** The reason in words, for the log and the report. */
  why: string
}

/** Events that run code already on the repository's branches. */
const TRUSTED_EVENTS = new Set(['schedule', 'workflow_dispatch'])

/** The local CLI: the user's own machine and choice. */
export const LOCAL_EVENT = 'local'

export function isPullRequestEvent(eventName: string): boolean {
  return eventName.startsWith('pull_request')
}

/**
 * setting "auto" saves on trusted events only: a push to the default branch, schedule, workflow_dispatch. "true" also
 * saves on other events (e.g. a push to any branch), "false" never. No setting saves from a pull request event.
 * The push check needs the pushed ref and the default branch; without them a push is not trusted.
 */
export function shouldSaveBaseline(
  setting: SaveSetting,
  eventName: string,
  push: { ref?: string | null; defaultBranch?: string | null } = {}
): SaveDecision {
  if (isPullRequestEvent(eventName)) {
    return {
      save: false,
      why:
        `not saved: ${eventName} events never write the baseline (save-baseline: ${setting}), because a pull ` +
        "request's code would set the bar it is measured against"
    }
  }
  if (setting === 'false') return { save: false, why: 'not saved: save-baseline is false' }
  if (setting === 'true') return { save: true, why: `saved: save-baseline is true (${eventName} event)` }
  if (TRUSTED_EVENTS.has(eventName)) return { save: true, why: `saved: ${eventName} is a trusted event` }
  if (eventName === LOCAL_EVENT)
    return { save: false, why: 'not saved: a local run saves only when asked (save-baseline: true)' }
  if (eventName === 'push') {
    if (!push.ref || !push.defaultBranch) {
      return {
        save: false,
        why: 'not saved: push event without a known ref and default branch, so it cannot be told trusted'
      }
    }
    const pushed = branchName(push.ref)
    return pushed === push.defaultBranch
      ? { save: true, why: `saved: push to the default branch ${push.defaultBranch}` }
      : {
          save: false,
          why: `not saved: push to ${pushed}, not the default branch ${push.defaultBranch} (save-baseline: true saves it)`
        }
  }
  return {
    save: false,
    why: `not saved: ${eventName} is not a trusted event (push to the default branch, schedule, workflow_dispatch)`
  }
}
