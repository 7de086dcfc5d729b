/** Orders for builder tests: the contract's example, and an oversized one that must be spread over messages. */
import { type DraftOrder, emptyDraft } from "../../../src/core/schemas.ts";
import type { FindingView, OrderView } from "../../../src/services/order-view.ts";

export function contractDraft(): DraftOrder {
  return {
    supplier: "Ningbo Example Trading Co., Ltd.",
    currency: "USD",
    items: [
      {
        name: "7 inch kids tablet",
        quantity: 1000,
        unit: "pcs",
        unitPrice: 38.5,
        specs: {
          size: "190 x 120 x 10 mm",
          material: "ABS + silicone case",
          color: "Pantone 2925 C",
          packaging: "color box, 20 pcs per export carton",
          branding: "logo silk-screen on back, 1 color",
          other: ["battery >= 3000 mAh", "long lasting battery"],
        },
      },
    ],
    shipping: { method: "sea", incoterm: "FOB", place: "Ningbo", fee: null, address: null },
    dispatch: { basis: "after_deposit", days: 25, date: null },
    payment: { depositPercent: 30, balance: "before_shipment", method: "bank_transfer" },
    inspection: { required: true, by: "third_party" },
    evidence: [
      { field: "items[0].unitPrice", line: 14, quote: "ok 38.5 usd final price" },
      { field: "supplier", line: 1, quote: "Ningbo Example Trading Co., Ltd." },
      { field: "dispatch.days", line: 20, quote: "25 days after deposit" },
    ],
  };
}

export function contractOrder(): OrderView {
  const findings: FindingView[] = [
    {
      id: "f1",
      state: "open",
      field: "items[0].specs.other",
      kind: "vague",
      quote: "long lasting battery",
      line: 7,
      suggestion: "Battery capacity >= ___ mAh (rated capacity, tested per IEC 61960)",
    },
    {
      id: "f2",
      state: "open",
      field: "dispatch",
      kind: "missing",
      quote: null,
      line: null,
      suggestion: "Ship no later than YYYY-MM-DD, or N days after deposit",
    },
  ];
  return {
    ref: "PO-3",
    channelId: "C111",
    state: "draft",
    draft: contractDraft(),
    findings,
    claims: { lateDelivery: true, quality: false },
    nextDeadline: null,
  };
}

/** 30 items with long specs and 80 findings: more than one message can hold. */
export function hugeOrder(): OrderView {
  const draft = emptyDraft();
  draft.currency = "USD";
  draft.supplier = "S".repeat(400);
  for (let i = 0; i < 30; i++)
    draft.items.push({
      name: `item ${i} ${"long name ".repeat(10)}`,
      quantity: 100 + i,
      unit: "pcs",
      unitPrice: 1.25,
      specs: {
        size: "x".repeat(300),
        material: "304 stainless steel",
        color: null,
        packaging: null,
        branding: null,
        other: ["y".repeat(500)],
      },
    });
  const findings: FindingView[] = Array.from({ length: 80 }, (_, i) => ({
    id: `f${i}`,
    state: "open",
    field: `items[${i % 30}].specs.other`,
    kind: "vague",
    quote: "q".repeat(500),
    line: i + 1,
    suggestion: `suggestion ${i} ${"z".repeat(3000)}`,
  }));
  return {
    ref: "PO-99",
    channelId: "C111",
    state: "draft",
    draft,
    findings,
    claims: { lateDelivery: false, quality: false },
    nextDeadline: null,
  };
}
