import { describe, expect, it } from "vitest";
import { buildContractContent } from "../../../src/core/documents/contract-content.ts";
import { type DraftOrder, type Finding, LifecycleDates } from "../../../src/core/schemas.ts";
import { contractDraft } from "../../slack/blocks/sample-orders.ts";

const vagueColour: Finding = {
  field: "items[0].specs.color",
  kind: "vague",
  quote: "nice blue",
  line: 9,
  suggestion: "Colour Pantone ___ C (or RAL ___), ΔE <= 2.0 against the approved sample",
};

function contract(
  draft: DraftOrder,
  findings: Finding[],
  edits = [] as Array<{ field: string; actor: string; at: string }>,
) {
  return buildContractContent({
    order: draft,
    findings,
    messages: [],
    edits,
    ref: "PO-3",
    issuedOn: "2026-11-03",
    buyer: "Baker Outdoor GmbH",
    confirmed: true,
    dates: LifecycleDates.parse({}),
  });
}

describe("contract content", () => {
  it("prints a term with an open vague finding as a blank with the measurable rewrite, never as its value", () => {
    const draft = contractDraft();
    draft.items[0]!.specs.color = "nice blue";
    const content = contract(draft, [vagueColour]);
    const colour = content.specs[0]!.terms.find((term) => term.label === "Colour")!;
    expect(colour).toEqual({
      label: "Colour",
      blank: true,
      value:
        "______ (to be agreed: 'nice blue' is not measurable; Colour Pantone ___ C (or RAL ___), ΔE <= 2.0 against the approved sample)",
    });
    // The vague value is neither a term nor a row of the evidence appendix.
    expect(content.evidence.some((row) => row.value === "nice blue")).toBe(false);
    expect(content.openFindings).toEqual([
      expect.objectContaining({ field: "items[0].specs.color", kind: "vague", line: 9 }),
    ]);
  });

  it("treats a person's later edit of the field as settling it, marked with who and when", () => {
    const content = contract(
      contractDraft(),
      [vagueColour],
      [{ field: "items[0].specs.color", actor: "U0TOM", at: "2026-11-04T09:00:00Z" }],
    );
    const colour = content.specs[0]!.terms.find((term) => term.label === "Colour")!;
    expect(colour).toMatchObject({ blank: false, value: "Pantone 2925 C (edited by U0TOM on 2026-11-04)" });
    expect(content.evidence).toContainEqual(
      expect.objectContaining({ term: "Colour", edited: "edited by U0TOM on 2026-11-04" }),
    );
    expect(content.openFindings).toEqual([]);
  });

  it("computes the amounts, the deposit and the total, and names the payment channel", () => {
    const content = contract(contractDraft(), []);
    expect(content.items[0]).toMatchObject({
      quantity: "1,000",
      unitPrice: "USD 38.50",
      amount: "USD 38,500.00",
    });
    expect(content.totals).toContainEqual({ label: "Total", value: "USD 38,500.00", blank: false });
    const payment = content.sections.find((section) => section.heading === "Payment")!.terms;
    expect(payment.map((term) => term.value)).toEqual([
      "30% of the total = USD 11,550.00",
      "70% before shipment",
      "bank transfer (T/T)",
      "paid through the Trade Assurance order only; no payment to any other account",
    ]);
    expect(content.draftMark).toBe(false);
  });

  it("blanks the amounts while a price is open, and says the late-delivery claim waits for a ship date", () => {
    const draft = contractDraft();
    const content = contract(draft, [
      {
        field: "items[0].unitPrice",
        kind: "conflict",
        quote: "38.5",
        line: 14,
        suggestion: "Agree one unit price",
      },
      {
        field: "dispatch",
        kind: "missing",
        quote: null,
        line: null,
        suggestion: "Ship no later than YYYY-MM-DD",
      },
    ]);
    expect(content.items[0]!.unitPrice).toMatch(
      /^______ \(to be agreed: the two sides stated different values/,
    );
    expect(content.items[0]!.amount).toBe("______");
    expect(content.totals.at(-1)).toMatchObject({ label: "Total", blank: true });
    expect(content.clauses[0]!.text).toContain(
      "No late-delivery claim is possible until the shipment date is agreed",
    );
  });
});
