/**
 * Meeting notes that letter their products ("a. Galvanised steel hinge 4 inch" over "   - Quotation ...") and
 * name people by title ("Eng. Karim offered 1.10"): each lettered heading is an item priced by the lines under it,
 * and a title's full stop ends no sentence.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { listMark } from "../../../src/core/extract/outline.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const notes = [
  "CALL NOTES - hardware order",
  "",
  "1) PRODUCTS",
  " a. Galvanised steel butt hinge 4 inch, 2.5 mm thick, with screws",
  "    - Quotation USD 1.25/pair. Eng. Karim offered 1.05. Supplier: 1.15 is final.",
  "    - AGREED 1.15/pair",
  "    - Qty: 6,000 pairs",
  " b. Brass cabinet knob 30 mm, satin finish",
  "    - Quotation USD 0.62/pc, supplier agreed USD 0.58/pc.",
  "    - Qty: 4,000 pcs",
  "",
  "2) PAYMENT: 30% deposit, 70% before shipment.",
];

const draft = () =>
  extractDraft(parseTranscript(notes.join("\n")), { now: new Date("2026-08-01T12:00:00Z") });

describe("products lettered with a full stop", () => {
  it("reads each lettered heading as an item with its own count and price", () => {
    const items = draft().items.map((item) => [item.name, item.quantity, item.unitPrice]);
    expect(items).toEqual([
      ["Galvanised steel butt hinge 4 inch", 6000, 1.15],
      ["Brass cabinet knob 30 mm", 4000, 0.58],
    ]);
  });

  it.each(["a. Brass knob", "b.  Steel hinge", "c) Handle"])("%j opens with a list mark", (line) => {
    expect(listMark.test(line)).toBe(true);
  });

  it("leaves a capital's full stop to a name's initial", () => {
    expect(listMark.test("A. Smith will inspect the goods")).toBe(false);
  });
});

describe("a title's full stop", () => {
  it.each(["Eng. Karim offered 1.05 for 6,000 pairs.", "Engr. Bello wants 500 pcs."])(
    "%j is one sentence",
    (text) => {
      const clauses = clausesOf(parseTranscript(text));
      expect(clauses.map((clause) => clause.text)).toEqual([text]);
    },
  );
});
