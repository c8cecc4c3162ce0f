// Prints the plain closing line CI reads ("jest: N passed, N failed, N skipped") as the very last
// line of the run, after jest's own summary.
const fs = require('fs');

class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    const line = `jest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`;
    process.once('exit', () => fs.writeSync(2, line));
  }
}
module.exports = ClosingLineReporter;
