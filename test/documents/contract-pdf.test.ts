import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildContractContent } from "../../src/core/documents/contract-content.ts";
import { parseTranscript } from "../../src/core/parse/parse-transcript.ts";
import { LifecycleDates } from "../../src/core/schemas.ts";
import { renderContractPdf } from "../../src/documents/render-contract-pdf.ts";
import { silentLogger } from "../../src/logger.ts";
import { analyzeTranscript } from "../../src/pipeline/analyze-transcript.ts";
import { compact, pdfPages, pdfText } from "../helpers/pdf-text.ts";

const bottles = readFileSync(new URL("../fixtures/documents/water-bottles.txt", import.meta.url), "utf8");
const chineseChat = readFileSync(
  new URL("../fixtures/transcripts/own/own19_wechat_mostly_chinese_flask.txt", import.meta.url),
  "utf8",
);
const now = new Date("2026-11-03T00:00:00Z");

async function contractFor(text: string, extra: Partial<Parameters<typeof buildContractContent>[0]> = {}) {
  const review = await analyzeTranscript(
    { model: null, logger: silentLogger(), clock: { now: () => now } },
    { text, now },
  );
  const content = buildContractContent({
    order: review.order,
    findings: review.findings,
    messages: parseTranscript(text).messages,
    edits: [],
    ref: "PO-7",
    issuedOn: "2026-11-03",
    buyer: "Baker Outdoor GmbH",
    confirmed: false,
    dates: LifecycleDates.parse({}),
    ...extra,
  });
  const pdf = await renderContractPdf(content);
  return { content, pdf, text: await pdfText(pdf.bytes) };
}

describe("purchase contract PDF", () => {
  it("holds every settled term of the negotiation as text a reader extracts", async () => {
    const { text, pdf } = await contractFor(bottles);
    for (const term of [
      "Purchase contract PO-7",
      "Baker Outdoor GmbH",
      "Ningbo Example Trading Co.",
      "Stainless steel water bottle",
      "2,000",
      "USD 2.30",
      "USD 4,600.00",
      "FOB Ningbo (Incoterms 2020)",
      "sea freight",
      "within 25 days after receipt of the deposit",
      "30% of the total = USD 1,380.00",
      "70% before shipment",
      "bank transfer (T/T)",
      "paid through the Trade Assurance order only",
      "Colour Pantone 2925 C",
      "304 stainless steel",
      "AQL critical 0 / major 2.5 / minor 4",
      "Late delivery",
      "Quality",
    ])
      expect(text).toContain(term);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(3);
  });

  it("cites each settled term's chat line with speaker and time, Chinese as text", async () => {
    const { text, content } = await contractFor(bottles);
    expect(text).toContain("Appendix: evidence from the chat");
    expect(text).toContain("OK, 2.30 USD for 2,000 pcs, final.");
    expect(text).toContain("Lily Chen");
    expect(text).toContain("2026-11-02 10:20");
    expect(content.evidence.some((row) => row.speaker === "Tom Baker" && row.line === 4)).toBe(true);
  });

  it("renders Chinese quotes and speaker names as text (the CJK font is embedded, not boxes)", async () => {
    const { text, content } = await contractFor(chineseChat);
    const quoted = content.evidence.filter((row) => /[\u4e00-\u9fff]/.test(`${row.quote}${row.speaker}`));
    expect(quoted.length).toBeGreaterThan(0);
    for (const row of quoted) {
      expect(compact(text)).toContain(compact(row.quote ?? ""));
      if (row.speaker) expect(text).toContain(row.speaker);
    }
    expect(text).toContain("陈经理");
  });

  it("prints a vague colour as a blank to be agreed, never as the colour term", async () => {
    const vague = bottles.replace("Colour Pantone 2925 C", "Colour dark green");
    const { text, content } = await contractFor(vague);
    const colour = content.specs[0]?.terms.find((term) => term.label === "Colour");
    expect(colour?.blank).toBe(true);
    expect(colour?.value).toMatch(/^______ \(to be agreed: /);
    expect(text).toContain("Colour: ______ (to be agreed:");
    expect(text).not.toMatch(/Colour: [^_]*dark green/);
    // Page 1's box lists it.
    const [first] = await pdfPages((await renderContractPdf(content)).bytes);
    expect(first).toMatch(/Open findings \(\d+\)/);
    expect(first).toContain("items[0].specs.color");
  });

  it("carries a DRAFT mark until the order is confirmed, and the latest shipment date once the deposit is in", async () => {
    const draft = await contractFor(bottles);
    expect(draft.text).toContain("DRAFT");
    const confirmed = await contractFor(bottles, {
      confirmed: true,
      dates: LifecycleDates.parse({ confirmed: "2026-11-03", deposit_paid: "2026-11-05" }),
    });
    expect(confirmed.text).not.toContain("DRAFT");
    expect(confirmed.text).toContain("2026-11-30 (deposit recorded on 2026-11-05)");
  });

  it("marks a value a person edited with who and when, and settles the finding it answered", async () => {
    const vague = bottles.replace("Colour Pantone 2925 C", "Colour dark green");
    const review = await analyzeTranscript(
      { model: null, logger: silentLogger(), clock: { now: () => now } },
      { text: vague, now },
    );
    review.order.items[0]!.specs.color = "Pantone 5535 C";
    const { text } = await contractFor(vague, {
      order: review.order,
      findings: review.findings,
      edits: [{ field: "items[0].specs.color", actor: "U0TOM", at: "2026-11-04T09:00:00Z" }],
    });
    expect(text).toContain("Pantone 5535 C (edited by U0TOM on 2026-11-04)");
    expect(text).not.toContain("items[0].specs.color");
  });

  it("leaves the buyer blank until the company name is set, and every missing term blank", async () => {
    const { text, content } = await contractFor(
      "Tom Baker  2026-11-02 10:05\nWe need 2,000 pcs of water bottles.",
      {
        buyer: null,
      },
    );
    expect(text).toContain("Buyer: ______ (the Buyer's company name)");
    expect(content.sections.find((s) => s.heading === "Shipment date")?.terms[0]?.blank).toBe(true);
    expect(content.openFindings.length).toBeGreaterThan(0);
  });
});
