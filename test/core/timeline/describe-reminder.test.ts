import { describe, expect, it } from "vitest";
import { emptyDraft, type ReminderPlan } from "../../../src/core/schemas.ts";
import {
  describeReminder,
  describeReminderGroup,
  reminderTitle,
} from "../../../src/core/timeline/describe-reminder.ts";
import { pricedDraft } from "../../helpers/priced-draft.ts";

const balance: ReminderPlan = {
  kind: "balance_payment",
  key: "balance_payment:2",
  dueAt: "2026-12-24T09:00:00.000Z",
  broadcast: false,
  about: "2026-12-26",
};

describe("reminder text", () => {
  it("says what to pay, by when, and how to record it", () => {
    const draft = {
      ...emptyDraft(),
      payment: { depositPercent: 30, balance: "before_shipment" as const, method: null },
    };
    const text = describeReminder(balance, { number: "PO-7", draft });
    expect(text).toContain("PO-7");
    expect(text).toContain("70% balance");
    expect(text).toContain("Sat 26 Dec 2026");
    expect(text).toContain("/order paid PO-7 balance");
    expect(text).toMatch(/outside the order are not protected/);
  });

  it("tells the team a late-shipment claim is now possible when the ship date passed", () => {
    const text = describeReminder(
      { ...balance, kind: "ship_date_passed", key: "ship_date_passed", about: "2026-12-26" },
      { number: "PO-7" },
    );
    expect(text).toMatch(/late-shipment claim is now possible/);
    expect(text).toContain("/order shipped PO-7");
  });

  it("names the dispute deadline when the goods arrive", () => {
    const text = describeReminder(
      { ...balance, kind: "inspect_on_arrival", key: "inspect_on_arrival", about: "2027-02-19" },
      { number: "PO-7" },
    );
    expect(text).toContain("Fri 19 Feb 2027");
    expect(text).toMatch(/dispute window closes/);
  });

  it("gives the inspector's notice rule for the kind of inspection agreed", () => {
    const plan = { ...balance, kind: "inspection_booking" as const, key: "inspection_booking" };
    const third = { ...emptyDraft(), inspection: { required: true, by: "third_party" as const } };
    expect(describeReminder(plan, { number: "PO-1", draft: third })).toMatch(
      /2 working days' notice.*80% packed/,
    );
    expect(describeReminder(plan, { number: "PO-1" })).toMatch(/7 working days before shipment/);
  });

  it("has a text for every kind", () => {
    for (const kind of [
      "inspection_booking",
      "balance_payment",
      "ship_date_passed",
      "inspect_on_arrival",
      "dispute_window_closing",
      "review_invitation",
      "review_window_closing",
    ] as const) {
      const text = describeReminder({ ...balance, kind }, { number: "PO-2" });
      expect(text.length).toBeGreaterThan(40);
      expect(reminderTitle({ kind }, { number: "PO-2" })).toMatch(/^PO-2: /);
    }
  });

  it("folds several overdue reminders of one order into one message", () => {
    const seven = { ...balance, key: "balance_payment:7", about: "2026-12-26" };
    const text = describeReminderGroup([seven, balance], { number: "PO-7" });
    expect(text.split("\n")[0]).toBe("PO-7: 2 reminders are due.");
    expect(text.split("\n")).toHaveLength(3);
    expect(describeReminderGroup([balance], { number: "PO-7" })).toBe(
      describeReminder(balance, { number: "PO-7" }),
    );
  });

  it("states the balance due and the order's total in money (feature: money in reminders)", () => {
    const draft = pricedDraft(30);
    const text = describeReminder(balance, { number: "PO-1", draft });
    expect(text).toContain("USD 1,610.00 = 70% of USD 2,300.00");
    expect(text).toContain("order total USD 2,300.00");
  });

  it("books the inspection with the inspector, never with the supplier (defect 12)", () => {
    const plan = { ...balance, kind: "inspection_booking" as const, key: "inspection_booking" };
    const draft = {
      ...emptyDraft(),
      supplier: "Shenzhen Lingtong Technology Co., Ltd.",
      inspection: { required: true, by: "third_party" as const },
    };
    const text = describeReminder(plan, { number: "PO-1", draft });
    expect(text).not.toContain("Shenzhen Lingtong");
    expect(text).toContain("book the pre-shipment inspection with your third-party inspector");
    const alibaba = describeReminder(plan, {
      number: "PO-1",
      draft: { ...draft, inspection: { required: true, by: "alibaba" as const } },
    });
    expect(alibaba).toContain("through Alibaba.com's inspection service");
    expect(alibaba).not.toContain("Shenzhen Lingtong");
  });

  it("does not call an order complete while it is only received (defect 12)", () => {
    const plan = {
      ...balance,
      kind: "review_invitation" as const,
      key: "review_invitation",
      about: "2027-02-10",
    };
    const received = describeReminder(plan, { number: "PO-1", state: "received" });
    expect(received).not.toMatch(/PO-1 is complete/);
    expect(received).toContain("still marked received");
    expect(received).toContain("/order completed PO-1");
    expect(describeReminder(plan, { number: "PO-1", state: "completed" })).toContain("PO-1 is complete");
  });
});

describe("every reminder kind's title and the words that carry its deadline", () => {
  // Completed: the review invitation's words for a received order are tested above.
  const subject = { number: "PO-4", state: "completed" as const };
  const on = (kind: ReminderPlan["kind"], about: string | null = "2027-02-19") =>
    describeReminder({ ...balance, kind, key: kind, about }, subject);

  it.each([
    ["inspection_booking", "Book the pre-shipment inspection"],
    ["balance_payment", "Balance payment due before shipment"],
    ["ship_date_passed", "Ship date passed, not marked shipped"],
    ["inspect_on_arrival", "Check the goods now"],
    ["dispute_window_closing", "Dispute window closing"],
    ["review_invitation", "Leave a review for the supplier"],
    ["review_window_closing", "Review window closing"],
  ] as const)("%s is titled %j", (kind, title) => {
    expect(reminderTitle({ kind }, subject)).toBe(`PO-4: ${title}`);
  });

  it.each([
    ["inspection_booking", "PO-4 ships by Fri 19 Feb 2027: book the pre-shipment inspection now."],
    ["balance_payment", "PO-4 ships by Fri 19 Feb 2027 and the balance is due before shipment."],
    ["ship_date_passed", "PO-4 was due to ship by Fri 19 Feb 2027 and is not marked shipped."],
    ["inspect_on_arrival", "The dispute window closes on Fri 19 Feb 2027;"],
    [
      "dispute_window_closing",
      "PO-4: the window to open a Trade Assurance dispute closes on Fri 19 Feb 2027.",
    ],
    ["review_invitation", "Leave a review for the supplier on Alibaba.com by Fri 19 Feb 2027"],
    ["review_window_closing", "PO-4: the review window closes on Fri 19 Feb 2027."],
  ] as const)("%s says %j", (kind, words) => {
    expect(on(kind)).toContain(words);
  });

  it("says 'the agreed date' when the reminder carries no date", () => {
    expect(on("ship_date_passed", null)).toContain("was due to ship by the agreed date");
  });

  it("states the balance share only for a deposit strictly between 0% and 100%", () => {
    const share = (depositPercent: number | null) =>
      describeReminder(balance, {
        number: "PO-4",
        draft: { ...emptyDraft(), payment: { depositPercent, balance: "before_shipment", method: null } },
      });
    expect(share(1)).toContain("the 99% balance is due");
    expect(share(99)).toContain("the 1% balance is due");
    for (const percent of [0, 100, null]) expect(share(percent)).toContain("and the balance is due");
  });

  it("gives the inspector's notice rule for a buyer's own inspector too", () => {
    const plan = { ...balance, kind: "inspection_booking" as const, key: "inspection_booking" };
    const own = { ...emptyDraft(), inspection: { required: true, by: "buyer" as const } };
    expect(describeReminder(plan, { number: "PO-1", draft: own })).toContain("2 working days' notice");
    const alibaba = { ...emptyDraft(), inspection: { required: true, by: "alibaba" as const } };
    expect(describeReminder(plan, { number: "PO-1", draft: alibaba })).toContain(
      "Alibaba's inspection service must be booked at least 7 working days before shipment.",
    );
  });

  it("puts each reminder of a group under its title, in the order given", () => {
    const arrival = { ...balance, kind: "inspect_on_arrival" as const, key: "inspect_on_arrival" };
    const lines = describeReminderGroup([balance, arrival], subject).split("\n");
    expect(lines[1]).toBe(`• *Balance payment due before shipment*: ${describeReminder(balance, subject)}`);
    expect(lines[2]).toBe(`• *Check the goods now*: ${describeReminder(arrival, subject)}`);
  });
});
