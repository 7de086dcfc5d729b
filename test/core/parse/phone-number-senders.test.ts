/**
 * An SMS or iMessage export names a contact the phone does not know by the number alone ("+86 138 2614 4417"),
 * on its own line above each message, with the buyer's own messages under "Me".
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const sms = [
  "Conversation with +86 755 2233 9087 (SMS)",
  "",
  "Mar 02, 2027  8:14:02 PM",
  "Me",
  "Hi Coco, it's Dana from Lumen & Lace. Price for 1,000 acetate hair claws?",
  "",
  "Mar 02, 2027  8:31:47 PM",
  "+86 755 2233 9087",
  "Hello Dana, USD 0.92/pc for 1,000 pcs",
  "",
  "Mar 02, 2027  8:35:10 PM",
  "Me",
  "0.85?",
  "",
  "Mar 02, 2027  8:52:33 PM",
  "+86 755 2233 9087",
  "0.88 is the lowest dear",
  "",
  "Mar 02, 2027  8:55:00 PM",
  "Me",
  "ok 0.88, deal",
];

describe("a phone number alone on its line", () => {
  it("heads the supplier's messages as a sender would, 'Me' the buyer's", () => {
    const rows = parseTranscript(sms.join("\n")).messages.filter((m) => m.speaker !== null);
    expect(rows.map((m) => [m.speaker, m.role])).toEqual([
      ["Me", "buyer"],
      ["+86 755 2233 9087", "supplier"],
      ["Me", "buyer"],
      ["+86 755 2233 9087", "supplier"],
      ["Me", "buyer"],
    ]);
    expect(rows[1]!.text).toBe("Hello Dana, USD 0.92/pc for 1,000 pcs");
  });

  it("so the price the supplier came down to and the buyer took is the order's", () => {
    const draft = extractDraft(parseTranscript(sms.join("\n")), { now: new Date("2027-03-03T12:00:00Z") });
    expect(draft.items.map((i) => [i.quantity, i.unitPrice])).toEqual([[1000, 0.88]]);
  });

  it("a number in a sentence is no sender", () => {
    const chat = ["Buyer: call me on +1 415 555 0132 please", "Supplier: ok I call you at 9 pm"];
    const speakers = parseTranscript(chat.join("\n")).messages.map((m) => m.speaker);
    expect(speakers).toEqual(["Buyer", "Supplier"]);
  });
});
