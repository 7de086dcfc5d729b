/** inspection: required or declined, and by whom (third party, Alibaba, the buyer's or the supplier's own QC). */
import type { InspectionBy } from "../../schemas.ts";
import { findInspection } from "../inspection.ts";
import { as, type TermRule } from "./rule.ts";

export const inspectionRule: TermRule<{ required: boolean; by: InspectionBy | null }> = {
  field: "inspection",
  find(clause) {
    const found = findInspection(clause.text, clause.role);
    if (!found) return [];
    return [
      { value: { required: found.required, by: found.by }, clause, start: found.start, end: found.end },
    ];
  },
  // "Inspection?" / "no need, just send photos": the reply is read as a statement about inspection.
  asked: { topic: /\b(?:inspection|insp|inspect|qc)\b|验货/i, lead: "inspection:" },
  key: (value) => `${value.required}|${value.by}`,
  show: (value) => (value.required ? (value.by ?? "required") : "none"),
  apply(value, { draft, evidence }) {
    draft.inspection = { required: value.required, by: value.by };
    const found = [as(evidence, "inspection.required")];
    if (value.by) found.push(as(evidence, "inspection.by"));
    return found;
  },
};
