/**
 * Rupiah, dong and other amounts in the millions written with a dot between every group of thousands
 * ("Rp 1.250.000", "2.400.000 VND"): read whole, never cut at the second dot.
 */
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/core/extract/money.ts";

const amounts = (text: string) => findMoney(text).map((m) => [m.value, m.currency]);

describe("thousands parted by dots more than once", () => {
  it.each([
    ["Ongkir ke Jakarta Rp 1.250.000", [[1250000, "IDR"]]],
    ["phí ship 2.400.000 VND", [[2400000, "VND"]]],
    ["IDR 15.750.000 total", [[15750000, "IDR"]]],
  ])("'%s' reads %j", (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it("a version or a date with short groups is no such amount", () => {
    expect(amounts("firmware 1.2.3, made 12.03.2026")).toEqual([]);
  });

  it("one dotted group keeps its reading by the currency", () => {
    expect(amounts("Rp 9.500/roll")).toEqual([[9500, "IDR"]]);
    expect(amounts("USD 1.250")).toEqual([[1.25, "USD"]]);
  });
});
