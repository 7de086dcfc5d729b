import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { todayIn } from "../../../src/core/dates.ts";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import {
  ChannelSettings,
  type DraftOrder,
  emptyDraft,
  LifecycleDates,
  type OrderState,
  type ReminderPlan,
} from "../../../src/core/schemas.ts";
import {
  completionDate,
  doneEventOf,
  isReminderExpired,
  planReminders,
} from "../../../src/core/timeline/plan-reminders.ts";
import { zoneOffsetMs } from "../../../src/core/timeline/zoned-time.ts";

type DraftPatch = {
  dispatch?: Partial<DraftOrder["dispatch"]>;
  payment?: Partial<DraftOrder["payment"]>;
  inspection?: Partial<DraftOrder["inspection"]>;
};

function draftWith(patch: DraftPatch = {}): DraftOrder {
  const draft = emptyDraft();
  return {
    ...draft,
    dispatch: { ...draft.dispatch, ...patch.dispatch },
    payment: { ...draft.payment, ...patch.payment },
    inspection: { ...draft.inspection, ...patch.inspection },
  };
}

/** 30% deposit, balance before shipment, ship 25 days after the deposit: the common Trade Assurance order. */
const usual = draftWith({
  dispatch: { basis: "after_deposit", days: 25 },
  payment: { depositPercent: 30, balance: "before_shipment", method: "bank_transfer" },
});

function plan(
  draft: DraftOrder,
  state: OrderState,
  dates: Partial<LifecycleDates>,
  settings: Partial<ChannelSettings> = {},
): ReminderPlan[] {
  return planReminders({
    draft,
    state,
    dates: LifecycleDates.parse(dates),
    settings: ChannelSettings.parse(settings),
  });
}

const byKey = (plans: ReminderPlan[]) => Object.fromEntries(plans.map((p) => [p.key, p]));

describe("ship-date reminders", () => {
  it("plans the balance reminders 7 and 2 days before a ship date counted from the deposit", () => {
    const plans = byKey(plan(usual, "deposit_paid", { confirmed: "2026-11-28", deposit_paid: "2026-12-01" }));
    expect(plans["balance_payment:7"]).toEqual({
      kind: "balance_payment",
      key: "balance_payment:7",
      dueAt: "2026-12-19T09:00:00.000Z",
      broadcast: false,
      about: "2026-12-26",
    });
    expect(plans["balance_payment:2"]?.dueAt).toBe("2026-12-24T09:00:00.000Z");
    expect(plans.ship_date_passed).toMatchObject({ dueAt: "2026-12-27T09:00:00.000Z", broadcast: true });
  });

  it("plans nothing about the ship date until the deposit that starts its count is paid", () => {
    expect(plan(usual, "confirmed", { confirmed: "2026-11-28" })).toEqual([]);
  });

  it("counts to the end of a range: 25-30 days reads as 30 (the latest day it may ship)", () => {
    const chat = parseTranscript(
      [
        "Supplier: 1000 pcs at 2.10 usd, 30% deposit, balance before shipment",
        "Buyer: ok. Delivery time?",
        "Supplier: 25-30 days after deposit",
        "Buyer: ok deal",
      ].join("\n"),
    );
    const draft = extractDraft(chat, { now: new Date("2026-11-20T12:00:00Z") });
    const plans = byKey(plan(draft, "deposit_paid", { deposit_paid: "2026-12-01" }));
    expect(plans.ship_date_passed?.about).toBe("2026-12-31");
    expect(plans.ship_date_passed?.dueAt).toBe("2027-01-01T09:00:00.000Z");
    expect(plans["balance_payment:2"]?.dueAt).toBe("2026-12-29T09:00:00.000Z");
  });

  it("uses a fixed ship date as soon as the order is confirmed", () => {
    const draft = draftWith({ dispatch: { basis: "fixed_date", date: "2026-12-15" } });
    const plans = plan(draft, "confirmed", { confirmed: "2026-11-20" });
    expect(plans.map((p) => p.key)).toEqual(["ship_date_passed"]);
    expect(plans[0]?.dueAt).toBe("2026-12-16T09:00:00.000Z");
  });

  it("counts from the order date, and from the balance once it is paid", () => {
    const afterOrder = draftWith({ dispatch: { basis: "after_order", days: 10 } });
    expect(byKey(plan(afterOrder, "confirmed", { confirmed: "2026-12-01" })).ship_date_passed?.about).toBe(
      "2026-12-11",
    );
    const afterBalance = draftWith({
      dispatch: { basis: "after_balance", days: 7 },
      payment: { depositPercent: 30, balance: "before_shipment" },
    });
    expect(plan(afterBalance, "deposit_paid", { deposit_paid: "2026-12-01" })).toEqual([]);
    const paid = plan(afterBalance, "balance_paid", {
      deposit_paid: "2026-12-01",
      balance_paid: "2026-12-20",
    });
    expect(paid.map((p) => p.key)).toEqual(["ship_date_passed"]);
    expect(paid[0]?.about).toBe("2026-12-27");
  });

  it("drops the balance reminders once the balance is paid, and every ship-date reminder once shipped", () => {
    const dates = { deposit_paid: "2026-12-01", balance_paid: "2026-12-18" };
    expect(plan(usual, "balance_paid", dates).map((p) => p.key)).toEqual(["ship_date_passed"]);
    // The state alone is enough even if no date was recorded for the step.
    expect(plan(usual, "balance_paid", { deposit_paid: "2026-12-01" }).map((p) => p.key)).toEqual([
      "ship_date_passed",
    ]);
    expect(plan(usual, "shipped", { ...dates, shipped: "2026-12-24" })).toEqual([]);
  });

  it("owes no balance reminder when everything was paid up front or the balance is due after shipment", () => {
    const upFront = draftWith({ ...usual, payment: { depositPercent: 100, balance: "before_shipment" } });
    expect(plan(upFront, "deposit_paid", { deposit_paid: "2026-12-01" }).map((p) => p.kind)).toEqual([
      "ship_date_passed",
    ]);
    const againstBL = draftWith({ ...usual, payment: { depositPercent: 30, balance: "after_shipment" } });
    expect(plan(againstBL, "deposit_paid", { deposit_paid: "2026-12-01" }).map((p) => p.kind)).toEqual([
      "ship_date_passed",
    ]);
  });
});

describe("inspection booking", () => {
  // Ship date 2026-12-28, a Monday.
  const fixed = { basis: "fixed_date" as const, date: "2026-12-28" };

  it("asks for Alibaba's service 7 working days ahead, skipping weekends", () => {
    const draft = draftWith({ dispatch: fixed, inspection: { required: true, by: "alibaba" } });
    const booking = byKey(plan(draft, "confirmed", {})).inspection_booking;
    expect(booking).toMatchObject({
      dueAt: "2026-12-17T09:00:00.000Z",
      about: "2026-12-28",
      broadcast: false,
    });
  });

  it("asks for a third-party inspector 3 working days ahead", () => {
    const draft = draftWith({ dispatch: fixed, inspection: { required: true, by: "third_party" } });
    expect(byKey(plan(draft, "confirmed", {})).inspection_booking?.dueAt).toBe("2026-12-23T09:00:00.000Z");
  });

  it("uses the longer lead when nobody has said who inspects", () => {
    const draft = draftWith({ dispatch: fixed, inspection: { required: true, by: null } });
    expect(byKey(plan(draft, "confirmed", {})).inspection_booking?.dueAt).toBe("2026-12-17T09:00:00.000Z");
  });

  it("plans no booking when inspection is not wanted or the supplier runs it", () => {
    for (const inspection of [
      { required: false, by: "third_party" as const },
      { required: null, by: null },
      { required: true, by: "supplier" as const },
    ]) {
      const draft = draftWith({ dispatch: fixed, inspection });
      expect(plan(draft, "confirmed", {}).map((p) => p.kind)).not.toContain("inspection_booking");
    }
    const namedOnly = draftWith({ dispatch: fixed, inspection: { required: null, by: "third_party" } });
    expect(plan(namedOnly, "confirmed", {}).map((p) => p.kind)).toContain("inspection_booking");
  });

  it("takes the lead times from the channel's settings", () => {
    const draft = draftWith({ dispatch: fixed, inspection: { required: true, by: "third_party" } });
    const booking = byKey(
      plan(draft, "confirmed", {}, { thirdPartyInspectionLeadWorkingDays: 5 }),
    ).inspection_booking;
    expect(booking?.dueAt).toBe("2026-12-21T09:00:00.000Z");
  });
});

describe("after arrival", () => {
  const shipped = { deposit_paid: "2026-12-01", balance_paid: "2026-12-20", shipped: "2026-12-24" };

  it("asks for goods to be checked on the day they arrive and warns twice before the dispute window closes", () => {
    const plans = byKey(plan(usual, "received", { ...shipped, received: "2027-01-20" }));
    expect(plans.inspect_on_arrival).toEqual({
      kind: "inspect_on_arrival",
      key: "inspect_on_arrival",
      dueAt: "2027-01-20T09:00:00.000Z",
      broadcast: false,
      about: "2027-02-19",
    });
    expect(plans["dispute_window_closing:10"]).toMatchObject({
      dueAt: "2027-02-09T09:00:00.000Z",
      broadcast: true,
      about: "2027-02-19",
    });
    expect(plans["dispute_window_closing:3"]?.dueAt).toBe("2027-02-16T09:00:00.000Z");
  });

  it("starts the review clock when the order completes on its own 15 days after arrival", () => {
    const plans = byKey(plan(usual, "received", { ...shipped, received: "2027-01-20" }));
    expect(plans.review_invitation).toMatchObject({ dueAt: "2027-02-04T09:00:00.000Z", about: "2027-03-06" });
    expect(plans["review_window_closing:5"]).toMatchObject({ dueAt: "2027-03-01T09:00:00.000Z" });
  });

  it("moves the review clock to the day the order is marked complete, and keeps the dispute warnings", () => {
    const plans = plan(usual, "completed", { ...shipped, received: "2027-01-20", completed: "2027-01-25" });
    const keys = plans.map((p) => p.key);
    expect(keys).not.toContain("inspect_on_arrival");
    expect(keys).toContain("dispute_window_closing:3");
    expect(byKey(plans).review_invitation?.dueAt).toBe("2027-01-25T09:00:00.000Z");
    expect(byKey(plans)["review_window_closing:5"]?.dueAt).toBe("2027-02-19T09:00:00.000Z");
  });

  it("owes a completed order with no receipt date only its review reminders", () => {
    const plans = plan(usual, "completed", { ...shipped, completed: "2027-01-25" });
    expect(plans.map((p) => p.kind)).toEqual(["review_invitation", "review_window_closing"]);
  });
});

describe("orders that owe nothing", () => {
  const dates = { deposit_paid: "2026-12-01", received: "2027-01-20" };
  it.each(["draft", "cancelled", "disputed"] as const)("plans nothing for a %s order", (state) => {
    expect(plan(usual, state, dates)).toEqual([]);
  });
});

describe("time zones", () => {
  it("posts at 09:00 New York time on both sides of the March change", () => {
    const draft = draftWith({
      dispatch: { basis: "fixed_date", date: "2026-03-10" },
      payment: { depositPercent: 30, balance: "before_shipment" },
    });
    const plans = byKey(plan(draft, "deposit_paid", {}, { timeZone: "America/New_York" }));
    expect(plans["balance_payment:7"]?.dueAt).toBe("2026-03-03T14:00:00.000Z"); // EST
    expect(plans["balance_payment:2"]?.dueAt).toBe("2026-03-08T13:00:00.000Z"); // EDT, the change day
  });

  it("posts at 09:00 New York time on both sides of the November change", () => {
    const draft = draftWith({
      dispatch: { basis: "fixed_date", date: "2026-11-03" },
      payment: { depositPercent: 30, balance: "before_shipment" },
    });
    const plans = byKey(plan(draft, "deposit_paid", {}, { timeZone: "America/New_York" }));
    expect(plans["balance_payment:2"]?.dueAt).toBe("2026-11-01T14:00:00.000Z"); // EST, the change day
    expect(plans["balance_payment:7"]?.dueAt).toBe("2026-10-27T13:00:00.000Z"); // EDT
  });

  it("posts at the channel's hour in Berlin across its spring change", () => {
    const draft = draftWith({ dispatch: { basis: "fixed_date", date: "2026-03-28" } });
    const plans = byKey(plan(draft, "confirmed", {}, { timeZone: "Europe/Berlin", reminderHour: 8 }));
    expect(plans.ship_date_passed?.dueAt).toBe("2026-03-29T06:00:00.000Z"); // 08:00 CEST
  });

  it("falls back to UTC for a time zone name the runtime does not know", () => {
    const draft = draftWith({ dispatch: { basis: "fixed_date", date: "2026-03-28" } });
    const plans = plan(draft, "confirmed", {}, { timeZone: "Mars/Olympus_Mons" });
    expect(plans[0]?.dueAt).toBe("2026-03-29T09:00:00.000Z");
  });

  it("always lands on the reminder hour, on the planned day, in any zone and any season", () => {
    const zones = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Shanghai", "Australia/Sydney"];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2025-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        fc.integer({ min: 6, max: 20 }),
        (day, timeZone, reminderHour) => {
          const date = day.toISOString().slice(0, 10);
          const draft = draftWith({ dispatch: { basis: "fixed_date", date } });
          const [passed] = plan(draft, "confirmed", {}, { timeZone, reminderHour });
          const instant = new Date(passed?.dueAt ?? "");
          const wall = new Date(instant.getTime() + zoneOffsetMs(instant.getTime(), timeZone));
          expect(wall.getUTCHours()).toBe(reminderHour);
          expect(todayIn(timeZone, instant) > date).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("keys", () => {
  it("stay the same when the plan is recomputed after another event, so rows are replaced, not duplicated", () => {
    const first = plan(usual, "deposit_paid", { deposit_paid: "2026-12-01" }).map((p) => p.key);
    const again = plan(usual, "deposit_paid", { confirmed: "2026-11-28", deposit_paid: "2026-12-01" }).map(
      (p) => p.key,
    );
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it("follow the channel's own reminder days", () => {
    const plans = plan(
      usual,
      "deposit_paid",
      { deposit_paid: "2026-12-01" },
      { balanceReminderDaysBefore: [10, 3, 3] },
    );
    expect(plans.filter((p) => p.kind === "balance_payment").map((p) => p.key)).toEqual([
      "balance_payment:10",
      "balance_payment:3",
    ]);
  });
});

describe("expiry", () => {
  const warning = { kind: "dispute_window_closing" as const, about: "2027-02-19" };
  it("keeps a reminder until a full day after its deadline, in any time zone", () => {
    expect(isReminderExpired(warning, new Date("2027-02-19T23:00:00Z"))).toBe(false);
    expect(isReminderExpired(warning, new Date("2027-02-20T23:59:00Z"))).toBe(false);
    expect(isReminderExpired(warning, new Date("2027-02-21T00:00:00Z"))).toBe(true);
  });

  it("never expires the ship-date-passed notice: a late-shipment claim stays possible", () => {
    expect(isReminderExpired({ kind: "ship_date_passed", about: "2026-12-26" }, new Date("2027-03-01"))).toBe(
      false,
    );
  });
});

describe("every reminder kind: when it falls due and when it is skipped", () => {
  // Ship date 2026-12-28 (a Monday), Alibaba's inspection, 30% deposit with the balance before shipment.
  const everything = draftWith({
    dispatch: { basis: "fixed_date", date: "2026-12-28" },
    payment: { depositPercent: 30, balance: "before_shipment", method: "bank_transfer" },
    inspection: { required: true, by: "alibaba" },
  });

  it("plans the ship-date reminders of a confirmed order, sorted by due time", () => {
    expect(plan(everything, "confirmed", { confirmed: "2026-11-20" })).toEqual([
      {
        kind: "inspection_booking",
        key: "inspection_booking",
        dueAt: "2026-12-17T09:00:00.000Z",
        broadcast: false,
        about: "2026-12-28",
      },
      {
        kind: "balance_payment",
        key: "balance_payment:7",
        dueAt: "2026-12-21T09:00:00.000Z",
        broadcast: false,
        about: "2026-12-28",
      },
      {
        kind: "balance_payment",
        key: "balance_payment:2",
        dueAt: "2026-12-26T09:00:00.000Z",
        broadcast: false,
        about: "2026-12-28",
      },
      {
        kind: "ship_date_passed",
        key: "ship_date_passed",
        dueAt: "2026-12-29T09:00:00.000Z",
        broadcast: true,
        about: "2026-12-28",
      },
    ]);
  });

  it("orders reminders due at the same instant by key", () => {
    const sameDay = plan(everything, "confirmed", {}, { balanceReminderDaysBefore: [11] });
    expect(sameDay.slice(0, 2).map((p) => [p.key, p.dueAt])).toEqual([
      ["balance_payment:11", "2026-12-17T09:00:00.000Z"],
      ["inspection_booking", "2026-12-17T09:00:00.000Z"],
    ]);
  });

  it("plans the arrival, dispute and review reminders of a received order, sorted by due time", () => {
    const dates = { deposit_paid: "2026-12-01", balance_paid: "2026-12-20", shipped: "2026-12-24" };
    expect(plan(everything, "received", { ...dates, received: "2027-01-20" })).toEqual([
      {
        kind: "inspect_on_arrival",
        key: "inspect_on_arrival",
        dueAt: "2027-01-20T09:00:00.000Z",
        broadcast: false,
        about: "2027-02-19",
      },
      {
        kind: "review_invitation",
        key: "review_invitation",
        dueAt: "2027-02-04T09:00:00.000Z",
        broadcast: false,
        about: "2027-03-06",
      },
      {
        kind: "dispute_window_closing",
        key: "dispute_window_closing:10",
        dueAt: "2027-02-09T09:00:00.000Z",
        broadcast: true,
        about: "2027-02-19",
      },
      {
        kind: "dispute_window_closing",
        key: "dispute_window_closing:3",
        dueAt: "2027-02-16T09:00:00.000Z",
        broadcast: true,
        about: "2027-02-19",
      },
      {
        kind: "review_window_closing",
        key: "review_window_closing:5",
        dueAt: "2027-03-01T09:00:00.000Z",
        broadcast: false,
        about: "2027-03-06",
      },
    ]);
  });

  it.each([
    ["alibaba", 7, "2026-12-17"],
    ["third_party", 3, "2026-12-23"],
    ["buyer", 3, "2026-12-23"],
    [null, 7, "2026-12-17"],
  ] as const)("books an inspection by %s %i working days before shipment", (by, _lead, day) => {
    const draft = draftWith({
      dispatch: { basis: "fixed_date", date: "2026-12-28" },
      inspection: { required: true, by },
    });
    expect(byKey(plan(draft, "confirmed", {})).inspection_booking?.dueAt).toBe(`${day}T09:00:00.000Z`);
  });

  it("takes Alibaba's lead from the channel's settings too", () => {
    expect(
      byKey(plan(everything, "confirmed", {}, { alibabaInspectionLeadWorkingDays: 1 })).inspection_booking
        ?.dueAt,
    ).toBe("2026-12-25T09:00:00.000Z");
  });

  it.each([
    ["shipped by state", "shipped" as const, {}],
    ["shipped by date", "balance_paid" as const, { shipped: "2026-12-24" }],
    ["received", "received" as const, {}],
    ["completed", "completed" as const, {}],
  ])("drops every ship-date reminder once %s", (_name, state, dates) => {
    const kinds = plan(everything, state, dates).map((p) => p.kind);
    for (const kind of ["inspection_booking", "balance_payment", "ship_date_passed"])
      expect(kinds).not.toContain(kind);
  });

  it("drops the balance reminders once the balance is paid by state or by date", () => {
    const withoutBalance = ["inspection_booking", "ship_date_passed"];
    expect(plan(everything, "balance_paid", {}).map((p) => p.key)).toEqual(withoutBalance);
    expect(plan(everything, "deposit_paid", { balance_paid: "2026-12-01" }).map((p) => p.key)).toEqual(
      withoutBalance,
    );
    expect(plan(everything, "deposit_paid", {}).map((p) => p.key)).toContain("balance_payment:7");
  });

  it("reminds of the balance for any deposit short of 100%, and never when the balance follows shipment", () => {
    for (const depositPercent of [0, 50, 99, null]) {
      const draft = draftWith({ ...everything, payment: { depositPercent, balance: "before_shipment" } });
      expect(plan(draft, "confirmed", {}).map((p) => p.key)).toContain("balance_payment:2");
    }
    for (const balance of ["after_shipment", "on_delivery", null] as const) {
      const draft = draftWith({ ...everything, payment: { depositPercent: 30, balance } });
      expect(plan(draft, "confirmed", {}).map((p) => p.kind)).not.toContain("balance_payment");
    }
  });

  it("asks for the arrival check only until the order completes, by state or by date", () => {
    const received = { received: "2027-01-20" };
    expect(plan(everything, "received", received).map((p) => p.key)).toContain("inspect_on_arrival");
    expect(plan(everything, "completed", received).map((p) => p.key)).not.toContain("inspect_on_arrival");
    expect(
      plan(everything, "received", { ...received, completed: "2027-01-22" }).map((p) => p.key),
    ).not.toContain("inspect_on_arrival");
  });

  it("skips a warning as long as the window itself, and keeps one a day shorter", () => {
    const settings = { disputeReminderDaysBefore: [30, 29], reviewReminderDaysBefore: [30, 29] };
    const keys = plan(everything, "received", { received: "2027-01-20" }, settings).map((p) => p.key);
    expect(keys).toContain("dispute_window_closing:29");
    expect(keys).toContain("review_window_closing:29");
    expect(keys).not.toContain("dispute_window_closing:30");
    expect(keys).not.toContain("review_window_closing:30");
    const custom = plan(
      everything,
      "received",
      { received: "2027-01-20" },
      {
        disputeWindowDays: 20,
        reviewWindowDays: 10,
        disputeReminderDaysBefore: [20, 5],
        reviewReminderDaysBefore: [10, 2],
      },
    );
    expect(byKey(custom)["dispute_window_closing:5"]).toMatchObject({
      about: "2027-02-09",
      dueAt: "2027-02-04T09:00:00.000Z",
    });
    expect(byKey(custom)["review_window_closing:2"]).toMatchObject({
      about: "2027-02-14",
      dueAt: "2027-02-12T09:00:00.000Z",
    });
    expect(custom.map((p) => p.key)).not.toContain("dispute_window_closing:20");
    expect(custom.map((p) => p.key)).not.toContain("review_window_closing:10");
  });

  it("counts the automatic completion from the channel's setting", () => {
    const plans = byKey(
      plan(everything, "received", { received: "2027-01-20" }, { autoCompleteDaysAfterArrival: 5 }),
    );
    expect(plans.review_invitation).toMatchObject({ dueAt: "2027-01-25T09:00:00.000Z", about: "2027-02-24" });
  });

  it("ignores a recorded date that is not a calendar date", () => {
    expect(plan(everything, "received", { shipped: "2026-12-24", received: "2027-02-30" })).toEqual([]);
    expect(
      completionDate(
        LifecycleDates.parse({ received: "2027-01-20", completed: "2027-02-30" }),
        ChannelSettings.parse({}),
      ),
    ).toBe("2027-02-04");
    expect(
      completionDate(LifecycleDates.parse({ received: "2027-13-01" }), ChannelSettings.parse({})),
    ).toBeNull();
    expect(completionDate(LifecycleDates.parse({}), ChannelSettings.parse({}))).toBeNull();
  });
});

describe("what Done records", () => {
  it("records the payment or the shipment the reminder asked for, and nothing for the others", () => {
    expect(doneEventOf("balance_payment")).toBe("balance_paid");
    expect(doneEventOf("ship_date_passed")).toBe("shipped");
    for (const kind of [
      "inspection_booking",
      "inspect_on_arrival",
      "dispute_window_closing",
      "review_invitation",
      "review_window_closing",
    ] as const)
      expect(doneEventOf(kind)).toBeNull();
  });
});

describe("expiry without a date", () => {
  it("never expires a reminder about no date or a date that is not one", () => {
    const later = new Date("2030-01-01T00:00:00Z");
    expect(isReminderExpired({ kind: "review_window_closing", about: null }, later)).toBe(false);
    expect(isReminderExpired({ kind: "review_window_closing", about: "2027-02-30" }, later)).toBe(false);
    expect(isReminderExpired({ kind: "review_window_closing", about: "2027-02-19" }, later)).toBe(true);
  });
});
