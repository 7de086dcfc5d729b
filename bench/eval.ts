/**
 * `npm run eval [DIR...]`: score the rules engine against folders of gold files (default: the dev and
 * own fixtures) with the rules of the shared transcripts README; per-field accuracy, overall
 * accuracy and invented values (gold null, program non-null).
 * `npm run eval -- --craigslist [FILE] [--text-only]`: agreed-price accuracy on the CraigslistBargain dialogues,
 * with the offer-button events shown as the marketplace shows them, or without them.
 * `npm run eval -- --real [FILE]`: field accuracy on the real-language corpus (test/fixtures/real/cases.jsonl),
 * scoring only the fields each case labels in its `order`.
 */
import { existsSync, readFileSync } from "node:fs";
import { extractDraft } from "../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../src/core/parse/parse-transcript.ts";
import { scoreRealCases } from "../test/helpers/real-cases.ts";
import { type FieldScore, fixturesRoot, loadGoldCases, scoreDraft } from "../test/helpers/transcripts.ts";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
// `--text-only`: leave out the offer-button events, so only what the two sides typed is read (the measure
// for pastes that drop the marketplace's offer cards).
const textOnly = args.includes("--text-only");
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function printMisses(name: string, scores: FieldScore[]): void {
  const misses = scores.filter((s) => !s.ok);
  if (misses.length === 0 && !verbose) return;
  process.stdout.write(`${name}: ${scores.length - misses.length}/${scores.length}\n`);
  for (const miss of misses)
    process.stdout.write(
      `   ${miss.field}: gold ${JSON.stringify(miss.gold)} got ${JSON.stringify(miss.got)}\n`,
    );
}

function printTotals(all: FieldScore[]): void {
  const fields = new Map<string, { ok: number; total: number }>();
  for (const score of all) {
    const entry = fields.get(score.field) ?? { ok: 0, total: 0 };
    entry.total++;
    if (score.ok) entry.ok++;
    fields.set(score.field, entry);
  }
  process.stdout.write("\nfield                       accuracy\n");
  for (const [field, { ok, total }] of [...fields.entries()].sort())
    process.stdout.write(`${field.padEnd(28)}${pct(ok / total).padStart(7)}  (${ok}/${total})\n`);
  const ok = all.filter((s) => s.ok).length;
  process.stdout.write(
    `\noverall field accuracy: ${pct(ok / Math.max(1, all.length))} (${ok}/${all.length})\n`,
  );
  process.stdout.write(`invented values: ${all.filter((s) => s.invented).length}\n`);
}

function evalGold(folders: string[]): void {
  const all: FieldScore[] = [];
  for (const folder of folders) {
    for (const testCase of loadGoldCases(folder)) {
      const draft = extractDraft(parseTranscript(testCase.text), {
        now: new Date(`${testCase.gold.now}T12:00:00Z`),
      });
      const scores = scoreDraft(testCase.gold.order, draft);
      all.push(...scores);
      printMisses(testCase.name, scores);
    }
  }
  printTotals(all);
}

function evalReal(file: string): void {
  const cases = scoreRealCases(file);
  for (const c of cases) printMisses(c.id, c.scores);
  process.stdout.write(`real cases with labelled fields: ${cases.length}\n`);
  printTotals(cases.flatMap((c) => c.scores));
}

type Turn = { speaker: string; text?: string; action?: string; price?: number };
type Dialogue = {
  id: string;
  title: string;
  listing_price: number;
  turns: Turn[];
  agreement: boolean;
  agreed_price: number | null;
};

/**
 * What the marketplace shows for an offer made with its offer button, and for the answer to it: the
 * structured offer is part of the chat a buyer would paste, and often the only place the final price is.
 */
function eventText(turn: Turn): string | null {
  if (turn.action === "offer" && turn.price !== undefined) return `Offer: $${turn.price}`;
  if (turn.action === "accept") return "Accepted the offer.";
  if (turn.action === "reject") return "Rejected the offer.";
  return null;
}

/** A Craigslist dialogue as a pasted chat: the listing as the seller's opening line, then the turns, offer events as the marketplace shows them. */
export function dialogueTranscript(dialogue: Dialogue): string {
  const lines = [`Seller: ${dialogue.title.replace(/\s*-\s*$/, "")}, asking $${dialogue.listing_price}`];
  for (const turn of dialogue.turns) {
    const who = turn.speaker === "seller" ? "Seller" : "Buyer";
    const said = turn.text ?? (textOnly ? null : eventText(turn));
    if (said) lines.push(`${who}: ${said.replace(/\s*\n\s*/g, " ")}`);
  }
  return lines.join("\n");
}

function evalCraigslist(file: string): void {
  const dialogues = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Dialogue)
    .filter((d) => d.agreement && d.agreed_price !== null);
  let correct = 0;
  let answered = 0;
  const now = new Date("2026-01-01T00:00:00Z");
  for (const dialogue of dialogues) {
    const draft = extractDraft(parseTranscript(dialogueTranscript(dialogue)), { now });
    const price = draft.items[0]?.unitPrice ?? null;
    if (price !== null) answered++;
    const ok =
      price !== null && Math.abs(price - dialogue.agreed_price!) <= dialogue.agreed_price! * 0.005 + 1e-9;
    if (ok) correct++;
    else if (verbose) process.stdout.write(`${dialogue.id}: gold ${dialogue.agreed_price} got ${price}\n`);
  }
  process.stdout.write(`craigslist agreed dialogues: ${dialogues.length}\n`);
  process.stdout.write(
    `agreed-price accuracy: ${pct(correct / dialogues.length)} (${correct}/${dialogues.length})\n`,
  );
  process.stdout.write(
    `answered: ${answered}, precision when answered: ${pct(correct / Math.max(1, answered))}\n`,
  );
}

const craigslist = args.indexOf("--craigslist");
const real = args.indexOf("--real");
const invoked = process.argv[1]?.endsWith("eval.ts") ?? false;
if (!invoked) {
  // Imported for its helpers: run nothing.
} else if (craigslist >= 0) {
  const given = args[craigslist + 1];
  const file =
    given && !given.startsWith("--")
      ? given
      : new URL("../../shared/data/external/craigslist-bargain/agreed-price-eval.jsonl", import.meta.url)
          .pathname;
  if (!existsSync(file)) {
    process.stderr.write(`error: no Craigslist file at ${file}: pass its path after --craigslist.\n`);
    process.exitCode = 1;
  } else evalCraigslist(file);
} else if (real >= 0) {
  const given = args[real + 1];
  const file =
    given && !given.startsWith("--") ? given : new URL("../real/cases.jsonl", fixturesRoot).pathname;
  if (!existsSync(file)) {
    process.stderr.write(`error: no real-language corpus at ${file}: pass its path after --real.\n`);
    process.exitCode = 1;
  } else evalReal(file);
} else {
  const folders = args.filter((a) => !a.startsWith("--"));
  const chosen =
    folders.length > 0
      ? folders
      : ["dev", "own"].map((d) => new URL(d, fixturesRoot).pathname).filter((p) => existsSync(p));
  evalGold(chosen);
}
