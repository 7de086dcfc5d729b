/**
 * An e-mail reply accepts in its first sentence after the subject line and the greeting ("Subject: RE: Quote"
 * / "Hi Sunny," / "Fine, ..."); two quote rows that each price and count their product make a list; a date
 * after a spaced dash beside the ship date is the reason for it.
 */
import { describe, expect, it } from "vitest";
import { isAcceptance } from "../../../src/core/extract/cues.ts";
import { findDispatch } from "../../../src/core/extract/dispatch.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("an e-mail reply's acceptance", () => {
  it.each([
    ["Subject: RE: Quote\nHi Sunny,\nFine, 100% up front by credit card.", true],
    ["Hi Sunny,\nOk, go ahead with the order.", true],
    ["Dear Ava,\nSorry, 9.50 is below our cost.", false],
    ["Hi Sunny,\ncan you do 9.50?", false],
  ])("%j accepts: %s", (text, accepts) => expect(isAcceptance(text)).toBe(accepts));
});

describe("two quote rows that each price and count their product", () => {
  it("are the order's two lines, each priced per piece", () => {
    const rows = itemRowsOf([
      "Supplier: Revised price as your request:\nAdult 202 x 12 x 2 mm: USD 9.80 per 100 pcs, qty 8,000 pcs\nYouth 180 x 12 x 2 mm: USD 9.00 per 100 pcs, qty 2,000 pcs",
      "Buyer: Fine, go ahead.",
    ]);
    expect(rows).toEqual([
      ["Adult 202 x 12 x 2 mm", 8000, 0.098],
      ["Youth 180 x 12 x 2 mm", 2000, 0.09],
    ]);
  });
});

describe("a date after a spaced dash", () => {
  const now = new Date("2026-05-12T12:00:00Z");
  it.each([
    ["Please make sure it ships by Friday, May 22 - the race is June 6.", ["2026-05-22"]],
    ["ship by June 6 – May 22 is too early for our warehouse", ["2026-06-06"]],
    ["Ship date - June 6 please", ["2026-06-06"]],
  ])("%s", (text, dates) => expect(findDispatch(text, now).map((d) => d.date)).toEqual(dates));
});
