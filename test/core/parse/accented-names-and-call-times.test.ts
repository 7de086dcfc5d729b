/**
 * Speakers named with the letters of their own language ("Federico Álvarez:", "Paula Ríos:", "Zoë:") head their
 * messages as any name does, and a meeting transcript's time into the call ("00:02:50 Paula Ríos: ...") is no part
 * of who spoke.
 */
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const speakersOf = (lines: string[]) =>
  parseTranscript(lines.join("\n")).messages.map((message) => [message.speaker, message.text]);

describe("speakers named with accented letters", () => {
  it("head their messages", () => {
    expect(
      speakersOf([
        "Federico Álvarez: Hola Kelly, 1,200 sets queen?",
        "Kelly Xu: ok 13.50",
        "Federico Álvarez: Dale, cerramos",
        "Kelly Xu: thank you",
      ]),
    ).toEqual([
      ["Federico Álvarez", "Hola Kelly, 1,200 sets queen?"],
      ["Kelly Xu", "ok 13.50"],
      ["Federico Álvarez", "Dale, cerramos"],
      ["Kelly Xu", "thank you"],
    ]);
  });

  it("read a company with accented letters as the speaker", () => {
    const [first] = speakersOf([
      "Indústria Têxtil Ltda: price is USD 3.10",
      "Buyer: ok",
      "Indústria Têxtil Ltda: thanks",
    ]);
    expect(first).toEqual(["Indústria Têxtil Ltda", "price is USD 3.10"]);
  });
});

describe("a meeting transcript with each line's time into the call", () => {
  const call = [
    "Zoom - Transcripción de la reunión",
    "",
    "00:00:41 Federico Álvarez: Hola, hello Kelly, can you hear me?",
    "00:00:46 Kelly Xu: Yes, hello Federico.",
    "00:01:02 Federico Álvarez: So, the duvet cover set, queen size. 14.80 dollars per set?",
    "[00:01:20] Kelly Xu: Yes, 14.80 per set FOB Shanghai.",
  ];

  it("names each line's speaker, the time left out", () => {
    const messages = parseTranscript(call.join("\n")).messages.filter((message) => message.speaker);
    expect(messages.map((message) => message.speaker)).toEqual([
      "Federico Álvarez",
      "Kelly Xu",
      "Federico Álvarez",
      "Kelly Xu",
    ]);
    expect(messages[1]?.text).toBe("Yes, hello Federico.");
  });

  it("gives the two sides their roles", () => {
    const roles = parseTranscript(call.join("\n"))
      .messages.filter((message) => message.speaker)
      .map((message) => message.role);
    expect(roles).toEqual(["buyer", "supplier", "buyer", "supplier"]);
  });
});
