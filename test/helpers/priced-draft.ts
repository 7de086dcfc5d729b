/** An order of 2,000 silicone phone cases at USD 1.15 (USD 2,300.00), with the payment and fee a test sets. */
import { type DraftOrder, emptyDraft } from "../../src/core/schemas.ts";

export const pricedDraft = (depositPercent: number | null, fee: number | null = null): DraftOrder => ({
  ...emptyDraft(),
  currency: "USD",
  items: [
    {
      name: "silicone phone case",
      quantity: 2000,
      unit: "pcs",
      unitPrice: 1.15,
      specs: { size: null, material: null, color: null, packaging: null, branding: null, other: [] },
    },
  ],
  shipping: { ...emptyDraft().shipping, fee },
  payment: { depositPercent, balance: "before_shipment", method: null },
});
