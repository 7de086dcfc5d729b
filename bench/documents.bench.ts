/**
 * The purchase contract and the inspection checklist: render time (first document of a process, which
 * parses the CJK font, and warm renders after it) and file size, for the English water-bottle order and
 * a mostly Chinese chat. Targets: a contract under 300 ms and under 300 KB.
 */
import { readFileSync } from "node:fs";
import { fixedClock } from "../src/core/clock.ts";
import { buildChecklistContent } from "../src/core/documents/checklist-content.ts";
import { buildContractContent } from "../src/core/documents/contract-content.ts";
import { parseTranscript } from "../src/core/parse/parse-transcript.ts";
import { LifecycleDates } from "../src/core/schemas.ts";
import { renderChecklistPdf } from "../src/documents/render-checklist-pdf.ts";
import { renderContractPdf } from "../src/documents/render-contract-pdf.ts";
import { silentLogger } from "../src/logger.ts";
import { analyzeTranscript } from "../src/pipeline/analyze-transcript.ts";
import { median, ms, percentile, timeRuns } from "./stats.ts";

const chats = [
  ["water bottles (English)", "../test/fixtures/documents/water-bottles.txt"],
  [
    "vacuum flasks (mostly Chinese)",
    "../test/fixtures/transcripts/own/own19_wechat_mostly_chinese_flask.txt",
  ],
] as const;

const deps = { model: null, logger: silentLogger(), clock: fixedClock("2026-11-03T09:00:00Z") };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const bench = {
  name: "documents: contract and checklist PDF render time and size",
  async run() {
    let first = true;
    for (const [label, path] of chats) {
      const text = readFileSync(new URL(path, import.meta.url), "utf8");
      const review = await analyzeTranscript(deps, { text, now: deps.clock.now() });
      const common = {
        order: review.order,
        findings: review.findings,
        edits: [],
        ref: "PO-1",
        issuedOn: "2026-11-03",
      };
      const contract = buildContractContent({
        ...common,
        messages: parseTranscript(text).messages,
        buyer: "Baker Outdoor GmbH",
        confirmed: false,
        dates: LifecycleDates.parse({}),
      });
      const checklist = buildChecklistContent(common);
      if (first) {
        const start = performance.now();
        await renderContractPdf(contract);
        process.stdout.write(
          `first contract of the process (parses the CJK font): ${ms(performance.now() - start)}\n`,
        );
        first = false;
      }
      const contractTimes = await timeRuns(() => renderContractPdf(contract), 20);
      const contractPdf = await renderContractPdf(contract);
      const checklistTimes = await timeRuns(() => renderChecklistPdf(checklist), 20);
      const checklistPdf = await renderChecklistPdf(checklist);
      process.stdout.write(
        `${label}: contract ${contractPdf.pages} pages, ${kb(contractPdf.bytes.length)}, median ${ms(median(contractTimes))}, p95 ${ms(percentile(contractTimes, 95))}; ` +
          `checklist ${checklistPdf.pages} pages, ${kb(checklistPdf.bytes.length)}, median ${ms(median(checklistTimes))}\n`,
      );
    }
  },
};
