/**
 * A forwarded thread whose quoted headers keep the date on the sender's line ("> From: Tony Chen   Sent: 20 April
 * 2026 17:05") reads oldest first; and the bank block under a PI ("SWIFT: CZCBCN2X   A/C No.: 8201 2345 6789 0011")
 * holds no price.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const thread = [
  "From: Amina Bello <amina@lagoslights.ng>",
  "Sent: Thursday, 23 April 2026 09:12",
  "Subject: FW: RE: Quotation solar lanterns",
  "",
  "Musa, below the final from the factory. I have approved, raise the TA order today.",
  "",
  "From: Leo Wang <leo@zsbright.cn>",
  "Date: Wed, Apr 22, 2026 at 4:48 PM",
  "Subject: RE: Quotation solar lanterns",
  "",
  "Dear Amina, sorry 4.20 we cannot, we keep 4.40. Please check PI v2:",
  "PROFORMA INVOICE No. ZS-0422",
  "Item | Description | Qty | Unit Price | Amount",
  "1 | SL-10 solar lantern 300 lm | 2000 pcs | USD 4.40 | USD 8,800.00",
  "2 | SL-20 solar lantern 600 lm | 1000 pcs | USD 6.90 | USD 6,900.00",
  "Bank: Bank of China, Zhongshan Branch. Beneficiary: ZHONGSHAN BRIGHT LIGHTING CO., LTD.",
  "SWIFT: BKCHCNBJ   A/C No.: 7301 2345 6789 0011",
  "",
  "-----Original Message-----",
  "From: Amina Bello",
  "Sent: 21 April 2026 11:30",
  "",
  "Leo, for the SL-10 4.20 and the SL-20 6.90 we sign today.",
  "",
  "> From: Leo Wang   Sent: 20 April 2026 17:05",
  "> Dear Amina, best price: SL-10 4.40/pc, SL-20 6.90/pc.",
  ">",
  ">> From: Amina Bello   Sent: 20 April 2026 09:14",
  ">> Leo, your PI v1 prices are too high: SL-10 4.80, SL-20 7.30. We need SL-10 2000 pcs, SL-20 1000 pcs.",
];

describe("a forwarded thread with the dates on the quoted senders' lines", () => {
  it("reads every message oldest first", () => {
    const said = parseTranscript(thread.join("\n")).messages.map((m) => m.at?.slice(0, 10));
    expect(said).toEqual(["2026-04-20", "2026-04-20", "2026-04-21", "2026-04-22", "2026-04-23"]);
  });

  it("keeps the PI's prices, none taken from the bank's numbers", () => {
    const draft = extractDraft(parseTranscript(thread.join("\n")), { now: new Date("2026-04-24T12:00:00Z") });
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([
      [2000, 4.4],
      [1000, 6.9],
    ]);
  });
});
