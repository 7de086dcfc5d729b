/** Local mode: `contract PO-1` and `checklist PO-1 csv` at the console write the files under the exports folder. */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pdfText } from "../helpers/pdf-text.ts";

const root = new URL("../../", import.meta.url);
const dataDir = mkdtempSync(join(tmpdir(), "orderproof-local-docs-"));
const exportsDir = join(dataDir, "exports");
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const bottles = readFileSync(new URL("../fixtures/documents/water-bottles.txt", import.meta.url), "utf8");

describe("local mode documents", () => {
  it("writes the contract and the checklist under the exports folder and prints their paths", async () => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PGLITE_DIR: join(dataDir, "data"),
      EXPORTS_DIR: exportsDir,
    };
    const child = spawn("npm", ["start", "--silent"], { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += String(chunk);
    });
    const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
    const waitFor = async (pattern: RegExp) => {
      for (let i = 0; i < 1200 && !pattern.test(stdout); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      return stdout.match(pattern);
    };
    child.stdin.write(`/order new\n${bottles}\n.\n`);
    await waitFor(/\[(\d+)\] Confirm order/);
    child.stdin.write("contract PO-1\n");
    const contract = await waitFor(/Written to (\S*PO-1-purchase-contract\.pdf)/);
    child.stdin.write("checklist PO-1 csv\n");
    const checklist = await waitFor(/Written to (\S*PO-1-inspection-checklist\.csv)/);
    child.stdin.write("quit\n");
    child.stdin.end();
    expect(await closed).toBe(0);

    expect(contract?.[1]).toBe(join(exportsDir, "PO-1-purchase-contract.pdf"));
    expect(stdout).toContain("Purchase contract for PO-1");
    const text = await pdfText(readFileSync(contract![1]!));
    expect(text).toContain("2.30 USD");
    expect(text).toContain("FOB Ningbo");
    expect(existsSync(checklist![1]!)).toBe(true);
    expect(readFileSync(checklist![1]!, "utf8")).toContain('"major","2000","K","125","2.5","7","8"');
  }, 120_000);
});
