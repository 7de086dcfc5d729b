/**
 * Quantities of goods sold by measure: "3000 metres of 12oz canvas", "shea base 300 kg", "25kg pearl mica".
 * A number before a metre or a kilogram is usually a size or a weight ("1.5 m cable", "25 kg per bag"),
 * so it is read as the order's quantity only for an item whose price is per that same measure, and only
 * where the count reads no other way: never a pack ("25 kg/drum"), a size ("150 m wide") or a minimum.
 */
import { matchesOf } from "../matches.ts";
import type { Evidence } from "../schemas.ts";
import { type Clause, evidenceFor } from "./clauses.ts";
import { type ItemRef, itemMentions, segmentAt } from "./items.ts";
import { measureUnitOf, soldByWords } from "./words/units.ts";

/** A number and a measure word: "3000 metres", "1,200m", "25kg", "300 kgs". */
const measured = new RegExp(
  String.raw`(?<![\w.,$€£¥/-])(\d{1,3}(?:,\d{3})+|\d{1,7})(\s?[kK])?\s?(${soldByWords})(?![\p{L}\d])`,
  "giu",
);
/** After the measure: a pack, a rate or a dimension ("25 kg per bag", "50 m/roll", "1.5 m long"). */
const notAnOrderAfter =
  /^\s?(?:\/|per\b|each\b|a\b|an\b|in\s(?:a|one|each)\b|wide\b|width\b|long\b|length\b|high\b|height\b|thick\b|deep\b|x\b|×|\*)/i;
/** Before it: a weight or size label, a pack, a minimum or a sample. */
const notAnOrderBefore =
  /\b(?:moq|minimum|min\.?|at least|sample|samples|width|length|weight|n\.?\s?w\.?|g\.?\s?w\.?|net|gross|each|per|roll of|bag of|drum of|carton of|ctn of|approx\.?|about|around|max\.?|up to|under|over)\s?:?\s?$/i;

/** A question that puts a quantity as a condition or an alternative, not as the need. */
const hypothetical = /\b(?:if|what about|how about|can you do|could you do|or)\b/i;

export type MeasuredQuantity = { value: number; unit: string; evidence: Evidence };

/**
 * For each item priced per a measure (`measureOf[i]`, e.g. "metres"), the last quantity in that measure
 * the chat gives it, else null. A sentence naming one item gives it the quantity; a chat of one item gives
 * every such quantity to it.
 */
export function measuredQuantities(
  clauses: readonly Clause[],
  items: readonly ItemRef[],
  measureOf: ReadonlyArray<string | null>,
): Array<MeasuredQuantity | null> {
  const found: Array<MeasuredQuantity | null> = items.map(() => null);
  if (!measureOf.some(Boolean)) return found;
  for (const clause of clauses) {
    // ("200kg please, what is the price?" states a need; "what if 500 kg?" only asks.)
    if (clause.sample || (clause.question && hypothetical.test(clause.text))) continue;
    for (const mention of measureMentions(clause.text)) {
      const item = ownerOf(clause.text, mention.start, mention.end, items);
      if (item === null || measureOf[item] !== mention.unit) continue;
      const evidence = evidenceFor("quantity", clause, mention.start, mention.end);
      found[item] = { value: mention.value, unit: mention.unit, evidence };
    }
  }
  return found;
}

/** Each amount of a measure in a sentence that could be a quantity ordered: no pack, size, weight or minimum. */
export function measureMentions(
  text: string,
): Array<{ value: number; unit: string; start: number; end: number }> {
  if (!/\d/.test(text)) return [];
  const found: Array<{ value: number; unit: string; start: number; end: number }> = [];
  for (const m of matchesOf(measured, text)) {
    const unit = measureUnitOf(m[3]!);
    const end = m.index + m[0].length;
    if (!unit || notAnOrderAfter.test(text.slice(end, end + 12))) continue;
    if (notAnOrderBefore.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const value = Number(m[1]!.replace(/,/g, "")) * (m[2] ? 1000 : 1);
    found.push({ value, unit, start: m.index, end });
  }
  return found;
}

/** The item a quantity speaks of: the only one, else the one named nearest in its sentence part. */
export function ownerOf(text: string, start: number, end: number, items: readonly ItemRef[]): number | null {
  if (items.length === 1) return 0;
  const part = segmentAt(text, start);
  const from = text.indexOf(part);
  const hits = itemMentions(part, items).map((hit) => ({
    item: hit.item,
    gap: hit.start + from >= end ? hit.start + from - end : start - (hit.end + from),
  }));
  const nearest = hits.filter((hit) => hit.gap >= 0).sort((a, b) => a.gap - b.gap)[0];
  return nearest && nearest.gap <= 40 ? nearest.item : null;
}
