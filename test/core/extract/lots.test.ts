/**
 * Orders of several different products whose counts and prices are bargained in different messages:
 * each product the buyer counts apart is an item, and each later price or count goes to the product it
 * names, the one it is near in price, or the items in the order they were listed. One product named
 * several ways stays one item. Chats written for these tests, across trades and formats.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const draftOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now });
/** Each item as [name in lower case, quantity, unit price]. */
const linesOf = (lines: string[]) =>
  draftOf(lines).items.map((item) => [item.name.toLowerCase(), item.quantity, item.unitPrice]);

describe("products counted apart are items apart", () => {
  it("two knives priced in one message and countered in pairs keep their own count and price", () => {
    expect(
      linesOf([
        "Buyer: Hi, we need chef knives and paring knives for our shop.",
        "Supplier: Chef knife 4.20 USD, paring knife 1.90 USD.",
        "Buyer: We'd take 800 chef and 1200 paring. Can you do 3.90 and 1.70?",
        "Supplier: 4.00 and 1.80 is my best.",
        "Buyer: OK, deal.",
      ]),
    ).toEqual([
      ["chef knife", 800, 4],
      ["paring knife", 1200, 1.8],
    ]);
  });

  it("a counter on one product alone leaves the other's price standing", () => {
    expect(
      linesOf([
        "Buyer: Quote for cork yoga blocks and cotton yoga straps please.",
        "Supplier: cork block 3.10 usd/pc, strap 1.20 usd/pc",
        "Buyer: 500 pcs blocks, 300 pcs straps.",
        "Buyer: 2.90 for the block?",
        "Supplier: 3.00 lowest for block. Strap price stays.",
        "Buyer: Fine, 3.00 and 1.20.",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([
      [500, 3],
      [300, 1.2],
    ]);
  });

  it("capacities of one product line are two items, each named with its capacity", () => {
    const items = linesOf([
      "Buyer: We want the slim power bank in 10000mAh and 20000mAh.",
      "Supplier: 10000mAh USD 6.80/pc, 20000mAh USD 9.90/pc",
      "Buyer: Quantity: 1000 pcs of the 10000mAh and 400 pcs of the 20000mAh. Target 6.20 and 9.00.",
      "Supplier: 6.50 and 9.40.",
      "Buyer: Agreed.",
    ]);
    expect(items.map(([, quantity, price]) => [quantity, price])).toEqual([
      [1000, 6.5],
      [400, 9.4],
    ]);
    expect(items.map(([name]) => name)).toEqual([
      expect.stringMatching(/10000mah.*power bank/),
      expect.stringMatching(/20000mah.*power bank/),
    ]);
  });

  it("three lines countered with slashes settle in the order they were listed", () => {
    expect(
      linesOf([
        "Buyer: please quote double wall coffee cups 16oz and 20oz, plus flat lids",
        "Supplier: 16oz 0.045 usd, 20oz 0.052 usd, lid 0.018 usd",
        "Buyer: 16oz 40000pcs, 20oz 20000pcs, lids 60000pcs",
        "Buyer: 0.040 / 0.048 / 0.016 ok?",
        "Supplier: 0.042 / 0.050 / 0.017 final",
        "Buyer: ok confirmed",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([
      [40000, 0.042],
      [20000, 0.05],
      [60000, 0.017],
    ]);
  });

  it("sizes priced apart are items apart", () => {
    expect(
      linesOf([
        "Buyer: Orthopedic pet beds, sizes S and L, price?",
        "Supplier: S 8.50 usd, L 12.80 usd",
        "Buyer: 300 S and 200 L.",
        "Supplier: ok S 8.20, L 12.40 for this qty",
        "Buyer: deal",
      ]),
    ).toEqual([
      [expect.stringMatching(/pet bed.* s$/), 300, 8.2],
      [expect.stringMatching(/pet bed.* l$/), 200, 12.4],
    ]);
  });

  it("two flavours at one price both take the price said for both", () => {
    expect(
      linesOf([
        "Buyer: We want loose leaf tea in tins, jasmine and earl grey.",
        "Supplier: 2.40 usd per tin for both flavours",
        "Buyer: 600 tins jasmine and 400 tins earl grey. 2.20?",
        "Supplier: 2.30 ok",
        "Buyer: deal",
      ]).map(([name, quantity, price]) => [/jasmine/.test(String(name)), quantity, price]),
    ).toEqual([
      [true, 600, 2.3],
      [false, 400, 2.3],
    ]);
  });

  it("a product and its accessory countered together in one sentence", () => {
    expect(
      linesOf([
        "Supplier: TWS earphones 6.90 usd/pc, charging cable 0.40 usd/pc",
        "Buyer: We need 2000 earphones and 2000 cables. 6.50 and 0.35?",
        "Supplier: 6.70 and 0.38 is final",
        "Buyer: ok go",
      ]),
    ).toEqual([
      [expect.stringContaining("earphone"), 2000, 6.7],
      [expect.stringContaining("cable"), 2000, 0.38],
    ]);
  });

  it("a price that names no product goes to the one it is near, whoever spoke last of the other", () => {
    expect(
      linesOf([
        "Supplier: For 900 backpacks price 11.40 USD, rain cover 500 pcs 1.60 USD.",
        "Buyer: Can you do 10.50 on the backpack? Rain cover price is fine.",
        "Supplier: 10.50 too low, 11.00 is the best",
        "Buyer: 10.80 and we sign today.",
        "Supplier: OK 10.80 deal",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([
      [900, 10.8],
      [500, 1.6],
    ]);
  });

  it("counts put in WhatsApp lines, one price asked back for one product", () => {
    expect(
      linesOf([
        "[01/11/2026, 10:00:00] Tom Baker: Hi, need plastic watering cans 5L and nitrile garden gloves.",
        "[01/11/2026, 10:20:00] Lily Wang: watering can 5L USD 3.60, gloves USD 0.85/pair",
        "[01/11/2026, 10:25:00] Tom Baker: 600 pcs cans and 1200 pairs gloves. 3.40 for the can?",
        "[01/11/2026, 10:40:00] Lily Wang: 3.50 can. gloves same",
        "[01/11/2026, 10:45:00] Tom Baker: ok 3.50 and 0.85, deal",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([
      [600, 3.5],
      [1200, 0.85],
    ]);
  });

  it("amounts in pairs follow the order the items were last listed in", () => {
    expect(
      linesOf([
        "Buyer: quote for the cordless stick vacuum, Model Lite and Model Max please",
        "Supplier: Model Max USD 58.00, Model Lite USD 41.00",
        "Buyer: we'd start with 200 pcs Model Lite and 100 pcs Model Max",
        "Supplier: Model Lite 39.50, Model Max 56.00 is best",
        "Buyer: 39 and 55 and we go",
        "Supplier: ok 39.00 and 55.00",
      ]).sort(),
    ).toEqual([
      ["model lite", 200, 39],
      ["model max", 100, 55],
    ]);
  });

  it("wattages of one charger, counted after 'of the'", () => {
    expect(
      linesOf([
        "Buyer: price for the GaN wall charger 65W and 100W?",
        "Supplier: 65W USD 8.20, 100W USD 12.60",
        "Buyer: we take 500 of the 65W and 300 of the 100W. 7.90 / 12.00?",
        "Supplier: 8.00 / 12.20 ok",
        "Buyer: deal",
      ]),
    ).toEqual([
      [expect.stringMatching(/65w.*charger/), 500, 8],
      [expect.stringMatching(/100w.*charger/), 300, 12.2],
    ]);
  });

  it("four products counted in one line each take their own price", () => {
    expect(
      linesOf([
        "Buyer: Looking for stainless steel bar tools: shaker, jigger, strainer and muddler.",
        "Supplier: shaker 2.60, jigger 0.90, strainer 1.10, muddler 0.70 USD",
        "Buyer: Order: 1000 shaker, 1000 jigger, 800 strainer, 500 muddler.",
        "Supplier: confirmed",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([
      [1000, 2.6],
      [1000, 0.9],
      [800, 1.1],
      [500, 0.7],
    ]);
  });
});

describe("one product named several ways stays one item", () => {
  it("named with and without its size", () => {
    expect(
      linesOf([
        "Buyer: quote for bamboo cutting boards",
        "Supplier: bamboo cutting board 38x28 cm 3.20 usd",
        "Buyer: 1000 pcs cutting boards, 2.90?",
        "Supplier: 3.00",
        "Buyer: ok",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([[1000, 3]]);
  });

  it("a part of the product talked about with no price of its own", () => {
    expect(
      linesOf([
        "Supplier: the folding camping chair has an aluminium frame, 12.50 usd",
        "Buyer: 400 chairs. Is the frame powder coated?",
        "Supplier: yes. 12.20 for 400 pcs",
        "Buyer: deal",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([[400, 12.2]]);
  });

  it("its packing counted beside it once", () => {
    expect(
      linesOf([
        "Buyer: We need 800 laptop backpacks and 800 hang tags with our logo.",
        "Supplier: backpack 9.60 usd",
        "Buyer: 9.20?",
        "Supplier: 9.40 ok",
        "Buyer: deal",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([[800, 9.4]]);
  });

  it("an accessory counted beside it and put in with it", () => {
    expect(
      linesOf([
        "Buyer: We need 1000 desk lamps and 1000 power adapters.",
        "Supplier: desk lamp 8.60 usd, adapter included",
        "Buyer: the adapter must be UL listed",
        "Supplier: yes UL adapter. 8.40 is ok for 1000 pcs",
        "Buyer: deal",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([[1000, 8.4]]);
  });

  it("a sample order before the bulk order", () => {
    expect(
      linesOf([
        "Buyer: send 2 samples of the LED desk lamp first",
        "Supplier: sample 25 usd incl. DHL",
        "Buyer: bulk 800 pcs desk lamps at 9.50?",
        "Supplier: 9.80 usd",
        "Buyer: ok",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([[800, 9.8]]);
  });

  it("a tier table settled by the count ordered", () => {
    expect(
      linesOf([
        "Supplier: canvas tote bag 500 pcs 1.20 usd, 1000 pcs 1.05 usd, 3000 pcs 0.92 usd",
        "Buyer: 1000 pcs then",
        "Supplier: ok 1.05",
        "Buyer: confirmed",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([[1000, 1.05]]);
  });

  it("a size split of one count at one price", () => {
    expect(
      linesOf([
        "Buyer: 1200 cotton t-shirts, size split S 300 / M 500 / L 400",
        "Supplier: 3.20 usd each",
        "Buyer: ok",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([[1200, 3.2]]);
  });

  it("a colour split in brackets", () => {
    expect(
      linesOf([
        "Buyer: We'd like 1,500 TPE yoga mats (500 each black, grey, purple).",
        "Supplier: yoga mat 4.10 usd",
        "Buyer: 3.90 and we order",
        "Supplier: ok 3.90",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([[1500, 3.9]]);
  });
});

describe("a model code names its item wherever it stands alone", () => {
  it("two listed models priced by their codes, one as a total for its count", () => {
    expect(
      linesOf([
        "Buyer: We'd like two models:",
        "Buyer: - HX-20 oval cast iron casserole, 4.5 L: 300 pcs",
        "Buyer: - HX-28 square grill pan, 28 cm: 200 pcs",
        "Supplier: HX-20: USD 21.00/pc. HX-28: USD 13.50/pc.",
        "Buyer: USD 6,000 for the 300 casseroles and 13.00 for the HX-28?",
        "Supplier: Deal at USD 6,000 for the HX-20 and USD 13.00 each for the HX-28.",
      ]),
    ).toEqual([
      ["hx-20 oval cast iron casserole", 300, 20],
      ["hx-28 square grill pan", 200, 13],
    ]);
  });
});

describe("an item named by a word of its name before 'ones'", () => {
  it("'the round ones' and 'the square one' take their own prices, a total divided by its count", () => {
    expect(
      linesOf([
        "Buyer: We need two trays:",
        "Buyer: - round bamboo serving tray 30 cm: 400 pcs",
        "Buyer: - square bamboo serving tray 25 cm: 300 pcs",
        "Supplier: Round tray USD 4.20/pc, square USD 3.90/pc.",
        "Buyer: USD 1,560 for the 400 round ones and 3.60 for the square one?",
        "Supplier: Best: USD 1,600 for the round ones, USD 3.70/pc for the square ones.",
        "Buyer: Deal.",
      ]),
    ).toEqual([
      ["round bamboo serving tray 30 cm", 400, 4],
      ["square bamboo serving tray 25 cm", 300, 3.7],
    ]);
  });
});

describe("colours counted apart at one shared price are lines of their own", () => {
  it("the price said for the product's code prices each colour, the total count is no colour's", () => {
    expect(
      linesOf([
        "Buyer: Hi, following up on the folding camp stool, model CS-21. We want olive and black.",
        "Supplier: CS-21 price USD 6.40/pc, MOQ 300 pcs per colour.",
        "Buyer: 900 olive and 600 black. Target 5.90",
        "Supplier: For 1,500 pcs we can do 6.10",
        "Buyer: 6.00 and we have a deal",
        "Supplier: ok 6.00 deal",
      ]),
    ).toEqual([
      [expect.stringMatching(/^(?=.*\bolive\b).*folding camp stool/), 900, 6],
      [expect.stringMatching(/^(?=.*\bblack\b).*folding camp stool/), 600, 6],
    ]);
  });

  it("earth shades beside a colour are colours too ('Stone 400, Sage 300' after 'Charcoal 500')", () => {
    expect(
      linesOf([
        "Buyer: we want your linen cushion cover 45 x 45 cm in three colours",
        "Supplier: USD 2.40/pc, MOQ 200 per colour",
        "Buyer: Charcoal 500, Stone 400, Sage 300. 2.30 for all colours?",
        "Supplier: ok 2.30 for all colours",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([
      [500, 2.3],
      [400, 2.3],
      [300, 2.3],
    ]);
  });

  it("two-word shades split with a plus, priced once for both", () => {
    expect(
      linesOf([
        "Buyer: ready to order the ceramic pour-over dripper",
        "Supplier: USD 2.80/pc for 3000 pcs",
        "Buyer: split is 1800 matte white + 1200 dark green. same price both colors?",
        "Supplier: yes, 2.70 for both colors",
        "Buyer: deal at 2.70",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([
      [1800, 2.7],
      [1200, 2.7],
    ]);
  });
});

describe("sizes and colours counted before their counts, each priced apart", () => {
  it("lower-case sizes in a terse paste with no marks between them are three items", () => {
    expect(
      linesOf([
        "need dog beds, 3 sizes",
        "Our calming dog bed S 60cm $5.10, M 80cm $6.90, L 100cm $9.20. MOQ 100 pcs per size.",
        "qty s 300 m 500 l 200. can do 4.80 / 6.50 / 8.80?",
        "We can do S $5.00, M $6.70, L stays $9.20.",
        "ok. s 5.00 m 6.70 l 9.20",
      ]),
    ).toEqual([
      ["calming dog bed s 60cm", 300, 5],
      ["calming dog bed m 80cm", 500, 6.7],
      ["calming dog bed l 100cm", 200, 9.2],
    ]);
  });

  it("a pack count listed per size after the deal is no price", () => {
    expect(
      linesOf([
        "Supplier: Raincoat S usd 3.40, L usd 3.90.",
        "Buyer: S 600, L 400 please. Deal at those prices.",
        "Supplier: Packing 50 pcs per carton for S, 40 for L.",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([
      [600, 3.4],
      [400, 3.9],
    ]);
  });

  it("a size before a bare number that is priced once for all stays one item", () => {
    expect(
      linesOf([
        "Buyer: 1000 hoodies, S 300 M 400 L 300.",
        "Supplier: hoodie 8.50 usd all sizes.",
        "Buyer: ok",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([[1000, 8.5]]);
  });
});

describe("amounts listed after the items they price", () => {
  it("two counted items then two prices go to the items in the order they were named", () => {
    expect(
      linesOf([
        "Supplier: Beach towel 5.60 USD, pool towel 4.10 USD.",
        "Buyer: We take 600 beach towels and 900 pool towels at 5.20 and 3.90.",
        "Supplier: Agreed, 5.20 and 3.90.",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([
      [600, 5.2],
      [900, 3.9],
    ]);
  });

  it("names and prices interleaved keep each price with the name before it", () => {
    expect(
      linesOf([
        "Supplier: Beach towel 5.60 USD, pool towel 4.10 USD.",
        "Buyer: 600 beach towels, 900 pool towels. Beach towel 5.20, pool towel 3.90 ok?",
        "Supplier: ok",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([
      [600, 5.2],
      [900, 3.9],
    ]);
  });
});
