/**
 * Standard trade phrasing as supplier terms pages and proforma invoices write it, by class, on
 * sentences written for these tests (not copied from any page).
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const draftOf = (text: string) => extractDraft(parseTranscript(text), { now });

describe("dispatch", () => {
  it("a term the supplier commits to, even when it says 'normally'", () => {
    expect(
      draftOf("Supplier: Usually we will ship the goods within 25 days after receipt of the 30% deposit.")
        .dispatch,
    ).toEqual({
      basis: "after_deposit",
      days: 25,
      date: null,
    });
  });

  it("'upon receipt of deposit or original L/C', a range read at its upper end", () => {
    expect(
      draftOf("Supplier: Goods will be shipped within 35-45 days upon receipt of deposit or original L/C.")
        .dispatch,
    ).toEqual({ basis: "after_deposit", days: 45, date: null });
  });

  it("sending the documents after shipment is not the shipment", () => {
    const draft = draftOf(
      [
        "Supplier: Goods will be shipped within 30 days after deposit.",
        "Supplier: We will mail the original documents within 5 days after the B/L date.",
      ].join("\n"),
    );
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 30, date: null });
  });
});

describe("payment", () => {
  it.each([
    "Balance by T/T against the fax of the Bill of Lading.",
    "The balance is paid after we receive copy of the shipping documents.",
    "Balance 70% within one week upon receipt of our shipping documents copy.",
  ])("'%s' is a balance due after shipment", (sentence) => {
    expect(draftOf(`Supplier: 30% deposit in advance. ${sentence}`).payment.balance).toBe("after_shipment");
  });

  it("a down payment stated as a share of the invoice", () => {
    expect(
      draftOf(
        "Supplier: A down payment is required with the order, amounting to 35% of the total invoice value.",
      ).payment.depositPercent,
    ).toBe(35);
  });

  it("'50% when contracted / 50% before shipment', in Chinese with English glosses", () => {
    const draft = draftOf(
      "Supplier: 付款方式：签约时40% (40% when contracted)\n出货前 60% (60% before shipment)",
    );
    expect(draft.payment).toMatchObject({ depositPercent: 40, balance: "before_shipment" });
  });
});

describe("terms pages in their own words", () => {
  it.each([
    ["We ask 25% of the total order amount as a deposit.", 25],
    ["40 per cent of the total invoice value in advance, the rest later.", 40],
    ["60% payment once the order is confirmed.", 60],
  ])("'%s' is a deposit of %i%%", (sentence, percent) => {
    expect(draftOf(`Supplier: ${sentence}`).payment.depositPercent).toBe(percent);
  });

  it.each([
    ["The balance is remitted upon receiving a copy of the shipping documents.", "after_shipment"],
    ["Balance paid after the buyer received copy B/L.", "after_shipment"],
    ["The remaining balance is paid before the goods are shipped.", "before_shipment"],
    ["Balance due before container loading.", "before_shipment"],
  ])("'%s' is a balance %s", (sentence, timing) => {
    expect(draftOf(`Supplier: 30% deposit. ${sentence}`).payment.balance).toBe(timing);
  });

  it("a lead time counted from sample approval and deposit is about the order, not the sample", () => {
    expect(
      draftOf("Supplier: Lead time is 12-18 business days after sample approval and deposit receipt.")
        .dispatch,
    ).toEqual({
      basis: "after_deposit",
      days: 18,
      date: null,
    });
  });

  it("a usual lead time the supplier arranges is its term", () => {
    expect(
      draftOf(
        "Supplier: For stock items we typically arrange shipment within 4-6 days after order confirmation.",
      ).dispatch,
    ).toEqual({
      basis: "after_order",
      days: 6,
      date: null,
    });
  });
});

describe("shipping", () => {
  it("an Incoterm written with dots, and its port", () => {
    expect(draftOf("Supplier: Our price is USD 45 per set C.I.F Ho Chi Minh.").shipping).toMatchObject({
      incoterm: "CIF",
      place: "Ho Chi Minh",
    });
    expect(draftOf("Supplier: Price F.O.B. Xiamen, 3.20 USD/pc.").shipping.incoterm).toBe("FOB");
  });
});

describe("item names", () => {
  it("'the price quoted' names no product", () => {
    const draft = draftOf("Supplier: The price quoted is $200 for orders over 500 units.");
    expect(draft.items.map((item) => item.name)).not.toContain("quoted");
  });
});
