/**
 * What the order needs and the chat never settled: a ship date, a price and quantity per item, payment
 * terms, inspection, and a measurable spec per item. Fields under an unreconciled conflict are reported
 * as conflicts instead, never twice.
 */
import type { DraftOrder, Finding } from "../schemas.ts";
import { isMeasurable, isMeasurableSpec } from "./measurable.ts";
import { colorWords } from "./vocabulary.ts";

/** Suggestions for missing terms, by the field they fill. */
export const missingSuggestions = {
  items: "Name each product with its quantity, unit and unit price, e.g. 1000 pcs at USD ___ per pc",
  quantity: "Quantity ___ pcs (the quantity ordered, not the MOQ)",
  unitPrice: "Unit price ___ per pc in the order currency, as last agreed by both sides",
  dispatch: "Ship no later than YYYY-MM-DD, or N days after deposit",
  payment: "Payment: ___% deposit by T/T through the order, balance ___% before shipment",
  inspection:
    "Pre-shipment inspection (third party, e.g. QIMA/SGS) per ISO 2859-1, General Inspection Level II, AQL 0 / 2.5 / 4.0",
  shipping: "Shipping: mode (sea/air/express) and Incoterm 2020 with named place, e.g. FOB Ningbo by sea",
  specs:
    "Write at least one measurable requirement per product: dimensions in mm, material grade, Pantone colour, AQL 2.5 inspection",
  color: "Colour Pantone ___ C (or RAL ___), ΔE <= 2.0 against the approved sample",
} as const;

function missing(field: string, suggestion: string): Finding {
  return { field, kind: "missing", quote: null, line: null, suggestion };
}

/** True when the field, or one under it, is listed in the conflicts. */
function inConflict(conflictFields: ReadonlySet<string>, field: string): boolean {
  for (const conflict of conflictFields)
    if (conflict === field || conflict.startsWith(`${field}.`)) return true;
  return false;
}

/** The spec texts of an item. */
function specTexts(specs: DraftOrder["items"][number]["specs"]): string[] {
  return [specs.size, specs.material, specs.color, specs.packaging, specs.branding, ...specs.other].filter(
    (value): value is string => typeof value === "string" && value.length > 0,
  );
}

/** Whether an item carries a measurable spec: in its own specs, else in a transcript line that names it. */
export function itemHasMeasurableSpec(
  draft: DraftOrder,
  index: number,
  lines: ReadonlyArray<{ line: number; text: string }>,
): boolean {
  const item = draft.items[index];
  if (!item) return false;
  if (specTexts(item.specs).some(isMeasurableSpec)) return true;
  return measurableLinesFor(draft, index, lines).length > 0;
}

/** An item name without the measures that end it ("600 ml glass container 500ml" -> "600 ml glass container"). */
function nameCore(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && /\d/.test(words.at(-1)!)) words.pop();
  return words.length === 1 && /\d/.test(words[0]!) ? "" : words.join(" ");
}

/** `text` with every occurrence of `part` (any case) replaced by a space: one pass, no pattern built at run time. */
function removeAll(text: string, part: string): string {
  if (!part) return text;
  const lower = text.toLowerCase();
  const needle = part.toLowerCase();
  // Lowering can change a string's length (a few non-ASCII letters): then the offsets would not match.
  if (lower.length !== text.length) return text;
  let out = "";
  let from = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
    out += `${text.slice(from, at)} `;
    from = at + needle.length;
  }
  return out + text.slice(from);
}

/** Lines that state a measurable spec about the item: lines naming it, or naming no item (said of all). */
function measurableLinesFor(
  draft: DraftOrder,
  index: number,
  lines: ReadonlyArray<{ line: number; text: string }>,
): Array<{ line: number; text: string }> {
  const names = draft.items.map((item) => nameWords(item.name));
  const mentions = (text: string, words: string[]) => words.some((word) => text.toLowerCase().includes(word));
  // A measure before the product noun ("600 ml glass container") names the product; it is not a
  // requirement. Measures after the noun ("yoga mat 183x61cm 4mm") are specs and stay.
  const withoutNames = (text: string) =>
    draft.items.reduce((rest, item) => removeAll(rest, nameCore(item.name)), text);
  return lines.filter(
    ({ text }) =>
      isMeasurableSpec(withoutNames(text)) &&
      (draft.items.length === 1 ||
        mentions(text, names[index] ?? []) ||
        !names.some((words) => mentions(text, words))),
  );
}

const genericNameWords = new Set([
  "with",
  "for",
  "and",
  "the",
  "pcs",
  "set",
  "sets",
  "custom",
  "logo",
  "our",
  "your",
]);

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && !genericNameWords.has(word));
}

const colorMention = new RegExp(`\\b(?:${colorWords.join("|")}|colou?rs?)\\b`, "i");
const colorCode = /\b(?:pantone|pms|ral|ncs)\b/i;

/** Missing findings for the draft; `lines` are the transcript's message lines. */
export function findMissingTerms(
  draft: DraftOrder,
  lines: ReadonlyArray<{ line: number; text: string }>,
  conflictFields: ReadonlySet<string>,
): Finding[] {
  const findings: Finding[] = [];
  if (draft.items.length === 0 && !inConflict(conflictFields, "items")) {
    findings.push(missing("items", missingSuggestions.items));
  }
  draft.items.forEach((item, index) => {
    const at = `items[${index}]`;
    if (item.quantity === null && !inConflict(conflictFields, `${at}.quantity`))
      findings.push(missing(`${at}.quantity`, missingSuggestions.quantity));
    if (item.unitPrice === null && !inConflict(conflictFields, `${at}.unitPrice`))
      findings.push(missing(`${at}.unitPrice`, missingSuggestions.unitPrice));
    if (!itemHasMeasurableSpec(draft, index, lines))
      findings.push(missing(`${at}.specs`, missingSuggestions.specs));
    const colorSettled = item.specs.color !== null && isMeasurable(item.specs.color);
    const colorDiscussed = lines.some(({ text }) => colorMention.test(text));
    const colorCoded = lines.some(({ text }) => colorCode.test(text));
    if (index === 0 && colorDiscussed && !colorCoded && !colorSettled)
      findings.push(missing(`${at}.specs.color`, missingSuggestions.color));
  });
  const { basis, days, date } = draft.dispatch;
  const dispatchSettled = basis === "fixed_date" ? date !== null : basis !== null && days !== null;
  if (!dispatchSettled && !inConflict(conflictFields, "dispatch"))
    findings.push(missing("dispatch", missingSuggestions.dispatch));
  const { depositPercent, method } = draft.payment;
  if (depositPercent === null && method === null && !inConflict(conflictFields, "payment"))
    findings.push(missing("payment", missingSuggestions.payment));
  if (draft.inspection.required === null && !inConflict(conflictFields, "inspection"))
    findings.push(missing("inspection", missingSuggestions.inspection));
  if (
    draft.shipping.incoterm === null &&
    draft.shipping.method === null &&
    !inConflict(conflictFields, "shipping")
  )
    findings.push(missing("shipping", missingSuggestions.shipping));
  return findings;
}
