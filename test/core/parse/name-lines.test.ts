/**
 * Copies from Messenger, iMessage and phone chat apps head each message with a line holding only the sender's
 * name, the days and times on lines of their own.
 */
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const rows = (lines: readonly string[]) =>
  parseTranscript(lines.join("\n")).messages.map((m) => [m.speaker, m.role, m.text]);

describe("names alone above their messages", () => {
  it("heads each message with its sender, the day and time lines left out", () => {
    expect(
      rows([
        "Tue, 2 Mar at 09:20",
        "Lisa Aquaflow",
        "Hi Piotr, canister filter AF-1200: USD 18.60/unit for 500 units",
        "Lisa Aquaflow",
        "Ceramic rings USD 1.60/kg, MOQ 500 kg",
        "Piotr",
        "Thanks Lisa. 500 units and 800 kg. 17.00 and 1.30?",
        "Yesterday 10:15",
        "Lisa Aquaflow",
        "Dear 17.00 impossible.",
        "17.90 and 1.40",
        "Today 09:41",
        "Piotr",
        "17.50 and 1.35 and I confirm",
      ]),
    ).toEqual([
      ["Lisa Aquaflow", "supplier", "Hi Piotr, canister filter AF-1200: USD 18.60/unit for 500 units"],
      ["Lisa Aquaflow", "supplier", "Ceramic rings USD 1.60/kg, MOQ 500 kg"],
      ["Piotr", "buyer", "Thanks Lisa. 500 units and 800 kg. 17.00 and 1.30?"],
      ["Lisa Aquaflow", "supplier", "Dear 17.00 impossible.\n17.90 and 1.40"],
      ["Piotr", "buyer", "17.50 and 1.35 and I confirm"],
    ]);
  });

  it("keeps each message's own line for its evidence", () => {
    const parsed = parseTranscript(
      ["Amy", "USD 2.10/pc", "Ben", "ok 2.00?", "Amy", "2.05 last", "Ben", "deal"].join("\n"),
    );
    expect(parsed.messages.map((m) => m.line)).toEqual([2, 4, 6, 8]);
  });

  it("a chat whose short lines only answer is not read so", () => {
    // ("Ok" and "Thanks" stand alone on their lines as replies, not as names.)
    const parsed = parseTranscript(
      [
        "Supplier: price 2.10",
        "Ok",
        "Buyer: 2.00?",
        "Thanks",
        "Supplier: 2.05",
        "Ok",
        "Buyer: deal",
        "Thanks",
      ].join("\n"),
    );
    expect(new Set(parsed.messages.map((m) => m.speaker))).toEqual(new Set(["Supplier", "Buyer"]));
  });

  it("a name seen once above a message is no sender", () => {
    const parsed = parseTranscript(
      ["Anna Schmidt", "Hello, we need 500 boards.", "Price 4.10 ok?"].join("\n"),
    );
    expect(parsed.messages.every((m) => m.speaker === null)).toBe(true);
  });
});

describe("a Messenger copy", () => {
  it("heads the user's messages with 'You sent' and the other's with their name, dates left out", () => {
    expect(
      rows([
        "Feb 23, 2027, 9:14 AM",
        "Hoa Nguyen",
        "Round rattan basket set of 3: 13.50 USD/set",
        "You sent",
        "Thanks Hoa. We need 400 sets. Can you do 11.00?",
        "Feb 23, 2027, 2:40 PM",
        "Hoa Nguyen",
        "Too low anh, best 12.40/set",
        "You sent",
        "11.80 and I confirm today",
        "Hoa Nguyen replied to you",
        "Ok anh, director agree 11.80",
      ]),
    ).toEqual([
      ["Hoa Nguyen", "supplier", "Round rattan basket set of 3: 13.50 USD/set"],
      ["You", "buyer", "Thanks Hoa. We need 400 sets. Can you do 11.00?"],
      ["Hoa Nguyen", "supplier", "Too low anh, best 12.40/set"],
      ["You", "buyer", "11.80 and I confirm today"],
      ["Hoa Nguyen", "supplier", "Ok anh, director agree 11.80"],
    ]);
  });
});
