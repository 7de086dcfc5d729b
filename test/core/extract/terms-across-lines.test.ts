/**
 * Terms stated across a hard-wrapped line, over two messages or as the answer to a question, and terms
 * only asked for: the order reads what both sides came to, never a proposal the other side left open.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-10-06T12:00:00Z");
const draftOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now });

const email = (body: string[]) => [
  "From: Kevin Zhou <kevin@lamps.example>",
  "To: Sara Lind <sara@shop.example>",
  "Date: Tue, 6 Oct 2026 09:20:11 +0800",
  "Subject: RE: desk lamps",
  "",
  "Dear Sara,",
  "",
  ...body,
  "",
  "Kevin Zhou",
];

describe("a term hard-wrapped onto the next line of an e-mail", () => {
  it("reads the balance and the dispatch days split across lines", () => {
    const draft = draftOf(
      email([
        "Our payment terms are 30% deposit by T/T, the balance",
        "against copy of B/L. Delivery time is within 35",
        "days after receipt of your deposit.",
      ]),
    );
    expect(draft.payment).toMatchObject({ depositPercent: 30, balance: "after_shipment" });
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 35, date: null });
  });

  it("cites the line where the wrapped term starts", () => {
    const draft = draftOf(email(["Delivery time is within 35", "days after receipt of your deposit."]));
    const cited = draft.evidence.find((e) => e.field === "dispatch.days");
    expect(cited?.quote).toBe("Delivery time is within 35");
    expect(cited?.line).toBe(8);
  });

  it("reads a place and a deposit wrapped after their words", () => {
    const draft = draftOf(
      email(["The price is USD 9.60 per piece, CIF", "Valencia. We can accept a 40%", "deposit."]),
    );
    expect(draft.shipping).toMatchObject({ incoterm: "CIF", place: "Valencia" });
    expect(draft.payment.depositPercent).toBe(40);
  });

  it("reads a ship-by date wrapped after 'no later than'", () => {
    const draft = draftOf(email(["Please make sure the goods are shipped no later than", "November 20."]));
    expect(draft.dispatch).toEqual({ basis: "fixed_date", days: null, date: "2026-11-20" });
  });

  it("reads a term wrapped over three lines of a pasted terms page with no speakers", () => {
    const draft = draftOf([
      "Arisen a direct down payment on presenting the order, to start the",
      "\t\tmanufacture of the full container load orders, amounting to 40% of the",
      "\t\ttotal invoice or total sales contract.",
      "\t\tThe balance payment as per commercial invoices paid by the T/T",
      "\t\t(transferred after received copy of complete document) or L/C.",
    ]);
    expect(draft.payment).toMatchObject({ depositPercent: 40, balance: "after_shipment" });
  });

  it("does not join a line that ends its sentence to the next", () => {
    const draft = draftOf(email(["Thank you for the order.", "30 days is our usual transit to Hamburg."]));
    expect(draft.dispatch.days).toBeNull();
  });

  it("does not join a list line to the one before", () => {
    const draft = draftOf(email(["Payment terms as below", "1) 30% T/T when you place the order."]));
    expect(draft.payment.depositPercent).toBe(30);
  });
});

describe("deposit and balance over several sentences or messages", () => {
  it("'Deposit 30%.' then 'The rest we need before loading.'", () => {
    const draft = draftOf([
      "Supplier: The lounge chair is USD 46 per piece for 120 pcs.",
      "Me: OK, 46 is fine. Payment terms?",
      "Supplier: Deposit 30%.",
      "Supplier: The rest we need before loading.",
    ]);
    expect(draft.payment).toMatchObject({ depositPercent: 30, balance: "before_shipment" });
  });

  it("'50% to start production' and 'other half when the goods are ready, before we ship'", () => {
    const draft = draftOf([
      "Supplier: For payment we need 50% to start production.",
      "Supplier: Other half when the goods are ready, before we ship.",
    ]);
    expect(draft.payment).toMatchObject({ depositPercent: 50, balance: "before_shipment" });
  });

  it("a deposit named with its method before the moment it is paid ('30% T/T when you place the order')", () => {
    expect(draftOf(["Supplier: 30% T/T when you place the order."]).payment.depositPercent).toBe(30);
  });

  it("the balance after the buyer receives the scan or copy of the bill of lading", () => {
    for (const words of [
      "after you receive the scan of the bill of lading",
      "once you get the copy of the B/L",
    ])
      expect(draftOf([`Supplier: 30% deposit, the other 70% ${words}.`]).payment.balance).toBe(
        "after_shipment",
      );
  });
});

describe("an answer to the other side's question about a term", () => {
  it("reads '40 percent' after 'How much deposit?' and 'After you receive the copy of the B/L' after 'And the balance?'", () => {
    const draft = draftOf([
      "Buyer: How much deposit do you need?",
      "Seller: 40 percent, by T/T.",
      "Buyer: And the balance?",
      "Seller: After you receive the copy of the B/L.",
    ]);
    expect(draft.payment).toEqual({ depositPercent: 40, balance: "after_shipment", method: "bank_transfer" });
  });

  it("reads '3 weeks after we get the payment' after 'When will you dispatch?'", () => {
    const draft = draftOf([
      "Seller: We need 35% upfront.",
      "Buyer: When will you dispatch?",
      "Seller: 3 weeks after we get the payment.",
    ]);
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 21, date: null });
  });

  it("reads nothing from a reply that puts the question off", () => {
    const draft = draftOf(["Buyer: And the balance?", "Seller: I will check with my boss."]);
    expect(draft.payment.balance).toBeNull();
  });

  it("reads no answer to a question about something else", () => {
    const draft = draftOf(["Buyer: What colour is the lid?", "Seller: 40 percent grey, 60 percent white."]);
    expect(draft.payment.depositPercent).toBeNull();
  });
});

describe("a term only proposed as a question", () => {
  it("stays open when the other side never answers it", () => {
    const draft = draftOf([
      "Me: OK, 2.65 works for us. Can you do 20% deposit?",
      "Supplier: Which color do you need? We have navy and grey.",
      "Me: Navy please.",
    ]);
    expect(draft.payment.depositPercent).toBeNull();
  });

  it("stays open when the other side only promises to ask", () => {
    const draft = draftOf([
      "Buyer: How about 50% deposit and 50% after we receive the B/L copy? And could you ship by air?",
      "Seller: Well received. Let me ask my boss about the payment and the air freight and come back to you.",
    ]);
    expect(draft.payment).toEqual({ depositPercent: null, balance: null, method: null });
    expect(draft.shipping.method).toBeNull();
  });

  it("stays open when it is the last word of the chat", () => {
    const draft = draftOf([
      "Seller: The mug is USD 1.95 for 3,000 pcs.",
      "Buyer: OK, 1.95 is fine. Could you ship within 15 days?",
    ]);
    expect(draft.dispatch.days).toBeNull();
  });

  it("stands when the other side accepts it", () => {
    const draft = draftOf(["Buyer: Can you do 20% deposit?", "Seller: OK, no problem."]);
    expect(draft.payment.depositPercent).toBe(20);
  });

  it("stands when the other side had stated the same term", () => {
    const draft = draftOf([
      "Seller: Price USD 18.50, FOB Xiamen.",
      "Buyer: 17.50 FOB Xiamen?",
      "Seller: 17.90 is the last price.",
    ]);
    expect(draft.shipping).toMatchObject({ incoterm: "FOB", place: "Xiamen" });
  });
});

describe("a term offered on a condition", () => {
  it("stays open when the buyer never takes the condition up", () => {
    const draft = draftOf([
      "Seller: The ornaments are USD 0.38 each for 10,000 pcs.",
      "Buyer: OK, 0.38 is fine.",
      "Seller: We can ship before Nov 20 if you pay 100% now.",
      "Buyer: Let me think about it.",
    ]);
    expect(draft.dispatch.date).toBeNull();
    expect(draft.payment.depositPercent).toBeNull();
  });

  it("stands when the buyer meets it", () => {
    const draft = draftOf([
      "Seller: The ornaments are USD 0.38 each for 10,000 pcs.",
      "Buyer: OK, 0.38 is fine.",
      "Seller: We can ship within 20 days if you pay 100% now.",
      "Buyer: Agreed, we pay 100% by T/T today.",
    ]);
    expect(draft.dispatch.days).toBe(20);
    expect(draft.payment.depositPercent).toBe(100);
  });

  it("a polite 'if you will state your prices, CIF Haiphong' is a request, not a condition", () => {
    const draft = draftOf([
      "Buyer: We shall be glad if you will state your prices, CIF Haiphong including packing.",
    ]);
    expect(draft.shipping).toMatchObject({ incoterm: "CIF", place: "Haiphong" });
  });
});

describe("days counted from 'deposit or original L/C'", () => {
  it("counts the days from the deposit and names no method", () => {
    const draft = draftOf([
      "Supplier: Delivery: within 45 days after receipt of deposit or original L/C.",
      "Buyer: Understood, thanks.",
    ]);
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 45, date: null });
    expect(draft.payment.method).toBeNull();
  });
});

describe("'wire' as a payment method", () => {
  it("is a bank transfer when paid by wire, not when it is wire mesh", () => {
    expect(draftOf(["Supplier: You can pay by wire."]).payment.method).toBe("bank_transfer");
    expect(draftOf(["Buyer: We wired the deposit today."]).payment.method).toBe("bank_transfer");
    expect(draftOf(["Supplier: Stainless steel wire mesh, 300 rolls, CFR Busan."]).payment.method).toBeNull();
  });
});

describe("an acceptance that restates part of an offer", () => {
  it("takes the place of the option whose price and code it restates", () => {
    const draft = draftOf([
      "Supplier: For 2,000 pcs of the power bank: USD 8.20 FOB Shenzhen or USD 8.95 CIF Hamburg.",
      "Buyer: OK, 8.95 CIF.",
    ]);
    expect(draft.items[0]?.unitPrice).toBe(8.95);
    expect(draft.shipping).toMatchObject({ incoterm: "CIF", place: "Hamburg" });
  });

  it("takes the rest of a full offer when only the price is restated", () => {
    const draft = draftOf([
      "Supplier: For 3,000 pcs of the spin mop set our offer is USD 5.85/set, FOB Ningbo, 30% deposit, balance before shipment, ready 28 days after deposit.",
      "Me: 5.85 is ok.",
    ]);
    expect(draft.items[0]).toMatchObject({ unitPrice: 5.85, quantity: 3000 });
    expect(draft.payment).toMatchObject({ depositPercent: 30, balance: "before_shipment" });
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 28, date: null });
  });

  it("leaves the place open while no option is taken", () => {
    const draft = draftOf([
      "Supplier: We can do DDP Los Angeles at USD 3.10/pc, or FOB Ningbo at USD 2.70/pc. Which one you prefer?",
      "Buyer: Let me compare with my forwarder first.",
    ]);
    expect(draft.shipping).toMatchObject({ incoterm: null, place: null });
    expect(draft.items[0]?.unitPrice ?? null).toBeNull();
  });
});

describe("a supplier's note that the buyer accepted", () => {
  it("'Thanks for accepting USD 11.30 per unit' settles that price", () => {
    const draft = draftOf(
      email(["Thanks for accepting USD 11.30 per unit for 1,000 units of the BT-50 Bluetooth speaker."]),
    );
    expect(draft.items[0]).toMatchObject({ unitPrice: 11.3, quantity: 1000 });
  });

  it("a price merely quoted in an e-mail stays an offer", () => {
    const draft = draftOf(
      email(["Our price is USD 11.30 per unit for 1,000 units of the BT-50 Bluetooth speaker."]),
    );
    expect(draft.items[0]?.unitPrice ?? null).toBeNull();
  });
});
