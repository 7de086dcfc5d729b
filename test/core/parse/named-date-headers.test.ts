/**
 * Messengers and the Alibaba app head a message with the name and the date written out, set apart by a dot
 * or a bar (`Nasrin Akter · Mar 1, 2027 4:12 PM`); the name may itself hold a dot before the company.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

describe("a header of a name and a written-out date", () => {
  it("starts a message, its lines after it", () => {
    const parsed = parseTranscript(
      [
        "Nasrin Akter · Mar 1, 2027 4:12 PM",
        "Dear Ryan, our price list for jute bags:",
        "Small USD 0.52 / Large USD 0.72",
        "Ryan Brooks · Mar 2, 2027 7:48 PM",
        "Thanks Nasrin. 4,000 small at 0.48?",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => [m.speaker, m.at?.slice(0, 16), m.parts.length])).toEqual([
      ["Nasrin Akter", "2027-03-01T16:12", 2],
      ["Ryan Brooks", "2027-03-02T19:48", 1],
    ]);
  });

  it("the last dot or bar parts the name from the date", () => {
    const parsed = parseTranscript(
      [
        "Grace Liu · Fujian Zhuyun Bamboo Products Co., Ltd. | Oct 5, 2026 09:12",
        "Hi Chris, bamboo cutlery set USD 2.35 per set.",
        "You | Oct 5, 2026 10:02",
        "Can you do 1.95?",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => m.speaker)).toEqual([
      "Grace Liu · Fujian Zhuyun Bamboo Products Co., Ltd.",
      "You",
    ]);
    expect(parsed.messages.map((m) => m.role)).toEqual(["supplier", "buyer"]);
  });

  it("a sentence with a dot and a time in it is no header", () => {
    const parsed = parseTranscript(
      ["Supplier: price USD 2.35 · we can talk Mar 3 at 10:00", "Buyer: ok, 10:00 works"].join("\n"),
    );
    expect(parsed.messages.map((m) => m.speaker)).toEqual(["Supplier", "Buyer"]);
  });
});

describe("headers of other tools", () => {
  it("Teams and Outlook: the name, the day first, a 12-hour clock", () => {
    const parsed = parseTranscript(
      [
        "Liam O'Connor 18/01/2027 2:02 PM",
        "Hi Aisyah, we want 40 rolls of frosted film.",
        "Aisyah Rahman 18/01/2027 2:20 PM",
        "Hi Liam! Frosted USD 57.95/roll.",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => [m.speaker, m.at?.slice(0, 16)])).toEqual([
      ["Liam O'Connor", "2027-01-18T14:02"],
      ["Aisyah Rahman", "2027-01-18T14:20"],
    ]);
  });

  it("Telegram Desktop: the name, a comma and the day-first date in brackets on a line of its own", () => {
    const parsed = parseTranscript(
      [
        "Tom Fletcher, [12.01.2027 09:05]",
        "Hi Grace, 15 inch pizza stones please.",
        "Grace Liu, [12.01.2027 10:22]",
        "Hello Tom, here is the quote:",
        "1) pizza stone, 500 pcs - total USD 3,350.00",
        "Tom Fletcher, [3.02.27 4:40 PM]",
        "Thanks.",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => [m.speaker, m.at?.slice(0, 16), m.parts.length])).toEqual([
      ["Tom Fletcher", "2027-01-12T09:05", 1],
      ["Grace Liu", "2027-01-12T10:22", 2],
      ["Tom Fletcher", "2027-02-03T16:40", 1],
    ]);
    expect(parsed.messages.map((m) => m.role)).toEqual(["buyer", "supplier", "buyer"]);
  });

  it("Discord: the user name, an em dash and the date month first, or a day said in words", () => {
    const parsed = parseTranscript(
      [
        "velowerks_mike — 03/09/2027 8:52 PM",
        "hey Amy, the final parts list:",
        "1) brake cable housing 5mm",
        "amy_rongda — Yesterday at 2:15 AM",
        "Mike that is too low 😭 0.40 / 1.18 / 3.45 is really bottom price",
        "velowerks_mike — Today at 8:15 AM",
        "order placed + paid",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => [m.speaker, m.at?.slice(0, 16) ?? null, m.parts.length])).toEqual([
      ["velowerks_mike", "2027-03-09T20:52", 2],
      ["amy_rongda", null, 1],
      ["velowerks_mike", null, 1],
    ]);
  });

  it("a sentence with an em dash before a time is still a message", () => {
    const parsed = parseTranscript(
      ["Buyer: we can talk then — Today at 10:30 AM", "Supplier: ok, 10:30 works"].join("\n"),
    );
    expect(parsed.messages.map((m) => m.speaker)).toEqual(["Buyer", "Supplier"]);
  });

  it("a chat exported as CSV rows: time, sender and the text, quoted or not", () => {
    const parsed = parseTranscript(
      [
        "time,sender,text",
        '2027-01-05 10:02,Liam Carter,"Hi, price for 2000 + 1000 pcs?"',
        '2027-01-05 10:11,Coco (Jiaxin Auto),"JX-M8 12.5 RMB/pc, ""best"" price, EXW Shenzhen"',
        "2027-01-05 10:20,Liam Carter,Can you do 11 RMB?",
      ].join("\n"),
    );
    expect(parsed.messages.slice(1).map((m) => [m.speaker, m.at?.slice(0, 16), m.text])).toEqual([
      ["Liam Carter", "2027-01-05T10:02", "Hi, price for 2000 + 1000 pcs?"],
      ["Coco (Jiaxin Auto)", "2027-01-05T10:11", 'JX-M8 12.5 RMB/pc, "best" price, EXW Shenzhen'],
      ["Liam Carter", "2027-01-05T10:20", "Can you do 11 RMB?"],
    ]);
  });

  it("a message that ends in a bracketed date is still a message", () => {
    const parsed = parseTranscript(
      ["Supplier: we ship on the date we agreed, [12.01.2027 09:05]", "Buyer: ok"].join("\n"),
    );
    expect(parsed.messages.map((m) => m.speaker)).toEqual(["Supplier", "Buyer"]);
  });

  it("a call transcript's speakers, the time into the call no timestamp", () => {
    const parsed = parseTranscript(
      [
        "Speaker 1  0:04",
        "Hi Kevin, can you hear me? It's Megan.",
        "Speaker 2  0:08",
        "Yes, hello Megan. WP-1 is $112 per unit.",
        "Speaker 1  0:15",
        "We'd take 100 units at 108.",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => [m.speaker, m.at])).toEqual([
      ["Speaker 1", null],
      ["Speaker 2", null],
      ["Speaker 1", null],
    ]);
    expect(parsed.messages.map((m) => m.role)).toEqual(["buyer", "supplier", "buyer"]);
  });

  it("a name, the day and month and the time before the message on one line", () => {
    const parsed = parseTranscript(
      [
        "Jerry 22/09 10:14  Kasia, jumbo bags 1500 pcs, total USD 1,830.",
        "Kasia 22/09 10:38  Hmm ok. 1500 jumbo for USD 1,830 total.",
        "Jerry 23/09 09:15  Thank you Kasia, I make the order now.",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => [m.speaker, m.text.slice(0, 12)])).toEqual([
      ["Jerry", "Kasia, jumbo"],
      ["Kasia", "Hmm ok. 1500"],
      ["Jerry", "Thank you Ka"],
    ]);
  });
});

describe("a sender label with a Chinese name before the company", () => {
  it("heads the supplier's messages as the Latin-only label heads the buyer's", () => {
    const parsed = parseTranscript(
      [
        "陈静 Chen Jing | Xiamen Bluecrest Outdoor Products Co., Ltd.  2026-09-14 09:13:40",
        "AL-230 aluminium touring paddle 230 cm: USD 11.80/pc, MOQ 300 pcs",
        "Lukas Brandt | Rheinwelle Paddelsport GmbH  2026-09-14 10:03:51",
        "Thanks Chen. AL-230 we need 400 pcs, can you do 10.50?",
        "陈静 Chen Jing | Xiamen Bluecrest Outdoor Products Co., Ltd.  2026-09-14 10:31:17",
        "11.20 is our best.",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => m.role)).toEqual(["supplier", "buyer", "supplier"]);
    expect(parsed.messages[0]!.speaker).toBe("陈静 Chen Jing | Xiamen Bluecrest Outdoor Products Co., Ltd.");
  });
});

describe("a Telegram header whose sender gives the company after a bar", () => {
  it("reads the person and the company as the sender", () => {
    const parsed = parseTranscript(
      [
        "Rico Dela Cruz, [14.10.26 09:48]",
        "Hi Amy, we go with the 128mm handle, 4000 pcs",
        "Amy Xu | Foshan Dingsheng Hardware, [14.10.26 10:02]",
        "Good morning Rico! Handle 0.72 USD",
        "Rico Dela Cruz, [14.10.26 10:06]",
        "ok",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => [m.speaker, m.text])).toEqual([
      ["Rico Dela Cruz", "Hi Amy, we go with the 128mm handle, 4000 pcs"],
      ["Amy Xu | Foshan Dingsheng Hardware", "Good morning Rico! Handle 0.72 USD"],
      ["Rico Dela Cruz", "ok"],
    ]);
  });
});

describe("a header whose written-out date is set apart by two spaces", () => {
  const chat = (supplier: string) =>
    [
      "Yousef Al-Enezi  Mar 1, 2027 10:15",
      "Hello, we are a coffee roastery in Kuwait. Price for 400 pcs?",
      `${supplier}  Mar 1, 2027 11:02`,
      "Model TK-22, solid brass body. For 400 pcs price is USD 14.50/pc.",
      "Yousef Al-Enezi  Mar 1, 2027 11:20",
      "Can you do 13.50?",
    ].join("\n");

  it.each([
    "Selin Karaca - Anadolu Bakır El Sanatları Ltd. Şti.",
    "Selin Karaca",
    "Çağlar Öztürk - Ege Seramik A.Ş.",
  ])("starts a message for '%s', each with its sender and time", (supplier) => {
    const messages = parseTranscript(chat(supplier)).messages;
    expect(messages.map((m) => [m.speaker, m.role])).toEqual([
      ["Yousef Al-Enezi", "buyer"],
      [supplier, "supplier"],
      ["Yousef Al-Enezi", "buyer"],
    ]);
    expect(messages[1]!.at).toBe("2027-03-01T11:02:00Z");
  });

  it("a Gmail print's sender with an address is no such header", () => {
    // (blind14's Gmail print: "Lucy Chen <lucy@...>    Mon, Mar 2, 2026 at 3:12 PM" above each mail.)
    const text = readFileSync(
      new URL("../../fixtures/transcripts/blind14/b14b_08_email_cotton_canvas.txt", import.meta.url),
      "utf8",
    );
    const messages = parseTranscript(text).messages;
    expect(messages.some((m) => /[<@]/.test(m.speaker ?? ""))).toBe(false);
    expect(new Set(messages.map((m) => m.role))).toEqual(new Set(["supplier", "buyer"]));
  });
});

describe("a transcribed voice note's header: an icon, the name, the date and the note's length", () => {
  const notes = [
    "🎤 Emre Kaya · 11 Jan 2027, 15:42 · 1:34",
    '"Hello Jake, for four hundred sets the total is twenty four thousand US dollars, FOB Gemlik."',
    "🎤 Jake Morrison · 11 Jan 2027, 16:10 · 0:58",
    '"Can you do 21,000 for the 400 sets?"',
  ].join("\n");

  it("starts a message dated as it says, the icon and the length left out of the name", () => {
    const parsed = parseTranscript(notes);
    expect(parsed.messages.map((m) => [m.speaker, m.at?.slice(0, 16)])).toEqual([
      ["Emre Kaya", "2027-01-11T15:42"],
      ["Jake Morrison", "2027-01-11T16:10"],
    ]);
    expect(parsed.messages.map((m) => m.role)).toEqual(["supplier", "buyer"]);
  });
});
