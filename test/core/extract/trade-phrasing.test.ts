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

describe("payment method offered, not chosen", () => {
  it.each([
    "Supplier: Payment: T/T, PayPal, Western Union.",
    "Supplier: We accept letter of credit / cheque / cash.",
    "Supplier: Production starts on receipt of the deposit or an irrevocable L/C.",
    "Supplier: Should you insist on L/C at sight, we can agree.",
    "Supplier: If you prefer L/C, that is possible above US$30000.",
  ])("'%s' settles no method", (text) => {
    expect(draftOf(text).payment.method).toBeNull();
  });

  it("a method turned down is not named: the other one stands", () => {
    expect(draftOf("Supplier: Please use T/T rather than L/C.").payment.method).toBe("bank_transfer");
    expect(
      draftOf("Supplier: We normally take T/T for small orders.\nSupplier: L/C is too costly for us.").payment
        .method,
    ).toBe("bank_transfer");
  });
});

describe("payment shares", () => {
  it("a deposit range ('40%-60% in advance') settles no deposit", () => {
    expect(
      draftOf("Supplier: 40%-60% in advance, balance before shipment.").payment.depositPercent,
    ).toBeNull();
  });

  it("the balance named as a share ('60% balance before loading') leaves the rest as the deposit", () => {
    expect(
      draftOf("Supplier: New buyers: 60% balance must be cleared before loading.").payment,
    ).toMatchObject({
      depositPercent: 40,
      balance: "before_shipment",
    });
  });

  it("'N per cent of the total amount of the goods in advance', 'full T/T', 'paid in full'", () => {
    expect(
      draftOf("Supplier: The buyer pays 25 per cent of the total amount of the goods in advance.").payment
        .depositPercent,
    ).toBe(25);
    expect(
      draftOf("Supplier: For this order we need full TT before production.").payment.depositPercent,
    ).toBe(100);
    expect(draftOf("Supplier: Small orders must be paid in full.").payment.depositPercent).toBe(100);
  });

  it("Chinese: pay 40% of the total, the rest before shipping (simplified and traditional)", () => {
    expect(draftOf("供应商: 签合同后客户须付总货款40%，其余货款发货前付清。").payment).toMatchObject({
      depositPercent: 40,
      balance: "before_shipment",
    });
    expect(draftOf("供應商: 客戶須付總貨款40%，其餘貨款發貨前付清。").payment).toMatchObject({
      depositPercent: 40,
      balance: "before_shipment",
    });
  });

  it("the balance before the goods are released, or a branch of a choice of mode", () => {
    expect(
      draftOf("Supplier: 30% deposit. The rest is due before we release the goods to your forwarder.").payment
        .balance,
    ).toBe("before_shipment");
    expect(
      draftOf(
        "Supplier: 30% deposit, balance against B/L copy if shipped by sea.\nSupplier: If by air, balance before delivery.",
      ).payment.balance,
    ).toBeNull();
  });
});

describe("shipping mode offered, not chosen", () => {
  it("a list of modes with their transit times, or a mode as a condition, settles none", () => {
    expect(
      draftOf(
        "Supplier: Sea Freight: cheapest, 30-40 days to port.\nSupplier: Air Freight: 7-10 days door to door.",
      ).shipping.method,
    ).toBeNull();
    expect(draftOf("Supplier: If shipped by air, the freight is on you.").shipping.method).toBeNull();
  });
});

describe("dispatch in more units", () => {
  it("hours, months, and 'takes N days for us to process'", () => {
    expect(draftOf("Supplier: Stock items are dispatched within 72 hours after you order.").dispatch).toEqual(
      {
        basis: "after_order",
        days: 3,
        date: null,
      },
    );
    expect(draftOf("Supplier: We ship within 2 months after receiving the L/C.").dispatch).toEqual({
      basis: "after_deposit",
      days: 60,
      date: null,
    });
    expect(
      draftOf("Supplier: It usually takes 4-6 working days for us to process an order.").dispatch,
    ).toEqual({
      basis: "after_order",
      days: 6,
      date: null,
    });
  });

  it("a notice period ('tell you 5 days before shipment') and later lots of a split order are not dispatch", () => {
    expect(
      draftOf("Supplier: We will tell you 5 days before shipment so you can book the inspection.").dispatch
        .days,
    ).toBeNull();
    expect(
      draftOf(
        "Supplier: The first shipment goes within 30 days after deposit, and the second shipment 2 weeks later.",
      ).dispatch,
    ).toEqual({ basis: "after_deposit", days: 30, date: null });
  });

  it("a payment window in hours is not dispatch", () => {
    expect(
      draftOf("Supplier: Please pay the 30% deposit within 48 hours of signing.").dispatch.days,
    ).toBeNull();
  });
});

describe("currency of a quoted price with no item", () => {
  it("'The price quoted is €350 CIF Antwerp' settles EUR; a minimum order value does not", () => {
    expect(draftOf("Supplier: The price quoted is €350 CIF Antwerp.").currency).toBe("EUR");
    expect(draftOf("Supplier: The order amount must be more than US$10000.").currency).toBeNull();
  });
});

describe("inspection", () => {
  it("the maker's inspection named as final is the supplier's inspection", () => {
    expect(
      draftOf("Supplier: The manufacturer's inspection at the works shall be final.").inspection,
    ).toEqual({
      required: true,
      by: "supplier",
    });
  });
});

describe("fixed dates in more wordings", () => {
  it.each([
    ["Supplier: Shipment no later than Feb 12.", "2027-02-12"],
    ["Supplier: Delivery date: 2027-01-08", "2027-01-08"],
    ["供应商: 我们1月15号前发货。", "2027-01-15"],
    ["供应商: 12月28日之前出货", "2026-12-28"],
  ])("'%s' ships on %s", (text, date) => {
    expect(draftOf(text).dispatch).toEqual({ basis: "fixed_date", days: null, date });
  });
});

describe("options listed are not choices", () => {
  it("'Currency: USD/EUR accepted' settles no currency", () => {
    expect(draftOf("Supplier: Currency: EUR/USD both fine for us.").currency).toBeNull();
    expect(draftOf("Supplier: Currency: EUR for this order.").currency).toBe("EUR");
  });

  it("'by sea or air' and a numbered list of modes settle no mode", () => {
    expect(draftOf("Supplier: We can send it by sea or air, as you like.").shipping.method).toBeNull();
    expect(
      draftOf("Delivery options:\n1. Express (DHL, UPS)\n2. By air to your airport\n3. By sea, LCL").shipping
        .method,
    ).toBeNull();
  });

  it("two balance timings offered ('pre-shipment or against B/L copy') settle none", () => {
    expect(
      draftOf("Supplier: 40% deposit, 60% balance pre-shipment or against the B/L copy.").payment,
    ).toMatchObject({ depositPercent: 40, balance: null });
    expect(draftOf("Supplier: 40% deposit, balance pre-shipment.").payment.balance).toBe("before_shipment");
  });

  it("a courier's delivery time is transit, not dispatch", () => {
    expect(
      draftOf("Supplier: We send by DHL (delivery time 5-7 days) after payment.").dispatch.days,
    ).toBeNull();
  });
});

describe("terms read in their setting", () => {
  it("'100% by irrevocable L/C at sight' pays nothing in advance", () => {
    expect(draftOf("Supplier: Payment: 100% by irrevocable L/C at sight.").payment).toMatchObject({
      depositPercent: 0,
      method: "letter_of_credit",
    });
  });

  it("'we do not need third-party inspection' declines it", () => {
    expect(draftOf("Buyer: We do not need third-party inspection for this lot.").inspection).toEqual({
      required: false,
      by: null,
    });
  });

  it("a freight amount for one of two Incoterms offered is no fee agreed", () => {
    expect(
      draftOf("Supplier: DDP Denver by sea for USD 980, or FOB Ningbo and your forwarder collects.").shipping
        .fee,
    ).toBeNull();
  });

  it("the reply to a sample payment is about the sample, even if the bulk order is mentioned", () => {
    const draft = draftOf(
      [
        "Supplier: Sample $30 plus courier $40, payable by PayPal.",
        "Buyer: OK, paying the $70 by PayPal for one sample now. The bulk order we decide after testing.",
        "Supplier: Thanks, I'll send you the PayPal request.",
      ].join("\n"),
    );
    expect(draft.payment.method).toBeNull();
  });
});

describe("who inspects, and what a payment is for", () => {
  it("the buyer's own QC visiting, the supplier's '100% final inspection', 'we will also do our own inspection'", () => {
    expect(
      draftOf(
        "Supplier: 30% deposit.\nBuyer: Fine. Our QC lady Ana is going to the workshop to check the goods before loading.",
      ).inspection,
    ).toEqual({ required: true, by: "buyer" });
    expect(
      draftOf("Buyer: Who checks the goods?\nSupplier: We will do 100% final inspection before packing.")
        .inspection,
    ).toEqual({
      required: true,
      by: "supplier",
    });
    expect(
      draftOf("Supplier: Goods ready on the 20th.\nBuyer: We will also do our own inspection at your plant.")
        .inspection,
    ).toEqual({
      required: true,
      by: "buyer",
    });
  });

  it("a tooling or mould payment is not the order's deposit", () => {
    expect(
      draftOf("Supplier: Mould fee USD 3,200, 100% with PO. Then 40% deposit, balance before shipment.")
        .payment,
    ).toMatchObject({ depositPercent: 40, balance: "before_shipment" });
  });

  it("terms after the samples are approved are the bulk order's", () => {
    expect(
      draftOf(
        "Supplier: Once you approve the pre-production samples you pay 40% deposit, rest before shipment.",
      ).payment,
    ).toMatchObject({ depositPercent: 40, balance: "before_shipment" });
  });

  it("'70% after the goods arrive' is on delivery", () => {
    expect(draftOf("Supplier: OK: 30% deposit, 70% after the goods arrive in Durban.").payment.balance).toBe(
      "on_delivery",
    );
  });
});
