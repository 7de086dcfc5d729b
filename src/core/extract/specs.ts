/**
 * Product requirements per item, as phrases quoted from the chat: size, material, colour,
 * packaging, branding and other (certifications, capacity, quality words). The reviewer judges
 * which are measurable; here they are only collected, each with its line.
 */
import { matchesOf } from "../matches.ts";
import type { ItemSpecs } from "../schemas.ts";
import { materialPattern } from "./words/materials.ts";

export type SpecAttribute = Exclude<keyof ItemSpecs, "other"> | "other";

/** One requirement phrase and where it sits in its sentence. */
export type SpecPhrase = { attribute: SpecAttribute; phrase: string; start: number; end: number };

const rules: Array<[SpecAttribute, RegExp]> = [
  [
    "packaging",
    /\b(opp bag|pe bag|poly ?bag|polybag|bag|box|gift box|colou?r box|white box|carton|ctn|packing|packed|package|packaging|blister|hang ?tag|tube|wrapped|rolled|pallet|per carton|master carton|inner)\b|包装|纸箱/i,
  ],
  [
    "branding",
    /\b(logo|print|printed|printing|engrav\w*|emboss\w*|deboss\w*|silk[- ]?screen|screen print|sublimation|artwork|label|brand(ing)?|decal|woven tag|pad print|laser)\b|印刷|丝印/i,
  ],
  [
    "color",
    /\b(pantone|ral \d|colou?rs?|black|white|red|green|blue|navy|grey|gray|pink|yellow|orange|purple|beige|brown|gold|silver|transparent|clear|matte|glossy|natural colou?r|sage|khaki|ivory|cream)\b|颜色/i,
  ],
  [
    "material",
    new RegExp(
      String.raw`\b(${materialPattern}|304|316|food[- ]grade|bpa[- ]free|3cr13|oz canvas|gsm|glaze)\b|材质|硅胶|不锈钢`,
      "i",
    ),
  ],
  [
    "size",
    /\b\d+(\.\d+)?\s*(x|×|\*)\s*\d+|\b\d+(\.\d+)?\s*(mm|cm|m|inch|inches|in|"|ml|l|oz|liters?|litres?)\b|\b(size|diameter|thick(ness)?|length|width|height|long|wide)\b|尺寸/i,
  ],
  [
    "other",
    /\b(lfgb|fda|ce|rohs|reach|fcc|ul|en\s?\d+|iso\s?\d+|astm|mah|battery|waterproof|ip\d\d|dishwasher|microwave|certif\w*|quality|durable|strong|sturdy|soft|sharp|hardness|hrc|density|weight|capacity|keeps? (cold|hot|warm)|lead[- ]free|phthalate|usb|charging|motor|blades?|safe|powerful|nice|good|cute|premium)\b/i,
  ],
];

const notSpec =
  /\b(price|usd|rmb|eur|deposit|balance|payment|pay|t\/t|fob|cif|exw|ddp|dap|lead ?time|days?|weeks?|ship|shipping|freight|inspection|moq|sample|order|thanks?|hello|hi|dear|regards|cost|costs|budget|quote|need a|important for)\b|[$€¥]/i;

const chatter =
  /^(i'?m|i am|we are|we'?re|hi|hello|interested|looking|thank|please confirm|can you|could you|do you|is it|yes|ok|sure|no problem|good (morning|afternoon|evening)|good$|great$|fine$)\b/i;

/** Where a sentence's parts meet: commas, semicolons and "and" (not "and 2 more"). */
const separator = /\s*(?:,|;|，|；|\band\b(?!\s*\d))\s*/gi;

/** A label opening a list of requirements ("Specs:", "Details to confirm:"), blanked so the list reads alone. */
const specsLabel =
  /^\s*(?:confirm\s+)?(specs?|requirements?|specifications?|details?)(\s+(to confirm|as discussed|reminder))?\s*[:：]\s*/i;

/** Requirement phrases in one sentence (its comma-separated parts, classified by their words). */
export function findSpecs(text: string): SpecPhrase[] {
  const found: SpecPhrase[] = [];
  // (The label blanked by hand, not by a replace with a callback, which takes a slow path for every sentence.)
  const label = specsLabel.exec(text)?.[0] ?? "";
  const body = label === "" ? text : " ".repeat(label.length) + text.slice(label.length);
  let from = 0;
  const pieces: Array<[number, number]> = [];
  for (const m of matchesOf(separator, body)) {
    pieces.push([from, m.index]);
    from = m.index + m[0].length;
  }
  pieces.push([from, body.length]);
  for (const [a, b] of pieces) {
    const raw = body.slice(a, b);
    const phrase = raw
      .trim()
      .replace(/[.!:]+$/, "")
      .trim();
    if (phrase.length < 3 || phrase.length > 120 || /\?$/.test(phrase)) continue;
    if (notSpec.test(phrase) || chatter.test(phrase) || /\b(co\.?|ltd|from|here|subject|re:)\b/i.test(phrase))
      continue;
    const rule = rules.find(([, pattern]) => pattern.test(phrase));
    if (!rule) continue;
    const start = a + raw.indexOf(phrase);
    found.push({ attribute: rule[0], phrase, start, end: start + phrase.length });
  }
  return found;
}
