import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "../helpers/pdf-text.ts";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;
const fixture = new URL("../fixtures/documents/water-bottles.txt", import.meta.url).pathname;

function env(): NodeJS.ProcessEnv {
  const { OPENAI_API_KEY: _key, OPENAI_BASE_URL: _url, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: "silent" };
}

const cli = (args: string[]) => run("npx", ["tsx", "src/cli.ts", ...args], { cwd: root, env: env() });

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "orderproof-docs-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("contract and checklist commands", () => {
  it("contract --json writes the PDF and prints { file, pages, openFindings }", async () => {
    const out = join(folder, "nested", "po.pdf");
    const { stdout } = await cli(["contract", fixture, "--out", out, "--now", "2026-11-03", "--json"]);
    const result = JSON.parse(stdout);
    expect(result).toEqual({ file: out, pages: expect.any(Number), openFindings: 1 });
    expect(result.pages).toBeGreaterThanOrEqual(1);
    const text = await pdfText(await readFile(out));
    for (const term of [
      "2,000",
      "2.30 USD",
      "FOB Ningbo",
      "30% of the total",
      "within 25 days after receipt of the deposit",
    ])
      expect(text).toContain(term);
  });

  it("checklist writes CSV or PDF by the extension, with --aql MAJOR/MINOR", async () => {
    const csv = join(folder, "check.csv");
    const { stdout } = await cli(["checklist", fixture, "--out", csv, "--aql", "1.5/4.0", "--json"]);
    expect(JSON.parse(stdout)).toEqual({ file: csv, pages: 1, openFindings: 1 });
    expect(await readFile(csv, "utf8")).toContain('"major","2000","K","125","1.5","5","6"');
    const pdf = join(folder, "check.pdf");
    const printed = await cli(["checklist", fixture, "--out", pdf, "--json"]);
    expect(JSON.parse(printed.stdout)).toMatchObject({ file: pdf, openFindings: 1 });
    expect(await pdfText(await readFile(pdf))).toContain("major 2.5 K 125 7 8");
  });

  it("refuses a wrong extension or AQL in one line with a non-zero exit", async () => {
    await expect(cli(["contract", fixture, "--out", join(folder, "x.docx")])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^error: --out must end in \.pdf, not ".*x\.docx"\.\n$/),
    });
    await expect(
      cli(["checklist", fixture, "--out", join(folder, "x.csv"), "--aql", "3/4"]),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^error: --aql: AQLs go as MAJOR\/MINOR/),
    });
  });
});
