/**
 * Goods named by a rating that opens their name ("price for 20W PD charger and 65W GaN"), goods added after
 * the ones priced together ("can you add 20 of the grill plates?"), a question about what a price covers
 * ("Is 2.35 the price for 3000 pcs?"), a term a line leaves open ("CIF (to be discussed)") and a buyer who
 * will inspect at the factory in person.
 */
import { describe, expect, it } from "vitest";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

describe("goods a rating opens the name of", () => {
  it("each count by its rating is of the goods the rating opens", () => {
    const rows = itemRowsOf([
      "Buyer: kindly share best price for 30W USB charger and 100W GaN 4 port, as discussed on Alibaba",
      "Supplier: 30W: 1000pcs $3.10. 100W: $14.50/pc",
      "Buyer: ok we need 2000 pcs 30W and 500 pcs 100W at these prices",
      "Supplier: confirmed",
    ]);
    expect(rows.map(([name]) => name)).toEqual(["30W USB charger", "100W GaN"]);
    expect(rows.map(([, quantity]) => quantity)).toEqual([2000, 500]);
  });
});

describe("goods added after the ones priced together", () => {
  const chat = [
    "Supplier: the 60cm fire bowl FB-60 is AUD 110 and the log rack AUD 42",
    "Buyer: we want 30 fire bowls + 30 racks, 100 / 38?",
    "Supplier: 105 and 40 final",
    "Buyer: ok 105 and 40 done",
    "Buyer: one more - can you add 60 of the rain covers? what price",
    "Supplier: rain cover RC-60 AUD 24, moq 100 but for you 60 ok",
    "Buyer: done, 60 pcs at 24",
  ];

  it("is one more line, at its own price and count", () => {
    expect(itemRowsOf(chat)).toEqual([
      ["60cm fire bowl FB-60", 30, 105],
      ["log rack", 30, 40],
      ["rain cover RC-60", 60, 24],
    ]);
  });

  it("goods only quoted, never counted, are no line", () => {
    const quotedOnly = [...chat.slice(0, 4), "Supplier: we also have rain cover RC-60 AUD 24 if you need"];
    expect(itemRowsOf(quotedOnly).map(([name]) => name)).toEqual(["60cm fire bowl FB-60", "log rack"]);
  });
});

describe("a question about what a price covers", () => {
  it("offers nothing, and the answer accepts nothing", () => {
    const draft = draftOf([
      "Supplier: solar path light BF-PL06 USD 2.35 - 3.10 / piece depending on quantity",
      "Buyer: Is 2.35 the price for 3000 pcs?",
      "Supplier: 2.35 is for 3000 pcs with white box",
      "Buyer: let me talk to my partner and come back next week",
    ]);
    expect(draft.items[0]?.unitPrice).toBeNull();
    expect(draft.items[0]?.quantity).toBeNull();
  });
});

describe("a term the line itself leaves open", () => {
  it.each([
    "Trade terms: CIF (to be discussed)",
    "Incoterm: CIF - TBC",
    "Trade terms: CIF, to be negotiated",
  ])("'%s' states no Incoterm", (line) => {
    const draft = draftOf([`Buyer: ${line}`, "Supplier: ok we check freight"]);
    expect(draft.shipping.incoterm).toBeNull();
  });
});

describe("a buyer inspecting in person", () => {
  it.each([
    "i'll be in Guangzhou in April, will come to the factory to inspect myself before loading",
    "we will visit your factory to check everything in person",
  ])("'%s' is the buyer's inspection", (line) => {
    const draft = draftOf(["Supplier: goods ready end of March", `Buyer: ${line}`]);
    expect(draft.inspection).toEqual({ required: true, by: "buyer" });
  });
});

describe("a price given only as a total for the count", () => {
  it("is the total over the count, and a count of parts is no counter-offer", () => {
    const draft = draftOf([
      "Buyer: hola, we saw your CNC aluminium pedals PD-M86 on alibaba, how much for 1000 pairs?",
      "Supplier: 1000 pairs total USD 8,500. MOQ 300 pairs",
      "Buyer: mmm is 8,50 per pair, make it 8,000 total",
      "Supplier: 8,200 total for 1000 pairs, ok?",
      "Buyer: vale, deal. 1000 pairs 8,200 usd total",
      "Supplier: 10 replaceable pins each side, M4 steel pins",
      "Buyer: perfect.",
    ]);
    expect(draft.items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["CNC aluminium pedals PD-M86", 1000, 8.2],
    ]);
  });
});
