/** The mutation run's reporter: a test file that failed to load counts as one failed test; others are left alone. */
import type { RunnerTask } from "vitest";
import { describe, expect, it } from "vitest";
import { markUnloadableFiles } from "../helpers/unloadable-file-as-failed-test.ts";

function file(state: "pass" | "fail", tasks: RunnerTask[] = []): RunnerTask {
  const loadError = { message: "Iterator value undefined is not an entry object" };
  const task = {
    type: "suite",
    id: "f1",
    name: "test/core/extract/words.test.ts",
    mode: "run",
    tasks,
    meta: {},
    result: { state, errors: state === "fail" ? [loadError] : [] },
    filepath: "/repo/test/core/extract/words.test.ts",
  } as unknown as RunnerTask & { file: unknown };
  Object.assign(task, { file: task });
  return task;
}

describe("markUnloadableFiles", () => {
  it("gives a file that failed with no test one failed test carrying the load error", () => {
    const unloadable = file("fail");
    expect(markUnloadableFiles([unloadable])).toBe(1);
    const tasks = (unloadable as { tasks: RunnerTask[] }).tasks;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      type: "test",
      name: "loads",
      suite: unloadable,
      result: { state: "fail", errors: [{ message: "Iterator value undefined is not an entry object" }] },
    });
  });

  it("leaves a passing file and a file whose own tests failed as they are", () => {
    const passing = file("pass");
    const failedTest = {
      type: "test",
      name: "reads 12.5",
      result: { state: "fail" },
    } as unknown as RunnerTask;
    const failing = file("fail", [failedTest]);
    expect(markUnloadableFiles([passing, failing])).toBe(0);
    expect((passing as { tasks: RunnerTask[] }).tasks).toEqual([]);
    expect((failing as { tasks: RunnerTask[] }).tasks).toEqual([failedTest]);
  });
});
