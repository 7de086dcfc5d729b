/**
 * A teammate pastes the supplier's messages into Slack as quotes and answers each: every quoted run is the
 * supplier's message, every line between them the teammate's, so the draft reads who offered and who accepted.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-03-10T12:00:00Z");

const post = [
  "Marta Kowal  9:12 AM",
  "copying Kevin's messages from the Alibaba chat, mine follow each",
  "> Kevin Wu (Ningbo Brightway Housewares Co., Ltd.), Mar 2: glass jar 500ml 0.82 usd/pc, bamboo lid 0.35 usd/pc, MOQ 1000",
  "I offered 0.70 and 0.30.",
  "> Kevin, Mar 3: best 0.76 / 0.33, this is factory price",
  "> if 3000 pcs jar we can do 0.74",
  "OK for 3000 jars at 0.74 and 3000 lids at 0.33.",
  "> Kevin, Mar 4: confirmed, 30% deposit, balance before shipment, FOB Ningbo",
  "Paying the deposit today.",
  "Tom Reid  9:30 AM",
  "thanks Marta, I'll enter it",
].join("\n");

describe("a Slack post that quotes the supplier's messages", () => {
  it("splits into the supplier's quoted messages and the poster's replies, in order, each on its own lines", () => {
    const messages = parseTranscript(post).messages;
    expect(messages.map((m) => [m.line, m.speaker])).toEqual([
      [2, "Marta Kowal"],
      [3, "Kevin Wu (Ningbo Brightway Housewares Co., Ltd.)"],
      [4, "Marta Kowal"],
      [5, "Kevin Wu (Ningbo Brightway Housewares Co., Ltd.)"],
      [7, "Marta Kowal"],
      [8, "Kevin Wu (Ningbo Brightway Housewares Co., Ltd.)"],
      [9, "Marta Kowal"],
      [11, "Tom Reid"],
    ]);
    // A quote's second line goes on with its message, without the quote mark.
    expect(messages[3]!.text).toBe("best 0.76 / 0.33, this is factory price\nif 3000 pcs jar we can do 0.74");
  });

  it("the quoted author is the supplier and the poster the buyer", () => {
    const roles = new Map(parseTranscript(post).messages.map((m) => [m.speaker, m.role]));
    expect(roles.get("Kevin Wu (Ningbo Brightway Housewares Co., Ltd.)")).toBe("supplier");
    expect(roles.get("Marta Kowal")).toBe("buyer");
  });

  it("the order is what the poster accepted, from the supplier the quotes name", () => {
    const draft = extractDraft(parseTranscript(post), { now });
    expect(draft.supplier).toBe("Ningbo Brightway Housewares Co., Ltd.");
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([
      [3000, 0.74],
      [3000, 0.33],
    ]);
    expect(draft.payment.depositPercent).toBe(30);
  });

  it("a quoted sender of the chat, by first name alone, is that sender", () => {
    const text = [
      "Oliver Grant  11:48 AM",
      "Sunbaby replied, copying from Alibaba:",
      "> Grace (Sunbaby): rain cover keep 2.60",
      "> Oliver: can rain cover be 2.45 if 800 pcs?",
      "> Grace (Sunbaby): ok 2.50 is last price",
      "Priya Shah  11:55 AM",
      "ok",
    ].join("\n");
    expect(parseTranscript(text).messages.map((m) => [m.line, m.speaker])).toEqual([
      [2, "Oliver Grant"],
      [3, "Grace (Sunbaby)"],
      [4, "Oliver Grant"],
      [5, "Grace (Sunbaby)"],
      [7, "Priya Shah"],
    ]);
  });

  it("a teammate who pastes the supplier's price list is not the supplier for it", () => {
    const text = [
      "Oliver Grant  9:12 AM",
      "Price list from Ningbo Sunbaby Infant Products Co., Ltd. just came in on Alibaba, pasting it here:",
      "• Stroller organizer bag – US$ 3.40/pc, MOQ 500",
      "• Universal stroller cup holder – US$ 0.85/pc, MOQ 1000",
      "Oliver Grant  11:48 AM",
      "Sunbaby replied, copying from Alibaba:",
      "> Grace (Sunbaby): organizer 3.25 for 1000 pcs is best price, we can ship in 4 weeks",
      "> Oliver: ok deal, organizer 3.25",
    ].join("\n");
    const roles = new Map(parseTranscript(text).messages.map((m) => [m.speaker, m.role]));
    expect(roles.get("Oliver Grant")).toBe("buyer");
    expect(roles.get("Grace (Sunbaby)")).toBe("supplier");
  });

  it("a quote that names nobody stays part of the poster's message", () => {
    const text = [
      "Marta Kowal  9:12 AM",
      "from the spec sheet:",
      "> Note: lids are FSC bamboo",
      "> Price: see quotation",
      "we need FSC papers",
      "Tom Reid  9:30 AM",
      "ok",
    ].join("\n");
    const messages = parseTranscript(text).messages;
    expect(messages.map((m) => m.speaker)).toEqual(["Marta Kowal", "Tom Reid"]);
    expect(messages[0]!.text).toContain("> Note: lids are FSC bamboo");
  });
});
