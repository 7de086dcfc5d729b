import { describe, expect, it } from "vitest";
import { parseFieldPath, readDraftField } from "../../src/core/order-fields.ts";
import { emptyDraft } from "../../src/core/schemas.ts";
import { AppError } from "../../src/errors.ts";
import { setDraftField } from "../../src/store/draft-field.ts";

const draft = {
  ...emptyDraft(),
  items: [
    {
      name: "kids tablet",
      quantity: 1000,
      unit: "pcs",
      unitPrice: 38.5,
      specs: { size: null, material: null, color: null, packaging: null, branding: null, other: [] },
    },
  ],
};

function refusal(field: string, value: unknown): string {
  try {
    setDraftField(draft, field, value);
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid_field") return error.userMessage;
    throw error;
  }
  throw new Error(`${field}=${String(value)} was accepted`);
}

describe("draft field paths", () => {
  it("reads the paths people type", () => {
    expect(parseFieldPath("items[0].specs.color")).toEqual(["items", 0, "specs", "color"]);
    expect(parseFieldPath("payment.depositPercent")).toEqual(["payment", "depositPercent"]);
    for (const bad of ["", "items[", "items[0]..x", "0.items", "items[-1]", "a b"])
      expect(parseFieldPath(bad)).toBeNull();
    expect(readDraftField(draft, "items[0].quantity")).toEqual({ exists: true, value: 1000 });
    expect(readDraftField(draft, "items[1].quantity").exists).toBe(false);
    expect(readDraftField(draft, "constructor").exists).toBe(false);
  });
});

describe("setDraftField", () => {
  it("reads typed text as the field wants it and leaves the original draft alone", () => {
    expect(setDraftField(draft, "items[0].quantity", "1,200").draft.items[0]?.quantity).toBe(1200);
    expect(setDraftField(draft, "shipping.incoterm", "fob").draft.shipping.incoterm).toBe("FOB");
    expect(setDraftField(draft, "payment.method", "PAY_LATER").draft.payment.method).toBe("pay_later");
    expect(setDraftField(draft, "currency", "usd").draft.currency).toBe("USD");
    expect(setDraftField(draft, "inspection.required", "yes").draft.inspection.required).toBe(true);
    expect(setDraftField(draft, "supplier", "1688 Trading").draft.supplier).toBe("1688 Trading");
    expect(setDraftField(draft, "items[0].unitPrice", "null").draft.items[0]?.unitPrice).toBeNull();
    expect(
      setDraftField(draft, "items[0].specs.other", "battery >= 3000 mAh").draft.items[0]?.specs.other,
    ).toEqual(["battery >= 3000 mAh"]);
    expect(setDraftField(draft, "dispatch.date", " 2026-03-15 ").after).toBe("2026-03-15");
    expect(draft.items[0]?.quantity).toBe(1000);
  });

  it("reports the value before and after for the audit trail", () => {
    expect(setDraftField(draft, "items[0].unitPrice", "36")).toMatchObject({ before: 38.5, after: 36 });
  });

  it("refuses unknown fields, out-of-range items and values the schema rejects, saying which", () => {
    expect(refusal("colour", "blue")).toMatch(/not a field of the order/);
    expect(refusal("items[2].quantity", "5")).toMatch(/not a field/);
    expect(refusal("payment.depositPercent", "130")).toMatch(/Deposit/);
    expect(refusal("shipping.method", "teleport")).toMatch(/must be one of/);
    expect(refusal("dispatch.date", "2026-02-30")).toMatch(/YYYY-MM-DD/);
    expect(refusal("__proto__", "x")).toMatch(/not a field/);
  });

  it("says what is wrong in the person's words, never the schema's", () => {
    expect(refusal("items[0].quantity", "-5")).toBe("quantity must be a whole number above 0, not -5.");
    expect(refusal("items[0].quantity", "2.5")).toBe("quantity must be a whole number above 0, not 2.5.");
    expect(refusal("items[0].quantity", "many")).toBe("quantity must be a whole number above 0, not many.");
    expect(refusal("payment.depositPercent", "150")).toBe(
      "Deposit (%) must be a percentage from 0 to 100, not 150.",
    );
    expect(refusal("items[0].unitPrice", "-1")).toMatch(/^unit price must be a price above 0/);
    expect(refusal("shipping.method", "teleport")).toMatch(/^Shipping method must be one of sea, air/);
    for (const message of [refusal("items[0].quantity", "-5"), refusal("payment.depositPercent", "150")])
      expect(message).not.toMatch(/expected|received/);
  });
});
