/**
 * A supplier answering a buyer's numbered questions point by point ("5) Lead time?" ... "5. 40 days after
 * advance payment."): each answer is read against the question of its number, however far apart they are.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const chat = (answers: readonly string[]) =>
  draftOf([
    "Supplier: Jute tote bag 38 x 42 cm USD 1.10/pc, MOQ 1000 pcs.",
    "Buyer: A few questions before we order 3,000 pcs at USD 1.10:",
    "1) Is the handle 60 cm?",
    "2) Lead time?",
    "3) Payment terms?",
    "4) Our own QC will check the goods before loading, ok?",
    `Supplier: Dear Tom, please find our answers:\n${answers.join("\n")}`,
    "Buyer: Great, please send the PI.",
  ]);

describe("numbered answers to numbered questions", () => {
  const draft = chat([
    "1. Yes, 60 cm, double stitched.",
    "2. 35 days after advance payment.",
    "3. 30% advance by T/T, 70% after we send copy of B/L.",
    "4. Most welcome.",
  ]);

  it("reads a bare time as the dispatch the question asked for", () =>
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 35, date: null }));

  it("reads the payment answer, the balance against a B/L copy the supplier sends", () =>
    expect(draft.payment).toMatchObject({ depositPercent: 30, balance: "after_shipment" }));

  it("takes the buyer's inspection when its answer accepts it", () =>
    expect(draft.inspection).toEqual({ required: true, by: "buyer" }));

  it("leaves the inspection open when its answer turns it down", () => {
    const refused = chat([
      "1. Yes.",
      "2. 35 days after advance payment.",
      "3. 30% advance by T/T.",
      "4. Sorry, we do our own QC only.",
    ]);
    expect(refused.inspection.by).not.toBe("buyer");
  });

  it("an unnumbered reply does not answer a numbered question far above it", () => {
    const plain = draftOf([
      "Buyer: 1) Lead time?",
      "Supplier: We will check.",
      "Buyer: ok",
      "Supplier: 35 pcs per carton.",
    ]);
    expect(plain.dispatch.days).toBeNull();
  });
});

describe("references by number", () => {
  it("'as in my point 2' prices nothing", () => {
    const draft = draftOf([
      "Supplier: Grow bag 10 gallon USD 1.25/pc.",
      "Buyer: 1,000 pcs at 1.25. Quantities as in my point 2.",
      "Supplier: Confirmed.",
    ]);
    expect(draft.items.map((item) => item.unitPrice)).toEqual([1.25]);
  });
});
