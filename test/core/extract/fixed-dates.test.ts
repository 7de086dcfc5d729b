/**
 * Fixed shipment dates read with chrono-node: a year-less date already past `now` is next year's.
 * Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const dispatchOf = (line: string) =>
  extractDraft(parseTranscript(`Buyer: We need 800 pcs ceramic mug at $1.20.\nSupplier: ${line}`), { now })
    .dispatch;

describe("fixed shipment dates", () => {
  it.each([
    ["We can ship by 15 Dec.", "2026-12-15"],
    ["Production before Chinese New Year, latest 20 Jan.", "2027-01-20"],
    ["Latest shipment date 30 Oct.", "2027-10-30"],
    ["Goods ready to ship on 5 March 2027.", "2027-03-05"],
    ["ETD December 28th.", "2026-12-28"],
    // two digits after the comma that count something are no year
    ["OK: ship before 12 Dec, 30% deposit, balance against B/L.", "2026-12-12"],
    ["Ship by 18 Jan, 30 pcs per carton.", "2027-01-18"],
    // a year written after the comma is one
    ["Ship by 18 Jan, 27.", "2027-01-18"],
  ])("'%s' is a fixed date %s", (line, date) => {
    expect(dispatchOf(line)).toEqual({ basis: "fixed_date", days: null, date });
  });

  it("a shipment term in days is no fixed date", () => {
    expect(dispatchOf("Shipment within 30 days after deposit, not later than 20 Jan.")).toEqual({
      basis: "after_deposit",
      days: 30,
      date: null,
    });
  });
});

describe("a date of another event is no shipment date", () => {
  it.each([
    "Please book Intertek for the pre-shipment inspection around 10 Jan.",
    "Kindly open the L/C by 5 Dec.",
    "We will visit your factory on 12 Jan before shipment.",
    "Samples ready on 28 Nov.",
    "Our factory is closed for holidays from 25 Jan.",
  ])("'%s' fixes no shipment date", (line) => {
    expect(dispatchOf(line).date).toBeNull();
  });

  it.each([
    ["After the inspection we ship by 20 Jan.", "2027-01-20"],
    ["Deposit received, goods ready to ship on 15 Dec.", "2026-12-15"],
    // a date in brackets beside the ship date gives the reason for it
    ["Must ship by 20 Jan at the latest (the trade fair opens 14 Feb).", "2027-01-20"],
    ["Please ship before 5 Dec (our store opening is 20 Dec).", "2026-12-05"],
  ])("'%s' still ships on %s", (line, date) => {
    expect(dispatchOf(line)).toEqual({ basis: "fixed_date", days: null, date });
  });
});

describe("which word stands nearer the date: the goods leaving or another event", () => {
  it.each([
    "Meeting on 12 Jan.",
    "After the shipment plan we inspect on 12 Jan.",
    "After the shipment plan the goods are inspected on 12 Jan.",
    "Shipment plan first, sample ready on 12 Jan.",
  ])("'%s' fixes no shipment date", (line) => {
    expect(dispatchOf(line).date).toBeNull();
  });

  it.each([
    "After the inspection we dispatch on 12 Jan.",
    "After the inspection, goods dispatched on 12 Jan.",
    "After the inspection, delivery on 12 Jan.",
    "After the inspection we deliver on 12 Jan.",
    "After the inspection, loading on 12 Jan.",
    "After the inspection we load on 12 Jan.",
    "After the inspection, shipment on 12 Jan.",
  ])("'%s' ships on 12 Jan", (line) => {
    expect(dispatchOf(line)).toEqual({ basis: "fixed_date", days: null, date: "2027-01-12" });
  });
});

describe("a sample approval the dispatch waits on is no sample order", () => {
  it.each([
    "30 days after deposit and pre-production sample approval.",
    "Mass production 30 days after deposit and PP sample confirmation.",
    "30 days after deposit and sample approval.",
  ])("'%s' counts 30 days from the deposit", (line) => {
    expect(dispatchOf(line)).toEqual({ basis: "after_deposit", days: 30, date: null });
  });

  it("the samples' own lead time is not the order's", () => {
    expect(dispatchOf("Samples ready in 5 days after sample fee paid.").days).toBeNull();
  });
});

describe("the date opening a log's row is when the row was written", () => {
  it.each([
    ["2026-11-02 | Me | SGS pre-shipment inspection booked, Lily ok | AGREED", null],
    ["2026-11-02\tMe\tGoods must ship before 20 Dec\tAGREED", "2026-12-20"],
  ])("'%s' ships on %s", (line, date) => {
    expect(dispatchOf(line).date).toBe(date);
  });
});

describe("a date of a mail or of the goods arriving beside the ship date", () => {
  it.each([
    ["Agreed: latest shipment 18 December, everything else as in your email of 3 Nov.", "2026-12-18"],
    ["Ship by 10 Jan, other terms per my message of 14 Nov.", "2027-01-10"],
    ["We ship on or before Dec 15, so you receive around Dec 19-20.", "2026-12-15"],
    ["Shipment 12 Jan, arriving at your port about 20 Feb.", "2027-01-12"],
  ])("'%s' ships on %s, not on the other day", (line, date) => {
    expect(dispatchOf(line).date).toBe(date);
  });
});
