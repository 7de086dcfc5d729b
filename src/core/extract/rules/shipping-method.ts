/** shipping.method: by sea, by air, express (a courier), rail, truck; a question weighing options settles none. */
import type { ShippingMethod } from "../../schemas.ts";
import { findShippingModes } from "../shipping.ts";
import { as, type TermRule } from "./rule.ts";

export const shippingMethodRule: TermRule<ShippingMethod> = {
  field: "shipping.method",
  find(clause) {
    const found = findShippingModes(clause.text);
    if (found.length !== 1 || (clause.question && /\bor\b/i.test(clause.text))) return [];
    return [{ value: found[0]!.method, clause, start: found[0]!.start, end: found[0]!.end }];
  },
  apply(value, { draft, evidence }) {
    draft.shipping.method = value;
    return [as(evidence, "shipping.method")];
  },
};
