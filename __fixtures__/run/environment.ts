import type { Environment } from '../../src/run/types.js'

/** The environment a test's results file records: a quiet virtual machine with nothing set that moves numbers. */
export function testEnvironment(overrides: Partial<Environment> = {}): Environment {
  return {
    hostname: 'box',
    kernel: '6.1.0',
    cpuModel: null,
    virtualized: true,
    governor: null,
    numaBalancing: null,
    transparentHugepages: 'madvise',
    compiler: 'cc',
    compilerFlags: '-O2',
    loadAverageStart: [0, 0, 0],
    loadAverageEnd: [0, 0, 0],
    gitCommit: null,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:01:00.000Z',
    ...overrides
  }
}
