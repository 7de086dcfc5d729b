/** How terms read on the card and in the export: money in the currency's minor units, values said once. */
import { describe, expect, it } from "vitest";
import { formatMoney } from "../../../src/core/money.ts";
import { specLines } from "../../../src/slack/blocks/format.ts";

describe("formatMoney (defect 12)", () => {
  it("shows the currency's minor units, not four decimals", () => {
    expect(formatMoney(1.15, "USD")).toBe("USD 1.15");
    expect(formatMoney(1.2, "USD")).toBe("USD 1.20");
    expect(formatMoney(2300, "USD")).toBe("USD 2,300.00");
    expect(formatMoney(1610, "USD")).toBe("USD 1,610.00");
    expect(formatMoney(1500, "JPY")).toBe("JPY 1,500");
  });

  it("keeps the decimals the chat gave when there are more", () => {
    expect(formatMoney(0.125, "USD")).toBe("USD 0.125");
    expect(formatMoney(0.0375, "USD")).toBe("USD 0.0375");
  });

  it("shows the bare number when the currency is not settled", () => {
    expect(formatMoney(38.5, null)).toBe("38.50");
    expect(formatMoney(null, "USD")).toBeNull();
  });
});

describe("specLines (defect 12)", () => {
  it("says a spec's name once when the value already starts with it", () => {
    const specs = {
      size: null,
      material: "Material: food grade silicone",
      color: "Colour: Pantone 5535 C",
      packaging: "Packaging: 50 pcs per OPP bag",
      branding: "logo debossed",
      other: [],
    };
    const lines = specLines({ name: "case", quantity: 1, unit: "pcs", unitPrice: 1, specs });
    expect(lines).toEqual([
      "material: food grade silicone",
      "colour: Pantone 5535 C",
      "packaging: 50 pcs per OPP bag",
      "branding: logo debossed",
    ]);
  });
});
