/**
 * Two more ways chat apps write a message's header: an export as CSV with the date and the time in columns of
 * their own, the date as the phone's locale writes it (Viber), and a header with the time before the date
 * (Zalo's desktop copy). Either one read as a message leaves its date in the text, where it reads as a ship date.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-05-12T12:00:00Z");

describe("a chat exported as CSV with the date and the time in columns", () => {
  const csv = [
    'Viber message history: "Pinecrest - Andes Outdoor" (group)',
    "Date,Time,Sender,Message",
    '04/05/2026,10:02,Amy Lin,"Hello Carlos, Amy from Ningbo Pinecrest Outdoor Co., Ltd. Trekking pole TP-3 USD 6.40/pc, MOQ 500"',
    '04/05/2026,18:20,Carlos Vega,"We need 800 pcs. Can do 5.90?"',
    "05/05/2026,09:11,Amy Lin,Best 6.10 for 800 pcs",
    '05/05/2026,09:30,Carlos Vega,"Ok 6.10 accepted. Ship 20 days after deposit, ""FOB Ningbo"""',
  ].join("\n");

  it("each row is a message of its sender, dated day first, the quotes taken off", () => {
    const parsed = parseTranscript(csv);
    const rows = parsed.messages.filter((m) => m.speaker !== null);
    expect(rows.map((m) => [m.speaker, m.at?.slice(0, 16)])).toEqual([
      ["Amy Lin", "2026-05-04T10:02"],
      ["Carlos Vega", "2026-05-04T18:20"],
      ["Amy Lin", "2026-05-05T09:11"],
      ["Carlos Vega", "2026-05-05T09:30"],
    ]);
    expect(rows[3]!.text).toBe('Ok 6.10 accepted. Ship 20 days after deposit, "FOB Ningbo"');
    expect(rows.map((m) => m.role)).toEqual(["supplier", "buyer", "supplier", "buyer"]);
  });

  it("a date that can only be month first is read month first", () => {
    const parsed = parseTranscript(
      ["05/14/2026,10:02,Amy Lin,Price 6.40/pc", "05/14/2026,11:00,Carlos Vega,ok 800 pcs"].join("\n"),
    );
    expect(parsed.messages.map((m) => m.at?.slice(0, 10))).toEqual(["2026-05-14", "2026-05-14"]);
  });

  it("the rows' dates are not read as a ship date: the count after deposit is", () => {
    const draft = extractDraft(parseTranscript(csv), { now });
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 20, date: null });
    expect(draft.items.map((i) => [i.quantity, i.unitPrice])).toEqual([[800, 6.1]]);
  });

  it("a column of the sender's phone number is neither the sender nor the text", () => {
    const withPhones = [
      "Date,Time,Sender,Phone,Message",
      '12/06/2026,08:40,Rina Santos,+639175550142,"Hi Ms. Joy, 600 pcs of the cake stand po. USD 3.10?"',
      '12/06/2026,09:05,Joy Lin,+86 138 0000 1234,"3.30 best, FOB Xiamen"',
      "12/06/2026,09:10,Rina Santos,+639175550142,ok 3.30 sige",
    ].join("\n");
    const parsed = parseTranscript(withPhones);
    const rows = parsed.messages.filter((m) => m.speaker !== null);
    expect(rows.map((m) => [m.speaker, m.text])).toEqual([
      ["Rina Santos", "Hi Ms. Joy, 600 pcs of the cake stand po. USD 3.10?"],
      ["Joy Lin", "3.30 best, FOB Xiamen"],
      ["Rina Santos", "ok 3.30 sige"],
    ]);
    const draft = extractDraft(parsed, { now });
    expect(draft.items.map((i) => [i.quantity, i.unitPrice])).toEqual([[600, 3.3]]);
  });

  it("a line of prose that opens with a date and a comma is no row", () => {
    const parsed = parseTranscript(
      ["04/05/2026, we spoke with Amy about the poles", "she offered 6.40 per piece"].join("\n"),
    );
    expect(parsed.messages.every((m) => m.speaker === null)).toBe(true);
  });
});

describe("a header with the time before the date", () => {
  const zalo = [
    "Maria Santos  08:41 24/07/2026",
    "Hi ms Lan, I need 600 camping chairs CC-7 for our shop in Cebu",
    "Lan Pham - Sunrise Outdoor  09:10 24/07/2026",
    "Dear Maria, CC-7 price USD 7.20/pc, 45 days after deposit",
    "Maria Santos  2:15 PM 25/07/2026",
    "ok deal 7.20",
  ].join("\n");

  it("starts a message, a name with a dash before the company included", () => {
    const parsed = parseTranscript(zalo);
    expect(parsed.messages.map((m) => [m.speaker, m.at?.slice(0, 16), m.text])).toEqual([
      ["Maria Santos", "2026-07-24T08:41", "Hi ms Lan, I need 600 camping chairs CC-7 for our shop in Cebu"],
      [
        "Lan Pham - Sunrise Outdoor",
        "2026-07-24T09:10",
        "Dear Maria, CC-7 price USD 7.20/pc, 45 days after deposit",
      ],
      ["Maria Santos", "2026-07-25T14:15", "ok deal 7.20"],
    ]);
  });

  it("the dates stay out of the messages, so the ship time is the count after deposit", () => {
    const draft = extractDraft(parseTranscript(zalo), { now: new Date("2026-07-25T12:00:00Z") });
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 45, date: null });
    expect(draft.items.map((i) => [i.quantity, i.unitPrice])).toEqual([[600, 7.2]]);
  });

  it("a sentence ending in a time and a date is no header", () => {
    const parsed = parseTranscript(
      [
        "Maria Santos  08:41 24/07/2026",
        "Hi ms Lan, when can you load?",
        "Lan Pham - Sunrise Outdoor  09:10 24/07/2026",
        "we can load the truck at 09:00 25/07/2026",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => m.speaker)).toEqual(["Maria Santos", "Lan Pham - Sunrise Outdoor"]);
    expect(parsed.messages[1]!.text).toBe("we can load the truck at 09:00 25/07/2026");
  });
});
