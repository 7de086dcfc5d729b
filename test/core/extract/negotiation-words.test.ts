/**
 * The words around an amount that decide whether the buyer sees it as the agreed unit price, one row per
 * word: payments, valuations and years are no offer; an amount taken in so many words is the deal.
 * Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const priceOf = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items[0]?.unitPrice ?? null;

describe("an amount paid, sent or budgeted is no new price", () => {
  const chat = (line: string) => [
    "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
    "Seller: Steel water bottle is $4.20/pc.",
    `Seller: ${line}`,
    "Buyer: Ok, confirmed.",
  ];

  it("the same amount said as a new price is taken", () => {
    expect(priceOf(chat("Now $4.00."))).toBe(4);
  });

  it.each([
    "We paid $4.00 for the last batch.",
    "Please transfer $4.00 today.",
    "We transferred $4.00.",
    "We sent $4.00 back.",
    "The deposit is $4.00.",
    "The balance is $4.00.",
    "Payment $4.00 now.",
    "A refund of $4.00.",
    "Compensated $4.00 each.",
    "Your budget of $4.00 is low.",
    "The samples are $4.00.",
    "You can send $4.00 via paypal.",
    "By paypal $4.00.",
    "定金 $4.00.",
    "尾款 $4.00.",
    "30 % is $4.00.",
  ])("'%s' leaves the 4.20 on the table", (line) => {
    expect(priceOf(chat(line))).toBe(4.2);
  });

  it.each([
    ["After the deposit we do $4.00.", 4.2],
    ["Now $4.00 with the deposit paid.", 4.2],
    ["After the deposit arrives we start production at the new price of $4.00.", 4],
    ["Now $4.00 so please send the deposit.", 4],
    ["Now $4.00, deposit after the contract is signed by both parties.", 4],
  ])("'%s': only a payment named a few words from the amount marks it (%s agreed)", (line, price) => {
    expect(priceOf(chat(line))).toBe(price);
  });
});

describe("what the thing is worth elsewhere is no counter", () => {
  const chat = (valuation: string) => [
    "Seller: Leather armchair, asking $80",
    "Buyer: Could you do $60?",
    `Seller: Meet me at $70. ${valuation}`,
    "Buyer: Ok.",
  ];

  it("an amount with no such words is the seller's last price", () => {
    expect(priceOf(chat("Shops value it at $150."))).toBe(150);
  });

  it.each([
    "It is worth $150.",
    "It is worth about $150.",
    "It is worth around $150.",
    "It is worth at least $150.",
    "It retails at $150.",
    "It retail for $150.",
    "I bought them for $150.",
    "I bought it at $150.",
    "I bought for $150.",
    "It is new at $150.",
    "It is valued at $150.",
    "Market value at $150.",
    "It values at $150.",
    "It's $150 in stores.",
    "It's $150 in store.",
    "It's 150 dollars retail.",
    "It's $150 new.",
    "Our retail price is $150.",
    "Shelf price will be about $150.",
    "Street price $150.",
    "RRP: $150.",
    "MSRP $150.",
    "We sell them for $150.",
    "I will resell it at $150.",
    "That is ≈ $150.",
    "Here $150 at today's rate.",
    "$150 at the exchange rate, just so you know.",
    "Our $150 for reference.",
    "$150 for my reference.",
  ])("'%s': the deal is the 70 dollars", (valuation) => {
    expect(priceOf(chat(valuation))).toBe(70);
  });
});

describe("an amount taken in so many words before the other side named any", () => {
  it.each([
    "$55 would work.",
    "$55 should work.",
    "$55 will work.",
    "$55 works.",
    "$55 will be good.",
    "$55 would be great.",
    "$55 should be perfect.",
    "$55 will be okay.",
    "$55 would be fine.",
    "$55 would be ok.",
    "$55 sounds good.",
    "$55 sounds great.",
    "$55 sounds fine.",
    "$55 sounds perfect.",
    "$55 sounds fantastic.",
    "$55 sounds fair.",
    "$55 sounds reasonable.",
    "$55 sounds ok.",
    "$55 sounds okay.",
    "$55 is fine.",
    "$55 is good.",
    "$55 is great.",
    "$55 is perfect.",
    "$55 is ok.",
    "$55 is okay.",
    "$55 is acceptable.",
    "$55 is agreeable.",
    "$55 is the deal.",
    "$55 is a deal.",
    "$55 dollars works.",
    "$55 bucks is fine.",
  ])("'Ok, %s' is the deal at 55 dollars", (taken) => {
    expect(priceOf(["Seller: Bread maker for sale, barely used.", `Buyer: Ok, ${taken}`])).toBe(55);
  });

  it("an amount put without such words is only an offer", () => {
    expect(priceOf(["Seller: Bread maker for sale, barely used.", "Buyer: Ok, $55 then."])).toBeNull();
  });
});

describe("a year beside a price is no price", () => {
  const chat = (line: string) => [
    "Seller: Used forklift, asking $2,400",
    "Buyer: Would you take $1,950?",
    `Seller: I can do $2,200, ${line}`,
    "Buyer: Deal.",
  ];

  it("a year with nothing that says so is read as the last amount", () => {
    expect(priceOf(chat("registered 2019."))).toBe(2019);
  });

  it.each([
    "it is a model 2019.",
    "made in 2019.",
    "built in 2019.",
    "in service since 2019.",
    "year 2019.",
    "on the road from 2019.",
    "warranty until 2019.",
    "serviced by 2019.",
    "the spring of 2019.",
    "bought in March 2019.",
    "registered Sept 2019.",
    "registered january 1999.",
    "built in 1950.",
  ])("'... %s' settles the 2,200", (line) => {
    expect(priceOf(chat(line))).toBe(2200);
  });
});

describe("a discount off the price on the table offers the difference", () => {
  it.each([
    "I will take $10 off.",
    "I would knock $10 off.",
    "I'd take $10 off.",
    "We'll knock off $10.",
    "We can take 10 bucks off.",
    "I can take off $10.",
    "I can knock 10 dollars off.",
    "I can take $10 bucks off.",
  ])("'%s' makes the 70 dollars 60", (discount) => {
    expect(
      priceOf([
        "Seller: Tent for four, asking $70",
        "Buyer: Too much.",
        `Seller: ${discount}`,
        "Buyer: Deal.",
      ]),
    ).toBe(60);
  });

  it("an amount taken without 'off' is no discount", () => {
    expect(
      priceOf([
        "Seller: Tent for four, asking $70",
        "Buyer: Too much.",
        "Seller: We can take $10.",
        "Buyer: Deal.",
      ]),
    ).toBe(70);
  });
});

describe("a fallback named after a deal in the same message leaves the deal", () => {
  const chat = (fallback: string) => [
    "Seller: Mountain bike, asking $400",
    "Buyer: Would you accept $320 cash?",
    `Seller: I accept $320 if you come tomorrow. ${fallback}`,
    "Buyer: great",
  ];

  it.each([
    "After tonight I won't go less than $380.",
    "After this week $380.",
    "I won't go below $380 later.",
    "I wont go lower than $380 later.",
  ])("'... %s' keeps 320", (fallback) => {
    expect(priceOf(chat(fallback))).toBe(320);
  });

  it("a later price with no fallback word reopens the deal", () => {
    expect(priceOf(chat("After tomorrow $380."))).toBe(380);
  });
});

describe("a one-off charge is never the goods' unit price", () => {
  const chat = (line: string, goods = "steel water bottle") => [
    `Buyer: Hi, we need 1,000 pcs of the ${goods}.`,
    `Seller: ${goods[0]!.toUpperCase()}${goods.slice(1)} is $4.20/pc.`,
    `Seller: ${line}`,
    "Buyer: Ok, confirmed.",
  ];

  it.each([
    "Tooling $4.00.",
    "Mould $4.00.",
    "Mold: $4.00.",
    "Moulding $4.00.",
    "Molding is $4.00.",
    "Setup $4.00.",
    "Set-up $4.00.",
    "Plate $4.00.",
    "Die $4.00.",
    "Certification $4.00.",
    "Testing $4.00.",
    "Fee $4.00.",
    "Fees $4.00.",
    "Charge $4.00.",
    "Charges $4.00.",
    "Mould cost $4.00.",
    "Mould fee $4.00.",
    "Mould charge $4.00.",
    "Mould will be $4.00.",
    "Mould would be about $4.00.",
    "Mould around $4.00.",
    "Mould only $4.00.",
    "Mould just $4.00.",
    "Mould of $4.00.",
    "Mould = $4.00.",
    "$4.00 one-time.",
    "$4.00 one time.",
    "$4.00 one-off.",
    "$4.00 one off.",
    "$4.00 once.",
    "$4.00 setup.",
    "$4.00 tooling.",
    "$4.00 mould.",
    "$4.00 mold.",
    "$4.00 for the mould.",
    "$4.00 testing.",
    "$4.00 certification.",
  ])("'%s' leaves the 4.20 agreed", (line) => {
    expect(priceOf(chat(line))).toBe(4.2);
  });

  it.each(["Mould for the new colour is $4.00.", "Tooling $4.00/pc."])(
    "'%s': a charge named further off, or a price per piece, is the new price",
    (line) => {
      expect(priceOf(chat(line))).toBe(4);
    },
  );

  it("a charge named further after the amount is no charge on it", () => {
    expect(priceOf(chat("Now $4.00, no mould needed."))).toBe(4);
  });

  it("a charge word the goods are named by is the goods' price", () => {
    expect(priceOf(chat("Plate $4.00.", "dinner plate"))).toBe(4);
  });
});

describe("a sentence of measurements with no word of price offers nothing", () => {
  const chat = (line: string) => [
    "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
    "Seller: Steel water bottle is $4.20/pc.",
    `Seller: ${line}`,
    "Buyer: Ok.",
  ];

  it.each(
    ["mm", "cm", "m", "µm", "μm", "um", "kg", "g", "w", "v", "a", "k", "d", "mah", "ml", "l", "oz"].concat([
      "inch",
      "in",
      "bar",
      "psi",
      "nm",
      "db",
      "lm",
      "hz",
      "°",
      "°c",
      "℃",
      '"',
    ]),
  )("two measures in '%s' make 'rated 4.1' no counter", (unit) => {
    expect(priceOf(chat(`Wall 2${unit}, lid 3 ${unit}, rated 4.1.`))).toBe(4.2);
  });

  it.each([
    "Tolerance ±0.05, wall 2 mm, rated 4.1.",
    "Specs: rated 4.1.",
    "Specifications - rated 4.1.",
    "Our specs rated 4.1.",
    "The specification rated 4.1.",
    "Lamp specs 4.1.",
    "Product specs 4.1.",
    "Tech specs 4.1.",
    "Technical specs 4.1.",
  ])("'%s' lists requirements: the 4.20 stands", (line) => {
    expect(priceOf(chat(line))).toBe(4.2);
  });

  it.each(["Wall 2 mm, rated 4.1.", "Lamp spec 4.1.", "4.10 is fine if the specs stay the same."])(
    "'%s' is no list of measures: 4.1 is a counter",
    (line) => {
      expect(priceOf(chat(line))).toBe(4.1);
    },
  );

  it.each([
    "price",
    "prices",
    "usd",
    "rmb",
    "eur",
    "cost",
    "offer",
    "deal",
    "agreed",
    "agrees",
    "accepted",
    "ok",
    "okay",
    "each",
    "unit",
    "pc",
    "pcs",
    "dollar",
    "dollars",
    "$",
    "元",
  ])("measures with '%s' beside the amount: 4.1 is a price", (word) => {
    expect(priceOf(chat(`Wall 2 mm, lid 3 cm, ${word} 4.1.`))).toBe(4.1);
  });
});
