/**
 * Counts that are conditions, not the order ("logo printing 1 colour free for 5000 pcs", "custom Pantone colour
 * need 500 pcs"), and a company's name opening the paste ("Conversation: Guangzhou Huaxin Glass Products Co.,
 * Ltd.") whose words are no product of the order.
 */
import { describe, expect, it } from "vitest";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const bottles = [
  "Conversation: Guangzhou Huaxin Glass Products Co., Ltd. (Vivian Huang)",
  "[Oct 5 2026 20:14] Me: Hello, nail polish empty bottle 10ml and 15ml with cap and brush. price please",
  "[Oct 5 2026 20:31] Vivian Huang: 10ml 0.22 USD/pc, 15ml 0.27 USD/pc",
  "[Oct 5 2026 20:45] Me: We need 5000 pcs 10ml and 3000 pcs 15ml. 0.21 and 0.30 ok?",
  "[Oct 6 2026 09:12] Vivian Huang: ok 0.21 and 0.30",
];

describe("a company's name is no product", () => {
  it("the goods are named from the buyer's words, not the supplier's company", () => {
    const names = itemRowsOf(bottles).map(([name]) => name);
    expect(names).toHaveLength(2);
    for (const name of names) {
      expect(name).toContain("bottle");
      expect(name).not.toContain("Guangzhou");
    }
  });
});

describe("a count that is a condition", () => {
  it.each([
    "logo screen printing 1 colour free for 5000 pcs",
    "logo printing free of charge above 5000 pcs",
    "plate cost waived for orders of 5000 pcs",
  ])("%j counts no item", (line) => {
    const rows = itemRowsOf([...bottles, `[Oct 6 2026 09:52] Vivian Huang: ${line}`]);
    expect(rows.map(([, quantity]) => quantity)).toEqual([5000, 3000]);
  });

  it("the buyer saying what they need is the order", () => {
    const draft = draftOf([
      "Buyer: we need 500 pcs of the velvet necklace bust, 2.50 USD ok?",
      "Supplier: ok 2.50",
    ]);
    expect(draft.items[0]?.quantity).toBe(500);
  });

  it("the supplier saying what an option needs is its minimum", () => {
    const draft = draftOf([
      "Buyer: velvet necklace bust, what colours?",
      "Supplier: Black, grey, beige. Custom Pantone colour need 500 pcs",
      "Buyer: ok thanks, will compare and come back",
    ]);
    expect(draft.items[0]?.quantity ?? null).toBeNull();
  });
});

describe("figures that are neither counts nor prices", () => {
  const utensils = [
    "Buyer: Pls quote silicone utensil set 12 pcs, sage green",
    "Supplier: 12 pcs set 6.80 USD/set, MOQ 300 sets",
    "Buyer: We need 500 sets. 5.80?",
    "Supplier: 6.00 last price for 500 sets",
    "Buyer: ok 6.00 x 500 sets, deal",
  ];

  it.each([
    "Buyer: we need them for the 9.9 sale",
    "Buyer: stock must arrive before the 11.11 campaign",
    "Buyer: before ship pls send video of 10 random sets",
    "Buyer: QC pls check 20 sample sets",
  ])("%j changes neither the count nor the price", (line) => {
    expect(itemRowsOf([...utensils, line]).map(([, quantity, price]) => [quantity, price])).toEqual([
      [500, 6],
    ]);
  });

  it("a mode named only to be turned down chooses none", () => {
    expect(draftOf(["Buyer: no sea, we need it fast", "Supplier: ok"]).shipping.method).toBeNull();
  });
});
