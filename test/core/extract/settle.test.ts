import { describe, expect, it } from "vitest";
import type { Clause } from "../../../src/core/extract/clauses.ts";
import { type Mention, settle } from "../../../src/core/extract/settle.ts";
import type { Role } from "../../../src/core/schemas.ts";
import { termClause } from "../../helpers/term-clause.ts";

/** A chat as (role, text) messages; each message is one clause on its own line. */
function chat(...lines: Array<[Role, string]>) {
  const messages = lines.map(([role, text]) => ({ role, text }));
  const clause = (index: number): Clause => {
    const [role, text] = lines[index]!;
    return { ...termClause(text, role), message: index, line: index + 1, question: false };
  };
  /** The price stated in message `index` (the first number in it). */
  const price = (index: number): Mention<number> => {
    const text = lines[index]![1];
    const match = /\d+(?:\.\d+)?/.exec(text)!;
    return {
      value: Number(match[0]),
      clause: clause(index),
      start: match.index,
      end: match.index + match[0].length,
    };
  };
  return { messages, price };
}

const priceOf = (result: ReturnType<typeof settle<number>>) => ({
  value: result.value,
  conflict: result.conflict?.map((side) => [side.role, side.value]) ?? null,
});

describe("settle: the last statement stands unless the other side never came round", () => {
  it("settles nothing from no mention", () => {
    expect(settle("items[0].unitPrice", [], [])).toEqual({ value: null, evidence: [], conflict: null });
  });

  it("takes a single statement, citing its line", () => {
    const { messages, price } = chat(["supplier", "Price is 2.30 USD per piece"]);
    expect(settle("items[0].unitPrice", [price(0)], messages)).toEqual({
      value: 2.3,
      evidence: [
        { field: "items[0].unitPrice", line: 1, quote: "Price is 2.30 USD per piece", source: "rules" },
      ],
      conflict: null,
    });
  });

  it("takes a side's own revision", () => {
    const { messages, price } = chat(["supplier", "2.30 per piece"], ["supplier", "sorry, 2.20 per piece"]);
    expect(priceOf(settle("p", [price(0), price(1)], messages))).toEqual({ value: 2.2, conflict: null });
  });

  it("takes the supplier's price when the buyer's counter came before the supplier first said it", () => {
    const { messages, price } = chat(["buyer", "can you do 2.10?"], ["supplier", "best 2.30"]);
    expect(priceOf(settle("p", [price(0), price(1)], messages))).toEqual({ value: 2.3, conflict: null });
  });

  const haggle: Array<[Role, string]> = [
    ["supplier", "2.30 per piece"],
    ["buyer", "2.10 is our budget"],
    ["supplier", "2.30 is final"],
  ];

  it("reports a conflict, latest counter first, when the other side never accepted", () => {
    const { messages, price } = chat(...haggle);
    const result = settle("p", [price(0), price(1), price(2)], messages);
    expect(result.value).toBeNull();
    expect(result.evidence).toEqual([]);
    expect(result.conflict).toEqual([
      { value: 2.1, clause: price(1).clause, quote: "2.10 is our budget", role: "buyer" },
      { value: 2.3, clause: price(2).clause, quote: "2.30 is final", role: "supplier" },
    ]);
  });

  it("settles once the other side accepts after the last statement", () => {
    const { messages, price } = chat(...haggle, ["buyer", "ok deal"]);
    expect(priceOf(settle("p", [price(0), price(1), price(2)], messages))).toEqual({
      value: 2.3,
      conflict: null,
    });
  });

  it("counts an acceptance only from the side that disagreed", () => {
    const { messages, price } = chat(...haggle, ["supplier", "ok deal"]);
    expect(priceOf(settle("p", [price(0), price(1), price(2)], messages))).toEqual({
      value: null,
      conflict: [
        ["buyer", 2.1],
        ["supplier", 2.3],
      ],
    });
  });

  it("counts an acceptance only after the last statement", () => {
    const { messages, price } = chat(haggle[0]!, haggle[1]!, ["buyer", "ok"], haggle[2]!);
    expect(priceOf(settle("p", [price(0), price(1), price(3)], messages)).value).toBeNull();
  });

  it("counts an acceptance only when the message accepts", () => {
    const { messages, price } = chat(...haggle, ["buyer", "let me check with my boss"]);
    expect(priceOf(settle("p", [price(0), price(1), price(2)], messages)).value).toBeNull();
  });

  it("does not hold a speaker of unknown side against either", () => {
    const { messages, price } = chat(
      ["supplier", "2.30 per piece"],
      ["unknown", "2.10?"],
      ["supplier", "2.30 final"],
    );
    expect(priceOf(settle("p", [price(0), price(1), price(2)], messages))).toEqual({
      value: 2.3,
      conflict: null,
    });
  });

  it("takes the buyer's own revision too", () => {
    const { messages, price } = chat(["buyer", "target 2.10"], ["buyer", "sorry, 2.20 is our target"]);
    expect(priceOf(settle("p", [price(0), price(1)], messages))).toEqual({ value: 2.2, conflict: null });
  });

  it("holds the buyer's last word against a supplier who never came round, and settles once they do", () => {
    const buyerLast: Array<[Role, string]> = [
      ["buyer", "2.10 is our budget"],
      ["supplier", "2.30 per piece"],
      ["buyer", "2.10 or we walk"],
    ];
    const { messages, price } = chat(...buyerLast);
    expect(priceOf(settle("p", [price(0), price(1), price(2)], messages))).toEqual({
      value: null,
      conflict: [
        ["supplier", 2.3],
        ["buyer", 2.1],
      ],
    });
    const accepted = chat(...buyerLast, ["supplier", "ok deal"]);
    expect(
      priceOf(settle("p", [accepted.price(0), accepted.price(1), accepted.price(2)], accepted.messages)),
    ).toEqual({ value: 2.1, conflict: null });
  });

  it("does not hold a counter made before the final price was first put, whatever the opening price", () => {
    const { messages, price } = chat(
      ["supplier", "2.50 per piece"],
      ["buyer", "2.10 is our budget"],
      ["supplier", "2.30 is our best"],
    );
    expect(priceOf(settle("p", [price(0), price(1), price(2)], messages))).toEqual({
      value: 2.3,
      conflict: null,
    });
  });

  it("settles when the supplier comes round to the buyer's first ask, despite the buyer's later counter", () => {
    const { messages, price } = chat(
      ["buyer", "can you do 2.30?"],
      ["supplier", "2.60 is the price"],
      ["buyer", "2.40 then"],
      ["supplier", "ok 2.30 final"],
    );
    expect(priceOf(settle("p", [price(0), price(1), price(2), price(3)], messages))).toEqual({
      value: 2.3,
      conflict: null,
    });
  });

  it.each([
    ["unknown", "buyer"],
    ["buyer", "unknown"],
    ["unknown", "supplier"],
  ] as const)("holds no %s speaker's last word against a %s, nor the other way", (last, other) => {
    const { messages, price } = chat([last, "2.20 per piece"], [other, "2.10 then"], [last, "2.20 it is"]);
    expect(priceOf(settle("p", [price(0), price(1), price(2)], messages))).toEqual({
      value: 2.2,
      conflict: null,
    });
  });

  it("compares values by the key it is given", () => {
    const { messages } = chat(
      ["supplier", "FOB Ningbo"],
      ["buyer", "fob ningbo then"],
      ["supplier", "FOB Ningbo"],
    );
    const place = (index: number, value: string): Mention<string> => {
      const { role, text } = messages[index]!;
      const clause = { ...termClause(text, role), message: index, line: index + 1, question: false };
      return { value, clause, start: 0, end: value.length };
    };
    const mentions = [place(0, "FOB Ningbo"), place(1, "fob ningbo"), place(2, "FOB Ningbo")];
    expect(settle("shipping.place", mentions, messages).conflict).not.toBeNull();
    const caseBlind = settle("shipping.place", mentions, messages, (value) => value.toLowerCase());
    expect(caseBlind).toMatchObject({ value: "FOB Ningbo", conflict: null });
  });
});

describe("settle: the other side's last word", () => {
  it("agrees when it states the value last, whatever it said before it", () => {
    const { messages, price } = chat(
      ["buyer", "5 days after the balance"],
      ["supplier", "mats need 21 days"],
      ["supplier", "then it all leaves within 5 days"],
      ["buyer", "fair enough, 5 days after the balance"],
    );
    expect(priceOf(settle("dispatch", [price(0), price(1), price(2), price(3)], messages))).toEqual({
      value: 5,
      conflict: null,
    });
  });

  it("still disputes when its last word differs", () => {
    const { messages, price } = chat(
      ["buyer", "5 days after the balance"],
      ["supplier", "then it all leaves within 5 days"],
      ["supplier", "sorry, 21 days"],
      ["buyer", "no, 5 days after the balance"],
    );
    expect(priceOf(settle("dispatch", [price(0), price(1), price(2), price(3)], messages))).toEqual({
      value: null,
      conflict: [
        ["supplier", 21],
        ["buyer", 5],
      ],
    });
  });
});
