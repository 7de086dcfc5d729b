/**
 * The real-language corpus (test/fixtures/real/cases.jsonl): real supplier and buyer texts, each with
 * the order fields it settles. Scored field by field, only the fields a case labels.
 */
import { readFileSync } from "node:fs";
import { extractDraft } from "../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../src/core/parse/parse-transcript.ts";
import { type FieldScore, scoreDraft } from "./transcripts.ts";

export const realCasesFile = new URL("../fixtures/real/cases.jsonl", import.meta.url).pathname;

/** One case of the real-language corpus: a real text and the fields it settles. */
type RealCase = { id: string; text: string; now?: string; order?: Record<string, unknown> };

/** The scores of every labelled field of the real-language corpus. */
export function scoreRealCases(file: string): Array<{ id: string; scores: FieldScore[] }> {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as RealCase)
    .filter((c) => c.order && Object.keys(c.order).length > 0)
    .map((c) => {
      const now = c.now
        ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(c.now) ? `${c.now}T12:00:00Z` : c.now)
        : new Date();
      const draft = extractDraft(parseTranscript(c.text), { now });
      return { id: c.id, scores: scoreDraft(c.order!, draft) };
    });
}
