/**
 * Sizes of one product counted apart ("80 pcs of the small + 60 pcs of the large") are order lines of their own
 * when the chat prices them apart, and a chat often does so in a row of amounts parted by slashes, in the order
 * the sizes were named ("EUR 18.90 / EUR 30.00"). A size word that sizes the order ("a small order") names no
 * variant, and a word of another script said three times ("等一下 x3") counts no goods.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const notes = (prices: string) => [
  "CALL NOTES - Tue 12 Jan 2027",
  "- Product: recycled PET outdoor rugs, 2 sizes: 120x180 cm and 160x230 cm",
  "- list price too high, and FOB is no use to us for a small order",
  "- we take 80 pcs of the small + 60 pcs of the large",
  "- I countered EUR 18 / EUR 29 -> she went to ask her manager (等一下 x3)",
  `- Came back with ${prices} EXW, final. I said ok. AGREED`,
];

describe("sizes priced in a row of amounts", () => {
  it("each size is a line at the amount in its place", () => {
    const draft = draftOf(notes("EUR 18.90 / EUR 30.00"));
    expect(draft.items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["small recycled PET outdoor rug", 80, 18.9],
      ["large recycled PET outdoor rug", 60, 30],
    ]);
  });

  it("bare amounts in a row price them so too", () => {
    const draft = draftOf(notes("18.90 / 30.00 euro"));
    expect(draft.items.map((item) => item.unitPrice)).toEqual([18.9, 30]);
  });

  it("sizes counted apart at one price stay one line, as buyers list a size run", () => {
    const draft = draftOf([
      "Buyer: recycled PET outdoor rug, we take 80 pcs of the small + 60 pcs of the large",
      "Supplier: EUR 18.90 each size, ok",
      "Buyer: ok agreed",
    ]);
    expect(draft.items).toHaveLength(1);
  });
});
