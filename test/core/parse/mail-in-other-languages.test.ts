/**
 * E-mail threads written by mail programs set to the buyer's language: "Em ter., 25 de ago. de 2026 às 10:14,
 * Coco Li <coco@...> escreveu:", "De: ... Para: ... Assunto:", newest first. Each reply is a message of its
 * author, in the order written; a quote forwarded from a third company's address is no word of either side.
 */
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/core/extract/money.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { isoFromText } from "../../../src/core/parse/timestamps.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const thread = [
  "From: Thiago Ribeiro <compras@garagempro.example>",
  "Date: Wed, 26 Aug 2026 18:40:12 -0300",
  "To: Coco Li <coco@tonglu-tools.example>",
  "Subject: RES: RES: Cotação TI-150",
  "",
  "Fechado! We confirm:",
  "TI-150 tyre inflator - 2000 pcs - 9.60 USD",
  "CV-120 car vacuum - 1000 pcs - 7.30 USD",
  "FOB Ningbo ok, our agent books the freight.",
  "",
  "Thiago Ribeiro",
  "+55 31 9 0000-0000",
  "",
  "Em ter., 25 de ago. de 2026 às 10:14, Coco Li <coco@tonglu-tools.example> escreveu:",
  "Best we can do: TI-150 9.60 USD for 2000 pcs, this is last price. CV-120 7.30 ok. Cannot 7.00.",
  "Coco Li",
  "Yongkang Tonglu Auto Tools Co., Ltd.",
  "",
  "Em seg., 24 de ago. de 2026 às 20:03, Thiago Ribeiro <compras@garagempro.example> escreveu:",
  "Coco, see offer below from another factory. TI-150 9.20 like them? Vacuum 7.00?",
  "",
  "---------- Forwarded message ---------",
  "De: Jack Wu <jack@airking.example>",
  "Date: sex., 21 de ago. de 2026 às 16:22",
  "Subject: Quotation tyre inflator AK-12",
  "",
  "Dear Thiago, Ningbo Airking Electric Co., Ltd. quote: AK-12 portable tyre inflator 12V, 8.90 USD/pc FOB Ningbo.",
  "",
  "Em sex., 21 de ago. de 2026 às 11:30, Coco Li <coco@tonglu-tools.example> escreveu:",
  "TI-150: 12V, 150 PSI, digital gauge, auto-stop, 3 m cable. 10.40 USD/pc, MOQ 1000.",
  "CV-120: 12V 120W, HEPA H11 filter, 5 m cable. 7.80 USD/pc, MOQ 500.",
];

describe("dates as mail programs write them in other languages", () => {
  it.each([
    ["ter., 25 de ago. de 2026 às 10:14, Coco Li", "2026-08-25T10:14"],
    ["El mar, 3 mar 2026 a las 10:14, Ana", "2026-03-03T10:14"],
    ["Le mar. 3 mars 2026 à 10:14, Paul", "2026-03-03T10:14"],
    ["Am Di., 3. März 2026 um 10:14", "2026-03-03T10:14"],
    ["Il giorno 12 giu 2026 alle ore 09:05", "2026-06-12T09:05"],
    ["Le 4 juil. 2026 à 08:00", "2026-07-04T08:00"],
    ["Op di 3 mrt. 2026 om 10:14", "2026-03-03T10:14"],
  ])("%s", (text, iso) => {
    expect(isoFromText(text)?.slice(0, 16)).toBe(iso);
  });

  it("a month's word no language has reads no date", () => {
    expect(isoFromText("3 xyz 2026")).toBeNull();
  });
});

describe("a thread written newest first in Portuguese", () => {
  const parsed = parseTranscript(thread.join("\n"));

  it("each reply is its author's message, oldest first", () => {
    expect(parsed.messages.map((message) => [message.speaker, message.at?.slice(0, 10)])).toEqual([
      ["Coco Li", "2026-08-21"],
      ["Thiago Ribeiro", "2026-08-24"],
      ["Coco Li", "2026-08-25"],
      ["Thiago Ribeiro", "2026-08-26"],
    ]);
  });

  it("the quote forwarded from a third company's address is left out", () => {
    expect(parsed.messages.some((message) => message.text.includes("Airking"))).toBe(false);
  });

  it("the order reads the two sides only, row by row, with no freight from a price line", () => {
    const draft = draftOf(thread);
    expect(draft.supplier).toBe("Yongkang Tonglu Auto Tools Co., Ltd.");
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([
      [2000, 9.6],
      [1000, 7.3],
    ]);
    expect(draft.shipping.fee).toBeNull();
  });

  it("a message forwarded from one of the two sides' addresses is kept", () => {
    const own = thread.map((line) => line.replace("jack@airking.example", "jack@tonglu-tools.example"));
    expect(parseTranscript(own.join("\n")).messages.some((message) => message.text.includes("Airking"))).toBe(
      true,
    );
  });
});

describe("headers and attributions in the mail programs' languages", () => {
  it.each([
    ["escribió:", "El mar, 3 mar 2026 a las 10:14, Ana Ruiz <ana@mesa.example> escribió:"],
    ["a écrit :", "Le mar. 3 mars 2026 à 10:14, Ana Ruiz <ana@mesa.example> a écrit :"],
    ["ha scritto:", "Il giorno mar 3 mar 2026 alle ore 10:14 Ana Ruiz <ana@mesa.example> ha scritto:"],
    ["schreef:", "Op di 3 mrt. 2026 om 10:14 schreef Ana Ruiz <ana@mesa.example>:"],
  ])("a reply attributed with %s is its author's", (_, attribution) => {
    const parsed = parseTranscript(
      [
        "From: Li Wei <li@factory.example>",
        "Subject: quote",
        "",
        "ok 2.10 USD/pc for 500 pcs",
        "",
        attribution,
        "can you do 2.00 for 500 pcs?",
      ].join("\n"),
    );
    expect(parsed.messages.map((message) => message.speaker)).toContain("Li Wei");
    expect(parsed.messages.length).toBe(2);
  });
});

describe("a signature's telephone number", () => {
  it.each(["+55 31 9 0000-0000", "+44 (0)20 7946 0000", "+86 138 2567 0000", "+8613825670000"])(
    "%s holds no amount",
    (phone) => {
      expect(findMoney(phone)).toEqual([]);
    },
  );

  it.each([
    ["price +0.60 USD", 0.6],
    ["+10 500 pcs at 2.10 USD", 2.1],
  ])("%s keeps its amount", (text, value) => {
    expect(findMoney(text).map((money) => money.value)).toContain(value);
  });
});
