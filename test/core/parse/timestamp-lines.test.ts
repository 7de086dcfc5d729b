/**
 * Pastes whose messages are headed by a timestamp on a line of its own, with the sender's name on the line
 * above or with no name at all: each timestamp starts a message that runs to the next, and with no names,
 * messages sent seconds apart are one person's.
 */
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

describe("a timestamp on a line of its own", () => {
  it("heads a message of several lines, the name above it its sender", () => {
    const parsed = parseTranscript(
      [
        "Javier Morales",
        "2026-12-14 08:12:33",
        "Hola, I am interested in your soft close hinge 35mm.",
        "Please send me the price list.",
        "Amber Liu",
        "2026-12-14 09:40:05",
        "Hello Javier, here is our price, FOB Shenzhen:",
        "Soft close hinge 35mm: USD 0.36/pc",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => [m.speaker, m.at?.slice(0, 19), m.parts.length])).toEqual([
      ["Javier Morales", "2026-12-14T08:12:33", 2],
      ["Amber Liu", "2026-12-14T09:40:05", 2],
    ]);
    expect(parsed.messages.map((m) => m.role)).toEqual(["buyer", "supplier"]);
  });

  it("with no names, messages seconds apart are one sender's", () => {
    const parsed = parseTranscript(
      [
        "2026-12-01 09:10:04",
        "Hello, we need LED taper candles, please quote FOB.",
        "2026-12-01 09:41:55",
        "hi",
        "2026-12-01 09:42:10",
        "Sunny. Ningbo Glowhaus Lighting Co., Ltd.",
        "2026-12-01 09:42:31",
        "taper 52/ctn 24pcs",
        "2026-12-01 10:05:17",
        "Thanks Sunny. We would take 40 cartons, target 45 per carton.",
      ].join("\n"),
    );
    expect(parsed.messages.map((m) => m.text.slice(0, 12))).toEqual([
      "Hello, we ne",
      "hi",
      "Sunny. Ningb",
      "taper 52/ctn",
      "Thanks Sunny",
    ]);
    expect(parsed.messages.map((m) => m.role)).toEqual([
      "buyer",
      "supplier",
      "supplier",
      "supplier",
      "buyer",
    ]);
  });

  it("a line of prose with a date in it heads nothing", () => {
    const parsed = parseTranscript(["we ship on 2026-12-01 10:00 at the latest", "ok thanks"].join("\n"));
    expect(parsed.messages).toHaveLength(2);
  });
});
