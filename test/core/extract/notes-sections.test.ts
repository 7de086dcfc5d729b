/**
 * Call or meeting notes kept under numbered headings, one product a section ("1) Mailer boxes - E-flute",
 * then "- AGREED: 10,000 pcs at USD 465 / 1000 pcs"): each heading is an item, and the lines under it speak
 * of that item even where they mention another in passing.
 */
import { describe, expect, it } from "vitest";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const notes = [
  "Call notes - Ningbo Brightpack Co., Ltd., 14 May",
  "",
  "1) Gift boxes - rigid board 1200 gsm, 25 x 18 x 6 cm, magnetic lid",
  "- Opened at USD 1.45/pc for 5k.",
  "- We said 1.20. They came down to 1.32, then 1.28 if we also take the paper bags.",
  "- AGREED: 5,000 pcs at USD 1.28/pc.",
  "",
  "2) Paper bags - 157 gsm art paper, rope handles, 32 x 25 x 11 cm",
  "- Quote USD 0.62/pc at 5,000 pcs. We need 3,000. They said 0.66 for 3,000.",
  "- Settled at USD 0.64/pc for 3,000 pcs.",
  "",
  "3) Tissue paper - DROPPED, MOQ too high.",
  "",
  "4) Payment: 30% deposit, 70% before shipment.",
];

describe("numbered headings of notes", () => {
  it("make one item a heading, with the count and price agreed under it", () => {
    const draft = draftOf(notes);
    expect(draft.items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["Gift boxes", 5000, 1.28],
      ["Paper bags", 3000, 0.64],
    ]);
  });

  it("a heading priced under it only in lines after the next heading is no item", () => {
    const draft = draftOf(notes);
    expect(draft.items.map((item) => item.name)).not.toContain("Tissue paper");
  });
});

describe("minutes pasted whole", () => {
  // An e-mail whose body is the minutes: one message, whoever wrote it.
  const minutes = [
    "From: Tom Reyes <tom@baylinegoods.com>",
    "To: Iris Wang <iris@hongyuanbags.com>",
    "Date: Tue, 3 Mar 2026 18:40",
    "Subject: Minutes - call 3 Mar - tote bag order",
    "",
    "Hi Iris, minutes below, please confirm.",
    "1. Products and prices",
    "- Canvas tote bag 38x42 cm: Supplier opened at USD 2.10/pc. Buyer countered USD 1.70. Supplier agreed to USD 1.85/pc for 2,000 pcs.",
    "- Jute shopping bag: Supplier quoted USD 2.60/pc; Supplier agreed to USD 2.45/pc for 1,000 pcs.",
    "2. Delivery and payment",
    "- Supplier agreed to ship within 35 days after receipt of deposit.",
    "- Payment: 30% deposit by T/T, 70% balance against copy of B/L.",
    "3. Next steps",
    "- Supplier to send PI and pre-production samples by 10 Mar.",
  ];

  it("a bullet running to several sentences is one row of the list", () => {
    expect(draftOf(minutes).items.map((item) => item.name)).toEqual([
      "Canvas tote bag 38x42 cm",
      expect.stringMatching(/^Jute shopping bag/),
    ]);
  });

  it("samples named in one line leave the shipment and payment lines the order's", () => {
    const draft = draftOf(minutes);
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 35, date: null });
    expect(draft.payment).toMatchObject({ depositPercent: 30, balance: "after_shipment" });
  });

  it("in a chat message about samples, its shipping line is still the samples'", () => {
    const draft = draftOf([
      "Buyer: 2000 pcs canvas tote bag at 1.85 usd ok",
      "Supplier: confirmed 1.85",
      "Buyer: can you send 2 samples first? ship by DHL within 3 days, I pay the fee",
    ]);
    expect(draft.dispatch.days).toBeNull();
  });
});

describe("notes in the third person", () => {
  const notes = [
    "From: Tom Reyes <tom@baylinegoods.com>",
    "To: Iris Wang <iris@hongyuanbags.com>",
    "Subject: Minutes - call 3 Mar",
    "",
    "Minutes of our call:",
    "- Canvas tote bag: Supplier opened at USD 2.10/pc. Buyer countered USD 1.70. Supplier agreed to USD 1.85/pc for 2,000 pcs.",
    "- Jute shopping bag: Supplier quoted USD 2.60/pc; Supplier agreed to USD 2.45/pc for 1,000 pcs.",
  ];

  it("the side named as the subject acts: the price the supplier agreed to stands, with its count", () => {
    expect(itemRowsOf(notes).map(([name, count, price]) => [name.split(" ")[0], count, price])).toEqual([
      ["Canvas", 2000, 1.85],
      ["Jute", 1000, 2.45],
    ]);
  });
});
