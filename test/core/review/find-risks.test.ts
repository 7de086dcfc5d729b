import { describe, expect, it } from "vitest";
import { findRisks } from "../../../src/core/review/find-risks.ts";
import { type DraftOrder, emptyDraft } from "../../../src/core/schemas.ts";

const lines = (...texts: string[]) => texts.map((text, index) => ({ line: index + 1, text }));

describe("findRisks", () => {
  it.each([
    ["Please pay the balance to my personal account, it is faster.", "personal account"],
    ["Dear, our bank account has changed, please use the new one below.", "bank account has changed"],
    ["Can you send PayPal friends and family to save the fee?", "friends and family"],
    ["Please transfer the money to our Hong Kong company account.", "to our Hong Kong company account"],
    ["We can also take Western Union.", "Western Union"],
  ])("flags paying outside the order: %j", (text, quote) => {
    const [risk] = findRisks(emptyDraft(), lines("Buyer: hi", text));
    expect(risk).toMatchObject({ kind: "risk", field: "payment.method", line: 2 });
    expect(risk?.quote?.toLowerCase()).toContain(quote.toLowerCase().split(" ")[0]);
    expect(text).toContain(risk!.quote);
    expect(risk?.suggestion).toMatch(/order|protection|Goods and Services/);
  });

  it("does not flag paying the company account through the order", () => {
    expect(findRisks(emptyDraft(), lines("Please pay by bank transfer to our company account."))).toEqual([]);
  });

  it("flags a sea-only Incoterm on an air or express shipment and names the any-mode one", () => {
    const draft: DraftOrder = {
      ...emptyDraft(),
      shipping: { method: "air", incoterm: "FOB", place: "Shenzhen", fee: null, address: null },
      evidence: [{ field: "shipping.incoterm", line: 4, quote: "fob Shenzhen by air" }],
    };
    expect(findRisks(draft, [])).toEqual([
      {
        field: "shipping.incoterm",
        kind: "risk",
        quote: "fob",
        line: 4,
        suggestion: "FOB is for sea and inland waterway only; by air use FCA Shenzhen (Incoterms 2020).",
      },
    ]);
  });

  it("accepts FOB by sea and FCA by air", () => {
    const sea: DraftOrder = {
      ...emptyDraft(),
      shipping: { ...emptyDraft().shipping, method: "sea", incoterm: "FOB" },
    };
    const air: DraftOrder = {
      ...emptyDraft(),
      shipping: { ...emptyDraft().shipping, method: "air", incoterm: "FCA" },
    };
    expect([...findRisks(sea, []), ...findRisks(air, [])]).toEqual([]);
  });
});
