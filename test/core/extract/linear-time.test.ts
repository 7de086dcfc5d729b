/**
 * No paste can stall extraction: each hostile shape (a token repeated on one line, a long run of
 * spaces, the engine's own trigger words repeated) is parsed and extracted at 100 KB and at 500 KB
 * through the same in-process path `cli extract` takes, and the time grows about linearly with size.
 * The assertion is a ratio of CPU times, never an absolute time (speed itself is `npm run bench`).
 */
import { describe, expect, it } from "vitest";
import { extractWithConflicts } from "../../../src/core/extract/extract-draft.ts";
import { checkTranscriptText } from "../../../src/core/input.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const KB = 1024;

/** `unit` repeated to `size` characters. */
const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Words and shapes the extractors and the parser look for, so every trigger's slow path is taken. */
const triggerWords = [
  "deposit 30% balance before shipment T/T",
  "MOQ 500 pcs at least",
  "price for the steel mug is $2.35/pc",
  "FOB Ningbo CIF by sea by air DHL freight 96 usd",
  "lead time 25 days after deposit",
  "inspection by our QC",
  "Shenzhen Lisa Trading Co., Ltd",
  "from 2.5 to 3 usd",
  "1000 pcs of bamboo boards for 2.2",
  "logo printing size 38x28 cm",
  "agreed deal ok",
  "On Mon, Lisa <lisa@x.com> wrote:",
];

const shapes: Record<string, (size: number) => string> = {
  "USD 1 ": repeat("USD 1 "),
  $1: repeat("$1"),
  "1 ": repeat("1 "),
  "1 pcs ": repeat("1 pcs "),
  "1,": repeat("1,"),
  "nice ": repeat("nice "),
  "spaces between two letters": (size) => `a${" ".repeat(size - 2)}b`,
  "trigger words on one line": repeat(`${triggerWords.join(" ")} `),
  "trigger words one per line": repeat(`${triggerWords.join("\n")}\n`),
  "trigger words, one sentence each": repeat(`${triggerWords.join(". ")}. `),
  "speaker lines": repeat("Supplier: 1000 pcs $2.35/pc, deposit 30%\nBuyer: ok, 2.20 usd?\n"),
};

function cpuMs(text: string): number {
  const start = process.cpuUsage();
  extractWithConflicts(parseTranscript(checkTranscriptText(text)), { now });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe("extraction runs in linear time on hostile pastes", () => {
  for (const [name, make] of Object.entries(shapes)) {
    it(`"${name}": 500 KB takes about five times as long as 100 KB`, () => {
      const small = make(100 * KB);
      const large = make(500 * KB);
      cpuMs(make(10 * KB)); // warm the JIT and the pattern caches
      const smallMs = Math.min(cpuMs(small), cpuMs(small));
      const largeMs = Math.min(cpuMs(large), cpuMs(large));
      // Linear growth gives 5; quadratic 25. Tiny times are dominated by noise, so a floor of 20 ms, and
      // the bound sits halfway (12): garbage collection on a busy machine moves a linear ratio up to about 9.
      expect(largeMs / Math.max(smallMs, 20), `${name}: ${smallMs} ms -> ${largeMs} ms`).toBeLessThan(12);
    });
  }
});
