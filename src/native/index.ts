export { parseNativeLine, inconsistentResults, NativeOutputError } from './parse.js'
export { buildNative, findNativeSourceDir, NativeBuildError, type BuildOptions, type BuildResult } from './build.js'
export * from './types.js'
