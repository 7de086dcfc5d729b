/**
 * A buyer's call notes and the SMS after them: the supplier named after "@" with an export house's word
 * ("Ravi @ Sutlej Home Textiles"), the goods named by the notes, not by what their colour must match ("to match
 * last season's cushions"), nor by the sentence's subject and verb ("boss agreed AUD 14.40 per throw").
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const notes = (matchLine: string) => [
  "Call w/ Ravi @ Sutlej Home Textiles (Panipat) - Mon 8 Feb",
  "- cotton waffle throw 130 x 170 cm, 350 GSM",
  "- colours: oatmeal + white, 500 each = 1k total",
  `- ${matchLine}`,
  "",
  "SMS Tue 9 Feb",
  "Ravi Sutlej: Hello Ms Kate, boss agreed AUD 14.40 per throw DAP Sydney by air, final.",
  "Me: 14.40 works. Go ahead, I'll pay the full amount by card on Alibaba today",
  "Ravi Sutlej: Thank you madam, order link sent. 1000 pcs, 500 oatmeal 500 white",
];

describe("call notes, then SMS", () => {
  it.each(["must feel soft + oatmeal colour to match last season's cushions", "white like the hotel towels"])(
    "the goods are the throw, not what '%s' compares them to",
    (matchLine) => {
      const draft = draftOf(notes(matchLine));
      expect(draft.items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
        ["cotton waffle throw", 1000, 14.4],
      ]);
    },
  );

  it("the supplier is the company after '@': 'Sutlej Home Textiles'", () => {
    expect(draftOf(notes("soft hand feel")).supplier).toBe("Sutlej Home Textiles");
  });

  it.each(["Sutlej Garments", "Jaipur Handicrafts", "Karur Textiles"])(
    "'%s' is a company by its export house's word",
    (company) => {
      const draft = draftOf([
        "Buyer: price for 500 cushion covers?",
        `Supplier: Hello, Ravi from ${company} here. USD 2.10 per cover.`,
      ]);
      expect(draft.supplier).toBe(company);
    },
  );
});

describe("call notes with the item labelled, and the order split by mode", () => {
  const chat = [
    "call notes 21-Jan-27 w/ Jenny (Foshan Lianhe Electric Appliance Co., Ltd.), whatsapp call ~25 min",
    "- item: ceramic hair straightener LH-22, MCH heater, max 230°C, 100-240V dual voltage",
    "- quoted 1000 pcs $6.80 / 3000 pcs $6.20 / 5000 pcs $5.90",
    "SMS to Jenny 22/01 11:05: Jenny, client confirmed 3000 pcs, so 6.20 as per your table na? pls confirm",
    "SMS from Jenny 22/01 11:40: Yes dear 3000pcs 6.20 confirm. ship date 10 March ok, after CNY",
    "SMS to Jenny 22/01 11:42: Ok 10th March fixed. 1500 pcs by air FCA Shenzhen for launch, 1500 by sea, same FCA",
  ];

  it("'item: ceramic hair straightener LH-22, MCH heater' names the straightener, not its heater", () => {
    expect(draftOf(chat).items.map((item) => item.name)).toEqual(["ceramic hair straightener LH-22"]);
  });

  it("'1500 pcs by air ..., 1500 by sea' splits the 3000 ordered, it orders no 1500", () => {
    expect(draftOf(chat).items.map((item) => [item.quantity, item.unitPrice])).toEqual([[3000, 6.2]]);
  });

  it("a whole order sent by one mode is still the order ('we order 2000 pcs by sea')", () => {
    const draft = draftOf([
      "Supplier: hair straightener LH-22 USD 6.20",
      "Buyer: ok, we order 2000 pcs by sea",
    ]);
    expect(draft.items.map((item) => item.quantity)).toEqual([2000]);
  });
});
