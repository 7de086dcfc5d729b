/**
 * A question closed by a bracket or a quote mark ("(Need to decide: QIMA or our own check?)", '"can you do 20
 * days?"') is still a question: it settles no term.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const order = [
  "Buyer: 1500 pcs coffee scale at USD 9.40, confirmed",
  "Supplier: ok confirmed, 30% deposit, balance before shipment",
];

describe("a question in brackets or quotes", () => {
  it.each([
    "Inspection: not discussed. (Need to decide: QIMA or our own check?)",
    "Inspection: not discussed. [QIMA or our own QC?]",
    'Boss asked: "do we book a third-party inspection?"',
  ])("'%s' books no inspection", (line) => {
    const draft = draftOf([...order, `Buyer: ${line}`]);
    expect([draft.inspection.required, draft.inspection.by]).toEqual([null, null]);
  });

  it("a statement in brackets still states its term", () => {
    const draft = draftOf([...order, "Buyer: Inspection: QIMA before shipment (we book it)."]);
    expect([draft.inspection.required, draft.inspection.by]).toEqual([true, "third_party"]);
  });
});
