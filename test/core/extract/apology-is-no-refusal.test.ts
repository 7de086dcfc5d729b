/**
 * "Sorry dear my mistake. 12.90 for 1500pcs correct.": an apology for one's own mistake or delay turns nothing
 * down; the price said after it is taken.
 */
import { describe, expect, it } from "vitest";
import { isRefusal } from "../../../src/core/extract/cues.ts";

describe("an apology", () => {
  it.each([
    "Sorry dear my mistake.",
    "sorry for the late reply",
    "Sorry, our mistake",
    "Sorry for the confusion.",
  ])("%j turns nothing down", (text) => {
    expect(isRefusal(text)).toBe(false);
  });

  it.each(["Sorry, 1.60 is below our cost", "sorry dear, we cannot", "Sorry, no."])(
    "%j still refuses",
    (text) => {
      expect(isRefusal(text)).toBe(true);
    },
  );
});
