/**
 * The supplier's company as a buyer's paste names it in passing: in the title of a chat export, the heading of
 * call notes, "chat with <person>, <company>"; in the legal forms of Turkey ("San. ve Tic. A.Ş.", "Ltd. Şti.") and
 * Poland ("Sp. z o.o."); and in a Telegram header with the company beside the person and the kind of message after.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { findCompanies, isMakerStyle } from "../../../src/core/extract/supplier.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2027-01-20T12:00:00Z");
const supplierOf = (text: string) => extractDraft(parseTranscript(text), { now }).supplier;

describe("a maker's company the buyer names without claiming it", () => {
  it("in the heading of the buyer's call notes", () => {
    expect(
      supplierOf(
        [
          "Call notes – Fujian Everpeak Outdoor Products Co., Ltd. – 12 Jan",
          "- camping stove CS-2: they quoted 14.50, we agreed 13.80 for 1,000 pcs",
          "- 30% deposit, balance before shipment",
        ].join("\n"),
      ),
    ).toBe("Fujian Everpeak Outdoor Products Co., Ltd.");
  });

  it("after the supplier's person in a transcript's title", () => {
    expect(
      supplierOf(
        [
          "Voice notes transcribed, chat with Emre Kaya, Izmir Tekstil San. ve Tic. A.Ş.",
          "Emre: towels 3.20 per piece for 2000 pieces",
          "Me: ok 3.20, deal",
        ].join("\n"),
      ),
    ).toBe("Izmir Tekstil San. ve Tic. A.Ş.");
  });

  it("not the buyer's own company, even in a maker's form", () => {
    expect(
      supplierOf(
        [
          "Me: Hi, this is Anh from our company Saigon Home Trading Co., Ltd., we need 500 lamps",
          "Supplier: price 4.10 per piece",
          "Me: ok",
        ].join("\n"),
      ),
    ).toBeNull();
  });

  it("a company the supplier names still comes first", () => {
    expect(
      supplierOf(
        [
          "Notes on Ningbo Brightway Co., Ltd. (agent)",
          "Lily Chen  2027-01-12 10:00",
          "Dear, this is Lily from Yuyao Lumen Lighting Co., Ltd. Price 2.10/pc",
          "Tom Baker  2027-01-12 10:30",
          "We need 800 pcs at 2.00",
        ].join("\n"),
      ),
    ).toBe("Yuyao Lumen Lighting Co., Ltd.");
  });
});

describe("legal forms of Turkey and Poland", () => {
  it.each([
    ["Konya Fren Balata San. Tic. Ltd. Şti.", true],
    ["Bursa Oto Paspas San. ve Tic. A.Ş.", true],
    ["Greenline Fitness Ltd", false],
  ])("%s is a maker's form: %s", (name, maker) => {
    expect(isMakerStyle(name)).toBe(maker);
  });

  it.each([
    "Kevin from Polarview Europe Sp. z o.o., warehouse in Wrocław",
    "supplied by Tatra Optics s.r.o. in Brno",
  ])("finds the company in %j", (text) => {
    expect(findCompanies(text).map((c) => c.name)).toEqual([
      text.includes("Polarview") ? "Polarview Europe Sp. z o.o." : "Tatra Optics s.r.o.",
    ]);
  });
});

describe("a Telegram header with the company beside the person and the message's kind after it", () => {
  const chat = [
    'Telegram - chat "Konya Fren x Baltic Parts" - voice messages, auto-transcribed',
    "Mert Aydın (Konya Fren Balata San. Tic. Ltd. Şti.), [19.01.2027 10:12] [voice 0:52]",
    "Hello Paweł, for mass production the price is 11.80 per set, MOQ 1000 sets.",
    "Paweł Nowak (Baltic Parts), [19.01.2027 11:30] [voice 1:05]",
    "We need 3000 sets. Can you do eleven dollars?",
    "Mert Aydın, [19.01.2027 12:02] [voice 0:20]",
    "For three thousand sets 11.40 is okay. Last price.",
    "Paweł Nowak, [19.01.2027 12:10]",
    "Okay, 11.40 for 3000 sets, deal.",
  ].join("\n");

  it("starts a message dated as the header says", () => {
    const parsed = parseTranscript(chat);
    expect(parsed.messages.filter((m) => m.speaker).map((m) => m.at?.slice(0, 16))).toEqual([
      "2027-01-19T10:12",
      "2027-01-19T11:30",
      "2027-01-19T12:02",
      "2027-01-19T12:10",
    ]);
  });

  it("the person with and without the company is one speaker on one side", () => {
    const parsed = parseTranscript(chat);
    expect(parsed.messages.filter((m) => m.speaker).map((m) => m.role)).toEqual([
      "supplier",
      "buyer",
      "supplier",
      "buyer",
    ]);
  });

  it("the supplier is the company in the label, the price the last agreed", () => {
    const draft = extractDraft(parseTranscript(chat), { now });
    expect(draft.supplier).toBe("Konya Fren Balata San. Tic. Ltd. Şti.");
    expect(draft.items.map((i) => [i.quantity, i.unit, i.unitPrice])).toEqual([[3000, "sets", 11.4]]);
  });
});

describe("the party a buyer's call notes are with", () => {
  it.each([
    [
      "Notes - call w/ Rodrigo Fuentes, Importadora Andes Kids Ltda. - 07/12/2026",
      "Importadora Andes Kids Ltda.",
    ],
    ["Meeting with Anna Kowalska, Krakow Plush Toys Ltd.", "Krakow Plush Toys Ltd."],
    ["Chat with Mr. Lee, Busan Sports Trading Co.", "Busan Sports Trading Co."],
  ])("%s", (title, supplier) => {
    expect(
      supplierOf(
        [title, "- price agreed USD 2.10/pc for 1500 pcs", "- 30% deposit, balance before shipment"].join(
          "\n",
        ),
      ),
    ).toBe(supplier);
  });

  it("the buyer's own company in the notes is not the supplier", () => {
    expect(
      supplierOf(
        ["Notes by Ignacio Soto, Jugueterías Pehuén Ltda.", "- price agreed USD 2.10/pc for 1500 pcs"].join(
          "\n",
        ),
      ) ?? null,
    ).toBeNull();
  });
});
