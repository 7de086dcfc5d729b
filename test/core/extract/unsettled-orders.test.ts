/**
 * Chats that end without a deal, in trades the fixtures do not cover: an "ok" that only acknowledges or
 * puts the decision off settles no price, and a count that splits, packs or guesses is not the order.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { findQuantities } from "../../../src/core/extract/quantity.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const itemOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now }).items[0];

describe("an acknowledgement that defers accepts no price", () => {
  it.each([
    "Ok dear, waiting for your good news",
    "OK, we will revert next week.",
    "Ok. I will talk with my partner first.",
    "Ok, the bulk order we decide after we test the samples.",
    "Fine, I need to check the budget.",
  ])("'%s' leaves the price open", (answer) => {
    const item = itemOf([
      "Buyer: Hello, we need ceramic floor tiles 60x60 cm for a hotel project.",
      "Seller: Ceramic floor tile price is $8.40/sqm.",
      "Buyer: Our budget is $7.20 per sqm.",
      "Seller: Sorry, $7.90 is the lowest.",
      `Buyer: ${answer}`,
    ]);
    expect(item?.unitPrice ?? null).toBeNull();
  });

  it("a plain 'ok' after the last offer still accepts it", () => {
    const item = itemOf([
      "Buyer: Hello, we need ceramic floor tiles 60x60 cm for a hotel project.",
      "Seller: Ceramic floor tile price is $8.40/sqm.",
      "Buyer: Our budget is $7.20 per sqm.",
      "Seller: Sorry, $7.90 is the lowest.",
      "Buyer: Ok, $7.90 then.",
    ]);
    expect(item?.unitPrice).toBe(7.9);
  });
});

const kinds = (text: string, nouns: string[] = []) =>
  findQuantities(text, nouns).map((q) => [q.value, q.kind]);

describe("a count per something else is not the order", () => {
  it.each([
    ["Packing 2,500 pcs per reel, antistatic bag.", 2500],
    ["Sizes 38 to 46, 300 pairs per size.", 300],
    ["Packed 6 pcs per 7-ply export carton.", 6],
    ["Capacity 20,000 pcs/month.", 20000],
  ])("'%s'", (text, value) => {
    expect(kinds(text)).toEqual([[value, "pack"]]);
  });

  it("a tier list separated by slashes is still a list of counts", () => {
    expect(kinds("200 pcs $3.10 / 500 pcs $2.80").map(([, kind]) => kind)).toEqual(["order", "order"]);
  });
});

describe("a hedged count is a guess", () => {
  it("a 'maybe' or 'perhaps' earlier in the sentence makes every count in it an estimate", () => {
    expect(kinds("Maybe we start with 400 sets, maybe 800.")).toEqual([[400, "estimate"]]);
    expect(kinds("We could perhaps take 1,500 pcs next quarter.")).toEqual([[1500, "estimate"]]);
    expect(kinds("We take 1,500 pcs. Maybe more later.")).toEqual([[1500, "order"]]);
  });
});

describe("the number in a model code counts nothing", () => {
  it("'VX-40 valves' names a valve model, '40 valves' counts valves", () => {
    expect(kinds("Final price for the VX-40 valves is $12.", ["valve"])).toEqual([]);
    expect(kinds("We need 40 valves.", ["valve"])).toEqual([[40, "order"]]);
  });
});

describe("with no price agreed, a count stands only if nobody disputed it", () => {
  it("counts that moved between offers are no order", () => {
    const item = itemOf([
      "Buyer: Hi, we need folding camping chairs with our logo.",
      "Seller: Folding camping chair price $7.40/pc.",
      "Buyer: Can we do 800 pcs at $6.50?",
      "Seller: For 800 pcs $7.10. For 1,500 pcs we can do $6.80.",
      "Buyer: Let me discuss with my team.",
    ]);
    expect(item?.quantity ?? null).toBeNull();
    expect(item?.unitPrice ?? null).toBeNull();
  });

  it("a request for prices at several counts orders none of them", () => {
    const item = itemOf([
      "Buyer: Hello, please send price for 300 pcs and 600 pcs of the solar garden light.",
      "Seller: Solar garden light 300 pcs $4.20, 600 pcs $3.90.",
      "Buyer: Thanks, we will come back to you.",
    ]);
    expect(item?.quantity ?? null).toBeNull();
  });

  it("a count the other side calls too many, or one below the MOQ, is not the order", () => {
    const refused = itemOf([
      "Buyer: Hi, price for silicone baking mats?",
      "Seller: Silicone baking mat for bulk 8,000 pcs price $1.15.",
      "Buyer: 8,000 is too many for us now. We will check the budget and come back.",
    ]);
    expect(refused?.quantity ?? null).toBeNull();
    const belowMoq = itemOf([
      "Buyer: Hi, we need wool felt slippers, can we do 400 pairs at $5?",
      "Seller: MOQ 1,000 pairs, because of the felt dyeing.",
      "Buyer: I will talk with my partner.",
    ]);
    expect(belowMoq?.quantity ?? null).toBeNull();
  });

  it("the buyer's stated need stands, and so does a count nobody disputed", () => {
    const need = itemOf([
      "Buyer: We need 2,400 enamel camping mugs with our logo.",
      "Seller: Enamel camping mug price $1.95/pc.",
      "Buyer: Too high, can you do $1.60?",
      "Seller: Sorry, $1.80 is the lowest.",
    ]);
    expect(need?.quantity).toBe(2400);
    const offered = itemOf([
      "Seller: We can supply 5,000 pcs of bamboo toothbrushes at US$0.21 per piece FOB Xiamen.",
      "Buyer: The price is too high for our market.",
    ]);
    expect(offered?.quantity).toBe(5000);
  });
});

describe("a supplier's usual terms told to an inquiry", () => {
  const termsOf = (lines: string[]) => {
    const draft = extractDraft(parseTranscript(lines.join("\n")), { now });
    return [draft.dispatch.days, draft.payment.depositPercent];
  };
  const inquiry = (reply: string) => [
    "Buyer: hi, looking for bamboo sunglasses, about 10 styles. moq? lead time and payment?",
    "Supplier: MOQ 300 pcs per style. Normally 35-40 days after deposit, payment usually 30% deposit, balance before shipment.",
    `Buyer: ${reply}`,
  ];

  it.each(["ok. samples?", "ok, and the sample cost?", "noted. will come back after checking the catalogue"])(
    "'%s' takes none of them",
    (reply) => {
      expect(termsOf(inquiry(reply))).toEqual([null, null]);
    },
  );

  it.each(["ok, 30% deposit is fine and 40 days works for us.", "Agreed, please send the PI."])(
    "'%s' takes them",
    (reply) => {
      expect(termsOf(inquiry(reply))).toEqual([40, 30]);
    },
  );

  it("the same terms with no hedge stand as the supplier stated them", () => {
    expect(
      termsOf([
        "Buyer: hi, 500 pcs bamboo sunglasses at 3.20, lead time and payment?",
        "Supplier: 35-40 days after deposit, 30% deposit, balance before shipment.",
        "Buyer: ok. samples?",
      ]),
    ).toEqual([40, 30]);
  });

  it("a terms page with nobody answering states them", () => {
    expect(
      termsOf([
        "Supplier: Payment terms: normally 30% T/T deposit, balance before shipment. Delivery: usually 25 days after deposit.",
      ]),
    ).toEqual([25, 30]);
  });
});
