/**
 * The negotiation's last rules read through the whole chat: an amount twenty times the price is no total, a
 * price "for all" with no count to divide by is no price, tier rows a buyer writes are counters (and prices
 * offered before the deal), a price one side said first and later accepts is the deal only when the other side
 * put it too, a question about what a price covers offers nothing, a price already agreed that is held to is no
 * refusal, a price turned down leaves no offer to "ok", a restated offer is the other side's, a price asked back
 * with a question is no deal, the offer buttons of a marketplace ("Offer: $450", "Accepted the offer.",
 * "Declined the offer."), a tier table settled only by the buyer's count against the table itself, prices in
 * pesos written with the dollar sign, a count turned down however it is written again ("120,000", "10K",
 * "12.5k"), goods offered beside an item and turned down, and where an agreed price is cited. Chats written
 * for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractWithConflicts } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const priceOf = (lines: string[]) => draftOf(lines).items[0]?.unitPrice ?? null;
const countOf = (lines: string[]) => draftOf(lines).items[0]?.quantity ?? null;
/** The earlier prices the draft shows as superseded: [price, who offered it]. */
const supersededOf = (lines: string[]) =>
  (draftOf(lines).supersededPrices ?? []).map((offer) => [offer.price, offer.role]);
/** The lines the draft cites for the first item's price. */
const priceLinesOf = (lines: string[]) =>
  draftOf(lines)
    .evidence.filter((e) => e.field === "items[0].unitPrice")
    .map((e) => e.line);
/** The two prices a disagreement shows: [value, who said it]. */
const conflictOf = (lines: string[]) =>
  extractWithConflicts(parseTranscript(lines.join("\n")), { now: new Date("2026-11-20T12:00:00Z") })
    .conflicts.filter((c) => c.field === "items[0].unitPrice")
    .map((c) => c.values.map((v) => [v.value, v.role]));

describe("an amount twenty times the price with no total word is no total", () => {
  it("'we can pay USD 100' for 25 tool boxes at USD 5.00 leaves the price at 5.00", () => {
    expect(
      itemRowsOf([
        "Supplier: steel tool box USD 5.00/pc",
        "Buyer: we need 25 pcs, we can pay USD 100",
        "Supplier: ok",
      ]),
    ).toEqual([["steel tool box", 25, 5]]);
  });
});

describe("a price for every piece with no count to divide it by", () => {
  it("'1 x 4.00 = 4.00' with no count is a sum, and the bottle stays at 4.20", () => {
    expect(
      priceOf([
        "Buyer: Hi, we want the steel water bottle.",
        "Seller: Steel water bottle is $4.20/pc.",
        "Seller: 1 x 4.00 = 4.00",
        "Buyer: ok deal",
      ]),
    ).toBe(4.2);
  });
});

describe("tier rows the buyer writes are the buyer's counters", () => {
  const counterRows = [
    "Buyer: Hi, please quote the bamboo cutting board.",
    "Seller: Bamboo cutting board $2.90/pc.",
    "Buyer: can you do 1000 pcs: $2.60, 3000 pcs: $2.30?",
    "Seller: ok",
    "Buyer: We need 3,000 pcs.",
  ];

  it("the 3,000 ordered are at the buyer's 3,000 row", () => {
    expect(itemRowsOf(counterRows)).toEqual([["Bamboo cutting board", 3000, 2.3]]);
  });

  it("the buyer's other row shows among the prices offered before the deal", () => {
    expect(supersededOf(counterRows)).toEqual([
      [2.9, "supplier"],
      [2.6, "buyer"],
    ]);
  });

  it("against the supplier's table, the buyer's rows taken with 'ok' show the buyer's 1,000 row offered before", () => {
    const rows = [
      "Buyer: Hi, please quote the bamboo cutting board.",
      "Seller: Bamboo cutting board: 500 pcs: $2.90, 1000 pcs: $2.60, 3000 pcs: $2.30.",
      "Buyer: can you do 1000 pcs: $2.50, 3000 pcs: $2.20?",
      "Seller: ok",
      "Buyer: We need 1,000 pcs.",
    ];
    expect(itemRowsOf(rows)).toEqual([["bamboo cutting board", 1000, 2.2]]);
    expect(supersededOf(rows)).toEqual([[2.5, "buyer"]]);
  });

  it("the supplier answering the buyer's target rows with its own table settles the supplier's row", () => {
    expect(
      itemRowsOf([
        "Buyer: Hi, please quote the bamboo cutting board.",
        "Seller: Bamboo cutting board: 500 pcs: $2.90, 1000 pcs: $2.60, 3000 pcs: $2.30.",
        "Buyer: our target 1000 pcs: $2.50, 3000 pcs: $2.20",
        "Seller: sorry, 500 pcs: $2.90, 1000 pcs: $2.60, 3000 pcs: $2.30 is our best",
        "Buyer: ok, we need 1,000 pcs.",
      ]),
    ).toEqual([["bamboo cutting board", 1000, 2.6]]);
  });
});

describe("a tier table is settled by the buyer's count only while the table is the offer", () => {
  const table = [
    "Buyer: Hi, please quote the bamboo cutting board.",
    "Seller: Bamboo cutting board: 500 pcs: $2.90, 1000 pcs: $2.60, 3000 pcs: $2.30.",
  ];

  it("a single price offered after the table leaves the 1,000 ordered unpriced", () => {
    expect(
      itemRowsOf([...table, "Seller: special price $2.45 this week", "Buyer: We need 1,000 pcs."]),
    ).toEqual([["bamboo cutting board", 1000, null]]);
  });

  it("a counter of 2.40 after the table leaves the 1,000 ordered unpriced", () => {
    expect(priceOf([...table, "Buyer: can you do 2.40?", "Buyer: We need 1,000 pcs."])).toBeNull();
  });

  it("the supplier's stock of 1000 pcs chooses no row", () => {
    expect(priceOf([...table, "Seller: we have 1000 pcs in stock now"])).toBeNull();
  });

  it("a bulk price list in a chat priced in EUR keeps the order in EUR", () => {
    const draft = draftOf([
      "Seller: bamboo cutting board EUR 3.00/pc",
      "Seller: Bulk price 1000pcs 2.60 / 3000pcs 2.30",
      "Buyer: We need 1,000 pcs.",
    ]);
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([[1000, 2.6]]);
    expect(draft.currency).toBe("EUR");
    // The single price offered before is in the order's own currency: no other currency is shown beside it.
    expect((draft.supersededPrices ?? []).map((offer) => [offer.price, offer.currency])).toEqual([[3, null]]);
  });
});

describe("a price accepted is the deal only when the other side put it", () => {
  it("'ok, 4.50 final.' after the supplier held to 5.00 leaves the price in dispute", () => {
    expect(
      priceOf([
        "Buyer: need 500 steel water bottles, price?",
        "Supplier: USD 5.00/pc",
        "Buyer: can you do 4.50?",
        "Supplier: no, 5.00 is our best",
        "Buyer: ok, 4.50 final.",
      ]),
    ).toBeNull();
  });

  it("'ok, 4.50 then' after the supplier agreed 4.50 and went back to 4.80 holds the supplier to 4.50", () => {
    expect(
      itemRowsOf([
        "Buyer: need 500 steel water bottles, price?",
        "Supplier: USD 5.00/pc",
        "Buyer: can you do 4.50?",
        "Supplier: ok 4.50",
        "Supplier: sorry, material went up, 4.80 now",
        "Buyer: ok, 4.50 then",
      ]),
    ).toEqual([["steel water bottle", 500, 4.5]]);
  });

  it("between two speakers of no known side, '$52 works for me' after '$53' is the deal", () => {
    expect(priceOf(["Anna: desk lamp $55", "Mark: $50?", "Anna: $53", "Mark: $52 works for me"])).toBe(52);
  });
});

describe("a question about what a price covers offers nothing", () => {
  const spatula = (question: string, answer = "Supplier: 2.35 is for 3000 pcs") => [
    "Buyer: please quote 3000 pcs of the silicone spatula",
    "Supplier: silicone spatula USD 2.35/pc",
    `Buyer: ${question}`,
    answer,
  ];

  it.each([
    "Is 2.35 the price for 3000 pcs?",
    "Is 2.35 The price for 3000 pcs?",
    "was 2.35 for 3000 pcs?",
    "is the 2.35 for 3000 pcs?",
    "is your 2.35 for 3000 pcs?",
    "is the price of 2.35 for 3000 pcs?",
    "is the price 2.35 for 3000 pcs?",
    "is USD 2.35 for 3000 pcs?",
    "is USD2.35 for 3000 pcs?",
    "is $2.35 for 3000 pcs?",
    "is 2.35 the unit price?",
  ])("after '%s' the supplier's answer agrees no price", (question) => {
    expect(priceOf(spatula(question))).toBeNull();
  });

  it.each([
    "does 2.35 include the box?",
    "does 2.35 includes the box?",
    "is 2.35 including the box?",
    "is 2.35 incl. the box?",
  ])("after '%s' the supplier's 'yes' agrees no price", (question) => {
    expect(priceOf(spatula(question, "Supplier: yes, 2.35 include the box"))).toBeNull();
  });

  it("an 'ok' with the question still agrees no price before the answer", () => {
    expect(itemRowsOf(spatula("ok, is 2.35 the price for 3000 pcs?", "Supplier: yes"))).toEqual([
      ["silicone spatula", 3000, null],
    ]);
  });

  it.each([
    ["is 12 the unit price?", "USD 12/pc", "12"],
    ["is 1,250 the unit price?", "USD 1,250/pc", "1,250"],
  ])("after '%s' a whole price asked about agrees nothing", (question, offer, said) => {
    expect(
      priceOf([
        "Buyer: please quote 3000 pcs of the folding chair",
        `Supplier: folding chair ${offer}`,
        `Buyer: ${question}`,
        `Supplier: ${said} is for 3000 pcs`,
      ]),
    ).toBeNull();
  });

  it("'is EUR 2.35 per set?' answered 'per piece' agrees no price", () => {
    expect(
      priceOf([
        "Buyer: please quote 3000 pcs of the silicone spatula",
        "Supplier: silicone spatula EUR 2.35/pc",
        "Buyer: is EUR 2.35 per set?",
        "Supplier: 2.35 is per piece",
      ]),
    ).toBeNull();
  });
});

describe("a price already agreed and held to is no refusal", () => {
  it("'we cannot accept, 10.60 was confirmed' keeps the tote bags at 10.60", () => {
    expect(
      itemRowsOf([
        "Buyer: we need 1200 pcs of the canvas tote bag",
        "Supplier: canvas tote bag USD 10.60/pc",
        "Buyer: ok agreed 10.60",
        "Supplier: sorry, cotton price up, now 11.20/pc",
        "Buyer: we cannot accept, 10.60 was confirmed",
      ]),
    ).toEqual([["canvas tote bag", 1200, 10.6]]);
  });

  it.each(["Not acceptable, we already agreed 10.20", "we cannot accept, 10.20 was confirmed"])(
    "the first of two prices agreed, held to against a third ('%s'), stays the deal",
    (held) => {
      expect(
        priceOf([
          "Buyer: we need 1200 pcs of the canvas tote bag",
          "Supplier: canvas tote bag USD 10.60/pc",
          "Buyer: can you do 10.20?",
          "Supplier: ok 10.20",
          "Supplier: sorry, cotton price up, now 10.90/pc",
          "Buyer: ok 10.90 agreed",
          "Supplier: sorry again, 11.20 now",
          `Buyer: ${held}`,
        ]),
      ).toBe(10.2);
    },
  );
});

describe("a price turned down leaves no offer on the table", () => {
  it("'ok, understood' after '9.80 is too expensive' agrees nothing", () => {
    expect(
      itemRowsOf([
        "Buyer: we need 300 wireless earbuds",
        "Supplier: earbuds USD 9.80/pc",
        "Buyer: 9.80 is too expensive",
        "Supplier: sorry, cannot go lower",
        "Buyer: ok, understood",
      ]),
    ).toEqual([["wireless earbud", 300, null]]);
  });

  it("turning down an earlier price leaves the supplier's latest 9.40 to 'ok'", () => {
    expect(
      priceOf([
        "Buyer: we need 300 wireless earbuds",
        "Supplier: earbuds USD 9.80/pc",
        "Buyer: can you do 9.00?",
        "Supplier: 9.40 best",
        "Buyer: 9.80 was too expensive anyway",
        "Buyer: ok",
      ]),
    ).toBe(9.4);
  });

  it("a price turned down twice, then a new one, is the new one once accepted", () => {
    expect(
      priceOf([
        "Buyer: we need 300 wireless earbuds",
        "Supplier: earbuds USD 9.80/pc",
        "Buyer: 9.80 is too expensive",
        "Buyer: really, 9.80 is too much for us",
        "Supplier: ok 9.00 then",
        "Buyer: ok",
      ]),
    ).toBe(9);
  });

  it.each(["great, 9.80 was too expensive for us", "9.80 was too expensive for us honestly"])(
    "'%s' after 9.00 was agreed keeps the deal at 9.00",
    (line) => {
      expect(
        priceOf([
          "Buyer: we need 300 wireless earbuds",
          "Supplier: earbuds USD 9.80/pc",
          "Buyer: can you do 9.00?",
          "Supplier: ok 9.00",
          `Buyer: ${line}`,
        ]),
      ).toBe(9);
    },
  );
});

describe("a price restated as the other side's is theirs", () => {
  it("the buyer recalling the seller's quote and the seller's 'yes' agree nothing", () => {
    expect(
      priceOf(["Buyer: hi, mountain bike?", "Buyer: you quoted $250 last week", "Seller: yes"]),
    ).toBeNull();
    expect(
      draftOf(["Buyer: hi, mountain bike?", "Buyer: you quoted $250 last week", "Seller: yes"]).items,
    ).toHaveLength(1);
  });

  it("the seller recalling the buyer's offer and the buyer's 'ok' agree nothing", () => {
    expect(
      priceOf([
        "Buyer: hi, is the mountain bike still for sale?",
        "Seller: yes",
        "Seller: you offered $230 on the phone, let me think",
        "Buyer: ok",
      ]),
    ).toBeNull();
  });

  it("the seller recalling the buyer's offer and then saying 'ok' agrees to it", () => {
    expect(
      priceOf([
        "Buyer: hi, is the mountain bike still for sale?",
        "Seller: you offered $230 on the phone, let me think",
        "Seller: ok",
      ]),
    ).toBe(230);
  });

  it("the buyer saying their own recalled offer again agrees nothing", () => {
    expect(
      priceOf([
        "Buyer: hi, is the mountain bike still for sale?",
        "Seller: yes, $250",
        "Seller: you offered $230 on the phone, let me think",
        "Buyer: ok $230 then",
      ]),
    ).toBeNull();
  });

  it("'will you accept your offer of $230?' asks, and agrees nothing", () => {
    expect(
      priceOf([
        "Seller: Mountain bike, asking $250",
        "Buyer: Would you do $220?",
        "Seller: $230 is the lowest",
        "Buyer: will you accept your offer of $230?",
      ]),
    ).toBeNull();
  });
});

describe("their price said back in a question is no deal", () => {
  it("'can you deliver? okay, for $470?' agrees nothing", () => {
    expect(
      priceOf([
        "Seller: Sofa, asking $500",
        "Buyer: $450?",
        "Seller: $470",
        "Buyer: can you deliver? okay, for $470?",
      ]),
    ).toBeNull();
  });
});

describe("the offer buttons of a marketplace", () => {
  it("the seller accepting after a counter of its own takes the buyer's offer", () => {
    expect(
      priceOf([
        "Seller: Sofa, asking $500",
        "Buyer: Offer: $450",
        "Seller: Offer: $480",
        "Seller: Accepted the offer.",
      ]),
    ).toBe(450);
  });

  it("the buyer accepting after the seller declined takes the seller's offer", () => {
    expect(
      priceOf([
        "Seller: Offer: $480",
        "Buyer: Offer: $450",
        "Seller: Declined the offer.",
        "Buyer: Accepted the offer.",
      ]),
    ).toBe(480);
  });

  it("the buyer declining the seller's counter leaves the buyer's offer for the seller to accept", () => {
    expect(
      priceOf([
        "Seller: Sofa, asking $500",
        "Buyer: Offer: $450",
        "Seller: Offer: $480",
        "Buyer: Declined the offer.",
        "Seller: Accepted the offer.",
      ]),
    ).toBe(450);
  });

  it("a price typed before declining the button's offer stays for the seller's 'ok'", () => {
    expect(
      priceOf([
        "Seller: Sofa, asking $500",
        "Seller: Offer: $480",
        "Buyer: can you do $460?",
        "Buyer: Declined the offer.",
        "Seller: ok",
      ]),
    ).toBe(460);
  });

  it.each([
    [["Seller: Sofa, asking $500", "Buyer: Offer: $450", "Buyer: Offer accepted"], 450],
    [["Seller: Sofa, asking $500", "Seller: Offer: $470", "Seller: Offer accepted"], 470],
  ])("'Offer accepted' pasted under the side that sent the only offer settles it (%#)", (chat, price) => {
    expect(priceOf(chat)).toBe(price);
  });

  it("the seller's offer declined by the buyer is not the seller's to accept", () => {
    expect(
      priceOf([
        "Seller: Sofa, asking $500",
        "Seller: Offer: $480",
        "Buyer: Declined the offer.",
        "Seller: Accepted the offer.",
      ]),
    ).toBeNull();
  });
});

describe("prices in pesos written with the dollar sign", () => {
  it("'$ 2.250' with a space after the sign is 2,250 pesos", () => {
    const draft = draftOf([
      "Supplier: set de cuchillos, list price $2.490 CLP per set",
      "Buyer: can you do $ 2.250?",
      "Supplier: ok $ 2.250",
    ]);
    expect(draft.items.map((item) => item.unitPrice)).toEqual([2250]);
    expect(draft.currency).toBe("CLP");
  });

  it.each(["US$2.60", "USD 2.60"])("a counter of '%s' in a chat priced in pesos is in dollars", (counter) => {
    const draft = draftOf([
      "Supplier: knife set, list price $2.490 CLP per set",
      `Buyer: can you do ${counter}?`,
      "Supplier: ok",
    ]);
    expect(draft.items.map((item) => item.unitPrice)).toEqual([2.6]);
    expect(draft.currency).toBe("USD");
  });
});

describe("a count turned down however it is written again", () => {
  const mugs = (count: string, said: string) => [
    `Buyer: price for ${count} pcs of the ceramic mug?`,
    "Supplier: ceramic mug USD 2.10/pc",
    `Supplier: ${said} is too many for the first order`,
  ];

  it.each([
    ["10,000", "10,000"],
    ["10,000", "10K"],
    ["10,000", "10k"],
    ["120000", "120,000"],
  ])("a count of %s turned down as '%s' orders nothing", (count, said) => {
    expect(countOf(mugs(count, said))).toBeNull();
  });

  it("a count asked a price for and not turned down stands", () => {
    expect(
      countOf(["Buyer: price for 10,000 pcs of the ceramic mug?", "Supplier: ceramic mug USD 2.10/pc"]),
    ).toBe(10000);
  });
});

describe("goods offered beside an item and turned down are not priced", () => {
  it.each(["we turned it down", "we turned down"])("'also offered the refill bottle ... %s'", (words) => {
    expect(
      itemRowsOf([
        "Buyer: 2000 flip-top bottles",
        `Supplier: flip-top bottle USD 0.30/pc, also offered the 1 L refill bottle USD 1.10/pc - ${words}`,
        "Buyer: ok 0.30",
      ]),
    ).toEqual([
      ["flip-top bottle", 2000, null],
      ["1 L refill bottle", null, null],
    ]);
  });
});

describe("where an agreed price is cited", () => {
  it.each(["great, 9.00 then, please send PI", "9.00 then, please send PI"])(
    "'%s' after the supplier's 'ok 9.00' cites the supplier's acceptance",
    (line) => {
      expect(
        priceLinesOf([
          "Buyer: we need 300 wireless earbuds",
          "Supplier: earbuds USD 9.80/pc",
          "Buyer: can you do 9.00?",
          "Supplier: ok 9.00",
          `Buyer: ${line}`,
        ]),
      ).toEqual([4]);
    },
  );

  it("a second 'ok' cites the first one, where the price was taken", () => {
    expect(
      priceLinesOf([
        "Buyer: we need 300 wireless earbuds",
        "Supplier: earbuds USD 9.80/pc",
        "Buyer: ok",
        "Buyer: ok, please send PI",
      ]),
    ).toEqual([2, 3]);
  });
});

describe("a disagreement shows each side's latest price", () => {
  it("9.20 asked against 9.50 offered", () => {
    expect(
      conflictOf([
        "Buyer: we need 300 wireless earbuds",
        "Supplier: earbuds EUR 9.80/pc",
        "Buyer: can you do 9.00?",
        "Supplier: 9.50",
        "Buyer: 9.20?",
      ]),
    ).toEqual([
      [
        ["9.2", "buyer"],
        ["9.5", "supplier"],
      ],
    ]);
  });
});

describe("a price nobody put is taken only when said as the deal", () => {
  it.each(["$52 works?", "$52 is fine?", "too expensive, $52 is fine"])(
    "'%s' with no price on the table agrees nothing",
    (line) => {
      expect(itemRowsOf(["Buyer: we need 200 desk lamps", `Buyer: ${line}`])).toEqual([
        ["desk lamp", 200, null],
      ]);
    },
  );

  it("'for us $52 is fine' with no price on the table is the deal", () => {
    expect(priceOf(["Buyer: we need 200 desk lamps", "Buyer: for us $52 is fine"])).toBe(52);
  });
});
