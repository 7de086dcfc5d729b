/**
 * A thread pasted from Slack where a teammate forwarded the supplier's messages: each forward holds the author's
 * own header ("Vivian Zhao  Nov 16th at 9:58 PM", "Vivian Zhao  Today at 10:59 AM"), so the message under it is
 * the supplier's, not the teammate's who forwarded it.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const thread = [
  "#purchasing",
  "Nora Lind  9:12 AM",
  "forwarding the supplier's offer so we can check it",
  "",
  "Nora Lind  9:12 AM",
  "Kelly Wu",
  "Kelly Wu  Mar 3rd at 8:40 PM",
  "Dear Nora, canvas tote bag 38 x 42 cm, 12 oz: USD 1.95/pc for 2,000 pcs. FOB Ningbo.",
  "Posted in #ext-ningbo-bags | Mar 3rd | View message",
  "",
  "Nora Lind  9:14 AM",
  "Nora Lind",
  "Nora Lind  Mar 3rd at 9:02 PM",
  "1.80?",
  "Posted in #ext-ningbo-bags | Mar 3rd | View message",
  "",
  "Nora Lind  9:15 AM",
  "Kelly Wu",
  "Kelly Wu  Today at 8:05 AM",
  "1.85 is our best, ok for 2,000 pcs",
  "Posted in #ext-ningbo-bags | Today | View message",
  "",
  "Nora Lind  9:20 AM",
  "ok 1.85 confirmed, sending the PO",
].join("\n");

describe("messages forwarded inside a Slack thread", () => {
  it("are the forwarded author's, each under its own header", () => {
    const said = parseTranscript(thread)
      .messages.filter((m) => m.speaker !== null && /\d/.test(m.text))
      .map((m) => [m.speaker, m.text.split("\n")[0]]);
    expect(said).toEqual([
      ["Kelly Wu", "Dear Nora, canvas tote bag 38 x 42 cm, 12 oz: USD 1.95/pc for 2,000 pcs. FOB Ningbo."],
      ["Nora Lind", "1.80?"],
      ["Kelly Wu", "1.85 is our best, ok for 2,000 pcs"],
      ["Nora Lind", "ok 1.85 confirmed, sending the PO"],
    ]);
  });

  it("so the supplier's offer and the buyer's acceptance settle the price", () => {
    const draft = extractDraft(parseTranscript(thread), { now: new Date("2027-03-04T12:00:00Z") });
    expect(draft.items.map((i) => [i.quantity, i.unitPrice])).toEqual([[2000, 1.85]]);
  });
});
