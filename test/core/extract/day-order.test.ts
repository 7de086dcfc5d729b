/**
 * "Ship by 3/2" is the 3rd of February to a buyer in Dublin and the 2nd of March to one in Texas. The chat
 * tells which: a figure date that reads one way only, or dates written with the month's name.
 */
import { describe, expect, it } from "vitest";
import { dayFirstIn } from "../../../src/core/extract/day-order.ts";
import { draftOf } from "../../helpers/read-chat.ts";

describe("the paste's way of writing a day and a month", () => {
  it.each([
    [["we can ship by 26/1 latest"]],
    [["PI dated 14/11/2026"]],
    [["Order date 14.11.2026"]],
    [["CALL NOTES - Tue 12 Jan 2027", "deposit paid on the 3rd of March"]],
  ])("%j puts the day first", (texts) => {
    expect(dayFirstIn(texts)).toBe(true);
  });

  it.each([
    [["we can ship by 1/26 latest"]],
    [["PI dated 11/14/2026"]],
    [["Call on Jan 12, 2027", "ship by March 3rd"]],
    [["neck 24/410, 3/4 inch thread"]],
    [["thickness 3.2 mm, 12.5 kg"]],
    [[""]],
  ])("%j does not", (texts) => {
    expect(dayFirstIn(texts)).toBe(false);
  });

  it("a date that reads one way only outweighs a date written with the month's name", () => {
    expect(dayFirstIn(["Nov 20 call", "ship before 26/1"])).toBe(true);
    expect(dayFirstIn(["20 Nov call", "ship before 1/26"])).toBe(false);
  });
});

describe("a ship date in figures read the paste's way", () => {
  const now = new Date("2027-01-12T12:00:00Z");

  it("day first when the supplier's own date shows it", () => {
    const draft = draftOf(
      [
        "Supplier: we are closed 26/1 to 5/2 for holiday",
        "Buyer: ok, then ship by 3/2 is not possible? ship by 20/2 please",
        "Supplier: ok ship by 20/2",
      ],
      now,
    );
    expect(draft.dispatch.date).toBe("2027-02-20");
  });

  it("day first when the notes write their dates with the day before the month's name", () => {
    const draft = draftOf(
      ["CALL NOTES - Tue 12 Jan 2027, Dublin", "- Ship by 3/2 - Grace ok'd", "- 100% PayPal upfront"],
      now,
    );
    expect(draft.dispatch.date).toBe("2027-02-03");
  });

  it.each([
    ["ship by June 30", "2027-06-30"],
    ["ETD Jun 15 latest", "2027-06-15"],
    ["ok, 3/7 is too late, ship before March 1", "2027-03-01"],
    ["ship by 20/2, no later", "2027-02-20"],
  ])("in a day-first paste %j is read with its month and this year (%s)", (line, date) => {
    const draft = draftOf(
      ["Supplier: we are closed 26/1 to 5/2 for holiday", `Buyer: ${line}`, `Supplier: ok, ${line}`],
      now,
    );
    expect(draft.dispatch.date).toBe(date);
  });

  it("month first when nothing says otherwise", () => {
    const draft = draftOf(["Buyer: ship by 3/2 please", "Supplier: ok ship by 3/2"], now);
    expect(draft.dispatch.date).toBe("2027-03-02");
  });
});
