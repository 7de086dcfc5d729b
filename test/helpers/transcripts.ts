/**
 * Fixture transcripts with gold labels (the format of the shared transcripts README), and the
 * scoring rules that compare a DraftOrder with them. Shared by the regression tests and `npm run eval`.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { DraftOrder } from "../../src/core/schemas.ts";

/** One labelled case: the transcript text and its gold file. */
export type GoldCase = {
  name: string;
  text: string;
  gold: {
    now: string;
    order: Record<string, unknown>;
    vague?: string[];
    measurable?: string[];
    claims?: { lateDelivery: boolean; quality: boolean };
    notes?: string;
  };
};

/** The fixture folder (dev = the shared regression cases, own = written for this suite). */
export const fixturesRoot = new URL("../fixtures/transcripts/", import.meta.url);

/** Load every NAME.txt with its NAME.gold.json from a folder URL or path. */
export function loadGoldCases(folder: URL | string): GoldCase[] {
  const base = typeof folder === "string" ? folder.replace(/\/?$/, "/") : folder.href.replace(/\/?$/, "/");
  const url = (file: string) => (typeof folder === "string" ? `${base}${file}` : new URL(file, base));
  const files = readdirSync(typeof folder === "string" ? folder : folder).filter((f) =>
    f.endsWith(".gold.json"),
  );
  return files.sort().map((file) => {
    const name = file.replace(/\.gold\.json$/, "");
    const testCase = {
      name,
      text: readFileSync(url(`${name}.txt`), "utf8"),
      gold: JSON.parse(readFileSync(url(file), "utf8")) as GoldCase["gold"],
    };
    checkLabels(testCase);
    return testCase;
  });
}

/** A labelled phrase that is not in its transcript would score a reviewer against words nobody wrote. */
function checkLabels({ name, text, gold }: GoldCase): void {
  for (const phrase of [...(gold.vague ?? []), ...(gold.measurable ?? [])])
    if (!text.includes(phrase))
      throw new Error(`${name}: the labelled phrase "${phrase}" is not in the transcript`);
}

/** One scored field of one case. */
export type FieldScore = { field: string; gold: unknown; got: unknown; ok: boolean; invented: boolean };

const words = (value: unknown) =>
  String(value ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0 && !["co", "ltd", "the", "for", "of", "and"].includes(w))
    .map((w) => w.replace(/(?<=[a-z]{3})e?s$/, ""));

/** Word overlap of two names: the share of the gold name's words found in the program's. */
export function nameOverlap(gold: unknown, got: unknown): number {
  const a = words(gold);
  const b = new Set(words(got));
  if (a.length === 0) return 0;
  return a.filter((w) => b.has(w)).length / a.length;
}

const nameFields = new Set(["supplier", "shipping.place", "name"]);

function same(field: string, gold: unknown, got: unknown): boolean {
  if (gold === null) return got === null || got === undefined;
  if (got === null || got === undefined) return false;
  if (typeof gold === "number")
    return typeof got === "number" && Math.abs(got - gold) <= Math.abs(gold) * 0.005 + 1e-9;
  if (nameFields.has(field.replace(/^items\[\d*\]\./, ""))) return nameOverlap(gold, got) >= 0.5;
  if (typeof gold === "string") return String(got).toLowerCase() === gold.toLowerCase();
  return JSON.stringify(gold) === JSON.stringify(got);
}

function get(object: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined,
      object,
    );
}

/** Score a draft against a gold order by the README's rules (absent gold fields are not scored). */
export function scoreDraft(goldOrder: Record<string, unknown>, draft: DraftOrder): FieldScore[] {
  const scores: FieldScore[] = [];
  const push = (field: string, gold: unknown, got: unknown) =>
    scores.push({
      field,
      gold,
      got,
      ok: same(field, gold, got),
      invented: gold === null && got !== null && got !== undefined,
    });
  for (const key of ["supplier", "currency"])
    if (key in goldOrder) push(key, goldOrder[key], get(draft, key));
  for (const group of ["shipping", "dispatch", "payment", "inspection"]) {
    const section = goldOrder[group] as Record<string, unknown> | undefined;
    if (!section) continue;
    for (const key of Object.keys(section))
      push(`${group}.${key}`, section[key], get(draft, `${group}.${key}`));
  }
  const goldItems = (goldOrder.items as Array<Record<string, unknown>> | undefined) ?? [];
  const free = new Set(draft.items.map((_, i) => i));
  for (const goldItem of goldItems) {
    let best = -1;
    let bestScore = 0;
    for (const i of free) {
      const overlap = nameOverlap(goldItem.name, draft.items[i]!.name);
      if (overlap > bestScore) {
        best = i;
        bestScore = overlap;
      }
    }
    if (best < 0 && free.size > 0 && goldItems.length === 1 && draft.items.length === 1) best = 0;
    if (best >= 0) free.delete(best);
    const item = best >= 0 ? draft.items[best] : undefined;
    for (const key of Object.keys(goldItem))
      push(`items[].${key}`, goldItem[key], item ? get(item, key) : undefined);
  }
  return scores;
}
