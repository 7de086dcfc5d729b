/**
 * LINE's "Save chat" export (Thai, Taiwanese and Japanese suppliers use LINE as Chinese ones use WeChat):
 * a title, a "Saved on" line, each day on a line of its own, then `time<TAB>name<TAB>message`, a message of
 * several lines in double quotes.
 */
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/core/extract/money.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const lineExport = (separator: string) =>
  [
    "[LINE] Chat history with Nok - Chiang Mai Candle Works",
    "Saved on: 2026/09/14, 21:05",
    "",
    "2026/09/12, Sat",
    `09:14${separator}Hannah Weiss${separator}Hi Nok, we need soy candles for our shop in Munich.`,
    `09:40${separator}Nok Chiang Mai Candle${separator}"Soy candle 200 g: 95 THB/pc`,
    "Soy candle 350 g: 140 THB/pc",
    'MOQ 200 pcs per scent"',
    "2026/09/13(Sun)",
    `10:02${separator}Hannah Weiss${separator}OK: 400 pcs of the 200 g at 90 THB?`,
    `10:30${separator}Nok Chiang Mai Candle${separator}OK 90 THB for 400 pcs ka.`,
  ].join("\n");

describe("a LINE chat export", () => {
  it.each([
    ["tabs", "\t"],
    ["spaces left by a paste", "   "],
  ])("reads each message with its speaker and day (%s)", (_, separator) => {
    const parsed = parseTranscript(lineExport(separator));
    expect(parsed.format).toBe("line");
    const spoken = parsed.messages.filter((m) => m.speaker !== null);
    expect(spoken.map((m) => m.speaker)).toEqual([
      "Hannah Weiss",
      "Nok Chiang Mai Candle",
      "Hannah Weiss",
      "Nok Chiang Mai Candle",
    ]);
    expect(spoken.map((m) => m.at?.slice(0, 16))).toEqual([
      "2026-09-12T09:14",
      "2026-09-12T09:40",
      "2026-09-13T10:02",
      "2026-09-13T10:30",
    ]);
    expect(spoken[0]!.role).toBe("buyer");
    expect(spoken[1]!.role).toBe("supplier");
  });

  it("keeps a quoted message of several lines whole, without its quote marks", () => {
    const quoted = parseTranscript(lineExport("\t")).messages.find((m) => m.text.includes("350 g"))!;
    expect(quoted.text).toBe(
      "Soy candle 200 g: 95 THB/pc\nSoy candle 350 g: 140 THB/pc\nMOQ 200 pcs per scent",
    );
    expect(quoted.parts.map((part) => part.line)).toEqual([6, 7, 8]);
  });

  it("settles the order the chat agreed, in baht", () => {
    const draft = draftOf(lineExport("\t").split("\n"));
    expect(draft.currency).toBe("THB");
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([[400, 90]]);
  });

  it("a time and a name in a chat of another kind stay that chat's", () => {
    const weChat = parseTranscript("Lily 10:31\nprice is 2.30 usd\nTom 10:35\nok 10:30 works for the call");
    expect(weChat.format).toBe("wechat");
  });
});

describe("a LINE export written in a US locale: days as 'Tue, 5/19/2026'", () => {
  const us = [
    "[LINE] Chat history with Leo Harbor Tackle",
    "Saved on: 5/20/2026 22:14",
    "",
    "Mon, 5/18/2026",
    "10:02\tLeo Harbor Tackle\tHello! Casting spoon 20g USD 0.90/pc, MOQ 1000",
    "10:40\tAna Cruz\twe need 2000 pcs, can do 0.80?",
    "Tue, 5/19/2026",
    "08:20\tLeo Harbor Tackle\tOk 0.85 for 2000 pcs. Ready 15 days after payment",
    "09:00\tAna Cruz\tok 0.85 confirmed, send photo before ship",
    "Wed, 5/20/2026",
    "14:05\tLeo Harbor Tackle\tNoted, PayPal invoice today",
  ].join("\n");

  it("each day line dates the messages under it and stays out of their text", () => {
    const parsed = parseTranscript(us);
    const said = parsed.messages.filter((m) => m.speaker !== null);
    expect(said.map((m) => m.at?.slice(0, 16))).toEqual([
      "2026-05-18T10:02",
      "2026-05-18T10:40",
      "2026-05-19T08:20",
      "2026-05-19T09:00",
      "2026-05-20T14:05",
    ]);
    expect(said.every((m) => !/5\/\d\d\/2026/.test(m.text))).toBe(true);
  });

  it("so a day line after 'before ship' is no ship date: the count after payment is", () => {
    const draft = draftOf(us.split("\n"), new Date("2026-05-20T12:00:00Z"));
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 15, date: null });
  });
});

describe("a LINE export whose tabs a paste turned to single spaces", () => {
  const flat = [
    "2026.08.11 Tuesday",
    "21:05 Mateo Ruiz Hola, we look for spinning reels size 4000",
    "21:06 Mateo Ruiz And telescopic rods 2.7m",
    "2026.08.12 Wednesday",
    "08:47 Sunny Wang Hello Mateo! Sunny from Ningbo Riverstar Tackle Co., Ltd.",
    "08:49 Sunny Wang Spinning reel RS4000: USD 6.80 to 9.50 depends on logo",
  ].join("\n");

  it("the sender is the capitalised words after the time that open its lines, the rest the message", () => {
    const parsed = parseTranscript(flat);
    expect(parsed.messages.map((m) => [m.speaker, m.at?.slice(0, 16), m.text])).toEqual([
      ["Mateo Ruiz", "2026-08-11T21:05", "Hola, we look for spinning reels size 4000"],
      ["Mateo Ruiz", "2026-08-11T21:06", "And telescopic rods 2.7m"],
      ["Sunny Wang", "2026-08-12T08:47", "Hello Mateo! Sunny from Ningbo Riverstar Tackle Co., Ltd."],
      ["Sunny Wang", "2026-08-12T08:49", "Spinning reel RS4000: USD 6.80 to 9.50 depends on logo"],
    ]);
    expect(parsed.messages.map((m) => m.role)).toEqual(["buyer", "buyer", "supplier", "supplier"]);
  });

  it("a model code in capitals run into its figures is no price in rupees", () => {
    const draft = draftOf(flat.split("\n"), new Date("2026-08-12T12:00:00Z"));
    expect(draft.currency).not.toBe("INR");
    expect(draft.items.map((i) => i.unitPrice)).toEqual([null]);
    expect(findMoney("Spinning reel RS4000, aluminium spool")).toEqual([]);
    expect(findMoney("Rs 385/set, RS 420, Rs.455").map((m) => [m.currency, m.value])).toEqual([
      ["INR", 385],
      ["INR", 420],
      ["INR", 455],
    ]);
  });
});
