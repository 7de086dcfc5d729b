import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { ParsedTranscript } from "../../../src/core/schemas.ts";

describe("parseTranscript formats", () => {
  it("reads an Alibaba message-center export with multi-line messages", () => {
    const text = [
      "Cindy Zhou  2026-10-12 09:14",
      "Hello dear, this is Cindy from Huaxin Silicone Co., Ltd. MOQ is 500 pcs, price 1.85 USD/pc.",
      "We can print your logo.",
      "Mark Ellis  2026-10-12 09:40",
      "I need 800 pcs. Can you do 1.60?",
    ].join("\n");
    const parsed = parseTranscript(text);
    expect(parsed.format).toBe("alibaba");
    expect(parsed.messages).toHaveLength(2);
    const [first, second] = parsed.messages;
    expect(first).toMatchObject({
      speaker: "Cindy Zhou",
      role: "supplier",
      at: "2026-10-12T09:14:00Z",
      line: 2,
    });
    expect(first!.parts.map((part) => part.line)).toEqual([2, 3]);
    expect(second).toMatchObject({ speaker: "Mark Ellis", role: "buyer", line: 5 });
    expect(parsed.newestAt).toBe("2026-10-12T09:40:00Z");
  });

  it("reads an Alibaba export whose sender label is a company with the person in brackets", () => {
    const text = [
      "Ningbo Example Trading Co., Ltd. (Lily) 2026-11-02 10:01",
      "Hello, MOQ 500 pcs, price 39.8 usd",
      "Buyer (Tom) 2026-11-02 10:05",
      "We need 1000 pcs.",
      "Ningbo Example Trading Co., Ltd. (Lily) 2026-11-02 10:20",
      "ok",
    ].join("\n");
    const parsed = parseTranscript(text);
    expect(parsed.format).toBe("alibaba");
    expect(parsed.messages.map((m) => [m.line, m.speaker, m.role])).toEqual([
      [2, "Ningbo Example Trading Co., Ltd. (Lily)", "supplier"],
      [4, "Buyer (Tom)", "buyer"],
      [6, "Ningbo Example Trading Co., Ltd. (Lily)", "supplier"],
    ]);
    for (const label of ["Shenzhen Bright Lighting (Anna)", "Guangzhou Huada Industrial Co., Ltd."])
      expect(
        parseTranscript(`${label} 2026-11-02 10:20\nok\nTom Baker 2026-11-02 10:30\nthanks`).messages[0]
          ?.speaker,
      ).toBe(label);
  });

  it("does not take a sentence ending in a date and time for a sender", () => {
    const parsed = parseTranscript(
      [
        "Lily Chen  2026-11-02 10:01",
        "the goods will be ready for pickup at our factory 2026-11-20 10:00",
        "Tom Baker  2026-11-02 10:05",
        "great",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => m.speaker)).toEqual(["Lily Chen", "Tom Baker"]);
    expect(parsed.messages[0]!.text).toContain("ready for pickup");
  });

  it("reads both WhatsApp variants with day-first dates", () => {
    const bracket = parseTranscript(
      "[02/10/2026, 10:31:05] Anna Lee: Hi, we need 500 pcs\n[03/10/2026, 09:00:00] Bo: Our price is $2/pc, MOQ 300 pcs",
    );
    expect(bracket.format).toBe("whatsapp");
    expect(bracket.messages[0]).toMatchObject({
      speaker: "Anna Lee",
      at: "2026-10-02T10:31:05Z",
      role: "buyer",
    });
    expect(bracket.messages[1]).toMatchObject({ speaker: "Bo", role: "supplier" });
    const dash = parseTranscript(
      "02/10/2026, 10:31 - Anna: can you do 1.9?\nstill waiting\n02/10/2026, 10:40 - Wei: we can do 1.95",
    );
    expect(dash.format).toBe("whatsapp");
    expect(dash.messages[0]!.text).toBe("can you do 1.9?\nstill waiting");
    expect(dash.messages[0]!.at).toBe("2026-10-02T10:31:00Z");
  });

  it("switches WhatsApp dates to month-first when a day is over 12", () => {
    const parsed = parseTranscript("10/25/2026, 9:05 PM - Anna: hi\n10/26/2026, 8:00 AM - Wei: hello");
    expect(parsed.messages[0]!.at).toBe("2026-10-25T21:05:00Z");
  });

  it("reads WeChat headers with the date from separators", () => {
    const parsed = parseTranscript("—— Oct 22, 2026 ——\nLily 10:31\n价格 6.5 RMB/pc\nRyan 10:35\nok deal");
    expect(parsed.format).toBe("wechat");
    expect(parsed.messages.map((m) => [m.speaker, m.at])).toEqual([
      ["Lily", "2026-10-22T10:31:00Z"],
      ["Ryan", "2026-10-22T10:35:00Z"],
    ]);
  });

  it("reads an e-mail thread oldest first and does not read quoted text twice", () => {
    const text = [
      "From: Nils <nils@example.com>",
      "Date: Wed, 21 Oct 2026 08:12:30 +0200",
      "",
      "OK, we agree to 3.25 USD.",
      "Payment 30% deposit by T/T.",
      "",
      "> On Tue, 20 Oct 2026 at 17:45, Alice Wang <alice@example.com> wrote:",
      "> Payment 30% deposit by T/T.",
      "> Lead time 40 days after deposit.",
    ].join("\n");
    const parsed = parseTranscript(text);
    expect(parsed.format).toBe("email");
    const alice = parsed.messages.find((m) => m.speaker === "Alice Wang")!;
    expect(alice.at).toBe("2026-10-20T17:45:00Z");
    expect(parsed.messages[0]).toBe(alice);
    const all = parsed.messages.flatMap((m) => m.parts.map((p) => p.text));
    expect(all.filter((t) => t === "Payment 30% deposit by T/T.")).toHaveLength(1);
  });

  it("keeps older terms that appear only in the quoted part, attributed to their author", () => {
    const text =
      "Hi Leo,\nConfirmed.\n\nOn Tue, 17 Nov 2026, Leo Xu <leo@x.example> wrote:\n> We will ship 18 days after the order.";
    const parsed = parseTranscript(text);
    const leo = parsed.messages.find((m) => m.speaker === "Leo Xu");
    expect(leo?.parts).toEqual([{ line: 5, text: "We will ship 18 days after the order." }]);
  });

  it("reads Supplier:/Me: prefixes and lets stated roles override inference", () => {
    const parsed = parseTranscript("Me: Hi, price?\nSupplier: 5.80 each\nMe: ok");
    expect(parsed.format).toBe("prefixed");
    expect(parsed.messages.map((m) => m.role)).toEqual(["buyer", "supplier", "buyer"]);
    const named = parseTranscript("Anna: hello\nWei: hi\nAnna: thanks\nWei: bye", {
      roles: { anna: "supplier" },
    });
    expect(named.messages.map((m) => m.role)).toEqual(["supplier", "buyer", "supplier", "buyer"]);
  });

  it("does not take body lines like 'Payment: 30%' for speakers", () => {
    const parsed = parseTranscript("Supplier: terms below\nPayment: 30% deposit\nMe: ok");
    expect(parsed.messages).toHaveLength(2);
    expect(parsed.messages[0]!.parts.map((p) => p.line)).toEqual([1, 2]);
  });

  it("infers roles in a paste with no speakers", () => {
    const parsed = parseTranscript(
      "hello we need canvas tote bags\nYes we can make. What size?\n38 x 42 cm\nok unit price 1.25usd\ncan you do 1.10?",
    );
    expect(parsed.format).toBe("plain");
    expect(parsed.messages.map((m) => m.role)).toEqual(["buyer", "supplier", "buyer", "supplier", "buyer"]);
    expect(parsed.newestAt).toBeNull();
  });

  it.each([
    ["a line announcing it", "hi, price list as below, FOB Ningbo"],
    ["a line ending in a colon", "hello dear, our prices:"],
  ])("in a paste with no speakers, the rows of a list under %s are one side's", (_, opening) => {
    const parsed = parseTranscript(
      [
        opening,
        "oak cutting board large   USD 6.40",
        "oak cutting board small   USD 4.10",
        "walnut serving tray   USD 9.80",
        "we need 500 large and 300 small, 5.90 and 3.80 ok?",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => m.role)).toEqual([
      "supplier",
      "supplier",
      "supplier",
      "supplier",
      "buyer",
    ]);
  });
});

describe("WeChat headers with the message on the same line", () => {
  it("reads 'Name HH:MM text' as the speaker, never 'Name HH' as a label", () => {
    const parsed = parseTranscript(
      [
        "Mia 09:14 the lids need to be white",
        "Chen Wei 09:20 ok white lids, 0.35 usd",
        "Mia 09:21 Great",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => [m.speaker, m.text])).toEqual([
      ["Mia", "the lids need to be white"],
      ["Chen Wei", "ok white lids, 0.35 usd"],
      ["Mia", "Great"],
    ]);
  });

  it("a lower-case line with a time in it stays a message", () => {
    const parsed = parseTranscript(
      ["Mia 09:14", "ok 10:30 works for the call", "Chen 09:20", "fine"].join("\n"),
    );
    expect(parsed.messages.map((m) => m.speaker)).toEqual(["Mia", "Chen"]);
  });
});

describe("a chat copied with 'Name  2:31 PM' headers, the sender named with their company", () => {
  it("reads a person before their company in parentheses as the speaker", () => {
    const parsed = parseTranscript(
      [
        "Monday, December 14th",
        "Joy Dela Cruz  2:05 PM",
        "Hi Ms. Liang, we need your final offer today pls",
        "Liang Mei (Zhongshan Brightline Lighting Co., Ltd.)  2:31 PM",
        "Dear Ms. Dela Cruz, we offer 800 reels at USD 3.40 per reel.",
        "Joy Dela Cruz  2:40 PM",
        "Can we have USD 3.00?",
      ].join("\n"),
    );
    const spoken = parsed.messages.filter((m) => m.speaker !== null);
    expect(spoken.map((m) => [m.speaker, m.role])).toEqual([
      ["Joy Dela Cruz", "buyer"],
      ["Liang Mei (Zhongshan Brightline Lighting Co., Ltd.)", "supplier"],
      ["Joy Dela Cruz", "buyer"],
    ]);
  });

  it("a sentence with a company in parentheses and a time stays a message", () => {
    const parsed = parseTranscript(
      ["Joy 2:05 PM", "we met the agent (from Yiwu Trading Co., Ltd.) at 3:30 PM", "Lily 2:10 PM", "ok"].join(
        "\n",
      ),
    );
    expect(parsed.messages.map((m) => m.speaker)).toEqual(["Joy", "Lily"]);
  });
});

describe("a date written after the speaker's name in a prefixed paste", () => {
  it.each([
    ["Marisol (26 Nov)", "Grace (26 Nov)", "Marisol (27 Nov)", "Grace (28 Nov)"],
    [
      "Joana Ferreira (Hidrotec) 10 Nov",
      "Zhang Wei 10 Nov",
      "Joana Ferreira (Hidrotec) 11 Nov",
      "Zhang Wei 12 Nov",
    ],
    ["Tom 12/11", "Lily 12/11", "Tom 13/11", "Lily 14/11"],
    ["Tom (Nov 12)", "Lily (Nov 12)", "Tom (Nov 13)", "Lily (2026-11-14)"],
    ["Tom (email, 12 Nov)", "Lily (WeChat, 12 Nov)", "Tom (email, 13 Nov)", "Lily (WeChat 14.11)"],
  ])("'%s: ...' is the same speaker whatever the day", (a, b, c, d) => {
    const parsed = parseTranscript(
      [
        `${a}: Hello, we need 500 pcs of the lunch box, price please?`,
        `${b}: Dear, 2.10 USD per piece, MOQ 300.`,
        `${c}: Can you do 1.95?`,
        `${d}: OK 1.95 for you.`,
      ].join("\n"),
    );
    const name = (label: string) =>
      label.replace(/\s?(?:\([^()]*\d[^()]*\)|\d{1,2}(?: [A-Za-z]{3}|\/\d{1,2}))$/, "");
    expect(parsed.messages.map((m) => [m.speaker, m.role])).toEqual([
      [name(a), "buyer"],
      [name(b), "supplier"],
      [name(a), "buyer"],
      [name(b), "supplier"],
    ]);
  });

  it("a comment thread's 'Name (Company), 02.07:' is the speaker, and the date no price", () => {
    const parsed = parseTranscript(
      [
        "Anna Kowal (Brightline), 02.07: we need 600 lamp shades, your best price?",
        "Chen Hao (Meiyu Lighting), 02.07: 3.40 usd each",
        "Anna Kowal (Brightline), 03.07: 3.10 and we confirm",
        "Chen Hao (Meiyu Lighting), 04.07: ok 3.10",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => [m.speaker, m.text.slice(0, 8)])).toEqual([
      ["Anna Kowal (Brightline)", "we need "],
      ["Chen Hao (Meiyu Lighting)", "3.40 usd"],
      ["Anna Kowal (Brightline)", "3.10 and"],
      ["Chen Hao (Meiyu Lighting)", "ok 3.10"],
    ]);
    expect(parsed.messages.map((m) => m.role)).toEqual(["buyer", "supplier", "buyer", "supplier"]);
  });

  it("a word after the name that is no month stays part of the label", () => {
    const parsed = parseTranscript(
      ["Team Alpha 2: we need 500 pcs", "Lily: 2.10 USD", "Team Alpha 2: ok", "Lily: thanks"].join("\n"),
    );
    expect(parsed.messages.map((m) => m.speaker)).toEqual(["Team Alpha 2", "Lily", "Team Alpha 2", "Lily"]);
  });
});

describe("parseTranscript properties", () => {
  it("never throws on arbitrary Unicode and keeps line numbers in range", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const parsed = parseTranscript(text);
        ParsedTranscript.parse(parsed);
        for (const message of parsed.messages)
          for (const part of message.parts) {
            expect(part.line).toBeGreaterThanOrEqual(1);
            expect(part.line).toBeLessThanOrEqual(parsed.lineCount);
          }
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on chat-like lines built from format fragments", () => {
    const fragment = fc.constantFrom(
      "[02/10/2026, 10:31:05] A: ",
      "Lily 10:31",
      "—— Oct 22, 2026 ——",
      "> On Tue, 20 Oct 2026, X <x@y> wrote:",
      ">> ",
      "From: ",
      "Supplier: ",
      "Name  2026-13-45 99:99",
      "\n",
      "：",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 20 })), { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        const parsed = parseTranscript(text);
        const lines = text.split("\n");
        for (const message of parsed.messages)
          for (const part of message.parts) expect(lines[part.line - 1]).toContain(part.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a sender label that names a maker's company", () => {
  const rolesOf = (lines: string[]) =>
    parseTranscript(lines.join("\n")).messages.map((m) => [m.speaker?.split(" ")[0], m.role]);

  it("speaks for the supplier even when the buyer writes like a trader", () => {
    expect(
      rolesOf([
        "[2026-11-03 09:00:00] Peter Mwangi: Hello, we are distributors of hardware in Kampala. Need padlocks. Please quote.",
        "[2026-11-03 10:00:00] Helen Wu (Ningbo Safeguard Lock Co., Ltd.): Dear Sir, thank you for your enquiry. Kindly find our offer: 40mm padlock USD 1.25.",
        "[2026-11-03 11:00:00] Peter Mwangi: We shall take 3000 pcs at 1.15.",
        "[2026-11-03 12:00:00] Helen Wu (Ningbo Safeguard Lock Co., Ltd.): Regrettably 1.20 is our final price.",
      ]),
    ).toEqual([
      ["Peter", "buyer"],
      ["Helen", "supplier"],
      ["Peter", "buyer"],
      ["Helen", "supplier"],
    ]);
  });

  it("leans but does not decide: a buyer whose label names a company still asks as the buyer", () => {
    expect(
      rolesOf([
        "[2026-11-03 09:00:00] Tom (Bright Home Co., Ltd.): Hi, please quote 500 pcs bamboo trays, what is your best price? MOQ?",
        "[2026-11-03 10:00:00] Lily: Dear, bamboo tray 3.10 usd/pc, MOQ 300 pcs, our factory can produce in 20 days.",
        "[2026-11-03 11:00:00] Tom (Bright Home Co., Ltd.): Can you do 2.80? We need samples first?",
        "[2026-11-03 12:00:00] Lily: Sorry, 2.95 is our lowest price. We ship from our factory in Fujian.",
      ]).map(([, role]) => role),
    ).toEqual(["buyer", "supplier", "buyer", "supplier"]);
  });
});
