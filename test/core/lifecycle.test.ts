import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isCalendarDate } from "../../src/core/dates.ts";
import {
  balanceMayFollowShipment,
  formatOrderRef,
  impliedSteps,
  lifecycleDatesOf,
  nextState,
  parseOrderRef,
  shipDateOf,
  stepLabel,
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

/** Walks a sequence of steps from draft; returns the final state, or the first refused step and why. */
function walk(
  draft: DraftOrder,
  kinds: LifecycleEventKind[],
): { state: OrderState } | { refused: LifecycleEventKind; reason: string } {
  let state: OrderState = "draft";
  const events: Array<{ kind: string; occurredOn: string }> = [];
  for (const kind of kinds) {
    const result = nextState({ state, kind, draft, dates: lifecycleDatesOf(events) });
    if (!result.ok) return { refused: kind, reason: result.reason };
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
    expect(result).toMatchObject({ refused: "balance_paid", reason: expect.stringContaining("100%") });
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
      refused: "shipped",
      reason: expect.stringContaining("The deposit is due before the goods ship"),
    });
    expect(walk(againstBl, ["confirmed", "deposit_paid", "shipped"])).toEqual({ state: "shipped" });
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
    [
      "anything after cancellation",
      standard,
      ["confirmed", "cancelled", "deposit_paid"],
      /this order is cancelled, so nothing more can be recorded/i,
    ],
    ["shipping twice", standard, ["confirmed", "balance_paid", "shipped", "shipped"], /already/i],
  ];
  it.each(cases)("refuses %s at its last step", (_name, draft, kinds, message) => {
    const result = walk(draft, kinds);
    expect(result).toMatchObject({ refused: kinds.at(-1) });
    expect((result as { reason: string }).reason).toMatch(message);
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

  it("lets a dispute end in completion or cancellation (refund), and nothing ships or arrives during it", () => {
    expect(walk(standard, ["confirmed", "deposit_paid", "disputed", "completed"])).toEqual({
      state: "completed",
    });
    expect(walk(standard, ["confirmed", "deposit_paid", "disputed", "cancelled"])).toEqual({
      state: "cancelled",
    });
    const shippedThenRefunded = ["confirmed", "balance_paid", "shipped", "received", "disputed", "cancelled"];
    expect(walk(standard, shippedThenRefunded as LifecycleEventKind[])).toEqual({ state: "cancelled" });
    expect(walk(standard, ["confirmed", "deposit_paid", "disputed", "shipped"])).toMatchObject({
      refused: "shipped",
      reason: expect.stringContaining("settle the dispute before recording shipment"),
    });
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

describe("nextState: every step from every state (30% deposit, balance before shipment)", () => {
  // What each step does to an order in each state: the state it leads to, or words of the refusal.
  const already = (label: string) =>
    `This order is already marked ${label}; there is nothing to record twice.`;
  const notShipped = "The goods are not marked shipped yet";
  const notReceived = "Only an order whose goods are marked received can be completed";
  const pastDeposit = "A deposit is already recorded or the order is past the deposit stage.";
  const confirmFirst = "Confirm the order first (`/order confirm`)";
  const alreadyConfirmed = "This order is already confirmed.";
  const balanceFirst = "The balance is due before shipment and is not recorded as paid";
  const goodsShipped = "The goods have already shipped, so the order cannot simply be cancelled";
  const table: Record<OrderState, Record<LifecycleEventKind, OrderState | string>> = {
    draft: {
      confirmed: "confirmed",
      deposit_paid: `${confirmFirst}, then record the deposit.`,
      balance_paid: `${confirmFirst}, then record the payment.`,
      shipped: `${confirmFirst}; it cannot ship before.`,
      received: notShipped,
      completed: notReceived,
      disputed: "Nothing has been paid on this order, so there is nothing to dispute",
      cancelled: "cancelled",
    },
    confirmed: {
      confirmed: already("confirmed"),
      deposit_paid: "deposit_paid",
      balance_paid: "balance_paid",
      shipped: balanceFirst,
      received: notShipped,
      completed: notReceived,
      disputed: "Nothing has been paid on this order, so there is nothing to dispute",
      cancelled: "cancelled",
    },
    deposit_paid: {
      confirmed: alreadyConfirmed,
      deposit_paid: already("deposit paid"),
      balance_paid: "balance_paid",
      shipped: balanceFirst,
      received: notShipped,
      completed: notReceived,
      disputed: "disputed",
      cancelled: "cancelled",
    },
    balance_paid: {
      confirmed: alreadyConfirmed,
      deposit_paid: pastDeposit,
      balance_paid: "The balance is already recorded as paid; there is nothing to pay twice.",
      shipped: "shipped",
      received: notShipped,
      completed: notReceived,
      disputed: "disputed",
      cancelled: "cancelled",
    },
    shipped: {
      confirmed: alreadyConfirmed,
      deposit_paid: pastDeposit,
      balance_paid: "shipped",
      shipped: already("shipped"),
      received: "received",
      completed: notReceived,
      disputed: "disputed",
      cancelled: goodsShipped,
    },
    received: {
      confirmed: alreadyConfirmed,
      deposit_paid: pastDeposit,
      balance_paid: "received",
      shipped: "This order is already marked shipped.",
      received: already("received"),
      completed: "completed",
      disputed: "disputed",
      cancelled: goodsShipped,
    },
    completed: {
      confirmed: alreadyConfirmed,
      deposit_paid: pastDeposit,
      balance_paid: "This order is completed; its payments can no longer change.",
      shipped: "This order is already marked shipped.",
      received: "This order is already marked received.",
      completed: already("completed"),
      disputed: "disputed",
      cancelled: goodsShipped,
    },
    disputed: {
      confirmed: alreadyConfirmed,
      deposit_paid: pastDeposit,
      balance_paid: "disputed",
      shipped: "This order is in dispute; settle the dispute before recording shipment.",
      received: "This order is in dispute; settle the dispute before recording receipt.",
      completed: "completed",
      disputed: already("disputed"),
      cancelled: "cancelled",
    },
    cancelled: Object.fromEntries(
      LifecycleEventKind.options.map((kind) => [
        kind,
        "This order is cancelled, so nothing more can be recorded on it; start a new order instead.",
      ]),
    ) as Record<LifecycleEventKind, string>,
  };
  const rows = OrderStateSchema.options.flatMap((state) =>
    LifecycleEventKind.options.map((kind) => [state, kind, table[state][kind]] as const),
  );

  it.each(rows)("%s + %s -> %s", (state, kind, expected) => {
    const result = nextState({ state, kind, draft: standard, dates: lifecycleDatesOf([]) });
    if ((OrderStateSchema.options as string[]).includes(expected))
      expect(result).toEqual({ ok: true, state: expected });
    else {
      expect(result.ok).toBe(false);
      expect(result.ok ? "" : result.reason).toContain(expected);
    }
  });

  it("gives the same answers without any recorded dates", () => {
    for (const [state, kind] of rows)
      expect(nextState({ state, kind, draft: standard })).toEqual(
        nextState({ state, kind, draft: standard, dates: lifecycleDatesOf([]) }),
      );
  });
});

describe("nextState: payments the trail already holds", () => {
  const withDates = (dates: Partial<LifecycleDates>): LifecycleDates => ({
    ...lifecycleDatesOf([]),
    ...dates,
  });

  it("refuses a second deposit even when the state has not moved on", () => {
    const result = nextState({
      state: "confirmed",
      kind: "deposit_paid",
      draft: standard,
      dates: withDates({ deposit_paid: "2026-01-05" }),
    });
    expect(result.ok ? "" : result.reason).toBe(
      "A deposit is already recorded or the order is past the deposit stage.",
    );
  });

  it("refuses a second balance on a shipped or received order, and takes the first", () => {
    for (const state of ["shipped", "received", "disputed"] as const) {
      expect(nextState({ state, kind: "balance_paid", draft: againstBl, dates: withDates({}) })).toEqual({
        ok: true,
        state,
      });
      const twice = nextState({
        state,
        kind: "balance_paid",
        draft: againstBl,
        dates: withDates({ balance_paid: "2026-02-01" }),
      });
      expect(twice.ok ? "" : twice.reason).toContain("already recorded as paid");
    }
  });

  it("ships a 100% deposit order and refuses the same without a full deposit", () => {
    expect(nextState({ state: "deposit_paid", kind: "shipped", draft: fullUpFront })).toEqual({
      ok: true,
      state: "shipped",
    });
    const half = terms({ depositPercent: 50, balance: "before_shipment" });
    expect(nextState({ state: "deposit_paid", kind: "shipped", draft: half }).ok).toBe(false);
    expect(nextState({ state: "deposit_paid", kind: "balance_paid", draft: half })).toEqual({
      ok: true,
      state: "balance_paid",
    });
  });

  it("ships a balance-after-shipment order from confirmation only when no deposit is owed", () => {
    for (const depositPercent of [0, null]) {
      const noDeposit = terms({ depositPercent, balance: "on_delivery" });
      expect(nextState({ state: "confirmed", kind: "shipped", draft: noDeposit })).toEqual({
        ok: true,
        state: "shipped",
      });
    }
    const owed = nextState({ state: "confirmed", kind: "shipped", draft: againstBl });
    expect(owed.ok ? "" : owed.reason).toContain("record it first (`/order paid PO-n deposit`)");
    expect(nextState({ state: "deposit_paid", kind: "shipped", draft: againstBl })).toEqual({
      ok: true,
      state: "shipped",
    });
  });

  it("ships a Pay Later order from confirmation whatever its deposit says", () => {
    const payLaterWithDeposit = terms({
      depositPercent: 30,
      balance: "before_shipment",
      method: "pay_later",
    });
    expect(nextState({ state: "confirmed", kind: "shipped", draft: payLaterWithDeposit })).toEqual({
      ok: true,
      state: "shipped",
    });
  });
});

describe("nextState: 100% up-front terms", () => {
  it("takes the whole price recorded as the balance, and ships nothing before a payment", () => {
    expect(nextState({ state: "confirmed", kind: "balance_paid", draft: fullUpFront })).toEqual({
      ok: true,
      state: "balance_paid",
    });
    const early = nextState({ state: "confirmed", kind: "shipped", draft: fullUpFront });
    expect(early.ok ? "" : early.reason).toContain("The balance is due before shipment");
  });
});

describe("stepLabel", () => {
  it("reads every step as words in a sentence", () => {
    expect(stepLabel).toEqual({
      confirmed: "confirmed",
      deposit_paid: "deposit paid",
      balance_paid: "balance paid",
      shipped: "shipped",
      received: "received",
      completed: "completed",
      disputed: "disputed",
      cancelled: "cancelled",
    });
  });
});

describe("balanceMayFollowShipment", () => {
  it.each([
    [{ balance: "after_shipment" }, true],
    [{ balance: "on_delivery" }, true],
    [{ balance: "before_shipment", method: "pay_later" }, true],
    [{ balance: "before_shipment", method: "bank_transfer" }, false],
    [{ balance: null, method: null }, false],
  ] as const)("%j -> %s", (payment, expected) => {
    expect(balanceMayFollowShipment(terms(payment as Partial<DraftOrder["payment"]>))).toBe(expected);
  });
});

describe("nextState: dates in and out of order", () => {
  const dates: LifecycleDates = {
    confirmed: "2026-01-02",
    deposit_paid: "2026-01-10",
    balance_paid: "2026-01-20",
    shipped: "2026-02-01",
    received: "2026-03-01",
    completed: null,
  };
  // Each dated step and the recorded step it cannot come before.
  const steps = [
    ["balance_paid", "shipped", "deposit_paid", "deposit paid", "2026-01-10"],
    ["shipped", "received", "shipped", "shipped", "2026-02-01"],
    ["received", "completed", "received", "received", "2026-03-01"],
  ] as const;

  it.each(steps)(
    "from %s, %s the day before the %s date is refused, naming both",
    (state, kind, _e, label, on) => {
      const early = nextState({ state, kind, draft: standard, dates, occurredOn: addDays(on, -1) });
      expect(early.ok ? "" : early.reason).toBe(
        `${addDays(on, -1)} is before the ${label} date (${on}), and ${kind} cannot come first; check the date (YYYY-MM-DD).`,
      );
    },
  );

  it.each(steps)("from %s, %s on or after the %s date is accepted", (state, kind) => {
    const on = steps.find((step) => step[1] === kind)![4];
    for (const occurredOn of [on, addDays(on, 1)])
      expect(nextState({ state, kind, draft: standard, dates, occurredOn })).toEqual({
        ok: true,
        state: kind,
      });
  });

  it("checks dates only when both the date and the trail are given", () => {
    expect(nextState({ state: "balance_paid", kind: "shipped", draft: standard, dates })).toEqual({
      ok: true,
      state: "shipped",
    });
    expect(
      nextState({ state: "balance_paid", kind: "shipped", draft: standard, occurredOn: "2025-01-01" }),
    ).toEqual({ ok: true, state: "shipped" });
  });

  it("takes payments and disputes dated before any other step", () => {
    const early = "2025-12-01";
    expect(
      nextState({
        state: "deposit_paid",
        kind: "balance_paid",
        draft: standard,
        dates: { ...dates, balance_paid: null },
        occurredOn: early,
      }),
    ).toEqual({ ok: true, state: "balance_paid" });
    expect(
      nextState({ state: "received", kind: "disputed", draft: standard, dates, occurredOn: early }),
    ).toEqual({
      ok: true,
      state: "disputed",
    });
    expect(
      nextState({ state: "confirmed", kind: "cancelled", draft: standard, dates, occurredOn: early }),
    ).toEqual({ ok: true, state: "cancelled" });
    expect(
      nextState({
        state: "draft",
        kind: "confirmed",
        draft: standard,
        dates: lifecycleDatesOf([]),
        occurredOn: early,
      }),
    ).toEqual({ ok: true, state: "confirmed" });
  });

  it("passes a refusal through without looking at the dates", () => {
    const result = nextState({
      state: "draft",
      kind: "shipped",
      draft: standard,
      dates,
      occurredOn: "2025-01-01",
    });
    expect(result.ok ? "" : result.reason).toContain("Confirm the order first");
  });
});

describe("nextState: the dispute window after completion", () => {
  const base = { state: "completed" as const, kind: "disputed" as const, draft: standard };
  const received = { ...lifecycleDatesOf([]), received: "2026-03-01", completed: "2026-03-16" };

  it("is 30 days from receipt unless the channel says otherwise", () => {
    expect(nextState({ ...base, dates: received, occurredOn: "2026-03-31" })).toEqual({
      ok: true,
      state: "disputed",
    });
    const late = nextState({ ...base, dates: received, occurredOn: "2026-04-01" });
    expect(late.ok ? "" : late.reason).toBe(
      "The dispute window closed 30 days after receipt (on 2026-03-31); Trade Assurance no longer accepts a dispute for this order.",
    );
    expect(nextState({ ...base, dates: received, occurredOn: "2026-03-11", disputeWindowDays: 10 }).ok).toBe(
      true,
    );
    expect(nextState({ ...base, dates: received, occurredOn: "2026-03-12", disputeWindowDays: 10 }).ok).toBe(
      false,
    );
  });

  it("counts from completion when no receipt was recorded, and not at all without a date", () => {
    const completedOnly = { ...lifecycleDatesOf([]), completed: "2026-03-16" };
    expect(nextState({ ...base, dates: completedOnly, occurredOn: "2026-04-15" }).ok).toBe(true);
    const late = nextState({ ...base, dates: completedOnly, occurredOn: "2026-04-16" });
    expect(late.ok ? "" : late.reason).toContain("(on 2026-04-15)");
    expect(nextState({ ...base, dates: lifecycleDatesOf([]), occurredOn: "2030-01-01" }).ok).toBe(true);
    expect(nextState({ ...base, dates: received })).toEqual({ ok: true, state: "disputed" });
  });

  it("does not apply to a dispute opened before completion", () => {
    expect(
      nextState({
        state: "received",
        kind: "disputed",
        draft: standard,
        dates: received,
        occurredOn: "2026-06-01",
      }),
    ).toEqual({ ok: true, state: "disputed" });
  });
});

describe("shipDateOf: each basis and what it waits for", () => {
  const none = lifecycleDatesOf([]);
  it.each([
    [
      "fixed_date without a date",
      { basis: "fixed_date", date: null, days: 5 },
      { confirmed: "2026-01-02" },
      null,
    ],
    [
      "after_deposit without days",
      { basis: "after_deposit", days: null },
      { deposit_paid: "2026-01-10" },
      null,
    ],
    ["after_deposit", { basis: "after_deposit", days: 5 }, { deposit_paid: "2026-01-10" }, "2026-01-15"],
    [
      "after_deposit, deposit over balance",
      { basis: "after_deposit", days: 5 },
      { deposit_paid: "2026-01-10", balance_paid: "2026-01-20" },
      "2026-01-15",
    ],
    [
      "after_balance",
      { basis: "after_balance", days: 5 },
      { deposit_paid: "2026-01-10", balance_paid: "2026-01-20" },
      "2026-01-25",
    ],
    [
      "after_order",
      { basis: "after_order", days: 5 },
      { confirmed: "2026-01-02", deposit_paid: "2026-01-10" },
      "2026-01-07",
    ],
    ["no basis", { basis: null, days: 5 }, { confirmed: "2026-01-02", deposit_paid: "2026-01-10" }, null],
    [
      "after_order before confirmation",
      { basis: "after_order", days: 5 },
      { deposit_paid: "2026-01-10" },
      null,
    ],
    [
      "after_deposit from a date that is not a day",
      { basis: "after_deposit", days: 5 },
      { deposit_paid: "2026-02-30" },
      null,
    ],
  ] as const)("%s", (_name, dispatch, dates, expected) => {
    const draft = terms({ depositPercent: 30 }, dispatch as Partial<DraftOrder["dispatch"]>);
    expect(shipDateOf(draft, { ...none, ...dates })).toBe(expected);
  });
});

describe("orderTotalOf", () => {
  const item = (quantity: number | null, unitPrice: number | null) => ({
    name: "x",
    quantity,
    unit: "pcs",
    unitPrice,
    specs: { size: null, material: null, color: null, packaging: null, branding: null, other: [] },
  });
  const draft = emptyDraft();

  it("is unknown while any item lacks a quantity or a price", () => {
    expect(orderTotalOf({ ...draft, items: [item(null, 2)] })).toBeNull();
    expect(orderTotalOf({ ...draft, items: [item(10, 2), item(null, 3)] })).toBeNull();
    expect(orderTotalOf({ ...draft, items: [item(10, 2), item(5, null)] })).toBeNull();
    expect(orderTotalOf({ ...draft, shipping: { ...draft.shipping, fee: 100 } })).toBeNull();
  });

  it("rounds to cents and adds a zero fee as nothing", () => {
    expect(orderTotalOf({ ...draft, items: [item(3, 0.1)] })).toBe(0.3);
    expect(orderTotalOf({ ...draft, items: [item(7, 0.29)] })).toBe(2.03);
    expect(orderTotalOf({ ...draft, items: [item(2, 5)], shipping: { ...draft.shipping, fee: 0 } })).toBe(10);
  });
});

describe("calendar days", () => {
  it("reads only YYYY-MM-DD calendar dates", () => {
    for (const text of [
      "2026-1-01",
      " 2026-01-01",
      "2026-01-01 ",
      "2026-01-01T00:00",
      "x2026-01-01",
      "2026-13-01",
    ])
      expect(isCalendarDate(text)).toBe(false);
    expect(isCalendarDate("2028-02-29")).toBe(true);
  });

  it("adds and takes away days", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-03-01", 0)).toBe("2026-03-01");
  });
});
