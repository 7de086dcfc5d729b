/** The mutation run's test file order: likeliest killers per second first, learnt per mutated file; isolation per run. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TestModule, TestSpecification, Vitest } from "vitest/node";
import { createMutationSequencer } from "../helpers/mutation-sequencer.ts";

const root = mkdtempSync(join(tmpdir(), "mutation-sequencer-"));
mkdirSync(join(root, "src"), { recursive: true });
mkdirSync(join(root, "test"), { recursive: true });
const units = join(root, "src/units.ts");
const money = join(root, "src/money.ts");

/** A test file on disk importing `imports` (paths under src/), so the direct-import check can read it. */
function testFile(name: string, imports: string[]): string {
  const path = join(root, "test", name);
  writeFileSync(path, imports.map((module) => `import { x } from "../src/${module}";\n`).join(""));
  return path;
}

const project = { name: "", config: { isolate: true } };

function fakeVitest(seconds: Record<string, number>) {
  const vitest = {
    config: { root, related: undefined as string[] | undefined },
    projects: [project],
    provided: { mode: undefined as string | undefined },
    getProvidedContext() {
      return this.provided;
    },
    cache: {
      getFileTestResults: (key: string) => {
        const name = key.split("/").pop() ?? "";
        return name in seconds ? { duration: (seconds[name] ?? 0) * 1000, failed: false } : undefined;
      },
    },
  };
  return vitest;
}

const spec = (moduleId: string) => ({ moduleId, project }) as unknown as TestSpecification;

function ran(moduleId: string, state: "passed" | "failed", seconds = 0.1): TestModule {
  return {
    moduleId,
    state: () => state,
    diagnostic: () => ({ collectDuration: 0, setupDuration: 0, duration: seconds * 1000 }),
  } as unknown as TestModule;
}

const names = (files: TestSpecification[]) => files.map((file) => file.moduleId.split("/").pop());

describe("mutation sequencer", () => {
  const wordTable = testFile("word-table.test.ts", ["units.ts"]);
  const drafts = testFile("drafts.test.ts", ["extract.ts"]);
  const prices = testFile("prices.test.ts", ["money.ts"]);

  it("runs a test file of the mutated module before one as quick that reaches it through others", async () => {
    const vitest = fakeVitest({ "word-table.test.ts": 0.3, "drafts.test.ts": 0.3 });
    const { sequencer } = createMutationSequencer();
    vitest.config.related = [units];
    const order = await new sequencer(vitest as unknown as Vitest).sort([spec(drafts), spec(wordTable)]);
    expect(names(order)).toEqual(["word-table.test.ts", "drafts.test.ts"]);
  });

  it("puts first the file that killed the mutated file's earlier mutants, even when it is slower", async () => {
    const vitest = fakeVitest({ "word-table.test.ts": 0.1, "drafts.test.ts": 0.3 });
    const { sequencer, reporter } = createMutationSequencer();
    const ordered = new sequencer(vitest as unknown as Vitest);
    vitest.config.related = [units];
    for (let run = 0; run < 4; run++) {
      await ordered.sort([spec(wordTable), spec(drafts)]);
      reporter.onTestRunEnd([ran(wordTable, "passed"), ran(drafts, "failed")]);
    }
    expect(names(await ordered.sort([spec(wordTable), spec(drafts)]))).toEqual([
      "drafts.test.ts",
      "word-table.test.ts",
    ]);
  });

  it("learns per mutated file: kills under one file do not reorder the runs of another", async () => {
    const vitest = fakeVitest({ "prices.test.ts": 0.1, "drafts.test.ts": 0.3 });
    const { sequencer, reporter } = createMutationSequencer();
    const ordered = new sequencer(vitest as unknown as Vitest);
    vitest.config.related = [units];
    for (let run = 0; run < 4; run++) {
      await ordered.sort([spec(prices), spec(drafts)]);
      reporter.onTestRunEnd([ran(prices, "passed"), ran(drafts, "failed")]);
    }
    vitest.config.related = [money];
    expect(names(await ordered.sort([spec(drafts), spec(prices)]))).toEqual([
      "prices.test.ts",
      "drafts.test.ts",
    ]);
  });

  it("shares one worker between a mutant's files and isolates every other run", async () => {
    const vitest = fakeVitest({});
    const { sequencer } = createMutationSequencer();
    const ordered = new sequencer(vitest as unknown as Vitest);
    vitest.provided.mode = "dry-run";
    await ordered.sort([spec(wordTable)]);
    expect(project.config.isolate).toBe(true);
    vitest.provided.mode = "mutant";
    await ordered.sort([spec(wordTable)]);
    expect(project.config.isolate).toBe(false);
    vitest.provided.mode = undefined;
    await ordered.sort([spec(wordTable)]);
    expect(project.config.isolate).toBe(true);
  });
});
