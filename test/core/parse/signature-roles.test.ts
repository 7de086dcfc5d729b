/**
 * Who is who in an e-mail thread where both sides write "Dear ..." and neither quotes in the first lines:
 * the job line of a signature tells the sides apart ("Export Manager" sells, "Einkauf / Purchasing" buys),
 * and asking for a proforma invoice is the buyer's part, not the supplier's. Threads written for these tests.
 */
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const thread = (buyerJob: string, supplierJob: string) =>
  [
    "From: Anna Weber <a.weber@example.de>",
    "Sent: Thursday, 12 November 2026 09:41",
    "To: Dev Mehta <export@example.in>",
    "Subject: AW: Offer 2611 stainless hooks",
    "",
    "Dear Dev,",
    "thank you. Confirmed: 3,000 hooks at USD 0.42. Please send the proforma invoice.",
    "",
    "Best regards",
    "Anna Weber",
    buyerJob,
    "",
    "-----Original Message-----",
    "From: Dev Mehta <export@example.in>",
    "Sent: Wednesday, 11 November 2026 16:02",
    "To: Anna Weber <a.weber@example.de>",
    "Subject: RE: Offer 2611 stainless hooks",
    "",
    "Dear Anna,",
    "USD 0.42 for 3000 hooks is fine with management.",
    "",
    "Thanks & Regards,",
    "Dev Mehta",
    supplierJob,
  ].join("\n");

/** Each message's role, by the greeting that opens its body. */
const rolesOf = (text: string) =>
  Object.fromEntries(
    parseTranscript(text).messages.map((m) => [/Dear \w+,/.exec(m.text)?.[0] ?? m.text, m.role]),
  );

describe("the job line of an e-mail signature", () => {
  it.each([
    ["Einkauf / Purchasing", "Export Manager"],
    ["Procurement", "Sales Representative"],
    ["Sourcing Manager", "Overseas Sales Dept."],
    ["Head of Purchasing", "Export Sales Executive"],
  ])("'%s' is the buyer and '%s' the supplier", (buyerJob, supplierJob) => {
    expect(rolesOf(thread(buyerJob, supplierJob))).toEqual({
      "Dear Dev,": "buyer",
      "Dear Anna,": "supplier",
    });
  });
});

describe("a request for a proforma invoice", () => {
  it.each(["Please send the proforma invoice.", "Can you send the PI today?", "Kindly issue the PI."])(
    "'%s' is the buyer asking",
    (line) => {
      const roles = parseTranscript(
        [`Anna: ${line}`, "Dev: Sure, PI will follow. Our price USD 0.42/pc, MOQ 1000 pcs."].join("\n"),
      ).messages.map((m) => m.role);
      expect(roles).toEqual(["buyer", "supplier"]);
    },
  );
});
