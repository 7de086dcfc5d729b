/** shipping.incoterm and shipping.place: "FOB Ningbo", "ex-works Dongguan"; a sentence naming two codes settles neither. */
import type { Incoterm } from "../../schemas.ts";
import { evidenceFor } from "../clauses.ts";
import { findIncoterms } from "../incoterm.ts";
import { as, type TermRule } from "./rule.ts";

const surchargeAfter =
  /^(?:\s[A-Z][a-z]+){0,2}\s?(?:add|adds|plus|\+|extra)\s?(?:usd|us\$|eur|gbp|rmb|cny|[$€£¥])/i;

export const incotermRule: TermRule<{ code: Incoterm; place: string | null }> = {
  field: "shipping.incoterm",
  find(clause) {
    // "CIF add USD 1,650 for 20GP": what another term costs on top is an option quoted, not the term stated.
    const codes = findIncoterms(clause.text).filter(
      (c) => !surchargeAfter.test(clause.text.slice(c.end, c.end + 30)),
    );
    if (codes.length === 0 || new Set(codes.map((c) => c.code)).size !== 1) return [];
    const withPlace = codes.find((c) => c.place) ?? codes[0]!;
    return [
      {
        value: { code: withPlace.code, place: withPlace.place },
        clause,
        start: withPlace.start,
        end: withPlace.end,
      },
    ];
  },
  key: (value) => value.code,
  show: (value) => value.code,
  apply(value, { draft, mentions, evidence, clauses = [] }) {
    draft.shipping.incoterm = value.code;
    const found = [as(evidence, "shipping.incoterm")];
    // The place is the last one named with this code, even when a later mention repeats the code alone.
    const place = [...mentions].reverse().find((m) => m.value.code === value.code && m.value.place);
    if (place?.value.place) {
      draft.shipping.place = place.value.place;
      found.push(
        evidenceFor("shipping.place", place.clause, place.start, place.end + place.value.place.length + 1),
      );
      return found;
    }
    // "8.20 FOB Shenzhen or 8.95 CIF Hamburg" / "OK, 8.95 CIF": the option taken names its place.
    for (const clause of [...clauses].reverse()) {
      const option = findIncoterms(clause.text).find((c) => c.code === value.code && c.place);
      if (!option?.place) continue;
      draft.shipping.place = option.place;
      found.push(evidenceFor("shipping.place", clause, option.start, option.end + option.place.length + 1));
      break;
    }
    return found;
  },
};
