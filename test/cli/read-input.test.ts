import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readTranscriptArgument } from "../../src/cli/read-input.ts";
import { maxTranscriptBytes } from "../../src/core/input.ts";
import { isAppError } from "../../src/errors.ts";

/** Standard input that never ends by itself (it gives up after 8 MB so a reader without a limit returns). */
function endlessStdin() {
  let pulled = 0;
  const stream = new Readable({
    read() {
      if (pulled >= 8 * 1024 * 1024) return this.push(null);
      pulled += 64 * 1024;
      this.push(Buffer.alloc(64 * 1024, "a"));
    },
  });
  return { stream, pulled: () => pulled };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("readTranscriptArgument", () => {
  it("stops reading an endless standard input at the 512 KB limit and says so", async () => {
    const stdin = endlessStdin();
    const error = await failure(readTranscriptArgument("-", stdin.stream));
    expect(isAppError(error, "input_too_large")).toBe(true);
    expect((error as Error).message).toMatch(/512 KB/);
    expect(stdin.pulled()).toBeLessThan(maxTranscriptBytes * 2);
  });

  it("stops reading /dev/zero at the limit", async () => {
    const error = await failure(readTranscriptArgument("/dev/zero", endlessStdin().stream));
    expect(isAppError(error, "input_too_large")).toBe(true);
  });

  it("still reads a whole input under the limit", async () => {
    const text = "Supplier: 500 pcs at 2.30 USD\n".repeat(1000);
    const bytes = await readTranscriptArgument("-", Readable.from([Buffer.from(text)]));
    expect(Buffer.from(bytes).toString("utf8")).toBe(text);
  });
});
