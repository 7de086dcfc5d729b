/**
 * The order a supplier drafts on Alibaba, pasted back into the chat as its "Order details" page: products
 * numbered "Product 1:", fields set apart by wide gaps ("Quantity: 2,400 Pieces    Unit price: US $1.72
 * Subtotal: US $4,128.00"), the first payment's amount with its share ("Initial payment: US $2,416.20 (30%)"),
 * and a shipping date counted from it. The card reads what the page says, no subtotal as a price.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const orderPage = (gap: string) => [
  "Alba Ruiz  2027-02-01 17:22",
  "Hola Kevin, the bucket at 4.10 is too much for us, we can pay 3.80. And the hose reel 12.50 -> 11.90?",
  "Kevin Zhou  2027-02-02 09:05",
  "Dear Alba, best price bucket 3.95 and hose reels 12.20, steel price is high this month.",
  "Alba Ruiz  2027-02-02 18:05",
  "Ok with 3.95 for the bucket and 12.20 for the reel. Please make the order with 1,500 buckets and 600 reels.",
  "Kevin Zhou  2027-02-03 10:13",
  "Order details",
  "Order No.: 2218447105621093    Status: Waiting for buyer's confirmation",
  "Supplier: Ningbo Verde Garden Products Co., Ltd.",
  "Product 1: Galvanised garden bucket 9 L, with lid",
  "  Product requirements: 0.4 mm galvanised steel, powder coated RAL 6005",
  `  Quantity: 1,500 Pieces${gap}Unit price: US $3.95${gap}Subtotal: US $5,925.00`,
  "Product 2: Wall-mounted hose reel 30 m",
  "  Product requirements: ABS housing, brass fittings",
  `  Quantity: 600 Pieces${gap}Unit price: US $12.20${gap}Subtotal: US $7,320.00`,
  "Shipping method: Ocean freight (LCL)",
  "Trade terms: FOB Ningbo",
  "Shipping date: Within 30 days after receiving the initial payment",
  "Order total: US $13,245.00",
  `Initial payment: US $3,973.50 (30%)${gap}Balance payment: US $9,271.50, before shipment`,
  "Payment method: T/T (bank transfer)",
  "Alba Ruiz  2027-02-03 16:40",
  "Perfect Kevin, all is correct. I confirm and we pay the 30% tomorrow.",
];

describe("an Alibaba order-details page pasted into the chat", () => {
  it.each([
    ["four spaces", "    "],
    ["a tab", "\t"],
  ])("fields set apart by %s: each product at its page's count and unit price", (_, gap) => {
    const draft = draftOf(orderPage(gap));
    expect(draft.items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["Galvanised garden bucket 9 L", 1500, 3.95],
      ["Wall-mounted hose reel 30 m", 600, 12.2],
    ]);
  });

  it("the initial payment's share is the deposit, and the shipping date counts from it", () => {
    const draft = draftOf(orderPage("    "));
    expect(draft.payment).toEqual({
      depositPercent: 30,
      balance: "before_shipment",
      method: "bank_transfer",
    });
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 30, date: null });
    expect(draft.evidence.find((e) => e.field === "payment.depositPercent")?.quote).toContain(
      "Initial payment",
    );
  });

  it("quotes each product's line as written, 'Product 1:' and all", () => {
    const draft = draftOf(orderPage("    "));
    expect(draft.evidence.find((e) => e.field === "items[0].name")?.quote).toBe(
      "Product 1: Galvanised garden bucket 9 L, with lid",
    );
  });
});

describe("a name the chat says with its price talk", () => {
  it("'best price trowel 1.72' names the trowel, not the price; 'steel price is high' names no goods", () => {
    const draft = draftOf([
      "Buyer: the trowel at USD 1.85 is too much for us, we can pay 1.65. And the pruner?",
      "Supplier: Dear Alba, best price trowel 1.72 and pruner 2.95, steel price is high this month.",
      "Buyer: Ok with 1.72 for the trowel and 2.95 for the pruner. Please make the order with 2,400 trowels and 1,200 pruners.",
    ]);
    expect(draft.items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["trowel", 2400, 1.72],
      ["pruner", 1200, 2.95],
    ]);
  });
});
