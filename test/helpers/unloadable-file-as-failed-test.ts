/**
 * A vitest reporter for mutation runs only: a test file that fails to load counts as one failed test.
 *
 * Stryker's vitest runner (9.6.1) builds a mutant's result from the tests vitest collected. A mutant in a
 * word table or a pattern built at load time can make its module throw on import ("{}" for a table row);
 * every test file importing it then collects no test, and Stryker scores the mutant as survived although the
 * suite cannot even load (stryker-mutator/stryker-js#6150). Giving such a file one failed test carrying its
 * load error makes Stryker score the mutant as killed. A file that loaded is left as it is.
 */
import type { RunnerTask, RunnerTestCase } from "vitest";
import type { Reporter, Vitest } from "vitest/node";

/** Adds a failed "loads" test to each file that failed with no test in it; returns how many it marked. */
export function markUnloadableFiles(files: readonly RunnerTask[]): number {
  let marked = 0;
  for (const file of files) {
    if (file.type !== "suite" || file.result?.state !== "fail" || file.tasks.length > 0) continue;
    const loads = {
      type: "test",
      id: `${file.id}_loads`,
      name: "loads",
      fullName: `${file.name} loads`,
      mode: "run",
      file: file.file,
      suite: file,
      meta: {},
      timeout: 0,
      annotations: [],
      artifacts: [],
      result: { state: "fail", errors: file.result.errors ?? [] },
      // vitest types a test with a context only it can build; nothing reads it once the run is over.
    } as unknown as RunnerTestCase;
    file.tasks.push(loads);
    marked++;
  }
  return marked;
}

export default class UnloadableFileAsFailedTest implements Reporter {
  private vitest: Vitest | null = null;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  // The runner reads the files from vitest's state once the run has ended, so they are marked there.
  onTestRunEnd(): void {
    markUnloadableFiles(this.vitest?.state.getFiles() ?? []);
  }
}
