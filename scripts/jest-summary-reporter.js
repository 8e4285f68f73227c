// Ends a jest run with one plain "N passed, N failed, N skipped" line, the form CI logs are read by. It is written at
// process exit so that it comes after jest's own summary.
export default class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`
    process.once('exit', () => process.stderr.write(line))
  }
}
