import { readTopology } from '../topology/index.js'
import { diagnose, doctorExitCode, type Finding } from './checks.js'
import { takeReadings, type ReadingOptions } from './readings.js'

export {
  diagnose,
  doctorExitCode,
  proposedIsolation,
  DOCTOR_EXIT,
  type CpuQuota,
  type DoctorReadings,
  type Finding
} from './checks.js'
export { takeReadings, type CommandProbe, type ReadingOptions } from './readings.js'

const MARK: Record<Finding['severity'], string> = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL' }
const VERDICT = ['ready', 'usable with warnings', 'unusable'] as const

/**
 * Reads the machine under `root`, prints each finding with its fix and returns the exit status:
 * 0 ready, 1 usable with warnings, 2 unusable (DOCTOR_EXIT).
 */
export function runDoctor(root: string, print: (line: string) => void, options: ReadingOptions = {}): number {
  const findings = diagnose(takeReadings(readTopology(root), root, options))
  for (const finding of findings) {
    print(`${MARK[finding.severity]} ${finding.check}: ${finding.message}`)
    if (finding.fix !== undefined) print(`     fix: ${finding.fix}`)
  }
  const exitCode = doctorExitCode(findings)
  print('')
  print(`verdict: ${VERDICT[exitCode]} (exit status ${exitCode})`)
  return exitCode
}
