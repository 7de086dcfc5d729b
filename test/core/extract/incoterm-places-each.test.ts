/**
 * Where the named place of an Incoterm starts and stops, one row per rule that decides it: a "to" leading to the
 * place, a place's own joining word ("Rio de Janeiro"), the words that end it, short port names, and the words
 * after a code that make it no trade term.
 */
import { describe, expect, it } from "vitest";
import { findIncoterms } from "../../../src/core/extract/incoterm.ts";
import { findInspection } from "../../../src/core/extract/inspection.ts";

const placeOf = (text: string) => findIncoterms(text)[0]?.place ?? null;
const codeOf = (text: string) => findIncoterms(text)[0]?.code ?? null;

describe("the named place", () => {
  it.each([
    ["DDP to Manchester", "Manchester"],
    ["DDP to be confirmed", null],
    ["CIF Rio de Janeiro", "Rio de Janeiro"],
    // a joining word needs a name after it, and a place before it
    ["CIF Rio de janeiro", "Rio"],
    ["FOB Ningbo or Shanghai", "Ningbo"],
    ["FOB Ningbo grade A", "Ningbo"],
    ["FOB Ningbo dear Tom", "Ningbo"],
    // short port names in full
    ["CFR NY", "New York"],
    ["CFR LA", "Los Angeles"],
    ["CIF HK", "Hong Kong"],
    ["FOB SZ", "Shenzhen"],
    ["FOB GZ port", "Guangzhou"],
    ["FOB NB", "Ningbo"],
    ["FOB SH", "Shanghai"],
    ["FOB XM", "Xiamen"],
    ["FOB QD", "Qingdao"],
    ["FOB TJ", "Tianjin"],
    ["FOB HCM is fine", "Ho Chi Minh City"],
    ["FOB HCMC", "Ho Chi Minh City"],
  ])("%s names %s", (text, place) => expect(placeOf(text)).toBe(place));
});

describe("a code that is no trade term", () => {
  it.each([
    // the US regulations cited by title and part
    ["FDA 21 CFR 175.300 compliant", null],
    ["CFR part 177 compliant", null],
    // a "part" later in the sentence leaves the term alone
    ["CFR Hamburg, see part 2 of the contract", "CFR"],
    // when the goods leave the factory, said right after the code
    ["ex-works date 20 May", null],
    ["ex-factory in  30 days", null],
    ["ex-works on  12 May", null],
    // said later in the sentence, the term stands
    ["EXW Dongguan, ship within 30 days", "EXW"],
    ["ex-works on request", "EXW"],
  ])("%s reads %s", (text, code) => expect(codeOf(text)).toBe(code));
});

describe("what an inspection finding quotes", () => {
  it.each([
    ["No third-party inspection, your own final QC report is enough", "buyer", "your own final QC report"],
    ["please your QC check 100% before ship", "buyer", "your QC check"],
  ])("%s (%s) quotes %j", (text, role, quote) => {
    const found = findInspection(text, role as "buyer");
    expect(found && text.slice(found.start, found.end)).toBe(quote);
    expect(found).toMatchObject({ required: true, by: "supplier" });
  });

  it("the supplier turning a third party down declines the inspection", () =>
    expect(
      findInspection("No third-party inspection, your own final QC report is enough", "supplier"),
    ).toMatchObject({ required: false, by: null }));
});
