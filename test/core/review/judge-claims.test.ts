import { describe, expect, it } from "vitest";
import { dispatchSettled, judgeClaims } from "../../../src/core/review/judge-claims.ts";
import { type DraftOrder, emptyDraft, type Finding } from "../../../src/core/schemas.ts";

const item = (name: string) => ({
  name,
  quantity: 100,
  unit: "pcs",
  unitPrice: 1,
  specs: { size: null, material: null, color: null, packaging: null, branding: null, other: [] },
});

const finding = (kind: Finding["kind"]): Finding => ({
  field: "items[0].specs.color",
  kind,
  quote: "nice blue",
  line: 3,
  suggestion: "Colour: Pantone ___ C",
});

describe("dispatchSettled", () => {
  it.each([
    [{ basis: "fixed_date", days: null, date: "2026-12-15" }, true],
    [{ basis: "fixed_date", days: 30, date: null }, false],
    [{ basis: "after_deposit", days: 25, date: null }, true],
    [{ basis: "after_balance", days: 7, date: null }, true],
    [{ basis: "after_order", days: 30, date: null }, true],
    [{ basis: "after_deposit", days: null, date: "2026-12-15" }, false],
    [{ basis: null, days: 25, date: null }, false],
    [{ basis: null, days: null, date: "2026-12-15" }, false],
  ] as const)("%j -> %s", (dispatch, expected) => {
    expect(dispatchSettled(dispatch as DraftOrder["dispatch"])).toBe(expected);
  });
});

describe("judgeClaims", () => {
  const shipDated: DraftOrder = {
    ...emptyDraft(),
    items: [item("mug"), item("lid")],
    dispatch: { basis: "after_deposit", days: 25, date: null },
  };

  it("supports both claims when the ship date is settled, every item has a spec and nothing vague is open", () => {
    expect(judgeClaims(shipDated, [finding("missing"), finding("risk")], () => true)).toEqual({
      lateDelivery: true,
      quality: true,
    });
  });

  it("loses the quality claim to one unspecified item or one open vague term", () => {
    expect(judgeClaims(shipDated, [], (index) => index === 0).quality).toBe(false);
    expect(judgeClaims(shipDated, [], (index) => index === 1).quality).toBe(false);
    expect(judgeClaims(shipDated, [finding("vague")], () => true).quality).toBe(false);
    expect(judgeClaims(shipDated, [finding("conflict")], () => true).quality).toBe(true);
  });

  it("supports no quality claim for an order without items, and no late-delivery claim without a ship date", () => {
    expect(judgeClaims({ ...shipDated, items: [] }, [], () => true)).toEqual({
      lateDelivery: true,
      quality: false,
    });
    expect(
      judgeClaims({ ...shipDated, dispatch: { basis: null, days: null, date: null } }, [], () => true),
    ).toEqual({
      lateDelivery: false,
      quality: true,
    });
  });
});
