import type { SerializedError } from "vitest";
import type { Reporter, TestModule } from "vitest/node";

/** Prints the one plain line CI reads: `N passed, N failed[, N skipped]`. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      // A file that fails to load has no tests but must still count as a failure.
      if (mod.state() === "failed" && ![...mod.children.allTests()].some((t) => t.result().state === "failed"))
        failed++;
    }
    // Unhandled errors (including type errors from the typecheck pass) fail the run too.
    failed += unhandledErrors.length;
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
  }
}
