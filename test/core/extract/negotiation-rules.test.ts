/**
 * The wordings the negotiation reader tells apart, one row per wording: an offer made with a marketplace's
 * button and its answer, a count changed without its unit. Each row is a short chat and what the order
 * shows for it (the agreed unit price, the count ordered). Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const itemOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now }).items[0];
const priceOf = (lines: string[]) => itemOf(lines)?.unitPrice ?? null;
const quantityOf = (lines: string[]) => itemOf(lines)?.quantity ?? null;

describe("an offer made with the button is that side's offer, however low", () => {
  it.each([
    "Offer: $90",
    "New offer: $90",
    "New-offer: $90",
    "Counter offer: $90",
    "Counter-offer: $90",
    "Price offer: $90",
    "Offer sent: $90",
    "Offer made: $90",
    "[Offer] $90",
    "(Offer) $90",
    "Offer： $90",
    "Made an offer of $90",
    "Makes an offer $90",
    "Sends you an offer $90",
    "Sent a new offer $90",
    "Sent a counter offer $90",
    "Sent a counter-offer $90",
    "Sent you a counter-offer $90",
    "Offer of: $90",
    "[ Offer ] $90",
  ])("'%s' accepted with the button settles 90 dollars", (offer) => {
    expect(
      priceOf(["Seller: Road bike, asking $520", `Buyer: ${offer}`, "Seller: Accepted the offer."]),
    ).toBe(90);
  });

  it("the same amount typed in a sentence is too far below the asking price to be an offer", () => {
    expect(
      priceOf(["Seller: Road bike, asking $520", "Buyer: I can pay $90.", "Seller: Accepted the offer."]),
    ).toBeNull();
  });
});

describe("the button's answer settles the offer made with it, whatever was said between", () => {
  it.each([
    "Accepted the offer.",
    "Accept your offer",
    "Accepts this offer!",
    "(Accepts my offer)",
    "Offer accepted",
    "[Offer accepted]",
    "Accepted the offer !",
    "Offer accepted !",
  ])("'%s' takes the 740 offered with the button, not the 790 typed after it", (answer) => {
    expect(
      priceOf([
        "Seller: Leather sofa, asking $900",
        "Buyer: Offer: $740",
        "Seller: I would rather do $790.",
        `Seller: ${answer}`,
      ]),
    ).toBe(740);
  });

  it("a plain 'ok' from the side that made the last counter accepts nothing", () => {
    expect(
      priceOf([
        "Seller: Leather sofa, asking $900",
        "Buyer: Offer: $740",
        "Seller: I would rather do $790.",
        "Seller: Ok.",
      ]),
    ).toBeNull();
  });

  it.each([
    "Declined the offer.",
    "Declines your offer.",
    "Decline the offer",
    "Rejected this offer!",
    "Rejects the offer",
    "Reject my offer",
    "[Offer declined]",
    "(Offer rejected)",
    "Offer declined.",
    "Offer rejected !",
    "Declined the offer !",
  ])("'%s' takes the offer off the table: a later 'ok' accepts nothing", (answer) => {
    expect(
      priceOf([
        "Seller: Road bike, asking $520",
        "Seller: Offer: $480",
        `Buyer: ${answer}`,
        "Buyer: Ok then.",
      ]),
    ).toBeNull();
  });

  it("without the button's refusal the later 'ok' takes the offer", () => {
    expect(priceOf(["Seller: Road bike, asking $520", "Seller: Offer: $480", "Buyer: Ok then."])).toBe(480);
  });
});

describe("a count changed without its unit", () => {
  const chat = (change: string) => [
    "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
    "Seller: Steel water bottle is $4.20/pc.",
    `Buyer: ${change}`,
    "Seller: Ok, confirmed.",
  ];

  it.each([
    "Make it 1500.",
    "Make that 1500.",
    "Make them 1500.",
    "Increase to 1500.",
    "Increased to 1500.",
    "Raise it to 1500.",
    "Raised that to 1500.",
    "Reduce the order to 1500.",
    "Cut the qty to 1500.",
    "Change the quantity to 1500.",
    "Lower it to 1500.",
    "Bump it to 1500.",
    "Reduced to 1500.",
    "Changed it to 1500.",
    "Up to 1500.",
    "Down to 1500.",
    "1500 instead.",
    "1,500 instead.",
    "Make it 1,500 please.",
  ])("'%s' orders 1500 at the price on the table", (change) => {
    const item = itemOf(chat(change));
    expect([item?.quantity, item?.unitPrice]).toEqual([1500, 4.2]);
  });

  it.each([
    "Make it 1500 days.",
    "Make it 1500 weeks.",
    "Make it 1500 months.",
    "Make it 1500%.",
    "Make it 1500 mm.",
    "Make it 1500 cm.",
    "Make it 1500 kg.",
    "Make it 1500 dollars.",
    "Make it 1500 bucks.",
    "Make it 1500 rmb.",
    "Make it 1500 eur.",
    "Make it 1500$.",
    "Make it 1500.5",
    "Make it 1500,5",
  ])("'%s' is no new count: the order stays 1,000", (change) => {
    expect(quantityOf(chat(change))).toBe(1000);
  });

  it.each([
    ["Make it 100.", 100],
    ["Make it 10000.", 10000],
    ["Make it 99.", 1000],
    ["Make it 10001.", 1000],
    ["Make it 15000.", 1000],
  ])("'%s': a new count is within ten times the one put (%i ordered)", (change, quantity) => {
    expect(quantityOf(chat(change))).toBe(quantity);
  });

  it("a number near the price is a price, not a count", () => {
    const near = [
      "Buyer: Hi, we need 100 pcs of the steel water bottle.",
      "Seller: Steel water bottle is $4.20/pc.",
    ];
    expect(quantityOf([...near, "Buyer: Make it 21.", "Seller: Ok, confirmed."])).toBe(100);
    expect(quantityOf([...near, "Buyer: Make it 22.", "Seller: Ok, confirmed."])).toBe(22);
  });

  it("with no count put before, a number changed to is no count", () => {
    expect(
      quantityOf([
        "Buyer: Hi, we need the steel water bottle.",
        "Seller: Steel water bottle is $4.20/pc.",
        "Buyer: Make it 1500.",
        "Seller: Ok, confirmed.",
      ]),
    ).toBeNull();
  });
});

describe("a count the buyer asks a price for stands only while that price is not turned down", () => {
  const chat = (request: string) => [
    `Buyer: ${request}`,
    "Seller: Canvas tote bag is $1.80/pc.",
    "Buyer: Too expensive.",
  ];

  it("a count stated as a need stands after the price is turned down", () => {
    expect(quantityOf(chat("We need 2,000 pcs of the canvas tote bag."))).toBe(2000);
  });

  it.each([
    "Send your price for 2,000 pcs of the canvas tote bag.",
    "Send prices for 2,000 pcs of the canvas tote bag.",
    "Send pricing for 2,000 pcs of the canvas tote bag.",
    "Quote 2,000 pcs of the canvas tote bag.",
    "Send a quotation for 2,000 pcs of the canvas tote bag.",
    "Send the cost of 2,000 pcs of the canvas tote bag.",
    "Send the cost, we want 2,000 pcs of the canvas tote bag.",
    "We need 2,000 pcs of the canvas tote bag. Price?",
    "We need 2,000 pcs of the canvas tote bag. Prices?",
    "We need 2,000 pcs of the canvas tote bag. Pricing?",
    "We need 2,000 pcs of the canvas tote bag. Quote？",
    "We need 2,000 pcs of the canvas tote bag. Quotation?",
    "We need 2,000 pcs of the canvas tote bag. Best rate?",
    "We need 2,000 pcs of the canvas tote bag. How much?",
    "We need 2,000 pcs of the canvas tote bag. Please price.",
    "We need 2,000 pcs of the canvas tote bag. Please send price.",
    "We need 2,000 pcs of the canvas tote bag. Please the best price.",
    "We need 2,000 pcs of the canvas tote bag. Pls send your best price.",
    "We need 2,000 pcs of the canvas tote bag. Kindly share the quotation.",
    "We need 2,000 pcs of the canvas tote bag. Please give a quote.",
    "We need 2,000 pcs of the canvas tote bag, please send your price",
  ])("'%s' then 'too expensive' leaves no count ordered", (request) => {
    expect(quantityOf(chat(request))).toBeNull();
  });
});

describe("a count the supplier quotes a price for is ordered only if that price is agreed", () => {
  const chat = (quote: string, answer: string) => [
    "Buyer: Hi, we need the silicone spatula.",
    `Seller: Silicone spatula ${quote}.`,
    `Buyer: ${answer}`,
  ];

  it.each(["1.20 usd for silicone at 1000 pcs", "1.20 usd for 1000 pcs", "1.20 usd from 1000 pcs"])(
    "'%s' turned down orders no count",
    (quote) => {
      expect(quantityOf(chat(quote, "Too expensive."))).toBeNull();
    },
  );

  it("the same quote taken orders its count at its price", () => {
    const item = itemOf(chat("1.20 usd for silicone at 1000 pcs", "Ok, deal."));
    expect([item?.quantity, item?.unitPrice]).toEqual([1000, 1.2]);
  });

  it("a count beside the price, not quoted for, stands after the price is turned down", () => {
    expect(quantityOf(chat("1.20 usd, 1000 pcs", "Too expensive."))).toBe(1000);
  });
});

describe("a count the other side turns down is no order", () => {
  const chat = (answer: string) => [
    "Buyer: Can you make 10,000 pcs of the camping lantern?",
    "Seller: Camping lantern $12.50/pc.",
    answer,
  ];

  it.each([
    "Seller: 10,000 is too big for the first order.",
    "Seller: 10,000 is too large for us.",
    "Seller: 10000 is too much.",
    "Seller: Sorry, we cannot do 10,000.",
  ])("'%s' leaves no count", (answer) => {
    expect(quantityOf(chat(answer))).toBeNull();
  });

  it.each(["Seller: 10,000 is fine.", "Buyer: 10,000 is too many for us, sorry."])(
    "'%s' keeps the 10,000",
    (answer) => {
      expect(quantityOf(chat(answer))).toBe(10000);
    },
  );
});

describe("one count said for every item named beside it", () => {
  const items = (need: string) =>
    extractDraft(
      parseTranscript(
        [`Buyer: ${need}`, "Seller: HDMI splitter $4.10/pc, USB hub $3.20/pc.", "Buyer: Ok."].join("\n"),
      ),
      { now },
    ).items.map((item) => [item.quantity, item.unitPrice]);

  it.each(["HDMI splitter and USB hub, 1000 pcs each.", "HDMI splitter and USB hub, 1000 pcs of each."])(
    "'%s' orders 1000 of both",
    (need) => {
      expect(items(need)).toEqual([
        [1000, 4.1],
        [1000, 3.2],
      ]);
    },
  );

  it("without 'each' the count is the last named item's", () => {
    expect(items("HDMI splitter and USB hub, 1000 pcs.")).toEqual([
      [null, 4.1],
      [1000, 3.2],
    ]);
  });
});

describe("the other side's price said back", () => {
  const table = (answer: string) => ["Seller: Oak side table, asking $120", `Buyer: ${answer}`];

  it.each(["$120.", "$120, fine.", "okay, for $120 can you deliver?"])("'%s' takes it", (answer) => {
    expect(priceOf(table(answer))).toBe(120);
  });

  it("asked back without accepting, it is a question only", () => {
    expect(priceOf(table("for $120 can you deliver?"))).toBeNull();
  });

  it.each(["I will accept your offer of $230.", "You offered $230, I accept."])(
    "'%s' settles the other side's offer",
    (answer) => {
      expect(
        priceOf([
          "Seller: Bunk bed with mattress, asking $300",
          "Buyer: Would you take $230 for the bed?",
          `Seller: ${answer}`,
        ]),
      ).toBe(230);
    },
  );

  it("restated in a question it settles nothing", () => {
    expect(
      priceOf([
        "Seller: Bunk bed with mattress, asking $300",
        "Buyer: Would you take $230 for the bed?",
        "Seller: Your offer of $230 is too low?",
      ]),
    ).toBeNull();
  });
});

describe("a price agreed before is held to against a later one", () => {
  const chat = (answer: string) => [
    "Buyer: We need 2,000 pcs of the canvas tote bag.",
    "Seller: Canvas tote bag is $1.80/pc.",
    "Buyer: Ok, $1.80.",
    "Seller: Sorry, now $1.95.",
    `Buyer: ${answer}`,
  ];

  it("'we already agreed' keeps the agreed price", () => {
    expect(priceOf(chat("Not acceptable, we already agreed $1.80."))).toBe(1.8);
  });

  it("a refusal naming the old price without saying it was agreed leaves no price", () => {
    expect(priceOf(chat("Not acceptable, $1.80."))).toBeNull();
  });
});

describe("the count and its unit", () => {
  it("a count said again without its unit keeps the unit first said", () => {
    expect(
      itemOf([
        "Buyer: We need 600 sets of the canvas tote bag.",
        "Seller: Canvas tote bag 13.60 USD x 600.",
        "Buyer: Ok.",
      ]),
    ).toMatchObject({ quantity: 600, unit: "sets", unitPrice: 13.6 });
  });

  it.each([
    ["Camping lantern $12.50/pc, MOQ 300 pcs.", 300],
    ["Camping lantern $12.50/pc, MOQ 500 pcs, or MOQ 200 pcs for stock colours.", 300],
    ["Camping lantern $12.50/pc, MOQ 301 pcs.", null],
  ])("'%s' against 300 pcs asked: %s ordered before any price is agreed", (quote, quantity) => {
    expect(quantityOf(["Buyer: Can you make 300 pcs of the camping lantern?", `Seller: ${quote}`])).toBe(
      quantity,
    );
  });

  it("a later count asked with a price beside it leaves the count stated as a need", () => {
    expect(
      quantityOf([
        "Buyer: We need 300 pcs of the camping lantern.",
        "Seller: Camping lantern $12.50/pc.",
        "Buyer: And 400 pcs with the price $12.00?",
        "Seller: No.",
      ]),
    ).toBe(300);
  });
});

describe("a price turned down after a passing 'ok'", () => {
  it("'I think 8.50 is still too much' undoes the 'ok'", () => {
    const chat = [
      "Buyer: We need 500 pcs of the wool blanket.",
      "Seller: Wool blanket $8.50/pc.",
      "Buyer: ok",
    ];
    expect(priceOf(chat)).toBe(8.5);
    expect(priceOf([...chat, "Buyer: I think 8.50 is still too much."])).toBeNull();
  });
});
