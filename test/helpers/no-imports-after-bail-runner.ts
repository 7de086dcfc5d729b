/**
 * vitest's test runner for mutation runs only: once a run has stopped at its first failed test (bail), the test
 * files still queued are not imported.
 *
 * A mutant's run shares one worker between its test files (see mutation-sequencer.ts), and that worker goes on
 * to import every remaining file after a bail, only to skip its tests: most of the cost of a killed mutant. A file left unimported collects no test, so it adds nothing to the mutant's result (the config lets a
 * file with no test pass); the mutant was already killed by the failure that stopped the run.
 */
import { VitestTestRunner } from "vitest/runners";

type CancelReason = Parameters<VitestTestRunner["cancel"]>[0];

export default class NoImportsAfterBailRunner extends VitestTestRunner {
  private stoppedByFailure = false;

  override cancel(reason: CancelReason): void {
    if (reason === "test-failure") this.stoppedByFailure = true;
    super.cancel(reason);
  }

  override importFile(filepath: string, source: "collect" | "setup"): unknown {
    if (this.stoppedByFailure && source === "collect") return Promise.resolve();
    return super.importFile(filepath, source);
  }
}
