/**
 * Model prompt size: tokens per dev transcript's prompt (o200k_base) and the share of them in the fixed
 * system part that providers can cache (automatic caching starts at 1,024 tokens of identical prefix).
 */
import { parseTranscript } from "../src/core/parse/parse-transcript.ts";
import { createTokenCounter } from "../src/model/count-tokens.ts";
import { loadPrompts } from "../src/model/prompts.ts";
import { renderTranscript } from "../src/model/render-transcript.ts";
import { loadDevCases, nowOf } from "./review-score.ts";
import { median } from "./stats.ts";

export const bench = {
  name: "model prompt tokens (dev transcripts)",
  async run() {
    const countTokens = createTokenCounter();
    const prompts = loadPrompts();
    const totals: number[] = [];
    const shares: number[] = [];
    let fixed = 0;
    for (const gold of loadDevCases()) {
      const transcript = parseTranscript(gold.text);
      const rendered = renderTranscript(transcript, { countTokens, budgetTokens: 12_000 });
      const prompt = prompts.render("propose-order", {
        today: (nowOf(gold) ?? new Date(0)).toISOString().slice(0, 10),
        lineCount: String(transcript.lineCount),
        trimNote: "",
        transcript: rendered.text,
      });
      fixed = countTokens(prompt.system);
      const total = fixed + countTokens(prompt.user);
      totals.push(total);
      shares.push(fixed / total);
    }
    const pct = (value: number) => `${(100 * value).toFixed(1)}%`;
    const lines = [
      `prompt tokens per transcript: median ${median(totals)}, min ${Math.min(...totals)}, max ${Math.max(...totals)} (${totals.length} transcripts)`,
      `fixed system part: ${fixed} tokens, median share ${pct(median(shares))} of the prompt`,
      `cacheable by providers' automatic prefix caching: ${fixed >= 1024 ? "yes" : `no (needs 1024 tokens of prefix, has ${fixed})`}`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  },
};
