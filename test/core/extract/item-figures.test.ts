/**
 * The count and unit price of an item the chat names, read right across trades: digits written the
 * European way, counts of a product's parts or options and spec lines that are no price, totals,
 * later changes of the count, inquiries that order nothing, and sentences pasted with doubled spaces.
 * Each class is read both ways: what must be read, and what must stay as it was.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { findMoney } from "../../../src/core/extract/money.ts";
import { findBalance, findDeposit, findPaymentMethods } from "../../../src/core/extract/payment.ts";
import { findQuantities } from "../../../src/core/extract/quantity.ts";
import { oneSpaced } from "../../../src/core/extract/spacing.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const now = new Date("2026-11-20T12:00:00Z");
const draft = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now });
const figures = (lines: string[]) =>
  draft(lines).items.map((item) => [item.quantity, item.unitPrice] as const);
const amounts = (text: string) => findMoney(text).map((m) => m.value);
const counts = (text: string, nouns: string[] = []) => findQuantities(text, nouns).map((q) => q.value);

describe("digits written the European way", () => {
  it.each([
    ["Preis EUR 4,10 pro Stück", [4.1]],
    ["unit price 12,50 € incl. printing", [12.5]],
    ["can you reduce it to 3,90?", [3.9]],
    ["total EUR 1.250,50 for the lot", [1250.5]],
    ["€ 0,85/pc", [0.85]],
    ["precio 7,5 EUR por unidad", [7.5]],
  ])("'%s' is %j", (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it.each([
    ["USD 1,250 for the mould", [1250]],
    ["$1,250.50 total", [1250.5]],
    ["EUR 12,500 for the tooling", [12500]],
  ])("a thousands comma still groups thousands: '%s' is %j", (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it.each(["EU sizes 38,40,42 in the carton", "models 1,2,3 only"])(
    "a list of numbers joined by commas is no decimal: '%s'",
    (text) => {
      expect(amounts(text).some((value) => !Number.isInteger(value))).toBe(false);
    },
  );

  it.each([
    ["1.200 pcs", [1200]],
    ["bitte 2.500 pcs, 12.000 pcs later", [2500, 12000]],
    ["we need 1.500 lanterns", [1500]],
    ["Qty: 3.000", [3000]],
  ])("a dot between thousands in a count: '%s' is %j", (text, expected) => {
    expect(counts(text, ["lantern"])).toEqual(expected);
  });

  it.each([
    ["1.2k pcs", [1200]],
    ["2.5 sets", [2.5]],
    ["0.500 pcs", [0.5]],
  ])("a decimal count stays a decimal: '%s' is %j", (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it("an order confirmed in European digits reads its counts and prices", () => {
    expect(
      figures([
        "Buyer: We confirm: 1.200 pcs of the ceramic planter PL-20 at EUR 6,40 and 800 pcs of the planter PL-30 at EUR 8,95.",
        "Seller: Confirmed, PL-20 EUR 6,40 and PL-30 EUR 8,95.",
      ]),
    ).toEqual([
      [1200, 6.4],
      [800, 8.95],
    ]);
  });
});

describe("a count of a product's parts or options is no price", () => {
  it.each([
    "max 6 thread colours",
    "4 spot colors",
    "5 step dimming",
    "a 3 piece set",
    "4 person tent",
    "2 speed motor",
    "8 slot organiser",
  ])("'%s' holds no amount", (text) => {
    expect(amounts(text)).toEqual([]);
  });

  it.each(["17 and its a deal", "16 no way", "can you do 15 then?", "150 cash today"])(
    "a bare price before an ordinary word still is one: '%s'",
    (text) => {
      expect(amounts(text)).toHaveLength(1);
    },
  );

  it.each([
    ["Buyer: Print max 4 spot colours, 2 tone embroidery on the back."],
    ["Buyer: Fold-out frame with 5 step recline, 3 panel backrest."],
    ["Buyer: Remember the 6 slot inner tray please."],
  ])("a feature line after the deal leaves the price: %s", (line) => {
    const lines = [
      "Buyer: We need 500 pcs of the canvas beach chair BC-3.",
      "Seller: BC-3 beach chair 7.40 usd/pc.",
      "Buyer: 7 ok?",
      "Seller: 7 ok, deal.",
      line,
      "Seller: ok noted.",
    ];
    expect(figures(lines)).toEqual([[500, 7]]);
  });
});

describe("a sentence of measurements holds no offer", () => {
  it.each([
    ["Buyer: Outer diameter 40 mm ±0.05, surface roughness Ra 1.6 on the top face."],
    ["Buyer: Specs: Bluetooth 5.3, USB-C charging, ANC."],
    ["Buyer: Ports 20V 3.25A, cable 1.5 m, input 100-240V."],
    // A measure beside another measure's figure is still a spec, not a price list.
    ["Buyer: Wall 1.2 mm 0.5 mm flat, length 400 mm 2.5 mm bevel."],
    ["Buyer: Cable 1.5 m, plug 5V 2.4A."],
    // a grade after a material in a list of requirements
    ["Buyer: Requirements: glass must be borosilicate glass 3.3, comply with EN 14350."],
    ["Buyer: Quality requirements: speaker grille 0.8 steel, grade 4.5 bolts."],
  ])("%s after the deal leaves the price", (line) => {
    expect(
      figures([
        "Buyer: Quote for 2000 pcs of the speaker SP-9 please.",
        "Seller: SP-9 speaker 4.80 USD/pc.",
        "Buyer: Agreed at 4.80.",
        line,
        "Seller: Confirm.",
      ]),
    ).toEqual([[2000, 4.8]]);
  });

  it.each([
    ["Buyer: So CIF Durban: 250ml 1.06, 500ml 1.32 per set. Correct?", [1.06, 1.32]],
    ["Buyer: 250ml 0.90, 500ml 1.10.", [0.9, 1.1]],
  ])(
    "variants told by their measure and priced, %s, are a price list the seller confirms",
    (line, prices) => {
      expect(
        figures([
          "Seller: Our glass jar set FOB: 250ml USD 0.96, 500ml USD 1.28",
          "Buyer: I need 250ml 3000 sets, 500ml 2000 sets.",
          "Seller: ok 500ml 1.22 final.",
          line,
          "Seller: ok confirmed.",
        ]).map((row) => row[1]),
      ).toEqual(prices);
    },
  );

  it("a price said beside measurements is still read", () => {
    expect(
      figures([
        "Buyer: Need 1000 pcs of the steel shelf bracket SB-2.",
        "Seller: SB-2 bracket 3 mm thick, 150 mm long, price 0.95 usd.",
        "Buyer: ok 0.95 deal.",
      ]),
    ).toEqual([[1000, 0.95]]);
  });

  it("a bare counter in a plain sentence is still an offer", () => {
    expect(
      figures([
        "Buyer: Need 800 pcs of the oak serving board OB-40.",
        "Seller: OB-40 board 5.60 usd/pc.",
        "Buyer: Can you do 5.20?",
        "Seller: 5.20 ok.",
      ]),
    ).toEqual([[800, 5.2]]);
  });
});

describe("an inquiry that ends with no agreement orders no count and no price", () => {
  it.each([
    [
      "a count the buyer asks a price for",
      [
        "Buyer: Hello, we run a bike shop and look for LED rear lights, about the RL-7 model, for 400 units. Price please?",
        "Seller: RL-7 rear light 3.10 usd/unit.",
        "Buyer: Too expensive, we will think about it.",
      ],
    ],
    [
      "a count quoted with a promotion the buyer never took",
      [
        "Seller: Thanks for your inquiry on the yoga mat YM-6, price 4.50-6.20 usd depend on thickness.",
        "Buyer: Not sure about the quantity yet, I check with my partner.",
        "Seller: promotion this week, 4.80 for the 6 mm at 500 pcs",
      ],
    ],
    [
      "a yearly volume between two counts",
      [
        "Buyer: Our needs for the nitrile glove NG-1 are between 10,000 and 50,000 pairs a year, no PO yet.",
        "Seller: NG-1 price range 0.09-0.12 usd/pair.",
      ],
    ],
    [
      "a price the buyer turns down after a passing ok",
      [
        "Buyer: We look for the insulated tumbler TB-20, 300 pcs. What is the price?",
        "Seller: TB-20 tumbler 5.90 usd, best 5.40.",
        "Buyer: And the packing?",
        "Seller: each tumbler in white box.",
        "Buyer: Ok, thanks.",
        "Buyer: I think 5.40 is still too much, I come back after the fair.",
      ],
    ],
  ])("%s", (_, lines) => {
    expect(figures(lines)).toEqual([[null, null]]);
  });

  it.each([
    [
      "a count the buyer orders after asking",
      [
        "Buyer: Price for the RL-7 rear light please?",
        "Seller: RL-7 3.10 usd/unit.",
        "Buyer: We need 400 units.",
        "Seller: ok 3.10, 400 units.",
        "Buyer: ok deal.",
      ],
      [[400, 3.1]],
    ],
    [
      "the count the seller offers goods in, its price refused",
      [
        "Buyer: We have your offer of 2000 pcs of the yoga mat YM-6 at USD 5.10 per piece.",
        "Buyer: We regret your price is too high.",
      ],
      [[2000, null]],
    ],
    [
      "a count ordered after a yearly volume",
      [
        "Buyer: We buy between 10,000 and 50,000 pairs a year of the nitrile glove NG-1.",
        "Buyer: First order 12,000 pairs.",
        "Seller: NG-1 0.10 usd/pair for 12,000 pairs.",
        "Buyer: ok confirmed.",
      ],
      [[12000, 0.1]],
    ],
    [
      "an ok after the price, no word against it",
      [
        "Buyer: 300 pcs of the insulated tumbler TB-20.",
        "Seller: TB-20 tumbler 5.40 usd.",
        "Buyer: Ok, thanks.",
      ],
      [[300, 5.4]],
    ],
  ])("%s is read", (_, lines, expected) => {
    expect(figures(lines)).toEqual(expected);
  });
});

describe("a total for the order is divided by its count", () => {
  it.each([
    [
      "a raise turned down, the agreed total held to",
      [
        "Buyer: Best rate for 1200 pcs of the bamboo bath mat BM-5?",
        "Seller: for 1200 pcs total USD 9,600.",
        "Buyer: Please revise to USD 8,400 total.",
        "Seller: best USD 9,000 for 1200 pcs.",
        "Buyer: Ok done at 9,000.",
        "Seller: dear, cost up, we need 8.10/pc now",
        "Buyer: Not acceptable, we already agreed 9,000 total.",
        "Seller: ok we keep 9,000",
      ],
      [[1200, 7.5]],
    ],
    [
      "bare totals per line, called totals",
      [
        "Buyer: Need 2000 pcs of the enamel mug EM-1.",
        "Seller: EM-1 enamel mug 2000 pcs total USD 3,000.00",
        "Buyer: too high",
        "Seller: we can do 2,800 total, same qty",
        "Buyer: fine, agree.",
      ],
      [[2000, 1.4]],
    ],
  ])("%s", (_, lines, expected) => {
    expect(figures(lines)).toEqual(expected);
  });

  it("a raise turned down without naming the deal stays turned down", () => {
    expect(
      figures([
        "Buyer: 1200 pcs of the bamboo bath mat BM-5 please, price?",
        "Seller: BM-5 7.50 usd.",
        "Buyer: Ok 7.50.",
        "Seller: sorry, cost up, 8.10 now",
        "Buyer: 8.10 is too high.",
      ]),
    ).not.toEqual([[1200, 8.1]]);
  });

  it.each(["Seller: Frame alloy 6061, anodised.", "Seller: Our factory code 4410, see the label."])(
    "a code after the deal is no total: %s",
    (line) => {
      expect(
        figures([
          "Buyer: I need 250 pcs of the aluminium tablet holder.",
          "Seller: 250 pcs total USD 2,125.",
          "Buyer: So 8.50 per piece? Can you do 8.00?",
          "Seller: 8.20 per piece is the best.",
          "Buyer: OK 8.20 x 250 pcs.",
          line,
        ]),
      ).toEqual([[250, 8.2]]);
    },
  );
});

describe("a count before the word that tells one item from the others", () => {
  it.each([
    [
      "bed sizes",
      [
        "Seller: Price FOB: queen size latex mattress 118 USD, king size latex mattress 139 USD.",
        "Buyer: We want 60 queen and 30 king.",
        "Seller: ok, queen size 114 USD, king size 134 USD is best.",
        "Buyer: Ok, 114 and 134.",
      ],
      [
        [60, 114],
        [30, 134],
      ],
    ],
    [
      "garden lights",
      [
        "Seller: solar pathway light 1.85 usd, solar wall lamp 3.90 usd.",
        "Buyer: We need 4000 pathway and 1500 wall. 1.70 and 3.60?",
        "Seller: 1.75 and 3.70 ok",
        "Buyer: deal at 1.75 and 3.70",
      ],
      [
        [4000, 1.75],
        [1500, 3.7],
      ],
    ],
  ])("%s", (_, lines, expected) => {
    expect(figures(lines)).toEqual(expected);
  });

  it.each([
    [
      "a model number inside a name",
      [
        "Seller: clear case for Pixel 9 is 1.20 usd, clear case for Pixel 9 Pro is 1.40 usd.",
        "Buyer: I'll take 1000 pcs Pixel 9 and 600 pcs Pixel 9 Pro.",
        "Seller: ok",
      ],
      [
        [1000, 1.2],
        [600, 1.4],
      ],
    ],
    [
      "a grade before a material",
      [
        "Seller: stainless soup pot 6.20 usd, enamel soup pot 5.10 usd.",
        "Buyer: 500 stainless and 400 enamel.",
        "Seller: ok, 304 stainless.",
        "Buyer: deal at 6.20 and 5.10",
      ],
      [
        [500, 6.2],
        [400, 5.1],
      ],
    ],
  ])("a number that is no count stays out: %s", (_, lines, expected) => {
    expect(figures(lines)).toEqual(expected);
  });
});

describe("a count changed in a later message, without its unit", () => {
  const deal = [
    "Buyer: We need 800 pcs of the bamboo serving tray BT-3.",
    "Seller: BT-3 tray 2.40 usd/pc.",
    "Buyer: ok 2.40 deal.",
  ];
  it.each([
    ["Buyer: Make it 1500 instead.", 1500],
    ["Buyer: make it 1,500, same price", 1500],
    ["Buyer: Sorry, boss says reduce to 600.", 600],
    ["Buyer: Can we increase the order to 1200?", 1200],
    ["Buyer: change: quantity up to 2000, same price?", 2000],
    ["Buyer: 1000 instead of 800 please", 1000],
  ])("'%s' makes the count %d", (line, expected) => {
    expect(figures([...deal, line, "Seller: ok no problem."])).toEqual([[expected, 2.4]]);
  });

  it.each([
    ["Buyer: can you reduce to 2,10?", [[800, 2.1]]],
    ["Buyer: make it 30 days instead, not 45", [[800, 2.4]]],
    ["Buyer: raise the deposit to 40%?", [[800, 2.4]]],
    ["Buyer: make it 2.30 and we sign", [[800, 2.3]]],
    ["Buyer: make it 250000 instead", [[800, 2.4]]],
  ])("'%s' changes no count", (line, expected) => {
    expect(figures([...deal, line, "Seller: ok no problem."])).toEqual(expected);
  });

  it("a change said with no count on the table changes nothing", () => {
    expect(
      figures([
        "Buyer: Price for the bamboo serving tray BT-3?",
        "Seller: BT-3 tray 2.40 usd/pc.",
        "Buyer: make it 2000 instead",
      ])[0]?.[0],
    ).toBeNull();
  });
});

describe("the whole order's total is no one item's", () => {
  it.each([
    [
      "after two prices, the last item named",
      [
        "Buyer: We need 600 pcs of the cotton hoodie H-1 and 500 pcs of the cotton jogger J-1.",
        "Seller: H-1 hoodie 8.70 usd, J-1 jogger 8.50 usd.",
        "Seller: J-1 joggers ready first. Total USD 9,470.00 FOB Ningbo.",
        "Buyer: Confirmed.",
      ],
      [
        [600, 8.7],
        [500, 8.5],
      ],
    ],
    [
      "after two prices agreed",
      [
        "Buyer: We need 1000 pcs of the glass candle jar CJ-1 and 500 pcs of the glass candle lid CL-1.",
        "Seller: CJ-1 jar 0.80 usd, CL-1 lid 0.30 usd.",
        "Buyer: ok deal, 0.80 and 0.30.",
        "Seller: total amount USD 950.",
      ],
      [
        [1000, 0.8],
        [500, 0.3],
      ],
    ],
  ])("%s", (_, lines, expected) => {
    expect(figures(lines)).toEqual(expected);
  });

  it("one item's own total is still divided out", () => {
    expect(
      figures([
        "Buyer: We need 1000 pcs of the glass candle jar CJ-1 and 500 pcs of the glass candle lid CL-1.",
        "Seller: CJ-1 jar 0.80 usd, CL-1 lid 0.30 usd.",
        "Buyer: ok deal, 0.80 and 0.30.",
        "Seller: sorry, CL-1 lid total 175 usd, cost up.",
        "Buyer: ok.",
      ]),
    ).toEqual([
      [1000, 0.8],
      [500, 0.35],
    ]);
  });
});

describe("a doubled space or a tab reads as one space", () => {
  const widen = (text: string) => text.replace(/ /g, "  ");
  const tabbed = (text: string) => text.replace(/ /g, "\t");
  /** What a reader found, and the characters of the sentence as written that it cites. */
  const cited = (text: string, found: Array<{ value: unknown; start: number; end: number }>) =>
    found.map((f) => [f.value, text.slice(f.start, f.end).replace(/\s+/g, " ")]);
  const one = <T>(found: T | null) => (found ? [found] : []);

  it.each([
    "30 % of the total order amount as deposit",
    "deposit of 40%",
    "full payment before production",
    "30% when we sign",
    "a down payment amounting to 40% of the total invoice",
    "30 per cent deposit",
    "30% to start production",
    "payment 50/50 by bank transfer",
  ])("deposit: '%s'", (text) => {
    const read = cited(text, one(findDeposit(text)));
    expect(read).toHaveLength(1);
    expect(cited(widen(text), one(findDeposit(widen(text))))).toEqual(read);
    expect(cited(tabbed(text), one(findDeposit(tabbed(text))))).toEqual(read);
  });

  it.each([
    "balance against copy of B/L",
    "balance on receipt of copy of the bill of lading",
    "balance upon receipt of the goods",
    "balance after the goods arrive",
    "balance prior to the loading",
    "70% before we ship",
    "balance before the goods are shipped",
    "balance before container loading",
    "balance at the time of shipment",
    "balance when we get a fax copy of the B/L",
  ])("balance: '%s'", (text) => {
    const read = cited(text, one(findBalance(text)));
    expect(read).toHaveLength(1);
    expect(cited(widen(text), one(findBalance(widen(text))))).toEqual(read);
  });

  it.each([
    "by pay later",
    "by credit card",
    "via bank wire",
    "wired the deposit",
    "western union",
    "by pay pal",
  ])("payment method: '%s'", (text) => {
    const read = cited(text, findPaymentMethods(text));
    expect(read).toHaveLength(1);
    expect(cited(widen(text), findPaymentMethods(widen(text)))).toEqual(read);
  });

  it.each([
    "MOQ 1000 pcs",
    "minimum order 500 pcs",
    "100 pcs per carton",
    "2 pcs in a box",
    "packs of 10 pcs",
    "if you take 3000 pcs",
    "about 500 pcs",
    "quantity = 1200",
    "tripod TR-5 x 600 @ $12.40",
    "800 enamel camping mugs",
    "3000 pcs per reel",
    "1,000 pcs into a master carton",
    "between 500 pcs and 800 pcs",
  ])("count: '%s'", (text) => {
    const read = (t: string) =>
      findQuantities(t, ["mug"]).map((q) => [q.value, q.kind, t.slice(q.start, q.end).replace(/\s+/g, " ")]);
    expect(read(text).length).toBeGreaterThan(0);
    expect(read(widen(text))).toEqual(read(text));
    expect(read(tabbed(text))).toEqual(read(text));
  });

  it("a pasted table lined up with spaces reads each row's count", () => {
    expect(counts("small 30x20x15 cm   5000 pcs   total USD 1,450.00")).toEqual([5000]);
  });

  it("maps each read position back to the sentence as written", () => {
    const spaced = oneSpaced("a  b\t\tc d");
    expect(spaced.text).toBe("a b c d");
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(spaced.start)).toEqual([0, 1, 3, 4, 6, 7, 8, 9]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(spaced.end)).toEqual([0, 1, 3, 4, 6, 7, 8, 9]);
    expect(oneSpaced("as written").start(3)).toBe(3);
  });
});

describe("a count per a span of time, or between two counts, is no order", () => {
  const kinds = (text: string) => findQuantities(text).map((q) => [q.value, q.kind]);
  it.each([
    ["we need 20,000 pairs a year", [[20000, "pack"]]],
    ["about 3000 pcs every month", [[3000, "pack"]]],
    ["5000 pcs monthly", [[5000, "pack"]]],
    ["we need 5000 pcs, reorder yearly", [[5000, "order"]]],
    ["5000 pcs, a year ago", [[5000, "order"]]],
    ["100 pcs per carton", [[100, "pack"]]],
    ["2 pcs per 5-ply carton", [[2, "pack"]]],
    ["500 pcs per 40HQ container", [[500, "pack"]]],
    ["500 pcs per 1000", [[500, "order"]]],
    [
      "between 500 pcs and 800 pcs",
      [
        [500, "estimate"],
        [800, "estimate"],
      ],
    ],
    ["between 5k and 8k pcs", [[8000, "estimate"]]],
    ["between 500 and 800 pcs", [[800, "estimate"]]],
    ["delivery between 20 and 30 days, we order 800 pcs", [[800, "order"]]],
  ])("'%s'", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe("which words tell items apart, and which counts are changes", () => {
  const pianos = (line: string) =>
    figures([
      "Seller: grand piano stool GP-1 38 usd, upright piano stool UP-2 29 usd.",
      line,
      "Seller: ok 38 and 29 confirmed.",
    ]);
  it.each([
    ["Buyer: 60 grand and 40 upright", [60, 40]],
    ["Buyer: 60  grand and 40 upright.", [60, 40]],
  ])("'%s'", (line, expected) => {
    expect(pianos(line).map(([count]) => count)).toEqual(expected);
  });

  it("a word both names share tells no item apart", () => {
    expect(
      figures([
        "Seller: linen apron LA-1 4.20 usd, linen napkin LN-2 1.10 usd.",
        "Buyer: 600 linen, 300 napkins.",
        "Seller: ok 4.20 and 1.10 confirmed.",
      ]).map(([count]) => count),
    ).toEqual([null, 300]);
  });

  it.each([
    ["blackout", "sheer"],
    ["highland", "lowland"],
  ])("a word that only starts or ends like a filler word still tells apart: %s", (first, second) => {
    expect(
      figures([
        `Seller: ${first} curtain panel 6.20 usd, ${second} curtain panel 4.10 usd.`,
        `Buyer: 200 ${first} and 300 ${second}.`,
        "Seller: ok 6.20 and 4.10 confirmed.",
      ]).map(([count]) => count),
    ).toEqual([200, 300]);
  });

  it.each([
    ["Buyer: increase to 12,000 please", 12000],
    ["Buyer: make it 1000 dollar total?", 8000],
  ])("'%s' leaves the count %d", (line, expected) => {
    expect(
      figures([
        "Buyer: We need 8,000 pcs of the bamboo serving tray BT-3.",
        "Seller: BT-3 tray 2.40 usd/pc.",
        "Buyer: ok 2.40 deal.",
        line,
        "Seller: ok no problem.",
      ])[0]?.[0],
    ).toBe(expected);
  });
});

describe("counts and prices in dozens are read in pieces", () => {
  it.each([
    ["socks 14.40 USD per dozen", [1.2]],
    ["Best price 9.60/dozen", [0.8]],
    ["we can do 30 per dozen", [2.5]],
    ["USD 2.40 a dozen", [0.2]],
    ["RMB 120/doz", [10]],
  ])("the price in '%s' is %j a piece", (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it("a price per dozen pairs is the price of a pair", () => {
    expect(findMoney("hoops 9.60 USD per dozen pairs").map((m) => [m.value, m.perUnit])).toEqual([
      [0.8, "pairs"],
    ]);
  });

  it.each([
    ["Hand towels: 100 dozen, same colours.", [1200]],
    ["we order 50 dozen pairs of the ankle socks", [600]],
    ["25 doz. of each colour", [300]],
  ])("'%s' counts %j pieces", (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it("a count in dozens is no price, and a minimum in dozens is no order", () => {
    expect(amounts("Hand towels: 100 dozen, same colours.")).toEqual([]);
    expect(findQuantities("MOQ 20 dozen per model").map((q) => [q.value, q.kind])).toEqual([[240, "moq"]]);
  });

  it("an order counted in pieces and bargained per dozen gets the price of one piece", () => {
    expect(
      figures([
        "Buyer: Price for the cotton crew socks please?",
        "Supplier: 15.60 USD per dozen, MOQ 50 dozen.",
        "Buyer: I need 1200 pairs. 13 per dozen?",
        "Supplier: 14.40 per dozen is our best.",
        "Buyer: OK, 14.40 per dozen, deal.",
      ]),
    ).toEqual([[1200, 1.2]]);
  });

  it("an order counted in dozens is counted in pieces at the price of a piece", () => {
    expect(
      figures([
        "Supplier: Bar towel 96 RMB/dozen.",
        "Buyer: We take 200 dozen if you do 90 RMB per dozen.",
        "Supplier: OK 90 RMB per dozen for 200 dozen.",
        "Buyer: Confirmed.",
      ]),
    ).toEqual([[2400, 7.5]]);
  });
});

describe("goods priced per package are counted in packages", () => {
  it("cartons ordered at a price per carton keep that count and price", () => {
    expect(
      figures([
        "Supplier: Disposable face masks 18.50 USD per carton (50 pcs per box, 40 boxes per carton).",
        "Buyer: We need 300 cartons. 17.00 per carton?",
        "Supplier: 17.80 per carton is the best.",
        "Buyer: OK, agreed.",
      ]),
    ).toEqual([[300, 17.8]]);
  });

  it("cases of two items each at their own price per case are counted and priced in the pieces a case holds", () => {
    expect(
      figures([
        "Supplier: Wine glass 350ml USD 21.60 per case, champagne flute USD 19.20 per case, 24 pcs per case.",
        "Buyer: 120 cases wine glass and 80 cases champagne flute, can you do 20.00 and 18.00 per case?",
        "Supplier: 20.80 and 18.60 per case, final.",
        "Buyer: deal",
      ]),
    ).toEqual([
      [2880, 0.8667],
      [1920, 0.775],
    ]);
  });

  it("cartons that only pack an order counted in pieces are no count of the order", () => {
    expect(
      figures([
        "Buyer: 2000 pcs ceramic mugs at 1.35 USD/pc ok?",
        "Supplier: ok 1.35, packed 36 pcs per carton, about 56 cartons.",
        "Buyer: confirmed",
      ]),
    ).toEqual([[2000, 1.35]]);
  });
});

describe("counts that pack or measure the goods order nothing", () => {
  it.each([
    [
      "packing 1 desk or 2 chairs per carton",
      [
        ["pack", 1],
        ["pack", 2],
      ],
    ],
    [
      "6 mugs, 12 cups or 24 saucers per box",
      [
        ["pack", 6],
        ["pack", 12],
        ["pack", 24],
      ],
    ],
    ["we need 4 stools for each counter", [["pack", 4]]],
  ])("'%s' holds only pack counts", (text, expected) => {
    expect(
      findQuantities(text, ["desk", "chair", "mug", "cup", "saucer", "stool"]).map((q) => [q.kind, q.value]),
    ).toEqual(expected);
  });

  it("a count said before a pack count in another part of the sentence still orders", () => {
    expect(findQuantities("we order 500 chairs, 4 chairs per carton", ["chair"]).map((q) => q.kind)).toEqual([
      "order",
      "pack",
    ]);
  });

  it("a grade in a sentence of measurements is no count of the item it names", () => {
    expect(
      figures([
        "Supplier: Garden fork forged 3.40 USD/pc, hand rake stainless 1.30 USD/pc.",
        "Buyer: We take 1500 forks and 2500 rakes at 3.20 and 1.20.",
        "Supplier: OK 3.20 and 1.20 confirmed for 1500 + 2500 pcs.",
        "Buyer: Specs: fork tines 8mm, rake 1.2mm 430 stainless, handle 120cm.",
      ]),
    ).toEqual([
      [1500, 3.2],
      [2500, 1.2],
    ]);
  });

  it("a table set counted apart keeps each count when the packing is given per piece", () => {
    expect(
      figures([
        "Supplier: Bistro table BT-70 45.00 USD, bistro chair BC-12 12.50 USD.",
        "Buyer: 100 tables and 400 chairs (4 chairs for each table). 42 and 11.80?",
        "Supplier: 43.50 and 12.00 final.",
        "Buyer: ok deal.",
        "Supplier: Packing 1 table or 2 chairs per carton.",
      ]),
    ).toEqual([
      [100, 43.5],
      [400, 12],
    ]);
  });
});

describe("counts listed with one unit, and Chinese counts of time", () => {
  it.each([
    ["ok, 300 and 200 pcs", [300, 200]],
    ["confirmed 4000 + 3000 pcs", [4000, 3000]],
    ["we take 1,500 / 2,500 sets", [1500, 2500]],
    ["800 rolls of the 2835 and 400 rolls", [800, 400]],
    ["1000 pcs iPhone 16 and 800 pcs", [1000, 800]],
    ["100 sets CT-120 and 60 sets", [100, 60]],
  ])("'%s' counts %j", (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each(["定金到账后15个工作日", "生产需要20天", "大概3个月"])("'%s' counts no goods", (text) => {
    expect(counts(text)).toEqual([]);
  });

  it("Chinese counts of goods still count", () => {
    expect(counts("我们要500个")).toEqual([500]);
  });
});

describe("prices written as numbers under a column headed by its currency", () => {
  const quote = [
    "Item | Description | Qty | Unit price (USD)",
    "1 | Bamboo cutting board 38x28cm | 500 pcs | 4.60",
    "2 | Bamboo serving tray 40x30cm | 500 pcs | 6.10",
    "Buyer: We take 800 cutting boards and 600 trays. For the boards can you do 4.30?",
    "Supplier: 4.40 for the boards, tray 6.10.",
    "Buyer: ok 4.40 and 6.10, confirmed.",
  ];

  it("the bargaining in bare numbers prices each item", () => {
    expect(figures(quote)).toEqual([
      [800, 4.4],
      [600, 6.1],
    ]);
  });

  it("the header names the currency and is cited for it", () => {
    const order = draft(quote);
    expect(order.currency).toBe("USD");
    expect(order.evidence.find((e) => e.field === "currency")?.quote).toContain("Unit price (USD");
  });

  it("without a price column bare numbers with no price on the table stay unread", () => {
    expect(
      figures(quote.map((line) => line.replace("Unit price (USD)", "Remark"))).map(([, p]) => p),
    ).toEqual([null, null]);
  });

  it("under a price column with no currency the prices are read and the currency stays open", () => {
    const order = draft(quote.map((line) => line.replace("Unit price (USD)", "Unit price")));
    expect(order.items.map((item) => item.unitPrice)).toEqual([4.4, 6.1]);
    expect(order.currency).toBeNull();
  });
});

describe("the spans and units of counts listed, packed or in dozens", () => {
  const spans = (text: string) =>
    findQuantities(text).map((q) => [text.slice(q.start, q.end), q.value, q.unit, q.kind]);

  it.each([
    [
      "300 and 200 pcs",
      [
        ["300", 300, "pcs", "order"],
        ["200 pcs", 200, "pcs", "order"],
      ],
    ],
    [
      "qty (300 and 200 sets)",
      [
        ["300", 300, "sets", "order"],
        ["200 sets", 200, "sets", "order"],
      ],
    ],
    [
      "300+200 pcs",
      [
        ["300", 300, "pcs", "order"],
        ["200 pcs", 200, "pcs", "order"],
      ],
    ],
    [
      "300/200 pairs",
      [
        ["300", 300, "pairs", "order"],
        ["200 pairs", 200, "pairs", "order"],
      ],
    ],
    [
      "12,000 and 8,000 pcs",
      [
        ["12,000", 12000, "pcs", "order"],
        ["8,000 pcs", 8000, "pcs", "order"],
      ],
    ],
    [
      "1,200,000 and 800,000 pcs",
      [
        ["1,200,000", 1200000, "pcs", "order"],
        ["800,000 pcs", 800000, "pcs", "order"],
      ],
    ],
    ["Hand towels: 100 dozen", [["100 dozen", 1200, "pcs", "order"]]],
    ["50 DOZEN PAIRS of socks", [["50 DOZEN PAIRS", 600, "pairs", "order"]]],
  ])("'%s' reads %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ["6 mugs,12 cups or 24 saucers per box", ["pack", "pack", "pack"]],
    ["1 set /2 sets per carton", ["pack", "pack"]],
    ["1 desk/ 2 chairs per carton", ["pack", "pack"]],
    ["500 chairs in grey, 4 chairs or 2 stools per carton", ["order", "pack", "pack"]],
    ["500 chairs, then 4 chairs or 2 stools per carton", ["order", "pack", "pack"]],
    ["500 chairs in grey or 4 chairs per carton", ["order", "pack"]],
    ["500 pcs or more, 20 pcs per carton", ["order", "pack"]],
    ["500 chairs or 300 stools", ["order", "order"]],
    ["about 300 pcs or 10 pcs per box", ["estimate", "pack"]],
  ])("'%s' is %j", (text, expected) => {
    expect(
      findQuantities(text, ["mug", "cup", "saucer", "desk", "chair", "stool"]).map((q) => q.kind),
    ).toEqual(expected);
  });
});

describe("prices per dozen: spans, units and any case", () => {
  it.each([
    ["USD 14.40 PER DOZEN", 1.2, "pcs", "USD 14.40 PER DOZEN"],
    ["14.40/Dozen", 1.2, "pcs", "14.40/Dozen"],
    ["9.60 USD per dozen Pairs, sent", 0.8, "pairs", "9.60 USD per dozen Pairs"],
    ["9.60 USD per dozen of pairs", 0.8, "pairs", "9.60 USD per dozen of pairs"],
  ])("'%s' is %d a piece", (text, value, unit, said) => {
    expect(findMoney(text).map((m) => [m.value, m.perUnit, text.slice(m.start, m.end)])).toEqual([
      [value, unit, said],
    ]);
  });
});

describe("a price per carton of N pieces for an order counted in pieces", () => {
  it("is the carton price over N", () => {
    expect(
      figures([
        "Supplier: Kraft tape 48mm x 50m USD 19.20 per carton, 48 rolls per carton.",
        "Buyer: We take 9600 rolls. 18.00 per carton?",
        "Supplier: 18.72 per carton is the best.",
        "Buyer: ok deal.",
      ]),
    ).toEqual([[9600, 0.39]]);
  });

  it("an order counted in cartons is counted in the rolls they hold, at the price of one roll", () => {
    expect(
      figures([
        "Supplier: Kraft tape 48mm x 50m USD 19.20 per carton, 48 rolls per carton.",
        "Buyer: We take 200 cartons. 18.00 per carton?",
        "Supplier: 18.72 per carton is the best.",
        "Buyer: ok deal.",
      ]),
    ).toEqual([[9600, 0.39]]);
  });

  it("with no pack size said the carton price stands", () => {
    expect(
      figures([
        "Supplier: Kraft tape 48mm x 50m USD 19.20 per carton.",
        "Buyer: We take 9600 rolls. 18.00 per carton?",
        "Supplier: 18.72 per carton is the best.",
        "Buyer: ok deal.",
      ]),
    ).toEqual([[9600, 18.72]]);
  });
});

describe("a line's total said as what it amounts to", () => {
  it.each(["amounting to", "amounts to", "comes to"])(
    "'%s' a total is divided by the line's count",
    (words) => {
      expect(
        figures([
          "Buyer: Please confirm 3,000 pcs soy candles in 200 g jars.",
          `Supplier: 3,000 pcs soy candle ${words} USD 7,350.00, FOB Ningbo.`,
          "Buyer: Confirmed.",
        ]),
      ).toEqual([[3000, 2.45]]);
    },
  );
});

describe("the unit an item was priced per stays when a later price is said bare", () => {
  const units = (lines: string[]) =>
    draft(lines).items.map((item) => [item.quantity, item.unit, item.unitPrice]);

  it.each([
    [
      "pc",
      [
        "Supplier: Blackout curtain 140x250 cm, price 6.20 USD/pc.",
        "Buyer: 1500 curtains, can you do 5.80?",
        "Supplier: ok 6.00 final.",
        "Buyer: ok 6.00, deal.",
      ],
      [1500, "pcs", 6],
    ],
    [
      "set",
      [
        "Supplier: Knife block, 18.50 usd per set.",
        "Buyer: We take 400 knife blocks at 17.",
        "Supplier: 17.60 best.",
        "Buyer: Agreed 17.60.",
      ],
      [400, "sets", 17.6],
    ],
    [
      "pair",
      [
        "Supplier: Ski gloves USD 7.90/pair.",
        "Buyer: 800 ski gloves, 7.20 ok?",
        "Supplier: 7.40, confirm.",
        "Buyer: ok confirmed 7.40.",
      ],
      [800, "pairs", 7.4],
    ],
  ])("a price per %s said first, then the agreed price bare", (_, lines, expected) => {
    expect(units(lines)).toEqual([expected]);
  });

  it("a price per carton gives the count no unit", () => {
    const [item] = units([
      "Supplier: Paper cups, USD 24 per carton.",
      "Buyer: 300 cups cartons? we need 300 cartons of paper cups at 22.",
      "Supplier: ok 22.",
    ]);
    expect(item?.[1]).not.toBe("pcs");
  });

  it("an item never priced per a unit keeps none", () => {
    expect(
      units(["Supplier: Yoga mat 6 mm, USD 4.10.", "Buyer: 1000 yoga mat at 3.90?", "Supplier: ok 3.90."]),
    ).toEqual([[1000, null, 3.9]]);
  });
});

describe("the lot a price is quoted per is no count ordered", () => {
  it("'hair tie 19.50/100pcs, headband 6.00/100pcs' leaves each item's count", () => {
    expect(
      figures([
        "Buyer: Hello, I need price for the silk hair tie (item JY-T01) and the velvet headband (item JY-H02).",
        "Seller: Hair tie: USD 21.00 per 100 pcs. Headband: USD 6.50 per 100 pcs. MOQ 2000 pcs per item.",
        "Buyer: Hair tie 5000 pcs, headband 10000 pcs. Can you do 18 per 100 and 5.50 per 100?",
        "Seller: For this qty: hair tie 19.50/100pcs, headband 6.00/100pcs. Is our best.",
        "Buyer: Hair tie ok at 19.50. Headband 5.80 and we close now.",
        "Seller: OK dear, 5.80/100pcs for headband, deal.",
      ]),
    ).toEqual([
      [5000, 0.195],
      [10000, 0.058],
    ]);
  });
});

describe("counts that sum the order's lines", () => {
  const poncho = (quantities: string, freight: string) =>
    figures([
      "[02/03/2027, 10:04:11] Ana Ruiz: Hi Lucy, style: kids rain poncho RP-77, colour yellow. Please send price per size.",
      "[02/03/2027, 10:19:40] Lucy Wu: price for RP-77:",
      "[02/03/2027, 10:19:58] Lucy Wu: S: USD 3.20",
      "[02/03/2027, 10:20:03] Lucy Wu: M: USD 3.40",
      "[02/03/2027, 10:20:10] Lucy Wu: L: USD 3.70",
      `[02/03/2027, 11:02:45] Ana Ruiz: ${quantities}`,
      `[02/03/2027, 11:10:00] Lucy Wu: ok confirmed. ${freight}`,
    ]);

  it("'S 300, M 500, L 200 = 1000 pcs' counts each size, the sum none of them", () => {
    expect(poncho("Quantities: S 300, M 500, L 200 = 1000 pcs", "")).toEqual([
      [300, 3.2],
      [500, 3.4],
      [200, 3.7],
    ]);
  });

  it("the count a freight is quoted for is the shipment's, no size's", () => {
    expect(poncho("Quantities: S 300, M 500, L 200", "DHL express, freight USD 290 for 1000 pcs.")).toEqual([
      [300, 3.2],
      [500, 3.4],
      [200, 3.7],
    ]);
  });
});

describe("a name inside brackets describes the item before them", () => {
  it("prices the item named before the brackets, not the one the brackets mention", () => {
    const rows = itemRowsOf([
      "Supplier: Canister filter AF-1200 (1200 L/h, 4 media baskets): USD 18.60/unit for 500 units",
      "Supplier: Ceramic ring filter media, 15 mm rings: USD 1.60/kg, MOQ 500 kg",
      "Buyer: 500 units AF-1200 and 800 kg rings. 17.00 and 1.30?",
      "Supplier: 17.90 and 1.40",
      "Buyer: 17.50 and 1.35 and I confirm",
      "Supplier: Ok agree 17.50/unit and 1.35/kg",
    ]);
    expect(rows.map(([, , price]) => price)).toEqual([17.5, 1.35]);
  });
});

describe("a share of a material is no share of a payment", () => {
  it.each([
    "Supplier: Loop band 600 x 50 mm, 100% natural latex: 0.46 USD/pc",
    "Supplier: Tote bag, 100% cotton canvas: 0.46 USD/pc",
    "Supplier: Towel 65% polyester 35% cotton, 0.46 USD/pc",
  ])("%s prices the item", (quote) =>
    expect(itemRowsOf([quote, "Buyer: ok, 2000 pcs"]).map(([, , price]) => price)).toEqual([0.46]),
  );

  it("a share of the payment beside an amount still marks it as no price", () =>
    expect(
      itemRowsOf(["Supplier: Tote bag 0.46 USD/pc", "Buyer: ok, 2000 pcs. 30% deposit is USD 276"]).map(
        ([, , price]) => price,
      ),
    ).toEqual([0.46]));
});

describe("a count changed back", () => {
  const chains = (last: string) =>
    itemRowsOf([
      "Supplier: brake pads USD 1.30/pair, chain USD 3.80/pc",
      "Buyer: we want 1500 pairs pads, 600 chains.",
      "Supplier: ok agree",
      "Buyer: make it 800 chains",
      `Buyer: ${last}`,
    ]).map(([, quantity]) => quantity)[1];

  it.each(["stay at 600 chains", "ok 600 chains"])("%s counts the chains again", (last) =>
    expect(chains(last)).toBe(600),
  );

  it("a grade beside a label alone counts nothing", () =>
    expect(
      itemRowsOf([
        "Supplier: trowel 1.5mm USD 2.10, float USD 1.80",
        "Buyer: 500 trowel and 300 float",
        "Buyer: ok, 304 stainless",
      ]).map(([, quantity]) => quantity),
    ).not.toContain(304));
});

describe("lines of one order counted in one word", () => {
  const rows = (lines: string[]) => draft(lines).items.map((item) => [item.quantity, item.unit]);

  it("a size counted without its word takes the word the other sizes were counted in", () => {
    expect(
      rows([
        "Buyer: Hi, we saw your cycling jacket, model CJ-20. Prices for sizes S to L?",
        "Supplier: Prices USD: S 8.10, M 8.20, L 8.40 / pc. MOQ 100 pcs per size.",
        "Buyer: We want S 300, M 400, L 200 pcs.",
        "Supplier: OK confirmed",
      ]),
    ).toEqual([
      [300, "pcs"],
      [400, "pcs"],
      [200, "pcs"],
    ]);
  });

  it("lines counted in two different words keep each its own, and none is given to an uncounted line", () => {
    expect(
      rows([
        "Buyer: We need 200 sets of knife blocks and 500 pcs cutting boards and 300 aprons.",
        "Supplier: knife block USD 6.50/set, cutting board USD 2.10/pc, apron USD 1.20",
        "Buyer: confirmed",
      ]),
    ).toEqual([
      [200, "sets"],
      [500, "pcs"],
      [300, null],
    ]);
  });
});
