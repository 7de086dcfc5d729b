/**
 * Buyers in Australia, New Zealand and South Africa ask for the goods "on the boat by", "on the water by" or "on
 * board by" a date: the date the goods must leave, the one a late-shipment claim rests on. The time the goods
 * spend on the water is still a transit time, no dispatch term.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const chat = (said: string) => [
  "Buyer: 500 pcs at USD 2.00 ok",
  "Supplier: ok deal",
  said,
  "Supplier: ok, no problem",
];

describe("the goods asked on the water by a date", () => {
  it.each([
    ["Buyer: Need them on the boat by 15 May, can you do that?", "2027-05-15"],
    ["Buyer: needs goods on the water by 31/07", "2027-07-31"],
    ["Buyer: goods must be on board by 15 May", "2027-05-15"],
    ["Buyer: we need it on the vessel before 20 June", "2027-06-20"],
  ])("%j is a fixed dispatch date (%s)", (said, date) => {
    expect(draftOf(chat(said)).dispatch).toMatchObject({ basis: "fixed_date", date });
  });

  it("leaves the days on the water a transit time", () => {
    expect(draftOf(chat("Supplier: 25 days on the water to Fremantle")).dispatch).toMatchObject({
      basis: null,
      date: null,
    });
  });
});
