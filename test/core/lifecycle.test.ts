import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isCalendarDate } from "../../src/core/dates.ts";
import {
  formatOrderRef,
  impliedSteps,
  lifecycleDatesOf,
  nextState,
  parseOrderRef,
  shipDateOf,
} from "../../src/core/lifecycle.ts";
import { orderTotalOf } from "../../src/core/money.ts";
import {
  type DraftOrder,
  emptyDraft,
  type LifecycleDates,
  LifecycleEventKind,
  type OrderState,
  OrderState as OrderStateSchema,
} from "../../src/core/schemas.ts";

function terms(
  payment: Partial<DraftOrder["payment"]>,
  dispatch: Partial<DraftOrder["dispatch"]> = {},
): DraftOrder {
  const draft = emptyDraft();
  return {
    ...draft,
    payment: { ...draft.payment, ...payment },
    dispatch: { ...draft.dispatch, ...dispatch },
  };
}

const standard = terms({ depositPercent: 30, balance: "before_shipment", method: "bank_transfer" });
const againstBl = terms({ depositPercent: 30, balance: "after_shipment", method: "bank_transfer" });
const fullUpFront = terms({ depositPercent: 100, balance: null, method: "card" });
const payLater = terms({ depositPercent: null, balance: null, method: "pay_later" });

/** Walks a sequence of steps from draft; returns the final state or the first refusal. */
function walk(draft: DraftOrder, kinds: LifecycleEventKind[]): { state: OrderState } | { refused: string } {
  let state: OrderState = "draft";
  const events: Array<{ kind: string; occurredOn: string }> = [];
  for (const kind of kinds) {
    const result = nextState({ state, kind, draft, dates: lifecycleDatesOf(events) });
    if (!result.ok) return { refused: `${kind}: ${result.reason}` };
    state = result.state;
    events.push({ kind, occurredOn: "2026-01-01" });
  }
  return { state };
}

describe("nextState: real payment flows", () => {
  it("walks the common 30/70 before-shipment order to completed", () => {
    expect(
      walk(standard, ["confirmed", "deposit_paid", "balance_paid", "shipped", "received", "completed"]),
    ).toEqual({ state: "completed" });
  });

  it("lets 100% in advance ship straight after the deposit, and refuses a balance on top of it", () => {
    expect(walk(fullUpFront, ["confirmed", "deposit_paid", "shipped", "received"])).toEqual({
      state: "received",
    });
    const result = walk(fullUpFront, ["confirmed", "deposit_paid", "balance_paid"]);
    expect(result).toMatchObject({ refused: expect.stringContaining("100%") });
  });

  it("accepts the whole amount recorded as the balance right after confirmation", () => {
    expect(walk(standard, ["confirmed", "balance_paid", "shipped"])).toEqual({ state: "shipped" });
  });

  it("ships before the balance when it is paid against the B/L copy, and keeps the state when it is paid", () => {
    expect(walk(againstBl, ["confirmed", "deposit_paid", "shipped", "balance_paid"])).toEqual({
      state: "shipped",
    });
    expect(
      walk(againstBl, ["confirmed", "deposit_paid", "shipped", "received", "balance_paid", "completed"]),
    ).toEqual({ state: "completed" });
  });

  it("still wants the deposit before a B/L-balance order ships", () => {
    expect(walk(againstBl, ["confirmed", "shipped"])).toMatchObject({
      refused: expect.stringContaining("deposit"),
    });
  });

  it("lets a Pay Later order ship with nothing paid yet", () => {
    expect(walk(payLater, ["confirmed", "shipped", "received", "balance_paid", "completed"])).toEqual({
      state: "completed",
    });
  });

  it("records the balance on delivery after receipt", () => {
    const onDelivery = terms({ depositPercent: 50, balance: "on_delivery" });
    expect(walk(onDelivery, ["confirmed", "deposit_paid", "shipped", "received", "balance_paid"])).toEqual({
      state: "received",
    });
  });
});

describe("nextState: refusals say why and what to do", () => {
  const cases: Array<[string, DraftOrder, LifecycleEventKind[], RegExp]> = [
    ["shipped before confirmed", standard, ["shipped"], /confirm the order first/i],
    ["a deposit before confirmation", standard, ["deposit_paid"], /confirm the order first/i],
    [
      "shipped with the balance unpaid",
      standard,
      ["confirmed", "deposit_paid", "shipped"],
      /balance is due before shipment/i,
    ],
    ["the deposit paid twice", standard, ["confirmed", "deposit_paid", "deposit_paid"], /already/i],
    [
      "the balance paid twice",
      standard,
      ["confirmed", "deposit_paid", "balance_paid", "balance_paid"],
      /already recorded as paid/i,
    ],
    [
      "the balance paid twice after shipment",
      againstBl,
      ["confirmed", "deposit_paid", "shipped", "balance_paid", "balance_paid"],
      /already recorded as paid/i,
    ],
    [
      "received before shipped",
      standard,
      ["confirmed", "deposit_paid", "balance_paid", "received"],
      /record `shipped` first/i,
    ],
    ["confirmed twice", standard, ["confirmed", "confirmed"], /already/i],
    [
      "completed before received",
      standard,
      ["confirmed", "balance_paid", "shipped", "completed"],
      /record `received` first/i,
    ],
    [
      "a deposit on 0% deposit terms",
      terms({ depositPercent: 0, balance: "after_shipment" }),
      ["confirmed", "deposit_paid"],
      /no deposit/i,
    ],
    ["a dispute with nothing paid", standard, ["confirmed", "disputed"], /nothing has been paid/i],
    [
      "cancelling shipped goods",
      standard,
      ["confirmed", "balance_paid", "shipped", "cancelled"],
      /open a dispute/i,
    ],
    ["anything after cancellation", standard, ["confirmed", "cancelled", "deposit_paid"], /cancelled/i],
    ["shipping twice", standard, ["confirmed", "balance_paid", "shipped", "shipped"], /already/i],
  ];
  it.each(cases)("refuses %s", (_name, draft, kinds, message) => {
    const result = walk(draft, kinds);
    expect(result).toHaveProperty("refused");
    expect((result as { refused: string }).refused).toMatch(message);
  });

  it("allows a dispute after completion only within the window after receipt", () => {
    const base = { state: "completed" as const, kind: "disputed" as const, draft: standard };
    const dates: LifecycleDates = {
      ...lifecycleDatesOf([]),
      received: "2026-03-01",
      completed: "2026-03-16",
    };
    expect(nextState({ ...base, dates, occurredOn: "2026-03-31", disputeWindowDays: 30 })).toEqual({
      ok: true,
      state: "disputed",
    });
    const late = nextState({ ...base, dates, occurredOn: "2026-04-01", disputeWindowDays: 30 });
    expect(late.ok).toBe(false);
    expect(late.ok ? "" : late.reason).toContain("2026-03-31");
  });

  it("lets a payment on a draft confirm the order first, and nothing else", () => {
    expect(impliedSteps("draft", "deposit_paid")).toEqual(["confirmed"]);
    expect(impliedSteps("draft", "balance_paid")).toEqual(["confirmed"]);
    expect(impliedSteps("draft", "shipped")).toEqual([]);
    expect(impliedSteps("confirmed", "deposit_paid")).toEqual([]);
  });

  it("accepts a payment dated before the day the order was confirmed in the bot", () => {
    const dates: LifecycleDates = { ...lifecycleDatesOf([]), confirmed: "2026-12-05" };
    expect(
      nextState({
        state: "confirmed",
        kind: "deposit_paid",
        draft: standard,
        dates,
        occurredOn: "2026-12-01",
      }),
    ).toEqual({ ok: true, state: "deposit_paid" });
  });

  it("refuses a step dated before the step it depends on, naming both dates", () => {
    const dates: LifecycleDates = {
      ...lifecycleDatesOf([]),
      confirmed: "2026-01-02",
      deposit_paid: "2026-01-10",
    };
    const early = nextState({
      state: "balance_paid",
      kind: "shipped",
      draft: standard,
      dates,
      occurredOn: "2026-01-05",
    });
    expect(early.ok ? "" : early.reason).toContain("before the deposit paid date (2026-01-10)");
    expect(
      nextState({ state: "balance_paid", kind: "shipped", draft: standard, dates, occurredOn: "2026-01-10" }),
    ).toEqual({ ok: true, state: "shipped" });
    // A balance recorded late against the B/L may carry an earlier date than the shipment: that is real.
    const shipped = { ...dates, shipped: "2026-02-01" };
    expect(
      nextState({
        state: "shipped",
        kind: "balance_paid",
        draft: againstBl,
        dates: shipped,
        occurredOn: "2026-01-20",
      }),
    ).toEqual({ ok: true, state: "shipped" });
  });

  it("lets a dispute end in completion or cancellation (refund)", () => {
    expect(nextState({ state: "disputed", kind: "completed", draft: standard })).toEqual({
      ok: true,
      state: "completed",
    });
    expect(nextState({ state: "disputed", kind: "shipped", draft: standard }).ok).toBe(false);
  });

  it("never leaves the known states and always explains a refusal (any state, any step, any terms)", () => {
    const draftArb = fc.record({
      depositPercent: fc.constantFrom(null, 0, 30, 50, 100),
      balance: fc.constantFrom(null, "before_shipment", "after_shipment", "on_delivery"),
      method: fc.constantFrom(null, "bank_transfer", "pay_later", "card"),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...OrderStateSchema.options),
        fc.constantFrom(...LifecycleEventKind.options),
        draftArb,
        (state, kind, payment) => {
          const result = nextState({ state, kind, draft: terms(payment as DraftOrder["payment"]) });
          if (result.ok) expect(OrderStateSchema.options).toContain(result.state);
          else expect(result.reason.length).toBeGreaterThan(20);
          if (state === "cancelled") expect(result.ok).toBe(false);
        },
      ),
    );
  });
});

describe("lifecycleDatesOf", () => {
  it("takes each step's date from the trail and ignores edits and disputes", () => {
    const dates = lifecycleDatesOf([
      { kind: "created", occurredOn: null },
      { kind: "confirmed", occurredOn: "2026-01-02" },
      { kind: "field_set", occurredOn: null },
      { kind: "deposit_paid", occurredOn: "2026-01-05" },
      { kind: "disputed", occurredOn: "2026-02-01" },
    ]);
    expect(dates).toEqual({
      confirmed: "2026-01-02",
      deposit_paid: "2026-01-05",
      balance_paid: null,
      shipped: null,
      received: null,
      completed: null,
    });
  });
});

describe("shipDateOf", () => {
  const dates = { ...lifecycleDatesOf([]), confirmed: "2026-01-02", deposit_paid: "2026-01-10" };
  it("uses a fixed date as it stands", () => {
    expect(shipDateOf(terms({}, { basis: "fixed_date", date: "2026-03-15" }), dates)).toBe("2026-03-15");
  });
  it("counts N days from the deposit, and is unknown until the deposit is recorded", () => {
    const draft = terms({}, { basis: "after_deposit", days: 25 });
    expect(shipDateOf(draft, dates)).toBe("2026-02-04");
    expect(shipDateOf(draft, lifecycleDatesOf([]))).toBeNull();
  });
  it("starts the clock at the single payment when the whole price was paid at once", () => {
    const paidAtOnce = { ...lifecycleDatesOf([]), confirmed: "2026-01-02", balance_paid: "2026-01-04" };
    expect(shipDateOf(terms({}, { basis: "after_deposit", days: 10 }), paidAtOnce)).toBe("2026-01-14");
    const fullDeposit = { ...lifecycleDatesOf([]), deposit_paid: "2026-01-05" };
    expect(
      shipDateOf(terms({ depositPercent: 100 }, { basis: "after_balance", days: 10 }), fullDeposit),
    ).toBe("2026-01-15");
    expect(
      shipDateOf(terms({ depositPercent: 30 }, { basis: "after_balance", days: 10 }), fullDeposit),
    ).toBeNull();
  });
  it("counts from the balance or the order when the terms say so", () => {
    expect(shipDateOf(terms({}, { basis: "after_balance", days: 5 }), dates)).toBeNull();
    expect(shipDateOf(terms({}, { basis: "after_order", days: 30 }), dates)).toBe("2026-02-01");
  });
  it("ignores a fixed date that is not a calendar date", () => {
    expect(shipDateOf(terms({}, { basis: "fixed_date", date: "2026-02-30" }), dates)).toBeNull();
  });
});

describe("totals and dates", () => {
  it("sums items and the shipping fee, and is null while a price is missing", () => {
    const draft = emptyDraft();
    const item = (quantity: number | null, unitPrice: number | null) => ({
      name: "x",
      quantity,
      unit: "pcs",
      unitPrice,
      specs: { size: null, material: null, color: null, packaging: null, branding: null, other: [] },
    });
    expect(orderTotalOf({ ...draft, items: [item(1000, 38.5), item(200, 1.1)] })).toBe(38720);
    expect(orderTotalOf({ ...draft, items: [item(10, 2)], shipping: { ...draft.shipping, fee: 15.5 } })).toBe(
      35.5,
    );
    expect(orderTotalOf({ ...draft, items: [item(1000, null)] })).toBeNull();
    expect(orderTotalOf(draft)).toBeNull();
  });
  it("adds days across month and year ends and knows real dates", () => {
    expect(addDays("2026-12-25", 10)).toBe("2027-01-04");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-12-01")).toBe(true);
    expect(isCalendarDate("1/12/2026")).toBe(false);
  });
});

describe("order references", () => {
  it("formats and reads PO-<n> in the forms people type", () => {
    expect(formatOrderRef(3)).toBe("PO-3");
    for (const ref of ["PO-3", "po-3", "3", " PO 3 ", "#3", "Po3"]) expect(parseOrderRef(ref)).toBe(3);
    for (const ref of ["", "PO-", "PO-0", "PO-3a", "3.5", "-3", "PO--3", "order 3"])
      expect(parseOrderRef(ref)).toBeNull();
  });
  it("round-trips every number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => parseOrderRef(formatOrderRef(n)) === n),
    );
  });
});
