/**
 * Call or meeting notes kept under numbered headings, one product a section ("1) Mailer boxes - E-flute",
 * then "- AGREED: 10,000 pcs at USD 465 / 1000 pcs"): each heading is an item, and the lines under it speak
 * of that item even where they mention another in passing.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

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
