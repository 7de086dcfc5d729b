/**
 * The item's name read before a model code: a quality tier alone names no product ("the basic WH-350"),
 * with a product noun it is part of the name; an instruction's verb or softener ("Kindly increase ...")
 * is no part of the name.
 */
import { describe, expect, it } from "vitest";
import { namedCodes } from "../../../src/core/extract/model-codes.ts";
import { termClause } from "../../helpers/term-clause.ts";

const names = (text: string) => namedCodes([termClause(text)]).map((item) => item.name);

const tiers = ["basic", "standard", "premium", "deluxe", "economy", "economic", "luxury", "upgraded"];
const moreTiers = ["regular", "normal", "cheap", "cheaper", "better", "best", "top"];

describe("a quality tier before a code", () => {
  it.each([...tiers, ...moreTiers])(
    "'%s' alone names no product, with a noun it is part of the name",
    (tier) => {
      expect(names(`the ${tier} WH-350 is $3.50`)).toEqual([]);
      expect(names(`${tier} wall hook WH-350 is $3.50`)).toEqual([`${tier} wall hook WH-350`]);
    },
  );
});

const verbs = ["kindly", "pls", "plz", "increase", "decrease", "reduce", "raise", "keep", "make", "take"];
const moreVerbs = ["remove", "cancel", "revise", "update", "send", "prefer", "choose"];

describe("an instruction before a code", () => {
  it.each([...verbs, ...moreVerbs])("'%s' is no part of the product's name", (verb) => {
    expect(names(`${verb} wall hook WH-350 to 500 pcs`)).toEqual(["wall hook WH-350"]);
  });
});
