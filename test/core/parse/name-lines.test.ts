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

describe("a header giving the sender beside the time", () => {
  it("a Teams copy: the time in brackets, then the name, a company in brackets after it", () => {
    expect(
      rows([
        "[16/11/2026 09:14] Harriet Cole",
        "Morning Jenny. We'd like the bypass pruner GL-PR08.",
        "[16/11/2026 09:20] Jenny Xu (Yongkang Greenleaf Tools)",
        "Good morning Harriet! Pruner £2.30/pc.",
        "[16/11/2026 09:26] Harriet Cole",
        "3,000 pruners at £2.05?",
        "[16/11/2026 10:30] Jenny Xu (Yongkang Greenleaf Tools)",
        "Boss says ok pruner £2.05.",
      ]),
    ).toEqual([
      ["Harriet Cole", "buyer", "Morning Jenny. We'd like the bypass pruner GL-PR08."],
      ["Jenny Xu (Yongkang Greenleaf Tools)", "supplier", "Good morning Harriet! Pruner £2.30/pc."],
      ["Harriet Cole", "buyer", "3,000 pruners at £2.05?"],
      ["Jenny Xu (Yongkang Greenleaf Tools)", "supplier", "Boss says ok pruner £2.05."],
    ]);
  });

  it("a Google Chat copy: the name, then the day and the time after commas", () => {
    expect(
      rows([
        "Sunny Zhou, Nov 16, 9:12 PM",
        "Hi Daniel, Sunny from Shenzhen Voltix Electronics Co., Ltd. Charger $4.10/pc at 3000pcs.",
        "Both have CE certificate.",
        "Daniel Hughes, Nov 17, 8:40 AM",
        "Can you do $3.85?",
        "Sunny Zhou, Nov 17, 9:30 AM",
        "$3.95 is the lowest.",
        "Daniel Hughes, Nov 17, 9:44 AM",
        "Ok, 3,000 at $3.95.",
      ]).map(([speaker, , text]) => [speaker, text]),
    ).toEqual([
      [
        "Sunny Zhou",
        "Hi Daniel, Sunny from Shenzhen Voltix Electronics Co., Ltd. Charger $4.10/pc at 3000pcs.\nBoth have CE certificate.",
      ],
      ["Daniel Hughes", "Can you do $3.85?"],
      ["Sunny Zhou", "$3.95 is the lowest."],
      ["Daniel Hughes", "Ok, 3,000 at $3.95."],
    ]);
  });

  it("a LinkedIn copy: day lines, 'sent the following messages at', the profile link and the name, none of them said", () => {
    expect(
      rows([
        "MAY 12",
        "Wanjiru Kamau sent the following message at 10:02 AM",
        "View Wanjiru's profile",
        "Wanjiru Kamau",
        "Hello Mr. Chen, we need concealed hinges.",
        "Kevin Chen sent the following messages at 3:47 PM",
        "View Kevin's profile",
        "Kevin Chen",
        "Hi Wanjiru, hinges USD 0.38-0.55/pc.",
        "MAY 13",
        "Wanjiru Kamau sent the following message at 9:15 AM",
        "View Wanjiru's profile",
        "Wanjiru Kamau",
        "Thanks Kevin, I'll revert next week.",
      ]).map(([speaker, , text]) => [speaker, text]),
    ).toEqual([
      ["Wanjiru Kamau", "Hello Mr. Chen, we need concealed hinges."],
      ["Kevin Chen", "Hi Wanjiru, hinges USD 0.38-0.55/pc."],
      ["Wanjiru Kamau", "Thanks Kevin, I'll revert next week."],
    ]);
  });

  it("a name beside words that are no day or time is a line of the chat", () => {
    const parsed = parseTranscript(
      [
        "Amy, please check",
        "USD 2.10/pc",
        "Ben, any news",
        "ok 2.00?",
        "Amy",
        "2.05 last",
        "Ben",
        "deal",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => m.text).join("\n")).toContain("Amy, please check");
  });
});
