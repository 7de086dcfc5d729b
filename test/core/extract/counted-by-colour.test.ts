/**
 * Lines counted the way buyers write an order by colour or by count first: "600 in black and 400 in a custom
 * colour teal", "For 800 spades we can offer GBP 6.40, digging fork GBP 7.10 for 600 pcs", and a European date
 * ("then 28.01. is the shipping date") that is no price of a line.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("a count in a colour", () => {
  it.each([
    ["600 in black and 400 in teal", "teal", [600, 400]],
    ["600 in black and 400 in a custom colour teal", "custom colour", [600, 400]],
    ["600 black and 400 teal", "teal", [600, 400]],
  ])("'%s' counts each colour's line", (counts, second, expected) => {
    const rows = itemRowsOf([
      `Buyer: we are interested in the SW-T6 speaker. We need 1000 pcs, ${counts}.`,
      `Supplier: Black USD 8.90/pc, ${second} USD 9.50/pc.`,
      "Buyer: Okay, agreed.",
    ]);
    expect(rows.map(([, quantity]) => quantity)).toEqual(expected);
    expect(rows.map(([, , price]) => price)).toEqual([8.9, 9.5]);
  });

  it("'400 in stock' counts no line", () => {
    const rows = itemRowsOf([
      "Buyer: we need 1000 pcs of the SW-T6 speaker in black.",
      "Supplier: we have 400 in stock, USD 8.90/pc.",
      "Buyer: Okay, agreed.",
    ]);
    expect(rows).toEqual([["SW-T6 speaker", 1000, 8.9]]);
  });
});

describe("goods counted after 'for' before their price", () => {
  it("'For 800 spades we can offer GBP 6.40, digging fork GBP 7.10 for 600 pcs' is two lines", () => {
    expect(
      itemRowsOf([
        "Buyer: Where did we land on the border spade? Your 6.90 a piece is too rich for us",
        "Supplier: For 800 spades we can offer GBP 6.40, digging fork GBP 7.10 for 600 pcs.",
        "Buyer: 6.40 / 7.10 agreed.",
      ]),
    ).toEqual([
      ["border spade", 800, 6.4],
      ["digging fork", 600, 7.1],
    ]);
  });
});

describe("a day and month written the European way", () => {
  it("'then 28.01. is the shipping date' prices nothing (blind batch 34's speaker order, as pasted)", () => {
    const text = readFileSync(
      new URL("../../fixtures/transcripts/blind34/b34_08_alibaba_bt_speakers.txt", import.meta.url),
      "utf8",
    );
    const rows = itemRowsOf(text.split("\n"), new Date("2026-12-15T12:00:00Z"));
    expect(rows.map(([, quantity, price]) => [quantity, price])).toEqual([
      [600, 8.6],
      [400, 9.1],
    ]);
  });
});

describe("lines counted in thousands with a decimal, and a whole price after 'at'", () => {
  it("'1.2k chairs + 300 tables' orders both, the table at the 64 it was offered 'at'", () => {
    expect(
      itemRowsOf([
        "Buyer: the bentwood dining chair with oak veneer, 24.50 USD is too high. We can pay 19",
        "Supplier: 19 is below our cost. For 1.2k chairs we can do 23.00",
        "Buyer: 20.50 and I confirm the tables also",
        "Supplier: 22.20, and the dining table 160x90 at 64 instead of 68",
        "Buyer: table 64 ok. Chair 21.50 and we close today",
        "Supplier: Boss says 21.80 last price, cannot go lower.",
        "Buyer: ok 21.80 then. 1.2k chairs + 300 tables, 1x40HQ",
      ]),
    ).toEqual([
      ["bentwood dining chair", 1200, 21.8],
      ["dining table 160x90", 300, 64],
    ]);
  });
});

describe("a European date after a word of dates", () => {
  it.each([
    "Ok, latest ship date 15.09. For payment we accept Pay Later",
    "Ship by 28.01. Thanks",
    "Deadline: 03.11. Please confirm",
    "ETD 15.09. OK?",
  ])("'%s' prices nothing", (line) =>
    expect(
      itemRowsOf([
        "Buyer: 900 scratching posts at EUR 6.50 each, ok?",
        "Supplier: ok 6.50 for 900 pcs",
        `Supplier: ${line}`,
      ]),
    ).toEqual([["scratching post", 900, 6.5]]),
  );
});
