import { defineConfig } from "vitest/config";
import { createMutationSequencer } from "./test/helpers/mutation-sequencer.ts";

const mutationSequencer = createMutationSequencer();

// Mutation testing (`npm run mutation`) runs only the pure-core tests that reach a mutated file: they need
// no database or local servers, so each mutant's run stays short. A static mutant (a word table, a pattern
// built when the module loads) reruns every test listed here, so tests that import none of the mutated
// files (parsing, documents, input limits) are left out. The linear-time tests measure speed on
// half-megabyte pastes: they take a minute, time out on an instrumented build, and a behaviour test is what
// kills a changed rule. The corpus floors (every gold fixture folder, the real-language corpus, the terms
// transcripts, the review floors over hundreds of chats) are regression floors, not unit tests: they cost a
// third of each pass (every static mutant pays it again) and a changed rule is killed by the unit tables
// first. They still run in `npm test`.
export default defineConfig({
  test: {
    // A test file whose import a mutant breaks counts as a failed test (see the reporter for why).
    // The sequencer's reporter records which files failed under which mutated file, for its order.
    reporters: ["default", "./test/helpers/unloadable-file-as-failed-test.ts", mutationSequencer.reporter],
    // Files likeliest to kill first; a mutant's run shares one fresh worker between its files, the coverage run
    // isolates each file (see test/helpers/mutation-sequencer.ts).
    sequence: { sequencer: mutationSequencer.sequencer },
    // After the first failure (Stryker's bail) the files still queued are not imported: the mutant is killed.
    // Such a file collects no test, which must not count as a failure of its own.
    runner: "./test/helpers/no-imports-after-bail-runner.ts",
    passWithNoTests: true,
    // An instrumented build on two busy cores runs the property tests several times slower; vitest's 5 s limit
    // would fail them in Stryker's first run, or score a mutant killed by a slow machine. Stryker times each
    // mutant itself (reported as a timeout), so vitest's own limit only has to be out of its way.
    testTimeout: 60_000,
    include: ["test/core/**/*.test.ts"],
    exclude: [
      "test/core/parse/**",
      "test/core/documents/**",
      "test/core/input.test.ts",
      "test/core/normalize-text.test.ts",
      "test/core/extract/linear-time.test.ts",
      "test/core/extract/regression.test.ts",
      "test/core/extract/real-corpus.test.ts",
      "test/core/extract/terms-transcripts.test.ts",
      "test/core/review/review-draft.test.ts",
    ],
  },
});
