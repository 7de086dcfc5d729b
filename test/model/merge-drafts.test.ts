import { describe, expect, it } from "vitest";
import { type DraftOrder, emptyDraft } from "../../src/core/schemas.ts";
import type { GroundedValue } from "../../src/model/ground-proposal.ts";
import { mergeDrafts } from "../../src/model/merge-drafts.ts";

function rulesDraft(): DraftOrder {
  return {
    ...emptyDraft(),
    currency: "USD",
    items: [
      {
        name: "silicone baby bib",
        quantity: 800,
        unit: "pcs",
        unitPrice: 1.72,
        specs: { size: null, material: null, color: null, packaging: null, branding: null, other: [] },
      },
    ],
    evidence: [
      { field: "items[0].unitPrice", line: 6, quote: "1.72 USD" },
      { field: "currency", line: 6, quote: "USD" },
    ],
  };
}

const value = (field: string, v: string | number | boolean, line = 9, quote = "words"): GroundedValue => ({
  field,
  value: v,
  line,
  quote,
});

describe("mergeDrafts", () => {
  it("fills what the rules left open and records the model as the source", () => {
    const { draft, filled } = mergeDrafts(rulesDraft(), [
      value("shipping.incoterm", "FOB", 20, "FOB Shenzhen"),
      value("items[0].specs.color", "Pantone 5527 C", 8, "Color Pantone 5527 C"),
    ]);
    expect(draft.shipping.incoterm).toBe("FOB");
    expect(draft.items[0]!.specs.color).toBe("Pantone 5527 C");
    expect(filled).toEqual(["shipping.incoterm", "items[0].specs.color"]);
    expect(draft.evidence).toContainEqual({
      field: "shipping.incoterm",
      line: 20,
      quote: "FOB Shenzhen",
      source: "model",
    });
    expect(draft.evidence).toContainEqual({
      field: "items[0].unitPrice",
      line: 6,
      quote: "1.72 USD",
      source: "rules",
    });
  });

  it("keeps the rules value when the model disagrees, and reports the disagreement", () => {
    const rules = rulesDraft();
    const { draft, disagreed } = mergeDrafts(rules, [value("items[0].unitPrice", 1.6, 4)]);
    expect(draft.items[0]!.unitPrice).toBe(1.72);
    expect(disagreed).toEqual([{ field: "items[0].unitPrice", rules: 1.72, model: 1.6 }]);
    expect(rules.evidence[0]).not.toHaveProperty("source");
  });

  it("never fills a field the two sides left in conflict", () => {
    const { draft } = mergeDrafts(
      rulesDraft(),
      [value("payment.depositPercent", 30, 11)],
      [{ field: "payment.depositPercent", values: [] }],
    );
    expect(draft.payment.depositPercent).toBeNull();
  });

  it("adds the model's items only when the rules found none", () => {
    const fromNothing = mergeDrafts(emptyDraft(), [
      value("items[0].name", "luggage strap", 8),
      value("items[0].quantity", 1000, 8),
      value("items[1].name", "luggage tag", 8),
      value("items[1].unitPrice", 0.95, 8),
    ]);
    expect(fromNothing.draft.items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["luggage strap", 1000, null],
      ["luggage tag", null, 0.95],
    ]);
    const withRules = mergeDrafts(rulesDraft(), [
      value("items[1].name", "gift box", 3),
      value("items[1].quantity", 5, 3),
    ]);
    expect(withRules.draft.items).toHaveLength(1);
  });

  it("matches the model's items to the rules' items by name", () => {
    const rules = rulesDraft();
    rules.items[0]!.quantity = null;
    const { draft } = mergeDrafts(rules, [
      value("items[3].name", "baby bib", 2),
      value("items[3].quantity", 800, 4),
    ]);
    expect(draft.items[0]!.quantity).toBe(800);
    expect(draft.evidence).toContainEqual({
      field: "items[0].quantity",
      line: 4,
      quote: "words",
      source: "model",
    });
  });
});
