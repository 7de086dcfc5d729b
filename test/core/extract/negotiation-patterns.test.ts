/**
 * The word patterns the negotiation reads an order card with, one rule per pattern and read through the
 * whole chat: counts of kits and counts changed without their unit, the marketplace's offer button and its
 * answer, price requests, prices said back within rounding, sums and totals, packing lines, ranges, lists of
 * measurements, valuations, discounts and one-off charges. Each row is written the way chats are typed,
 * with or without a space, a colon or a word the pattern allows. Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { lampKitChat } from "../../helpers/kit-chats.ts";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const countsOf = (lines: string[]) => itemRowsOf(lines).map(([, count]) => count);
const pricesOf = (lines: string[]) => itemRowsOf(lines).map(([, , price]) => price);
const priceOf = (lines: string[]) => draftOf(lines).items[0]?.unitPrice ?? null;
const countOf = (lines: string[]) => draftOf(lines).items[0]?.quantity ?? null;

const lampChat = lampKitChat;
const afterLamps = (line: string) => countsOf([...lampChat, `Buyer: ${line}`]);

describe("a count followed by 'each' is every named item's count", () => {
  it("'600 pcs each' after the items gives both named parts 600", () => {
    expect(afterLamps("600 pcs  each, lamp base and linen shade")).toEqual([600, 600, null]);
  });
});

describe("a count of kits is that many of every part", () => {
  it.each([
    ["we take 12,000 kits", 12000],
    ["we take 1,200,000 kits", 1200000],
    ["we take 1200kits, one kit is base, shade and bulb", 1200],
  ])("'%s' orders %i of each part", (line, count) => {
    expect(afterLamps(line)).toEqual([count, count, count]);
  });

  it.each(["your minimum order is 300 kits", "MOQ: 300 kits", "we take 12 500 kits"])(
    "'%s' orders no kit: a minimum, or a number that runs into another before it",
    (line) => {
      expect(afterLamps(line)).toEqual([null, null, null]);
    },
  );
});

describe("a count changed without its unit", () => {
  const straws = (count: string, change: string) => [
    `Buyer: we need ${count} pcs of the paper straw`,
    "Supplier: paper straw USD 0.01/pc",
    `Buyer: ${change}`,
  ];

  it.each([
    ["600,000", "make it 1,200,000", 1200000],
    ["600,000", "1,200,000 instead", 1200000],
    ["10,000", "12,000 instead", 12000],
  ])("after %s pcs, '%s' orders %i", (count, change, expected) => {
    expect(countOf(straws(count, change))).toBe(expected);
  });

  const bottles = (change: string) => [
    "Buyer: We need 1000 pcs of the steel water bottle.",
    "Supplier: Steel water bottle is $4.20/pc.",
    `Buyer: ${change}`,
  ];
  it.each(["can you make it 1500 in 20 days", "ok make it 1500 and 5% off"])(
    "'%s': a share or a time further on leaves the new count standing",
    (change) => {
      expect(countOf(bottles(change))).toBe(1500);
    },
  );
});

describe("an offer made with the marketplace's button", () => {
  const bike = (offer: string) => [
    "Seller: Road bike, aluminium frame, asking $520",
    "Buyer: I was hoping to spend around 400 on the bike.",
    `Buyer: ${offer}`,
    "Seller: Accepted the offer.",
  ];

  it.each(["Sent offer $470 via paypal"])("'%s' is the button's offer, accepted at 470", (offer) => {
    expect(priceOf(bike(offer))).toBe(470);
  });

  it.each(["Final offer: $470 via paypal", "*Offer:* $470 via paypal"])(
    "'%s' is typed, not the button: a payment named beside it makes it no offer",
    (offer) => {
      expect(priceOf(bike(offer))).toBe(400);
    },
  );
});

describe("the button's answer, and the same words typed inside a sentence", () => {
  const table = (answer: string) => [
    "Seller: Dining table, solid oak, asking $150",
    "Buyer: Offer: $100",
    "Seller: It would cost $200 new, and the chairs are $60 each elsewhere.",
    `Seller: ${answer}`,
  ];

  it.each(["Accepted the offer.", "Offer accepted."])("'%s' settles the button's 100 dollars", (answer) => {
    expect(priceOf(table(answer))).toBe(100);
  });

  it.each([
    "Sure. Accepted the offer.",
    "✓Accepted the offer.",
    "Accepted the offer, pick up on Sunday",
    "Sure, offer accepted.",
    "✓Offer accepted.",
    "Offer accepted, pick up on Sunday",
  ])("'%s' is typed words, not the button's answer: no price is settled", (answer) => {
    expect(priceOf(table(answer))).toBeNull();
  });
});

describe("a count said asking for a price is no order once the price is turned down", () => {
  const asking = (request: string) => [
    `Buyer: ${request} We need 2000 pcs of the steel water bottle.`,
    "Supplier: Steel water bottle is $4.20/pc.",
    "Buyer: Too expensive.",
  ];

  it.each([
    "Please send your best price.",
    "Please  send your price.",
    "Please send  your price.",
    "Please share  your price.",
    "Please give  your price.",
    "Please send your  price.",
    "Please send the  price.",
    "Please send a  quote.",
    "Please send your best  price.",
  ])("'%s' asks a price: the 2000 pcs are not ordered", (request) => {
    expect(countOf(asking(request))).toBeNull();
  });

  it("a word of price far before the count asks nothing: the 2000 pcs stand", () => {
    expect(
      countOf([
        "Buyer: Price is not the main thing for us but quality is, we need 2000 pcs of the steel water bottle.",
        "Supplier: Steel water bottle is $4.20/pc.",
        "Buyer: Too expensive.",
      ]),
    ).toBe(2000);
  });
});

describe("a price said back within half a percent takes the offer", () => {
  const speaker = (asked: string, said: string) => [
    "Buyer: We need 500 pcs of the bluetooth speaker.",
    `Supplier: The bluetooth speaker is $${asked}/pc.`,
    `Buyer: ok, $${said} then`,
  ];

  it.each([
    ["100", "99.50", 99.5],
    ["1000", "995.02", 995.02],
  ])("$%s said back as $%s is agreed", (asked, said, price) => {
    const draft = draftOf(speaker(asked, said));
    expect(draft.items[0]?.unitPrice).toBe(price);
  });
});

describe("speakers the chat does not name as buyer or seller", () => {
  it("'deal' from one of them takes the other's last price", () => {
    expect(priceOf(["Tom: Road bike, asking $520", "Lee: $450?", "Tom: deal"])).toBe(450);
  });
});

describe("a count times a price, '= total'", () => {
  it("'1000 pcs x4.20 = USD 4200' is a total: the price is 4.20 each", () => {
    expect(
      priceOf([
        "Buyer: We need 1000 pcs of the steel water bottle.",
        "Supplier: 1000 pcs x4.20 = USD 4200",
        "Buyer: ok, confirmed",
      ]),
    ).toBe(4.2);
  });
});

describe("a line labelled as the packing counts what a carton holds", () => {
  const packing = (line: string) => [
    "Supplier: Steel water bottle is $4.20/pc.",
    `Supplier: ${line}`,
    "Buyer: ok, confirmed",
  ];

  it.each([
    "*Packing: 24 pcs, 12 kg*",
    "(Packing: 24 pcs, 12 kg)",
    "Carton: 24 pcs, 12 kg",
    "Packing detail: 24 pcs, 12 kg",
    "Packing details: 24 pcs, 12 kg",
    "Packing details : 24 pcs, 12 kg",
  ])("'%s' orders nothing", (line) => {
    expect(countOf(packing(line))).toBeNull();
  });

  it("'packing:' later in a sentence leaves the count before it ordered", () => {
    expect(countOf(packing("We take 2000 pcs, usual packing: export carton"))).toBe(2000);
  });
});

describe("a price 'for all colours' with its sum is each piece's price", () => {
  it("'all colours 1 x 4.00 = 4.00?' counters at 4.00", () => {
    expect(
      priceOf([
        "Buyer: We need 1000 pcs of the silicone phone case.",
        "Supplier: Silicone phone case USD 4.20/pc.",
        "Buyer: all colours 1 x 4.00 = 4.00?",
        "Supplier: ok",
      ]),
    ).toBe(4);
  });
});

describe("the total line of a document is no item's price", () => {
  const order = (line: string) => [
    "Supplier: Ceramic mug 350ml - $2.40/pc, bamboo coaster set - $3.10/set",
    "Buyer: we take 1,000 mugs and 600 coaster sets",
    `Supplier: ${line}`,
    "Buyer: ok",
  ];

  it.each(["*Total USD 5,000*", "Grand total USD 5,000", "Order total USD 5,000", "Invoice total USD 5,000"])(
    "'%s' leaves both prices as quoted",
    (line) => {
      expect(pricesOf(order(line))).toEqual([2.4, 3.1]);
    },
  );
});

describe("a count after 'Total' in an order of several items", () => {
  it("'Total: mugs 1200 pcs' is the mugs' count: the total word does not stand right before it", () => {
    expect(
      countsOf([
        "Supplier: Ceramic mug 350ml - $2.40/pc, bamboo coaster set - $3.10/set",
        "Buyer: we take 1,000 mugs and 600 coaster sets",
        "Buyer: Total: mugs 1200 pcs",
      ]),
    ).toEqual([1200, 600]);
  });
});

describe("a count committed to before the label of its item", () => {
  const lamps = (line: string) => [
    "Buyer: for the night lamps, moon shape and star shape, what is your best price?",
    "Supplier: Moon shape lamp 15 cm: $4.55/pc. Star shape lamp 15 cm: $4.10/pc. MOQ 1000 pcs per design",
    "Buyer: I need 1200 moon and only 600 star",
    "Supplier: Star 600 is too few, at least 1000, or price +$0.40",
    `Buyer: ${line}`,
    "Supplier: moon 4.40, star 3.90 ok",
    "Buyer: deal",
  ];

  it.each([
    "Ok we take 1000 star then. Price 4.35 and 3.90?",
    "Ok we need 1000 star then. Price 4.35 and 3.90?",
    "Ok confirm 1000 star then. Price 4.35 and 3.90?",
    "Ok we take the 1000 star then. Price 4.35 and 3.90?",
    "Ok we take only 1000 star then. Price 4.35 and 3.90?",
  ])("'%s' raises the star lamp to 1000", (line) => {
    expect(countsOf(lamps(line))).toEqual([1200, 1000]);
  });

  it("'we need to think, 1000 star' commits to nothing: the star lamp stays at 600", () => {
    expect(countsOf(lamps("Ok we need to think, 1000 star then. Price 4.35 and 3.90?"))).toEqual([1200, 600]);
  });
});

describe("a price that ends a range is no offer", () => {
  const range = (line: string) => [
    "Buyer: We need 1000 pcs of the steel water bottle.",
    "Supplier: Steel water bottle is $2.50/pc.",
    "Buyer: can you do better?",
    `Supplier: depends on the colour, ${line}`,
    "Buyer: ok",
  ];

  it.each(["it is from  2.10 to 2.40"])("'%s' leaves the 2.50 on the table", (line) => {
    expect(priceOf(range(line))).toBe(2.5);
  });
});

describe("a count after a word of total in an order of several items counts no one item", () => {
  const order = (line: string) => [
    "Supplier: Ceramic mug 350ml - $2.40/pc, bamboo coaster set - $3.10/set",
    "Buyer: we take 1,000 mugs and 600 coaster sets",
    `Buyer: ${line}`,
  ];

  it.each([
    "Total 2000 pcs",
    "in a total of 2000 pcs",
    "Total: 2000 pcs",
    "Total : 2000 pcs",
    "Total:2000 pcs",
  ])("'%s' leaves 1,000 mugs and 600 coaster sets", (line) => {
    expect(countsOf(order(line))).toEqual([1000, 600]);
  });
});

describe("the sum of the sizes' counts is no size's count", () => {
  it("'S 300, M 500, L 400=1200 pcs' orders each size its own count", () => {
    expect(
      countsOf([
        "Buyer: price per size for the one-piece swimsuit please",
        "Supplier: S: USD 6.20",
        "Supplier: M: USD 6.20",
        "Supplier: L: USD 6.60",
        "Buyer: Quantities: S 300, M 500, L 400=1200 pcs",
        "Supplier: ok",
      ]),
    ).toEqual([300, 500, 400]);
  });
});

describe("bare prices either side of a dash or 'to' are a range, no offer", () => {
  const range = (line: string) => [
    "Buyer: We need 1000 pcs of the steel water bottle.",
    "Supplier: Steel water bottle is $2.50/pc.",
    "Buyer: can you do better?",
    `Supplier: depends on the colour, ${line}`,
    "Buyer: ok",
  ];

  it.each([
    "it is from  2.10 to 2.40",
    "it is from 2.10  to 2.40",
    "it is from 2.10 to  2.40",
    "2.10 per pc-2.40 per pc",
    "2.10 per pc -2.40 per pc",
  ])("'%s' leaves the 2.50 on the table", (line) => {
    expect(priceOf(range(line))).toBe(2.5);
  });
});

describe("a sentence of measurements with no word of price offers nothing", () => {
  const chat = (line: string, asked = "4.20") => [
    "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
    `Seller: Steel water bottle is $${asked}/pc.`,
    `Seller: ${line}`,
    "Buyer: Ok.",
  ];

  it.each([
    "Tolerance ± 0.05, wall 2 mm, rated 4.1.",
    "Our  specs rated 4.1.",
    "Requirement: rated 4.1.",
    "Wall 2mm @4.15, lid 3mm @4.10.",
    "Wall 2mm 1.2mm, lid 3mm 1.5mm, rated 4.1.",
    "Wall 2mm 1.2 mm, lid 3mm 1.5 mm, rated 4.1.",
  ])("'%s' lists measures: the 4.20 stands", (line) => {
    expect(priceOf(chat(line))).toBe(4.2);
  });

  it.each([
    "(Specs) rated 4.1.",
    "Wall 2 mm, lid 3 mm, we agree 4.1.",
    "Wall 2 mm, lid 3 mm, sold per pair, 4.1.",
    "Wall 2 mm, lid 3 mm, sold per set, 4.1.",
    "Wall 2 mm, lid 3 mm, sold per piece, 4.1.",
    "Wall 2 mm, lid 3 mm, sold per roll, 4.1.",
    "Wall 2 mm, lid 3 mm, sold per box, 4.1.",
  ])("'%s' is no list of requirements, or names a price word: 4.1 is a counter", (line) => {
    expect(priceOf(chat(line))).toBe(4.1);
  });

  it.each([
    "Wall 2mm 4.15, lid 3mm 4.10.",
    "Wall 2 mm 4.15, lid 3 mm 4.10.",
    "Wall 2mm 4.5, lid 3mm 4.1.",
    "Wall 2mm 4.15. lid 3mm 4.10.",
  ])("'%s' prices each measure: the last amount is the counter", (line) => {
    expect(priceOf(chat(line))).toBe(4.1);
  });

  it("measures priced in two figures are a price list too", () => {
    expect(priceOf(chat("Wall 2mm 14.15, lid 3mm 14.10.", "14.20"))).toBe(14.1);
  });
});

describe("what the thing is worth elsewhere is no counter", () => {
  const chat = (valuation: string) => [
    "Seller: Leather armchair, asking $80",
    "Buyer: Could you do $60?",
    `Seller: Meet me at $70. ${valuation}`,
    "Buyer: Ok.",
  ];

  it.each(["It is worth  $150.", "It is worth$150.", "It's $150  new.", "It's 150 dollars  retail."])(
    "'%s': the deal is the 70 dollars",
    (valuation) => {
      expect(priceOf(chat(valuation))).toBe(70);
    },
  );

  it("'worth' said further before the amount values nothing: the 75 is the last price", () => {
    expect(priceOf(chat("I know it is worth more, $75 is my last price."))).toBe(75);
  });
});

describe("an amount taken in so many words before the other side named any", () => {
  const chat = (line: string) => ["Seller: Bread maker for sale, barely used.", `Buyer: Ok, ${line}`];

  it("'$55  will work', however spaced, is the deal at 55 dollars", () => {
    expect(priceOf(chat("$55  will work."))).toBe(55);
  });

  it("'$55, that works for me': the words are not right after the amount, so it is only an offer", () => {
    expect(priceOf(chat("$55, that works for me."))).toBeNull();
  });
});

describe("a currency named in words once lets '@' amounts price the order", () => {
  it.each(["dollar", "euro"])("'prices in %s please' then 'cat 300 pcs @0.72' prices each design", (word) => {
    expect(
      pricesOf([
        `Buyer: custom enamel pins, designs cat and moon, prices in ${word} please`,
        "Buyer: cat 300 pcs @0.72, moon 300 pcs @0.74",
        "Supplier: ok",
      ]),
    ).toEqual([0.72, 0.74]);
  });
});

describe("a discount off the price on the table offers the difference", () => {
  const tent = (line: string) => [
    "Seller: Tent for four, asking $70",
    "Buyer: Too much.",
    `Seller: ${line}`,
    "Buyer: Deal.",
  ];

  it.each(["I can  take $10 off.", "I can take  $10 off.", "I can take off  $10."])(
    "'%s' makes the 70 dollars 60",
    (line) => {
      expect(priceOf(tent(line))).toBe(60);
    },
  );

  it("'I can take it today if $5 off' is no discount said right before the amount: 70 stands", () => {
    expect(priceOf(tent("I can take it today if $5 off."))).toBe(70);
  });
});

describe("a one-off charge is never the unit price", () => {
  it.each(["USD 800 for the mold, unit price USD 2.10", "USD 800  one-time, unit price USD 2.10"])(
    "'%s' prices the spatula at 2.10",
    (line) => {
      expect(
        priceOf(["Buyer: We need 2000 pcs of the silicone spatula.", `Supplier: ${line}`, "Buyer: ok"]),
      ).toBe(2.1);
    },
  );
});

describe("the market's price is no offer", () => {
  it.each([
    "its fine, market is 520+ for i20",
    "market price is about 520 for i20",
    "competitors are at 520 for i20",
  ])("after the last price is taken, %j leaves it standing", (said) => {
    expect(
      priceOf([
        "Supplier: i20 front disc pad set Rs 455 per set",
        "Buyer: we take 1200 sets, do 435?",
        "Supplier: best 445 final",
        `Buyer: ${said}`,
        "Buyer: Ok done, 445, 1200 sets",
      ]),
    ).toBe(445);
  });
});
