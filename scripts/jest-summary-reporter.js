// Ends a jest run with one plain "N passed, N failed, N skipped" line, the form CI logs are read by. It goes to
// stderr, after jest's own summary there.
export default class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    process.stderr.write(
      `\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`
    )
  }
}
