// ts-jest compiles our TypeScript to ESM so that the ESM-only @actions packages load natively
// (node runs jest with --experimental-vm-modules; see package.json).
export default {
  preset: 'ts-jest/presets/default-esm',
  resolver: 'ts-jest-resolver',
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
  clearMocks: true,
  testTimeout: 60000
}
