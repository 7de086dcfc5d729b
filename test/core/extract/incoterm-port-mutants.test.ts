/**
 * The place an Incoterm names: a port called "Port X" (Port Said, Port Louis...); the port an order page gives
 * in a field of its own, however its label is typed; the port a lower-case chat names in lower case, and the
 * words after a code that name no place; where a place stops (before a date, at a carrier); and "ex-factory"
 * with a date in a schedule's column, which says when the goods leave and is no trade term.
 */
import { describe, expect, it } from "vitest";
import { findIncoterms } from "../../../src/core/extract/incoterm.ts";

const placeOf = (text: string) => findIncoterms(text)[0]?.place ?? null;
const termOf = (text: string) => findIncoterms(text).map(({ code, place }) => [code, place]);

describe("a port whose own name opens with the word Port", () => {
  it.each([
    ["Price CIF Port Said, Egypt by sea", "Port Said"],
    ["CIF Port Louis, Mauritius", "Port Louis"],
    ["We can quote CFR Port Elizabeth, South Africa", "Port Elizabeth"],
    ["CIF Port Moresby by sea, 35 days", "Port Moresby"],
    ["CFR Port Sudan please", "Port Sudan"],
    ["Terms: CIF Port Harcourt, Nigeria", "Port Harcourt"],
    ["FOB Shanghai or CFR Port Qasim?", "Port Qasim"],
    ["CFR Port Hedland, Western Australia", "Port Hedland"],
    ["CIF Port Botany, Sydney", "Port Botany"],
    ["CIF Port Kembla by sea", "Port Kembla"],
    ["CIF Port Chalmers, New Zealand", "Port Chalmers"],
    ["CFR Port Rashid, Dubai", "Port Rashid"],
    ["DAP Port Everglades, Florida", "Port Everglades"],
    ["CIF Port Vila, Vanuatu", "Port Vila"],
    ["CIF Port Blair by sea", "Port Blair"],
    ["CIF Port Dickson, Malaysia", "Port Dickson"],
    ["CIF Port Klang, Malaysia", "Port Klang"],
  ])("'%s' names %s", (text, place) => {
    expect(termOf(text).at(-1)?.[1]).toBe(place);
  });

  it("a city named before its port keeps its own name, not the port's", () => {
    expect(placeOf("FOB Karachi Port Qasim")).toBe("Karachi");
  });
});

describe("the port in a field of its own beside the trade term", () => {
  it.each([
    ["Trade term: FOB, Port of loading: Ningbo", "Ningbo"],
    ["Delivery terms: FOB,Loading port: Ningbo", "Ningbo"],
    ["Trade term: FOB    Port of loading : Ningbo", "Ningbo"],
    ["Trade term: FOB    Port of loading:Ningbo", "Ningbo"],
  ])("'%s' names %s", (text, place) => {
    expect(termOf(text)).toEqual([["FOB", place]]);
  });

  it("a destination field later in the line is not the place after the code", () => {
    expect(termOf("Trade term: FOB Ningbo    Port of destination: Hamburg")).toEqual([["FOB", "Ningbo"]]);
  });
});

describe("a lower-case chat's port", () => {
  it.each([
    ["ok cif newport pls", "Newport"],
    ["can do cif portland, usd 2.35/pc", "Portland"],
  ])("'%s' names %s", (text, place) => {
    expect(placeOf(text)).toBe(place);
  });

  it.each([
    ["Price is CIF insurance at 110% of the invoice value", null],
    ["fob price/pc usd 1.85", null],
    ["cif june shipment ok?", null],
    ["fob incoterms 2020", null],
  ])("'%s' names no place", (text, place) => {
    expect(placeOf(text)).toBe(place);
  });
});

describe("where a place stops", () => {
  it("a date after the port is no part of its name", () => {
    expect(placeOf("Cargo ready to ship FOB Shanghai on May 20")).toBe("Shanghai");
  });

  it("the carrier a term ships on is no place", () => {
    expect(placeOf("We quote CIF on Maersk, transit 30 days")).toBeNull();
  });
});

describe("ex-factory with a date is when the goods leave", () => {
  it("a schedule's column gap before the date still makes it no trade term", () => {
    expect(termOf("PO 4471    Qty 6,000 pcs    Ex-factory      15/12/2026")).toEqual([]);
  });
});
