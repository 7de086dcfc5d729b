/** The one list of what is wrong before confirming, and how it is cut to fit a limit. */
import { describe, expect, it } from "vitest";
import { listWithin, problemsBeforeConfirming } from "../../src/core/before-confirming.ts";
import { emptyDraft, type OrderItem } from "../../src/core/schemas.ts";

const item = (overrides: Partial<OrderItem>): OrderItem => ({
  name: "silicone phone case",
  quantity: 2000,
  unit: "pcs",
  unitPrice: 1.15,
  specs: { size: null, material: null, color: null, packaging: null, branding: null, other: [] },
  ...overrides,
});

describe("problemsBeforeConfirming", () => {
  it("names a missing supplier, no item, an unnamed item and an item with no quantity or price", () => {
    expect(problemsBeforeConfirming(emptyDraft(), []).map((p) => p.text)).toEqual(["No supplier", "No item"]);
    const draft = {
      ...emptyDraft(),
      supplier: "Shenzhen Lingtong",
      items: [item({ name: "Item", quantity: null, unitPrice: 0 })],
    };
    expect(problemsBeforeConfirming(draft, []).map((p) => p.text)).toEqual([
      "Item 1 has no product name",
      "Item 1 has no quantity",
      "Item 1 has no unit price",
    ]);
  });

  it("lists open findings first, ignores settled ones, and does not repeat a gap a finding names", () => {
    const draft = { ...emptyDraft(), supplier: "Shenzhen Lingtong", items: [item({ unitPrice: null })] };
    const problems = problemsBeforeConfirming(draft, [
      { field: "items[0].unitPrice", kind: "missing", state: "open" },
      { field: "items[0].specs.color", kind: "vague", state: "applied" },
    ]);
    expect(problems).toEqual([
      { field: "items[0].unitPrice", text: expect.stringMatching(/^Missing · /), finding: true },
    ]);
  });

  it("is empty for an order ready to confirm", () => {
    const draft = { ...emptyDraft(), supplier: "Shenzhen Lingtong", items: [item({})] };
    expect(problemsBeforeConfirming(draft, [])).toEqual([]);
  });
});

describe("listWithin", () => {
  const texts = Array.from({ length: 40 }, (_, i) => `Problem number ${i + 1} on a field`);

  it("cuts between entries and says how many more there are", () => {
    const text = listWithin(texts, 300);
    expect(text.length).toBeLessThanOrEqual(300);
    const shown = text.split("\n").filter((line) => line.startsWith("• "));
    expect(text.endsWith(`…and ${40 - shown.length} more`)).toBe(true);
    for (const line of shown) expect(texts).toContain(line.slice(2));
  });

  it("lists everything when it fits", () => {
    expect(listWithin(texts.slice(0, 2), 300)).toBe(
      "• Problem number 1 on a field\n• Problem number 2 on a field",
    );
  });
});
