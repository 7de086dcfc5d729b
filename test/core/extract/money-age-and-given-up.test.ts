/**
 * Bare numbers that are no amount: an age grade or a least number said with a plus ("Age grading 8+ on box",
 * "for 3+ years") and a count given up for another ("we take 720 pcs instead of 600").
 */
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/core/extract/money.ts";

const values = (text: string) => findMoney(text).map((money) => money.value);

describe("numbers that are no amount", () => {
  it.each([
    "Age grading 8+ on box, warnings in polish and english.",
    "Suitable for 3+ years only.",
    "for excavator we take 720 pcs instead of 600, so is full 30 cartons",
  ])("%j holds no amount", (text) => {
    expect(values(text)).toEqual([]);
  });

  it.each([
    ["price 1.20+0.10 for logo", [1.2]],
    ["USD 8+ tax", [8]],
    ["we pay 6.90 instead of USD 7.20", [7.2, 6.9]],
  ])("%j keeps its amounts", (text, amounts) => {
    expect(values(text).sort()).toEqual([...amounts].sort());
  });
});
