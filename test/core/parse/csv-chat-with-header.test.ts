/**
 * A chat kept as a table and pasted as CSV, its header row naming the columns ("Date,From,Channel,Message,Tag"
 * from an Airtable base, "Date,Time,Sender,Phone,Message" from Viber): each row is a message of the sender its
 * "From" column names, dated by its date column, its text the "Message" cell whatever stands beside it.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const sheet = [
  "Supplier comms - Grid view.csv",
  "Date,From,Channel,Message,Tag",
  '2027-02-01,Maya Ortiz (buyer),Alibaba,"Hi, 1200 pcs of the bamboo toothbrush, price?",Inquiry',
  '2027-02-01,Leo Wang (supplier),Alibaba,"Hello Maya, USD 0.32/pc, FOB Xiamen.",Quote',
  '2027-02-02,Maya Ortiz (buyer),Alibaba,"0.28? And lead time?",Negotiation',
  '2027-02-03,Leo Wang (supplier),Alibaba,"0.30 last. Shipment 20 days after deposit, the PI will be sent tomorrow.",Terms',
  "2027-02-03,Maya Ortiz (buyer),Alibaba,OK 0.30 deal,Agreed",
  "",
  "Order lines-Grid view.csv",
  "Item,Qty,Agreed (USD)",
  "Bamboo toothbrush,1200,0.30",
];

describe("a CSV chat under a header row", () => {
  it("reads each row as a message of its sender, dated by the date column", () => {
    const rows = parseTranscript(sheet.join("\n")).messages.filter((m) => m.speaker !== null);
    expect(rows.map((m) => [m.speaker, m.role, m.at?.slice(0, 10)])).toEqual([
      ["Maya Ortiz (buyer)", "buyer", "2027-02-01"],
      ["Leo Wang (supplier)", "supplier", "2027-02-01"],
      ["Maya Ortiz (buyer)", "buyer", "2027-02-02"],
      ["Leo Wang (supplier)", "supplier", "2027-02-03"],
      ["Maya Ortiz (buyer)", "buyer", "2027-02-03"],
    ]);
    expect(rows[1]!.text).toBe("Hello Maya, USD 0.32/pc, FOB Xiamen.");
    expect(rows[4]!.text).toBe("OK 0.30 deal");
  });

  it("so the row's date is no ship date: the days after deposit are", () => {
    const draft = extractDraft(parseTranscript(sheet.join("\n")), { now: new Date("2027-02-04T12:00:00Z") });
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 20, date: null });
    expect(draft.items.map((i) => [i.quantity, i.unitPrice])).toEqual([[1200, 0.3]]);
  });

  it("a row of another table under it, with other columns, is no message", () => {
    const messages = parseTranscript(sheet.join("\n")).messages;
    expect(messages.some((m) => m.speaker === "Bamboo toothbrush")).toBe(false);
  });

  it("a header with no sender or no text column makes no chat", () => {
    const table = ["Item,Qty,Unit price", "Bamboo toothbrush,1200,0.30", "Travel case,600,0.45"];
    expect(parseTranscript(table.join("\n")).messages.every((m) => m.speaker === null)).toBe(true);
  });
});
