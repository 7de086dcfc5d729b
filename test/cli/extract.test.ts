import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { DraftOrder } from "../../src/core/schemas.ts";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;
const fixture = new URL("../fixtures/transcripts/dev/dev01_alibaba_silicone_bibs.txt", import.meta.url)
  .pathname;
const scratch = mkdtempSync(join(tmpdir(), "orderproof-extract-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "src/cli.ts", ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("extract command", () => {
  it("prints a DraftOrder for a transcript file", async () => {
    const result = await cli(["extract", "--json", fixture, "--now", "2026-10-13"]);
    expect(result.code).toBe(0);
    const draft = DraftOrder.parse(JSON.parse(result.stdout));
    expect(draft.items[0]).toMatchObject({ quantity: 800, unitPrice: 1.72 });
    expect(draft.supplier).toBe("Shenzhen Huaxin Silicone Products Co., Ltd.");
  });

  it("refuses bad input with one line on stderr and a non-zero exit", async () => {
    const empty = join(scratch, "empty.txt");
    writeFileSync(empty, "  \n");
    const binary = join(scratch, "binary.bin");
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 0, 7]));
    const large = join(scratch, "large.txt");
    writeFileSync(large, "Supplier: price 1 usd\n".repeat(30_000));
    for (const file of [join(scratch, "missing.txt"), empty, binary, large]) {
      const result = await cli(["extract", "--json", file]);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(/^error: /);
    }
  });
});

describe("extract on an endless input", () => {
  it("stops at the 512 KB limit, says so in one line and exits non-zero", async () => {
    const result = await cli(["extract", "--json", "/dev/zero"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim()).toMatch(/^error: Stopped reading at 512 KB/);
  });
});
