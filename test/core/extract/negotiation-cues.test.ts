/**
 * Cue words the negotiation reader needs on their own, one row per word: a bare amount called a total is
 * divided by the count ordered, a count changed to is no count when money or a time follows it. Each row is
 * a short chat and what the order shows for it (the agreed unit price, the count ordered), next to the same
 * chat without the word. Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

/** The one item's count and unit price, as the order shows them. */
const figuresOf = (lines: string[]) => itemRowsOf(lines).map(([, quantity, price]) => [quantity, price]);

describe("a bare amount called a total is the count times the price", () => {
  const chat = (line: string) => [
    "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
    "Seller: Steel water bottle is $4.20/pc.",
    `Seller: ${line}`,
    "Buyer: Ok.",
  ];

  it("with no word of a total, 4,000 is far from the price and nothing", () => {
    expect(figuresOf(chat("We keep 4,000."))).toEqual([[1000, 4.2]]);
  });

  it.each([
    "That totals 4,000.",
    "That is 4,000 total.",
    "That is 4,000 altogether.",
    "That is 4,000 for all.",
    "That is 4,000 for the whole order.",
    "The amount is 4,000.",
    "The order value is 4,000.",
    "The total price is 4,000.",
    "总价 4,000.",
    "合计 4,000.",
  ])("'%s' makes it 4.00 a piece", (line) => {
    expect(figuresOf(chat(line))).toEqual([[1000, 4]]);
  });
});

describe("a count changed to, with money or a time right after it, is no new count", () => {
  const chat = (change: string) => [
    "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
    "Seller: Steel water bottle is $4.20/pc.",
    `Buyer: ${change}`,
    "Seller: Ok, confirmed.",
  ];

  it("'Make it 1500.' orders 1500", () => {
    expect(figuresOf(chat("Make it 1500."))[0]?.[0]).toBe(1500);
  });

  it.each([
    "Make it 1500 usd.",
    "Make it 1500 USD.",
    "Make it 1500 dollar.",
    "Make it 1500 day.",
    "Make it 1500 week.",
    "Make it 1500 month.",
  ])("'%s' leaves the order at 1,000", (change) => {
    expect(figuresOf(chat(change))[0]?.[0]).toBe(1000);
  });
});

describe("a price said before the item it is for, in a sentence pricing two items", () => {
  const chat = (line: string) => [
    "Buyer: we would like 2,000 pcs of the 1000-piece puzzle and 1,500 pcs of the 500-piece.",
    `Supplier: Best we can do is 2.35 dollars for 1000pc and ${line}, FOB Shenzhen.`,
    "Buyer: OK, agreed.",
  ];

  it.each([
    "1.65 for 500pc",
    "1.65 for the 500pc",
    "1.65 net for 500pc",
    "1.65 only for 500pc",
    "1.65 net /pc for 500pc",
  ])("'... and %s' prices the 500-piece puzzle at 1.65", (line) => {
    expect(figuresOf(chat(line))).toEqual([
      [2000, 2.35],
      [1500, 1.65],
    ]);
  });

  it("a price with more than a short word before 'for' is not said for the item after it", () => {
    expect(figuresOf(chat("1.65 as discussed for 500pc"))).toEqual([
      [2000, 2.35],
      [1500, null],
    ]);
  });
});

describe("an offer made with the button and its answer, written without a space or a determiner", () => {
  it.each(["Counteroffer: $90", "Sent a counteroffer $90"])(
    "'%s' accepted with the button settles 90 dollars",
    (offer) => {
      const chat = ["Seller: Road bike, asking $520", `Buyer: ${offer}`, "Seller: Accepted the offer."];
      expect(itemRowsOf(chat).map(([, , price]) => price)).toEqual([90]);
    },
  );

  it.each(["Accepted offer.", "Accepts offer!"])(
    "'%s' takes the 740 offered with the button, not the 790 typed after it",
    (answer) => {
      expect(
        figuresOf([
          "Seller: Leather sofa, asking $900",
          "Buyer: Offer: $740",
          "Seller: I would rather do $790.",
          `Seller: ${answer}`,
        ]),
      ).toEqual([[null, 740]]);
    },
  );

  it("'Declined offer.' takes the offer off the table: a later 'ok' accepts nothing", () => {
    const chat = [
      "Seller: Road bike, asking $520",
      "Seller: Offer: $480",
      "Buyer: Declined offer.",
      "Buyer: Ok then.",
    ];
    expect(figuresOf(chat)).toEqual([[null, null]]);
    expect(figuresOf([...chat.slice(0, 2), "Buyer: Ok then."])).toEqual([[null, 480]]);
  });
});

describe("the first amount of a line sent with the offer button is the offer", () => {
  it.each(["Offer: $450 or $430 if I pick it up", "Offer: $450, or $430 if I pick it up myself"])(
    "'%s' accepted with the button settles 450 dollars",
    (offer) => {
      expect(
        figuresOf(["Seller: Road bike, asking $520", `Buyer: ${offer}`, "Seller: Accepted the offer."]),
      ).toEqual([[null, 450]]);
    },
  );
});

describe("a payment word beside an offer made with the button", () => {
  it("'Offer sent: $90 by paypal' is still the buyer's offer of 90 dollars", () => {
    expect(
      figuresOf([
        "Seller: Road bike, asking $520",
        "Buyer: Offer sent: $90 by paypal",
        "Seller: Accepted the offer.",
      ]),
    ).toEqual([[null, 90]]);
  });
});

describe("an amount near the asking price called the amount is not divided by the count", () => {
  it("'Final amount 6,300' for 5 forklifts at 6,500 each never makes 1,260 a forklift", () => {
    expect(
      figuresOf([
        "Buyer: We need 5 of the used forklift.",
        "Seller: Used forklift, asking $6,500 each.",
        "Seller: Final amount 6,300.",
        "Buyer: Ok, deal.",
      ]),
    ).toEqual([[5, 6500]]);
  });

  it("a sum near the count times the price is divided", () => {
    expect(
      figuresOf([
        "Buyer: We need 5 of the used forklift.",
        "Seller: Used forklift, asking $6,500 each.",
        "Seller: The total amount is $32,000.",
        "Buyer: Ok, deal.",
      ]),
    ).toEqual([[5, 6400]]);
  });
});

describe("prices listed beside two items before any price is on the table", () => {
  const chat = (line: string) => [
    "Buyer: We need 500 pcs of the ceramic mug and 500 pcs of the glass jar.",
    `Seller: ${line}`,
    "Buyer: Ok, confirmed.",
  ];

  it("'mug 2.60, jar 2.50 USD.' prices each item", () => {
    expect(figuresOf(chat("mug 2.60, jar 2.50 USD."))).toEqual([
      [500, 2.6],
      [500, 2.5],
    ]);
  });

  it("with no currency in the sentence, bare decimals price nothing", () => {
    expect(figuresOf(chat("mug 2.60, jar 2.50."))).toEqual([
      [500, null],
      [500, null],
    ]);
  });

  it("a whole number beside an item is no listed price", () => {
    expect(figuresOf(chat("mug 3, jar 2 USD."))).toEqual([
      [500, null],
      [500, 2],
    ]);
  });
});

describe("a tier table with no 'ok' is settled by the one count the buyer asked about", () => {
  const table = "Seller: Bamboo cutting board: 500 pcs: $2.90, 1000 pcs: $2.60, 3000 pcs: $2.30.";
  const ask = "Buyer: Hi, please quote the bamboo cutting board.";

  it.each([
    ["after the table", [ask, table, "Buyer: How much for 1,000 pcs?"]],
    ["before the table", ["Buyer: Hi, please quote 1,000 pcs of the bamboo cutting board.", table]],
  ])("1,000 pcs asked about %s shows 1,000 at the 1000-row price", (_, chat) => {
    expect(figuresOf(chat)).toEqual([[1000, 2.6]]);
  });

  it("asking about two counts chooses no row", () => {
    expect(figuresOf([ask, table, "Buyer: 1,000 pcs or 3,000 pcs, not sure yet?"])).toEqual([[null, null]]);
  });
});

describe("a 'No problem.' that goes on to ask something, after a full-width question mark", () => {
  it.each(["Do you also have the gas canister?", "Do you also have the gas canister？"])(
    "after 'Can you collect it？' it answers the question: '%s' takes no price",
    (question) => {
      expect(
        figuresOf([
          "Seller: Camping stove, asking $60",
          "Buyer: Would you take $40?",
          "Seller: I can go down to $48. Can you collect it？",
          `Buyer: No problem. ${question}`,
        ]),
      ).toEqual([[null, null]]);
    },
  );
});

describe("an offer made with the button after a deal", () => {
  const deal = ["Seller: Road bike, asking $520", "Buyer: Ok, $520."];

  it("at a new price reopens the deal: no price is agreed", () => {
    expect(figuresOf([...deal, "Buyer: Offer: $480"])).toEqual([[null, null]]);
  });

  it("at the agreed price leaves the deal", () => {
    expect(figuresOf([...deal, "Seller: Offer: $520"])).toEqual([[null, 520]]);
  });
});

describe("packing counts and sample prices are not the goods' count or price", () => {
  it("a bare whole number beside a pack count is another pack count, not a counter", () => {
    expect(
      figuresOf([
        "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
        "Seller: Steel water bottle is $4.20/pc.",
        "Seller: 10 pcs per carton, 4 for the big size.",
        "Buyer: Ok.",
      ]),
    ).toEqual([[1000, 4.2]]);
  });

  const reels = (quote: string) => [
    "Buyer: Hi, please quote the nylon fishing line.",
    `Seller: ${quote}`,
    "Buyer: 800 reels please.",
    "Seller: Ok, confirmed.",
  ];

  it("a price per reel for the goods makes '800 reels' the order", () => {
    expect(figuresOf(reels("Nylon fishing line USD 3.40 per reel."))).toEqual([[800, 3.4]]);
  });

  it("a price per reel said of the sample makes no count of reels", () => {
    expect(figuresOf(reels("Sample: nylon fishing line USD 3.40 per reel."))).toEqual([[null, null]]);
  });
});

describe("what is said after a deal", () => {
  it("a fallback price sent in a later message is a new offer, which the buyer then takes", () => {
    expect(
      figuresOf([
        "Seller: Mountain bike, asking $400",
        "Buyer: Would you accept $320 cash?",
        "Seller: I accept $320 if you come tomorrow.",
        "Seller: Otherwise $380.",
        "Buyer: great",
      ]),
    ).toEqual([[null, 380]]);
  });

  const deal = [
    "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
    "Seller: Steel water bottle is $4.20/pc.",
    "Buyer: Ok, deal.",
  ];

  it("a total worked out to a new price per piece leaves the deal at 4.20", () => {
    expect(figuresOf([...deal, "Seller: Total USD 4,100 then."])).toEqual([[1000, 4.2]]);
  });

  it("a new price per piece reopens the deal", () => {
    expect(figuresOf([...deal, "Seller: Sorry, $4.40 now."])).toEqual([[1000, null]]);
  });
});

describe("with no price agreed, a count is the order's only while it is the one count put", () => {
  const ask = ["Buyer: Can you make 1,000 pcs of the camping lantern?", "Seller: Camping lantern $12.50/pc."];

  it("the one count asked about stands", () => {
    expect(figuresOf(ask)).toEqual([[1000, null]]);
  });

  it.each(["Buyer: And for 2,000 pcs?", "Seller: 2,000 pcs is possible too."])(
    "a second count put ('%s') leaves no count ordered",
    (line) => {
      expect(figuresOf([...ask, line])).toEqual([[null, null]]);
    },
  );
});

describe("a price taken and called final", () => {
  const chat = (line: string) => [
    "Buyer: we need 500 shafts SH-1120 and 1000 bushings BU-0450. Price?",
    "Supplier: SH-1120 USD 35, BU-0450 USD 8.6",
    "Buyer: 34 and 8.5 and we go",
    `Supplier: ${line}`,
  ];

  it.each(["ok 34, 8.5 cannot lower", "ok 34, 8.5 不能再低了", "ok 34 and 8.5, can't go any lower"])(
    "%s takes the counter",
    (line) => {
      expect(itemRowsOf(chat(line)).map(([, quantity, price]) => [quantity, price])).toEqual([
        [500, 34],
        [1000, 8.5],
      ]);
    },
  );

  it("'cannot lower' alone turns the counter down", () => {
    for (const line of ["sorry, cannot lower", "cannot lower"])
      expect(itemRowsOf(chat(line)).map(([, , price]) => price)).not.toEqual([34, 8.5]);
  });
});

describe("an accepting emoji opens a reply as 'ok' does", () => {
  it.each(["👍", "👌", "🤝", "✅ confirmed", "👍🏻 ok"])("'%s' accepts the price on the table", (reply) => {
    const [item] = draftOf([
      "Supplier: Bike phone mount RM-08 USD 4.20/pc for 800 pcs",
      "Buyer: can you do 3.90?",
      "Supplier: 4.00 is our last price",
      `Buyer: ${reply}`,
    ]).items;
    expect(item?.unitPrice).toBe(4);
  });
});

describe("a number written onto letters", () => {
  it("'to your 3PL, freight 520 USD' prices nothing at 3", () => {
    const [item] = draftOf([
      "Supplier: Bike phone mount RM-08 USD 4.20/pc for 800 pcs",
      "Buyer: ok 4.20",
      "Supplier: Shipping by sea DAP Melbourne to your 3PL, freight 520 USD",
      "Buyer: ok 520 fine",
    ]).items;
    expect(item?.unitPrice).toBe(4.2);
  });
});
