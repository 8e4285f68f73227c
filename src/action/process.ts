/**
 * The action's ProcessRunner: each external program (make, cc, subject-build) in a collapsible log group with its
 * output streamed live. It runs through run/process.ts rather than @actions/exec, which cannot start a program in a
 * process group of its own, give its pid, or time it out: a cancelled job or a hung build must take the whole group.
 */
import * as core from '@actions/core'
import { runInGroup, type ProcessRunner } from '../run/process.js'

export const actionProcessRunner: ProcessRunner = {
  run: (command, args, options) =>
    core.group(options.label ?? command, () =>
      runInGroup(command, args, { ...options, onOutput: (chunk) => process.stdout.write(chunk) })
    )
}
