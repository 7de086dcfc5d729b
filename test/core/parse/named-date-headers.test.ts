/**
 * Messengers and the Alibaba app head a message with the name and the date written out, set apart by a dot
 * or a bar (`Nasrin Akter · Mar 1, 2027 4:12 PM`); the name may itself hold a dot before the company.
 */
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
