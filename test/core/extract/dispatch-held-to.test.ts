/**
 * A ship time one side holds to after the other named another ("45 days or we miss the season", "Aug 20 is a
 * must") is a dispute, not the other side's term standing alone: the draft leaves the time open (keeping the
 * event both count from), and the conflict names both values.
 */
import { describe, expect, it } from "vitest";
import { isAcceptance } from "../../../src/core/extract/cues.ts";
import { extractWithConflicts } from "../../../src/core/extract/extract-draft.ts";
import { dispatchRule } from "../../../src/core/extract/rules/dispatch.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { emptyDraft } from "../../../src/core/schemas.ts";

const now = new Date("2026-03-02T12:00:00Z");
const read = (lines: readonly string[]) => extractWithConflicts(parseTranscript(lines.join("\n")), { now });
const dispatchConflict = (lines: readonly string[]) =>
  read(lines).conflicts.find((conflict) => conflict.field === "dispatch");

const kayaks = (buyerLast: string, supplierLast = "I understand, we try our best.") => [
  "Buyer: We want 400 sit-on-top kayaks at USD 139, 30% deposit, balance before shipment.",
  "Supplier: OK USD 139 confirmed.",
  "Buyer: The kayaks must ship 35 days after deposit, the summer season starts early.",
  "Supplier: 35 days is not possible, our moulds are busy. 50 days after deposit.",
  `Buyer: ${buyerLast}`,
  `Supplier: ${supplierLast}`,
];

describe("a dispatch time held to by the side that named it", () => {
  it("a bare day count said again after the other side's counter is a conflict, the basis kept", () => {
    const { draft } = read(kayaks("35 days or we lose the season."));
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: null, date: null });
    expect(
      dispatchConflict(kayaks("35 days or we lose the season."))
        ?.values.map((v) => v.value)
        .sort(),
    ).toEqual(["35 days", "50 days"]);
  });

  it("is no conflict once the side holding to it comes round", () => {
    const lines = [...kayaks("35 days or we lose the season."), "Buyer: ok, 50 days then, go ahead."];
    expect(read(lines).draft.dispatch).toEqual({ basis: "after_deposit", days: 50, date: null });
    expect(dispatchConflict(lines)).toBeUndefined();
  });

  it("a number the side never named for the ship time is not held to", () => {
    // 30 is nobody's ship time: the supplier's 50 days stands.
    const { draft } = read(kayaks("Fine, and we need 30 pcs in yellow."));
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 50, date: null });
  });

  it("a date said again after the other side's later date leaves the date open", () => {
    const lines = [
      "Buyer: 2,000 beach towels at USD 3.10, FOB Ningbo. We need them shipped by April 10 for the Easter sale.",
      "Supplier: Sorry, production is full. Earliest ship date is April 28.",
      "Buyer: April 28 is too late for us. April 10 is a must.",
      "Supplier: I understand, but April 28 is the safe date.",
      "Buyer: Please check again, we can't place the order with April 28.",
    ];
    const { draft } = read(lines);
    expect(draft.dispatch.date).toBeNull();
    expect(
      dispatchConflict(lines)
        ?.values.map((v) => v.value)
        .sort(),
    ).toEqual(["2026-04-10", "2026-04-28"]);
  });

  it("a side saying its own time again before any counter changes nothing", () => {
    const lines = [
      "Supplier: Lead time 25 days after deposit for the 600 pizza stones.",
      "Supplier: 25 days is fast for this size, other factories need 40.",
      "Buyer: ok good.",
    ];
    expect(read(lines).draft.dispatch).toEqual({ basis: "after_deposit", days: 25, date: null });
  });

  it("a message header's date and clock time is not a ship date", () => {
    const lines = [
      "2026-02-27 10:02:11 Lily (Zibo Stone Co., Ltd.):",
      "Pizza stone 38 cm USD 6.15/pc, production 20 days after deposit.",
      "2026-02-27 10:05:40 Tom Baker:",
      "OK, 600 pcs. Production time and payment?",
      "2026-02-27 10:09:02 Lily (Zibo Stone Co., Ltd.):",
      "20 days after deposit, 30% deposit.",
      "2026-02-27 10:12:30 Tom Baker:",
      "ok",
    ];
    expect(read(lines).draft.dispatch).toEqual({ basis: "after_deposit", days: 20, date: null });
  });
});

describe("accepting words turned round by a negation", () => {
  it.each([
    "Please check, we can't place the order with Sept 5.",
    "We cannot accept 60 days.",
    "We won't go ahead with this date.",
    "I don't agree to 50%.",
  ])("%s accepts nothing", (text) => expect(isAcceptance(text)).toBe(false));

  it.each(["We agree, please send the PI.", "Ok, we place the order.", "Confirmed, go ahead."])(
    "%s accepts",
    (text) => expect(isAcceptance(text)).toBe(true),
  );

  it("an ok that promises a reply later accepts nothing", () =>
    expect(isAcceptance("Ok I will reply you tomorrow.")).toBe(false));
});

describe("the earliest date a supplier can ship", () => {
  it("is a ship date it states", () => {
    const lines = [
      "Buyer: 700 hooded litter boxes at EUR 7.90, FOB Penang.",
      "Supplier: ok 7.90. Earliest 8 Jan, moulds are in maintenance in December.",
      "Buyer: fine, go ahead.",
    ];
    expect(read(lines).draft.dispatch).toEqual({ basis: "fixed_date", days: null, date: "2027-01-08" });
  });

  it("'at your earliest convenience' dates nothing", () => {
    const lines = ["Buyer: 700 litter boxes at EUR 7.90, please send the PI at your earliest convenience."];
    expect(read(lines).draft.dispatch.date).toBeNull();
  });

  it("a sentence naming both dates holds to the one its side stated", () => {
    const lines = [
      "Buyer: 700 hooded litter boxes at EUR 7.90. We need them shipped by 15 Dec.",
      "Supplier: ok 7.90. Earliest 8 Jan, moulds are in maintenance in December.",
      "Buyer: 8 Jan is too late, we need 15 Dec.",
      "Supplier: I will check with the factory.",
    ];
    expect(read(lines).draft.dispatch.date).toBeNull();
    expect(
      dispatchConflict(lines)
        ?.values.map((v) => v.value)
        .sort(),
    ).toEqual(["2026-12-15", "2027-01-08"]);
  });
});

describe("the part two disputed ship times share", () => {
  const evidence = { field: "dispatch", line: 3, quote: "60 days after deposit", source: "rules" as const };
  const share = (
    one: {
      basis: "after_deposit" | "after_order" | "fixed_date" | null;
      days: number | null;
      date: string | null;
    },
    other: typeof one,
    deposits = 1,
  ) => {
    const draft = emptyDraft();
    const found = dispatchRule.applyShared!([one, other], {
      draft,
      mentions: [],
      statedCount: () => deposits,
      evidence,
    });
    return { dispatch: draft.dispatch, fields: found.map((e) => e.field) };
  };

  it.each([
    [
      { basis: "after_deposit", days: 45, date: null },
      { basis: "after_deposit", days: 60, date: null },
      1,
      "after_deposit",
    ],
    [
      { basis: null, days: 45, date: null },
      { basis: "after_deposit", days: 60, date: null },
      1,
      "after_deposit",
    ],
    [{ basis: null, days: 45, date: null }, { basis: "after_order", days: 60, date: null }, 0, "after_order"],
  ] as const)("%j and %j count from the same event", (one, other, deposits, basis) =>
    expect(share(one, other, deposits)).toEqual({
      dispatch: { basis, days: null, date: null },
      fields: ["dispatch.basis"],
    }),
  );

  it.each([
    [
      { basis: "fixed_date", days: null, date: "2026-08-20" },
      { basis: "fixed_date", days: null, date: "2026-09-05" },
    ],
    [
      { basis: "after_order", days: 30, date: null },
      { basis: "after_deposit", days: 30, date: null },
    ],
    [
      { basis: null, days: 45, date: null },
      { basis: "after_order", days: 60, date: null },
    ],
  ] as const)("%j and %j share nothing", (one, other) =>
    expect(share(one, other)).toEqual({ dispatch: emptyDraft().dispatch, fields: [] }),
  );
});
