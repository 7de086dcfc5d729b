import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildChecklistContent, checklistCsv } from "../../src/core/documents/checklist-content.ts";
import { renderChecklistPdf } from "../../src/documents/render-checklist-pdf.ts";
import { silentLogger } from "../../src/logger.ts";
import { analyzeTranscript } from "../../src/pipeline/analyze-transcript.ts";
import { compact, pdfText } from "../helpers/pdf-text.ts";

const bottles = readFileSync(new URL("../fixtures/documents/water-bottles.txt", import.meta.url), "utf8");
const now = new Date("2026-11-03T00:00:00Z");

async function checklistFor(text: string, aqls?: { critical: number; major: number; minor: number }) {
  const review = await analyzeTranscript(
    { model: null, logger: silentLogger(), clock: { now: () => now } },
    { text, now },
  );
  return buildChecklistContent({
    order: review.order,
    findings: review.findings,
    edits: [],
    ref: "PO-7",
    issuedOn: "2026-11-03",
    ...(aqls ? { aqls } : {}),
  });
}

describe("inspection checklist", () => {
  it("samples a lot of 2,000 at level II with code letter K, 125 units, major 2.5 accept 7 reject 8", async () => {
    const content = await checklistFor(bottles);
    expect(content.lotSize).toBe(2000);
    const byClass = Object.fromEntries(content.plans.map(({ defectClass, plan }) => [defectClass, plan]));
    expect(byClass.critical).toMatchObject({
      codeLetter: "K",
      sampleSize: 125,
      aql: 0,
      accept: 0,
      reject: 1,
    });
    expect(byClass.major).toMatchObject({ codeLetter: "K", sampleSize: 125, aql: 2.5, accept: 7, reject: 8 });
    expect(byClass.minor).toMatchObject({ codeLetter: "K", sampleSize: 125, aql: 4, accept: 10, reject: 11 });

    const text = await pdfText((await renderChecklistPdf(content)).bytes);
    expect(text).toContain("Lot size 2,000 units, general inspection level II");
    expect(text).toContain("major 2.5 K 125 7 8");
    expect(text).toContain("minor 4 K 125 10 11");
    expect(compact(text)).toContain(compact("Colour Pantone 2925 C"));
    expect(text).toContain("2,000 pcs");
  });

  it("lists a spec with an open finding as not checkable yet, and takes other AQLs", async () => {
    const content = await checklistFor(bottles.replace("Colour Pantone 2925 C", "Colour dark green"), {
      critical: 0,
      major: 1.5,
      minor: 4,
    });
    const colour = content.checks.find((line) => line.check === "Colour");
    expect(colour).toMatchObject({ requirement: "cannot be checked: not measurable yet", checkable: false });
    expect(content.plans.find((entry) => entry.defectClass === "major")?.plan).toMatchObject({
      accept: 5,
      reject: 6,
    });
  });

  it("writes CSV with one row per check and the sampling plan, spreadsheet formulas defused", async () => {
    const content = await checklistFor(bottles);
    content.checks.push({ ...content.checks[0]!, requirement: '=HYPERLINK("x")' });
    const csv = checklistCsv(content);
    const rows = csv.trimEnd().split("\r\n");
    expect(rows[0]).toBe('"section","item","check","requirement","method","tolerance","result"');
    expect(rows).toContain('"major","2000","K","125","2.5","7","8"');
    expect(csv).toContain('"\'=HYPERLINK(""x"")"');
  });

  it("gives no sampling plan while the quantity is not settled", async () => {
    const content = await checklistFor(
      "Tom Baker  2026-11-02 10:05\nWater bottles, colour Pantone 2925 C please.",
    );
    expect(content.lotSize).toBeNull();
    expect(content.plans).toEqual([]);
    expect(await pdfText((await renderChecklistPdf(content)).bytes)).toContain("No sampling plan yet");
  });
});
