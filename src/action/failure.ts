/** How the action fails: the step's error (::error::) and the job summary, where reviewers look first. */
import * as core from '@actions/core'

export async function reportFailure(message: string): Promise<void> {
  core.setFailed(message)
  try {
    await core.summary.addHeading('numa-spsc-bench: failed', 3).addCodeBlock(message).write()
  } catch (error) {
    core.warning(`job summary not written: ${(error as Error).message}`)
  }
}
