/** inspection: required or declined, and by whom (third party, Alibaba, the buyer's or the supplier's own QC). */
import type { InspectionBy } from "../../schemas.ts";
import { evidenceFor } from "../clauses.ts";
import { findInspection } from "../inspection.ts";
import { as, type TermRule } from "./rule.ts";

type Inspection = { required: boolean; by: InspectionBy | null; thirdPartyOnly?: boolean };

export const inspectionRule: TermRule<Inspection> = {
  field: "inspection",
  find(clause) {
    const found = findInspection(clause.text, clause.role);
    if (!found) return [];
    return [
      {
        value: {
          required: found.required,
          by: found.by,
          ...(found.thirdPartyOnly ? { thirdPartyOnly: true } : {}),
        },
        clause,
        start: found.start,
        end: found.end,
      },
    ];
  },
  // "Inspection?" / "no need, just send photos": the reply is read as a statement about inspection.
  asked: { topic: /\b(?:inspection|insp|inspect|qc)\b|验货/i, lead: "inspection:" },
  key: (value) => `${value.required}|${value.by}`,
  show: (value) => (value.required ? (value.by ?? "required") : "none"),
  apply(value, { draft, evidence, mentions }) {
    // "our QC checks 100% before packing" / "then we don't need a third party inspector": the supplier's own check
    // stands; only the third party was turned down.
    const own = value.thirdPartyOnly
      ? mentions.findLast((mention) => mention.value.required && mention.value.by === "supplier")
      : undefined;
    if (own) {
      draft.inspection = { required: true, by: "supplier" };
      const said = evidenceFor("inspection", own.clause, own.start, own.end);
      return [as(said, "inspection.required"), as(said, "inspection.by")];
    }
    draft.inspection = { required: value.required, by: value.by };
    const found = [as(evidence, "inspection.required")];
    if (value.by) found.push(as(evidence, "inspection.by"));
    return found;
  },
};
