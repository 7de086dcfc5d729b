/**
 * Which price and which count a supplier chat settles, wording by wording and each way: offers,
 * counters, refusals, restatements, totals, tier tables, charges and amounts that are no offer.
 * Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDraft, extractWithConflicts } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const draftOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now });
const itemOf = (lines: string[]) => draftOf(lines).items[0];
const priceOf = (lines: string[]) => itemOf(lines)?.unitPrice ?? null;
const quantityOf = (lines: string[]) => itemOf(lines)?.quantity ?? null;

const opening = [
  "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
  "Seller: Steel water bottle is $4.20/pc.",
];

describe("an amount beside the price that is no offer", () => {
  it.each([
    "Seller: Price range USD 3.80-3.95/pc depending on the logo.",
    "Seller: From $3.80 to 3.95 depending on the logo.",
    "Seller: Depending on the logo, 3.80 - 3.95.",
    "Seller: Depending on the logo, 3.80~3.95 usd.",
  ])("'%s': a range is accepted by nobody", (range) => {
    expect(priceOf([...opening, range, "Buyer: Ok."])).toBe(4.2);
  });

  it.each([
    "Seller: Please pay a deposit of $1,200 first.",
    "Seller: The balance $2,800 is due before shipping.",
    "Seller: We received your payment of $1,200.",
    "Seller: Transferred $1,200 back to you yesterday.",
    "Seller: We sent $50 refund for the dented ones.",
    "Seller: We give you $80 compensation.",
    "Seller: Our budget of $4,000 is fixed.",
    "Seller: The sample costs $35 with express.",
    "Seller: You can pay $120 by paypal.",
    "Seller: 30% deposit 1200 then.",
  ])("'%s' is a payment, not the unit price", (payment) => {
    expect(priceOf([...opening, payment, "Buyer: Ok, $4.20 confirmed."])).toBe(4.2);
  });

  it.each([
    "Seller: Logo plate fee USD 180.",
    "Seller: The mould cost is about $900.",
    "Seller: Setup charge: $150.",
    "Seller: Certification $600 one-time.",
    "Seller: $600 one off for the tooling.",
    "Seller: Plus $250 for the mold.",
    "Seller: And $300 testing.",
  ])("'%s' is a one-off charge", (charge) => {
    expect(priceOf([...opening, charge, "Buyer: Ok, $4.20 confirmed."])).toBe(4.2);
  });

  it("a year is no price; the same number offered as a price is", () => {
    const chat = (line: string) => [
      "Seller: Used forklift, asking $2,400",
      "Buyer: Would you take $1,950?",
      line,
      "Buyer: Deal.",
    ];
    expect(priceOf(chat("Seller: It is a model 2019 in good shape, $2,200 is my lowest."))).toBe(2200);
    expect(priceOf(chat("Seller: Made in 2019, runs perfectly, $2,200 is my lowest."))).toBe(2200);
    expect(priceOf(chat("Seller: Serviced since 2021. I can do $2,200."))).toBe(2200);
    expect(priceOf(chat("Seller: I can do 2000."))).toBe(2000);
  });
});

describe("what the thing is worth elsewhere is no offer", () => {
  it.each([
    "It retails for $150.",
    "I bought it for $150.",
    "I bought them at $150.",
    "It sells new for $150.",
    "It cost me $150.",
    "It was valued at $150.",
    "It is worth over $150.",
    "It's $150 retail.",
    "It's 150 dollars new.",
    "It's $150 brand new.",
    "It's $150 in the stores.",
  ])("'%s'", (valuation) => {
    expect(
      priceOf([
        "Seller: Leather armchair, asking $80",
        "Buyer: Could you do $60?",
        `Seller: Meet me at $70. ${valuation}`,
        "Buyer: Ok.",
      ]),
    ).toBe(70);
  });
});

describe("an amount taken in so many words", () => {
  it.each([
    "$55 will work.",
    "$55 would be fine.",
    "$55 should be ok.",
    "$55 works.",
    "$55 sounds fair.",
    "$55 is acceptable.",
    "55 dollars is fine.",
  ])("'Ok, %s' after their $55 is the deal", (taken) => {
    expect(
      priceOf([
        "Seller: Bread maker, asking $70",
        "Buyer: I can pay $45.",
        "Seller: Lowest $55.",
        `Buyer: Ok, ${taken}`,
      ]),
    ).toBe(55);
  });

  it("an amount named as taken while the other side has another price on the table is a counter", () => {
    expect(priceOf(["Seller: Bread maker, asking $70", "Buyer: Ok, $50 works for me."])).toBeNull();
  });
});

describe("a discount off the price on the table", () => {
  it.each([
    ["I can take $10 off.", 60],
    ["We could knock 10 off.", 60],
    ["I'll take 10 dollars off.", 60],
    ["I can knock off $10.", 60],
  ])("'%s' offers the difference", (discount, price) => {
    expect(
      priceOf([
        "Seller: Tent for four, asking $70",
        "Buyer: Too much.",
        `Seller: ${discount}`,
        "Buyer: Deal.",
      ]),
    ).toBe(price);
  });

  it("a discount as large as the price, or with nothing on the table, is no offer", () => {
    expect(
      priceOf([
        "Seller: Tent for four, asking $70",
        "Buyer: Too much.",
        "Seller: I can take $70 off.",
        "Buyer: Deal.",
      ]),
    ).toBe(70);
  });
});

describe("a fallback after a deal in the same message leaves the deal", () => {
  it.each([
    "Otherwise $380.",
    "Or else $380.",
    "If not then $380.",
    "After today $380.",
    "After that I won't go lower than $380.",
    "Next week no less than $380.",
  ])("'... %s'", (fallback) => {
    expect(
      priceOf([
        "Seller: Mountain bike, asking $400",
        "Buyer: Would you accept $320 cash?",
        `Seller: I accept $320 if you come tomorrow. ${fallback}`,
        "Buyer: great",
      ]),
    ).toBe(320);
  });
});

describe("a total is divided by the count", () => {
  it.each([
    "Seller: Total $4,000 for 1,000 pcs.",
    "Seller: In total USD 4,000.",
    "Seller: USD 4,000 altogether.",
    "Seller: USD 4,000 for all.",
    "Seller: Whole order USD 4,000.",
    "Seller: Order value USD 4,000.",
    "Seller: Amount USD 4,000.",
    "Seller: 总价 USD 4,000.",
    "Seller: 合计 USD 4,000.",
  ])("'%s' is $4.00 a piece", (total) => {
    expect(
      priceOf([
        "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
        "Seller: Steel water bottle is $4.20/pc.",
        total,
        "Buyer: Ok, confirmed.",
      ]),
    ).toBe(4);
  });

  it("an amount far above the price on the table is a total too", () => {
    expect(priceOf([...opening, "Seller: For 1,000 pcs that makes $4,100.", "Buyer: Ok, confirmed."])).toBe(
      4.1,
    );
  });

  it("a total with no count to divide by is no price", () => {
    expect(
      priceOf([
        "Buyer: Hi, we want the steel water bottle.",
        "Seller: Steel water bottle is $4.20/pc.",
        "Seller: Total $4,000.",
        "Buyer: Ok.",
      ]),
    ).toBe(4.2);
  });

  it.each(["Buyer: 4.00 for all colours?", "Buyer: 4.00 for all?", "Buyer: can you do 4.00 all sizes?"])(
    "'%s' near the price on the table is a price for every piece, no total",
    (counter) => {
      expect(priceOf([...opening, counter, "Seller: ok deal"])).toBe(4);
    },
  );
});

describe("tier tables", () => {
  const tiers = [
    "Buyer: Hi, please quote the bamboo cutting board.",
    "Seller: Bamboo cutting board: 500 pcs: $2.90, 1000 pcs: $2.60, 3000 pcs: $2.30.",
  ];

  it.each([
    ["Buyer: We need 1,000 pcs.", 2.6],
    ["Buyer: We need 2,000 pcs.", 2.6],
    ["Buyer: We need 500 pcs.", 2.9],
    ["Buyer: We need 5,000 pcs.", 2.3],
  ])("'%s' settles the row for that count", (order, price) => {
    expect(priceOf([...tiers, order])).toBe(price);
    expect(priceOf([...tiers, order, "Seller: Ok."])).toBe(price);
  });

  it("a count below the first row settles no row", () => {
    expect(priceOf([...tiers, "Buyer: We need 200 pcs."])).toBeNull();
  });

  it("the rows are no superseded offers", () => {
    const draft = draftOf([...tiers, "Buyer: We need 1,000 pcs.", "Seller: Ok."]);
    expect(draft.supersededPrices ?? []).toEqual([]);
  });
});

describe("a refused counter and a refused count", () => {
  it("a counter the other side turns down is no offer to accept later", () => {
    expect(
      priceOf([
        "Seller: Camping lantern $12.50/pc, MOQ 500 pcs.",
        "Buyer: Can you do $10?",
        "Seller: Sorry, $10 is impossible. $11.80 is our best.",
        "Buyer: Ok.",
      ]),
    ).toBe(11.8);
  });

  it("a count the other side calls too many is no order", () => {
    const chat = [
      "Buyer: Can you make 10,000 pcs of the camping lantern?",
      "Seller: Camping lantern $12.50/pc.",
    ];
    expect(quantityOf([...chat, "Seller: 10,000 is too many for the first order."])).toBeNull();
    expect(quantityOf([...chat, "Seller: 10k is too much for the first order."])).toBeNull();
    expect(quantityOf([...chat, "Seller: 1,000 is too many for the first order."])).toBe(10000);
    expect(quantityOf(chat)).toBe(10000);
  });

  it("a count below the MOQ is disputed until a price is agreed", () => {
    const chat = [
      "Buyer: Can you make 300 pcs of the camping lantern?",
      "Seller: Camping lantern $12.50/pc, MOQ 500 pcs.",
    ];
    expect(quantityOf(chat)).toBeNull();
    expect(quantityOf([...chat, "Buyer: Ok, $12.50 confirmed."])).toBe(300);
    expect(
      quantityOf([
        "Buyer: Can you make 800 pcs of the camping lantern?",
        "Seller: Camping lantern $12.50/pc, MOQ 500 pcs.",
      ]),
    ).toBe(800);
  });
});

describe("which count is the order", () => {
  it("a count the buyer asks a price for is no order until a price is agreed", () => {
    const chat = [
      "Buyer: Hi, what is the price for 2,000 pcs of the canvas tote bag?",
      "Seller: Canvas tote bag is $1.80/pc.",
    ];
    expect(quantityOf(chat)).toBe(2000);
    expect(quantityOf([...chat, "Buyer: And quote 3,000 pcs?"])).toBeNull();
    expect(quantityOf([...chat, "Buyer: And quote 3,000 pcs?", "Buyer: We need 3,000 pcs."])).toBe(3000);
  });

  it("a count said with a price is part of that offer", () => {
    const chat = [
      "Buyer: Hi, we need canvas tote bags.",
      "Seller: Canvas tote bag $1.80/pc for 2,000 pcs.",
      "Buyer: $1.50 for 3,000 pcs?",
    ];
    expect(quantityOf(chat)).toBeNull();
    expect(itemOf(chat)?.unitPrice ?? null).toBeNull();
  });

  it("once a price is agreed the last count put stands", () => {
    expect(
      quantityOf([
        "Buyer: Hi, we need canvas tote bags.",
        "Seller: Canvas tote bag $1.80/pc for 2,000 pcs.",
        "Buyer: $1.70 for 3,000 pcs?",
        "Seller: Ok, $1.70.",
      ]),
    ).toBe(3000);
  });
});

describe("when no price is agreed", () => {
  it("both sides' last offers are in conflict once a count is on the table", () => {
    const { draft, conflicts } = extractWithConflicts(
      parseTranscript(
        [
          "Buyer: We need 2,000 pcs of the canvas tote bag.",
          "Seller: Canvas tote bag is $1.80/pc.",
          "Buyer: Our target is $1.50/pc.",
          "Seller: $1.70 is the lowest.",
          "Buyer: We will think about it.",
        ].join("\n"),
      ),
      { now },
    );
    expect(draft.items[0]?.unitPrice ?? null).toBeNull();
    expect(conflicts.find((c) => c.field === "items[0].unitPrice")?.values).toEqual([
      expect.objectContaining({ value: "1.5", role: "buyer", line: 3 }),
      expect.objectContaining({ value: "1.7", role: "supplier", line: 4 }),
    ]);
  });

  it("the currency every offer was made in is the order's currency", () => {
    expect(
      draftOf([
        "Buyer: We need 2,000 pcs of the canvas tote bag.",
        "Seller: Canvas tote bag is 12 RMB/pc.",
        "Buyer: 10 RMB?",
      ]).currency,
    ).toBe("CNY");
  });
});

describe("prices put before the agreed one", () => {
  it("are listed once each, in chat order, with who put them", () => {
    const draft = draftOf([
      "Buyer: We need 2,000 pcs of the canvas tote bag.",
      "Seller: Canvas tote bag is $1.80/pc.",
      "Buyer: $1.50?",
      "Seller: $1.80 is already low, $1.70 then.",
      "Buyer: $1.50 is our budget.",
      "Seller: Ok, $1.60 final.",
      "Buyer: Ok deal.",
    ]);
    expect(draft.items[0]?.unitPrice).toBe(1.6);
    expect(draft.supersededPrices?.map((p) => [p.price, p.role])).toEqual([
      [1.8, "supplier"],
      [1.5, "buyer"],
      [1.7, "supplier"],
    ]);
  });
});

describe("more that a user sees of the settled price", () => {
  it("a price per piece that names a one-off charge is still the goods' price", () => {
    expect(priceOf([...opening, "Seller: Including the mould: $3.90/pc.", "Buyer: Ok."])).toBe(3.9);
  });

  it("an amount far from the price on the table is something else", () => {
    expect(priceOf([...opening, "Seller: The bottle brush is $0.50.", "Buyer: Ok, confirmed."])).toBe(4.2);
    expect(priceOf([...opening, "Seller: The gift box set is $25.", "Buyer: Ok, confirmed."])).toBe(4.2);
    expect(priceOf([...opening, "Seller: With the gift box $4.90.", "Buyer: Ok, confirmed."])).toBe(4.9);
  });

  it("a bare number near the offer is a counter, one far from it is not", () => {
    expect(priceOf([...opening, "Buyer: 3.80?", "Seller: 4.00 is the best.", "Buyer: Ok."])).toBe(4);
    expect(priceOf([...opening, "Buyer: Please call me after 15.", "Buyer: Ok."])).toBe(4.2);
  });

  it("an agreed price without a count takes its unit from the price", () => {
    const agreed = (price: string) =>
      itemOf([
        "Buyer: Hi, please quote the steel water bottle.",
        `Seller: Steel water bottle ${price}.`,
        "Buyer: Ok, deal.",
      ]);
    expect(agreed("$4.20/pc")).toMatchObject({ unitPrice: 4.2, unit: "pcs", quantity: null });
    expect(agreed("$4.20 per set")).toMatchObject({ unitPrice: 4.2, unit: "sets" });
    expect(agreed("$4.20 per bottle")).toMatchObject({ unitPrice: 4.2, unit: null });
  });

  it("with no count on the table, two last offers are no conflict", () => {
    const chat = [
      "Buyer: Hi, please quote the canvas tote bag.",
      "Seller: Canvas tote bag is 12 RMB/pc.",
      "Buyer: $1.50 per pc?",
    ];
    const { conflicts } = extractWithConflicts(parseTranscript(chat.join("\n")), { now });
    expect(conflicts.filter((c) => c.field.endsWith("unitPrice"))).toEqual([]);
  });

  it("tier rows in any order settle the row for the count, also when the buyer takes it", () => {
    const tiers = [
      "Buyer: Hi, please quote the bamboo cutting board.",
      "Seller: Bamboo cutting board: 3000 pcs: $2.30, 1000 pcs: $2.60, 500 pcs: $2.90.",
    ];
    expect(priceOf([...tiers, "Buyer: We need 2,000 pcs."])).toBe(2.6);
    expect(priceOf([...tiers, "Buyer: Ok, we take 2,000 pcs."])).toBe(2.6);
    expect(quantityOf([...tiers, "Buyer: Ok, we take 2,000 pcs."])).toBe(2000);
  });

  it("two items keep their own prices when each is priced in its own part", () => {
    const items = draftOf([
      "Buyer: We need 500 pcs of the ceramic mug and 500 pcs of the glass jar.",
      "Seller: Ceramic mug $1.20/pc, glass jar $0.80/pc.",
      "Buyer: Mug 1.10 and jar 0.75?",
      "Seller: Ok, mug 1.10 and jar 0.75.",
    ]).items;
    expect(items.map((item) => [item.quantity, item.unitPrice])).toEqual([
      [500, 1.1],
      [500, 0.75],
    ]);
  });
});
