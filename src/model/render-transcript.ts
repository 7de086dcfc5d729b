/**
 * The transcript as the model sees it: numbered lines ("12 | supplier Cindy: text"), trimmed to the lines
 * that carry terms when the whole chat would not fit the prompt budget.
 */
import type { ParsedTranscript } from "../core/schemas.ts";
import type { TokenCounter } from "./count-tokens.ts";

type Line = { line: number; text: string; first: boolean; who: string };

/** Words and signs that mark a line as carrying order terms (prices, quantities, dates, payment, shipping, specs). */
const termPattern =
  /\d|[$€£¥]|\b(?:usd|eur|rmb|cny|price|pcs|pieces?|sets?|moq|deposit|balance|pay|payment|paid|t\/t|tt|wire|paypal|alipay|l\/c|card|ship|shipping|shipment|delivery|lead\s*time|days?|weeks?|sea|air|express|dhl|fedex|ups|rail|truck|fob|exw|cif|cfr|fca|dap|ddp|cpt|cip|fas|dpu|ex-?works|freight|sample|inspection|inspect|qc|qima|sgs|aql|carton|packing|packaging|colou?r|pantone|material|size|logo|print|quality|spec|specs|deal|agreed|confirm(?:ed)?|ok|order|company|co\.?,?\s*ltd|factory)\b/i;

function linesOf(transcript: ParsedTranscript): Line[] {
  return transcript.messages.flatMap((message) => {
    const who = [message.role, message.speaker].filter(Boolean).join(" ");
    const parts = message.parts.length > 0 ? message.parts : [{ line: message.line, text: message.text }];
    return parts.map((part, index) => ({ line: part.line, text: part.text, first: index === 0, who }));
  });
}

function format(line: Line): string {
  return line.first ? `${line.line} | ${line.who}: ${line.text}` : `${line.line} |   ${line.text}`;
}

/** Numbered lines for the prompt, and how many lines were left out to fit `budgetTokens`. */
export function renderTranscript(
  transcript: ParsedTranscript,
  options: { countTokens: TokenCounter; budgetTokens: number },
): { text: string; shown: number; omitted: number } {
  const lines = linesOf(transcript);
  const all = lines.map(format).join("\n");
  // Every token is at least one byte, so a paste within the budget in bytes needs no tokenizer at all.
  const fits =
    Buffer.byteLength(all, "utf8") <= options.budgetTokens ||
    options.countTokens(all) <= options.budgetTokens;
  if (fits) return { text: all, shown: lines.length, omitted: 0 };
  // Keep the opening message (who the supplier is) and every line that carries a term, newest last,
  // then drop the oldest term lines until the rest fits: later lines hold the agreed values.
  const secondMessage = lines.findIndex((line, index) => index > 0 && line.first);
  const opening = secondMessage < 0 ? lines : lines.slice(0, secondMessage);
  const firstMessageLines = new Set(opening.map((line) => line.line));
  const kept = lines.filter((line) => firstMessageLines.has(line.line) || termPattern.test(line.text));
  const costs = kept.map((line) => options.countTokens(format(line)) + 1);
  let total = costs.reduce((sum, cost) => sum + cost, 0);
  const dropped = new Set<number>();
  for (let index = 0; index < kept.length && total > options.budgetTokens; index += 1) {
    if (firstMessageLines.has(kept[index]!.line)) continue;
    dropped.add(index);
    total -= costs[index]!;
  }
  const shown = kept.filter((_, index) => !dropped.has(index));
  return { text: shown.map(format).join("\n"), shown: shown.length, omitted: lines.length - shown.length };
}
