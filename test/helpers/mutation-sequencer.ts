/**
 * How vitest runs the test files of a mutation run (the mutation config only): which file comes first, and whether
 * the files of a run share one worker.
 *
 * Order: the files likeliest to fail under a mutant, per second they take, run first.
 *
 * Stryker stops a mutant's run at the first failed test (vitest's bail), so a killed mutant costs only the files
 * run before the one that kills it. vitest's own order puts the slowest files first, and a static mutant (a word
 * table, a pattern built at load) runs every file that reaches its module, so a kill by a small unit-table file
 * often waited behind the slow ones. The order changes no result: a mutant that survives still runs every file,
 * and a killed one is killed by whichever failing file comes first.
 *
 * The order is learnt within one runner process, per mutated file: how often each test file failed when it ran
 * (a file that imports the mutated module itself starts a little likelier) and how long it took.
 *
 * Sharing: see `isolateOnlyTheCoverageRun`.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { TestModule } from "vitest/node";
import { BaseSequencer, type TestSpecification, type Vitest } from "vitest/node";

type FileRecord = { runs: number; kills: number; seconds?: number };

/** A file never timed yet is taken as this slow: the mean file of the mutation set takes about this long. */
const unknownSeconds = 0.5;
/** Fixed cost of one file (its setup and collection) added to its test time, so no file counts as free. */
const fileOverheadSeconds = 0.05;
/** Prior chance that a file fails under a mutant before it has been seen to: higher for a direct importer. */
const directPrior = 0.5;
const indirectPrior = 0.1;

const importPattern = /from\s+["']([^"']+)["']/g;

/** Whether `testFile` imports one of `modules` by a relative path (extensions ignored). */
function importsDirectly(
  testFile: string,
  modules: readonly string[],
  cache: Map<string, string[]>,
): boolean {
  let imported = cache.get(testFile);
  if (!imported) {
    let text = "";
    try {
      text = readFileSync(testFile, "utf8");
    } catch {
      // An unreadable file gets no import boost; vitest reports the file itself.
    }
    imported = [...text.matchAll(importPattern)]
      .map((match) => match[1] ?? "")
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => withoutExtension(resolve(dirname(testFile), specifier)));
    cache.set(testFile, imported);
  }
  return modules.some((module) => imported.includes(withoutExtension(module)));
}

const withoutExtension = (path: string) => path.replace(/\.[cm]?[jt]sx?$/, "");

/** A sequencer class and the reporter that feeds it what each run showed; both share one record. */
export function createMutationSequencer() {
  // related files of the current run (the mutated file) -> test file -> what it did under those mutants
  const records = new Map<string, Map<string, FileRecord>>();
  const importCache = new Map<string, string[]>();
  let currentKey = "";

  const recordsFor = (key: string) => {
    let forKey = records.get(key);
    if (!forKey) {
      forKey = new Map();
      records.set(key, forKey);
    }
    return forKey;
  };

  class MutationSequencer extends BaseSequencer {
    constructor(private readonly vitest: Vitest) {
      super(vitest);
    }

    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      this.isolateOnlyTheCoverageRun();
      const related = (this.vitest.config.related ?? []).map((file) =>
        resolve(this.vitest.config.root, file),
      );
      currentKey = related.join("\n");
      const forKey = recordsFor(currentKey);
      const rate = (file: TestSpecification) => {
        const seen = forKey.get(file.moduleId);
        const prior = importsDirectly(file.moduleId, related, importCache) ? directPrior : indirectPrior;
        const chance = ((seen?.kills ?? 0) + prior) / ((seen?.runs ?? 0) + 1);
        const seconds = (seen?.seconds ?? this.cachedSeconds(file)) + fileOverheadSeconds;
        return chance / seconds;
      };
      const rates = new Map(files.map((file) => [file, rate(file)]));
      return [...files].sort((a, b) => (rates.get(b) ?? 0) - (rates.get(a) ?? 0));
    }

    /**
     * A mutant's run shares one worker between its test files: each run starts a fresh worker, so every module,
     * word tables and load-time patterns included, is still evaluated anew under the mutant, but once per run
     * instead of once per file (a pass of the mutation tests: about 28 s isolated, 5 to 8 s shared). Stryker's
     * first run, which records which tests reach which mutant, keeps each file in a worker of its own: the core
     * remembers recent answers (money of a sentence, built patterns), and a file reading another file's
     * remembered answer would not be recorded as reaching the code behind it, so the mutant's run would leave it out.
     */
    private isolateOnlyTheCoverageRun(): void {
      const mode = (this.vitest.getProvidedContext() as { mode?: unknown }).mode;
      for (const project of this.vitest.projects) project.config.isolate = mode !== "mutant";
    }

    /** The duration vitest kept from an earlier run of the file, or a guess for a file never run. */
    private cachedSeconds(file: TestSpecification): number {
      const key = `${file.project.name}:${file.moduleId.slice(this.vitest.config.root.length + 1)}`;
      const cached = this.vitest.cache.getFileTestResults(key);
      return cached ? cached.duration / 1000 : unknownSeconds;
    }
  }

  const reporter = {
    onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
      const forKey = recordsFor(currentKey);
      for (const module of testModules) {
        const state = module.state();
        if (state !== "passed" && state !== "failed") continue;
        const seen = forKey.get(module.moduleId) ?? { runs: 0, kills: 0 };
        seen.runs++;
        if (state === "failed") seen.kills++;
        // A file stopped by the first failure took less than a full run: only a passing file is timed.
        else {
          const took = module.diagnostic();
          seen.seconds = (took.collectDuration + took.setupDuration + took.duration) / 1000;
        }
        forKey.set(module.moduleId, seen);
      }
    },
  };

  return { sequencer: MutationSequencer, reporter };
}
