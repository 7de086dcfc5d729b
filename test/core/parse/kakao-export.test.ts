/**
 * KakaoTalk's export for PC: each message opens with the sender and the time in brackets
 * ("[Han Jiwoo] [오전 10:02] Hello"), the morning or afternoon written in Korean (or English, Japanese,
 * Chinese), and the day on separator lines. Read right, each message has its sender and its time.
 */
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const korean = [
  "Talk with Wang Lei (Ningbo Cupworks)",
  "Date Saved : 2026-03-04 18:00:00",
  "",
  "--------------- Monday, March 2, 2026 ---------------",
  "[Park Minji] [오전 9:40] Hello Mr. Wang, we need tumblers for our cafes.",
  "[Wang Lei] [오전 10:05] Hello! Stainless tumbler 500 ml USD 3.20/pc, MOQ 1000 pcs.",
  "[Park Minji] [오후 1:15] 3.00 possible? We order 2,000 pcs.",
  "[Wang Lei] [오후 3:30] 3.10 for 2,000 pcs is our best.",
  "--------------- Tuesday, March 3, 2026 ---------------",
  "[Park Minji] [오전 8:50] 좋아요, 3.10 ok. Confirm 2,000 pcs.",
  "[Wang Lei] [오전 9:02] Confirmed, thank you!",
];

describe("a KakaoTalk export", () => {
  it("gives each message its sender and its day and time, afternoon in Korean read as p.m.", () => {
    const messages = parseTranscript(korean.join("\n")).messages;
    expect(messages.map((m) => [m.speaker, m.at])).toEqual([
      [null, null],
      ["Park Minji", "2026-03-02T09:40:00Z"],
      ["Wang Lei", "2026-03-02T10:05:00Z"],
      ["Park Minji", "2026-03-02T13:15:00Z"],
      ["Wang Lei", "2026-03-02T15:30:00Z"],
      ["Park Minji", "2026-03-03T08:50:00Z"],
      ["Wang Lei", "2026-03-03T09:02:00Z"],
    ]);
    expect(messages[3]!.text).toBe("3.00 possible? We order 2,000 pcs.");
  });

  it("reads the order from it as from any chat: the supplier's price, the buyer's count", () => {
    const [tumbler] = draftOf(korean).items;
    expect([tumbler?.quantity, tumbler?.unitPrice]).toEqual([2000, 3.1]);
  });

  it("takes the time written in English too, and no bracketed line that is not a sender and a time", () => {
    const messages = parseTranscript(
      [
        "--------------- Monday, March 2, 2026 ---------------",
        "[Park Minji] [9:40 AM] Hello, price for 500 ml tumblers?",
        "[Wang Lei] [2:05 PM] USD 3.20/pc",
        "[Photo] [see attachment]",
      ].join("\n"),
    ).messages;
    expect(messages.map((m) => [m.speaker, m.at?.slice(11, 16) ?? null, m.text])).toEqual([
      ["Park Minji", "09:40", "Hello, price for 500 ml tumblers?"],
      ["Wang Lei", "14:05", "USD 3.20/pc\n[Photo] [see attachment]"],
    ]);
  });
});
