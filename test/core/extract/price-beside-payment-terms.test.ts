/**
 * A price traded against the payment terms ("USD 1.75/pc if you pay 50% deposit", "We accept USD 1.75 per pc
 * with 50% deposit"): an amount put per piece is a price whatever payment words stand beside it; and "1.70 is too
 * difficult for us" turns the 1.70 down.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const chat = (refusal: string) => [
  "Supplier: Stainless phin filter 1.80 USD/pc for 2,000 pcs",
  "Buyer: Could you make USD 1.70/pc for 2,000 pcs with 30% deposit?",
  `Supplier: ${refusal} We can do USD 1.75/pc if you pay 50% deposit, 50% before shipment by T/T.`,
  "Buyer: Thank you. We accept USD 1.75 per pc with 50% deposit, balance before shipment.",
];

describe("a price traded against the payment terms", () => {
  it.each([
    "1.70 is too difficult for us with 30% deposit.",
    "1.70 is very difficult for us.",
    "1.70 not feasible, sorry.",
  ])("after '%s' the price agreed is 1.75", (refusal) => {
    expect(itemRowsOf(chat(refusal))).toEqual([["Stainless phin filter", 2000, 1.75]]);
  });

  it("a deposit amount is still no price", () => {
    const rows = itemRowsOf([
      "Supplier: Stainless phin filter 1.80 USD/pc for 2,000 pcs",
      "Buyer: ok 1.80 agreed. Deposit USD 1,080 paid today.",
    ]);
    expect(rows).toEqual([["Stainless phin filter", 2000, 1.8]]);
  });
});

describe("an amount converted into another currency in passing", () => {
  const csv = (line: string) => [
    "timestamp,sender,role,message",
    '2026-10-05 09:40:51,Lim Wei Ling,supplier,"1.5 ml snap cap tube: USD 12.80 per 1000 pcs. 0.2 ml 8-strip with flat caps: USD 0.095 per strip."',
    '2026-10-05 10:02:17,Burak Demir,buyer,"We need 500,000 tubes and 40,000 strips. Our target 11.00 per 1000 and 0.080 per strip."',
    '2026-10-06 08:05:12,Lim Wei Ling,supplier,"Boss approved 11.50 per 1000 pcs for tubes. Strips 0.085 also ok, final."',
    '2026-10-06 08:30:40,Burak Demir,buyer,"Tamam, deal: 500,000 tubes @ USD 11.50/1000 pcs and 40,000 strips @ USD 0.085."',
    '2026-10-06 08:31:15,Burak Demir,buyer,"Total around 9,150 USD."',
    `2026-10-06 08:45:02,Lim Wei Ling,supplier,"${line}"`,
    '2026-10-06 10:01:47,Lim Wei Ling,supplier,"We can do CPT Istanbul Airport by air, freight included in above prices."',
    '2026-10-06 10:03:10,Burak Demir,buyer,"OK CPT Istanbul by air."',
  ];

  it.each([
    "Thank you Burak! That is about RM 38,400 for our finance 😊",
    "Thank you! That's approximately 1,380,000 JPY for our accounting",
  ])("'%s' prices nothing", (line) => {
    const prices = itemRowsOf(csv(line)).map(([, , price]) => price);
    expect(prices.every((price) => price === null || price < 1)).toBe(true);
  });
});
