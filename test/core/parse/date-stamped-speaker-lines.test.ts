/**
 * A chat copied with each line's date and time before the speaker ("Aug 10, 2026 3:40 PM  Hamdan Saeed: ...",
 * "2026-08-10 15:40 Amy Luo: ..."): each line is a message of its speaker, dated by its stamp.
 */
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const said = (lines: string[]) =>
  parseTranscript(lines.join("\n")).messages.map((m) => [m.speaker, m.at, m.text]);

describe("speaker lines with a date stamp before them", () => {
  it.each([
    [
      "Aug 10, 2026 3:40 PM  Hamdan Saeed: Dear Amy, order received.",
      "Aug 10, 2026 3:55 PM  Amy Luo: Sorry dear my mistake. 12.90 for 1500pcs correct.",
      "2026-08-10T15:40:00Z",
      "2026-08-10T15:55:00Z",
    ],
    [
      "2026-08-10 15:40 Hamdan Saeed: Dear Amy, order received.",
      "2026-08-10 15:55 Amy Luo: Sorry dear my mistake. 12.90 for 1500pcs correct.",
      "2026-08-10T15:40:00Z",
      "2026-08-10T15:55:00Z",
    ],
  ])("reads %j as its speaker's message", (first, second, firstAt, secondAt) => {
    expect(
      said([first, second, first.replace("order received", "ok"), second.replace("correct", "ok")]).slice(
        0,
        2,
      ),
    ).toEqual([
      ["Hamdan Saeed", firstAt, "Dear Amy, order received."],
      ["Amy Luo", secondAt, "Sorry dear my mistake. 12.90 for 1500pcs correct."],
    ]);
  });
});
