/** shipping.method: by sea, by air, express (a courier), rail, truck; a question weighing options settles none. */
import type { ShippingMethod } from "../../schemas.ts";
import { findShippingModes } from "../shipping.ts";
import { as, type TermRule } from "./rule.ts";

const optionHeading =
  /^\W{0,3}(?:by\s+)?(?:air|sea|ocean|express|courier|rail|railway|train|truck|road)(?:\s+(?:freight|shipping|shipment|transport|delivery))?\s*[:：]/i;
const listItem = /^\s*(?:\d{1,2}\s?[.)、]|[-*•·])\s?/;
/** A mode named as a condition ("if ship by sea", "if shipped by air"), not chosen. */
export const conditionalMode =
  /\bif (?:(?:you|we|it|goods|the goods|they) )?(?:(?:ship|ships|shipped|shipping|sent|send|delivered) )?(?:by|via) (?:air|sea|ocean|express|courier|rail|train|truck)\b/i;

/** A container named as a minimum or a capacity, not as how the goods travel. */
const containerMeasure =
  /\b(?:moq|minimum|min\.? order|holds?|fits?|loads? up to|up to|per container|mix(?:ed)?)\b/i;

/** Words before a mode that turn it down: "not by sea", "no air", "instead of sea", "rather than air". */
const turnedDown = /\b(?:not|no|never|instead\s+of|rather\s+than)\s+(?:(?:by|via|with)\s+)?$/i;

export const shippingMethodRule: TermRule<ShippingMethod> = {
  field: "shipping.method",
  find(clause) {
    const named = findShippingModes(clause.text);
    // ("NOT by sea this time: by train", "by truck, not by air", "rail instead of sea": the mode turned down is no choice.)
    const kept = named.filter(
      (mode) => !turnedDown.test(clause.text.slice(Math.max(0, mode.start - 16), mode.start)),
    );
    // ("no sea, we need it fast": the one mode named is turned down, none chosen.)
    if (named.length > 0 && kept.length === 0) return [];
    const found = kept.length === 1 && named.length === 2 ? kept : named;
    if (found.length !== 1 || (clause.question && /\bor\b/i.test(clause.text))) return [];
    // One option of a list ("Air Freight: 5-12 days...", "If ship by air, ...") is not the choice.
    if (optionHeading.test(clause.text) || conditionalMode.test(clause.text)) return [];
    // "by sea or air": the other mode named bare after "or" still makes it a choice.
    const mode = found[0]!;
    // ("MOQ is one 20ft container", "a 40HQ container holds 1200 chairs": a container as a measure of the order.)
    if (/container/i.test(clause.text.slice(mode.start, mode.end)) && containerMeasure.test(clause.text))
      return [];
    if (
      /^\s*(?:\/|or)\s*(?:by\s+)?(?:air|sea|ocean|express|courier|rail|train|truck)\b/i.test(
        clause.text.slice(mode.end),
      ) ||
      /\b(?:air|sea|ocean|express|courier|rail|train|truck)\s*(?:\/|or)\s*$/i.test(
        clause.text.slice(0, mode.start),
      )
    )
      return [];
    return [{ value: found[0]!.method, clause, start: found[0]!.start, end: found[0]!.end }];
  },
  apply(value, { draft, evidence, mentions }) {
    // A numbered or bulleted list of modes ("1. Express ... 2. Air ... 3. Sea") offers them all.
    const listed = mentions.filter((m) => listItem.test(m.clause.text));
    if (listItem.test(mentions.at(-1)?.clause.text ?? "") && new Set(listed.map((m) => m.value)).size > 1)
      return [];
    draft.shipping.method = value;
    return [as(evidence, "shipping.method")];
  },
};
