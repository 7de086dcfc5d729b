import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channels, orders, reminders, transcripts, workspaces } from "../../db/schema.ts";
import { type DraftOrder, emptyDraft, type Finding, type ReminderPlan } from "../../src/core/schemas.ts";
import { AppError } from "../../src/errors.ts";
import {
  applyLifecycleEvent,
  claimRequestKey,
  createOrder,
  findOrderByRef,
  getChannelSettings,
  getTranscript,
  listFindings,
  listNextReminders,
  listOpenOrdersForChannels,
  listOrderEvents,
  listOrders,
  type PlanReminders,
  purgeExpiredTranscripts,
  purgeProcessedRequests,
  replaceReminders,
  saveTranscript,
  setOrderThread,
  updateChannelSettings,
  updateOrderField,
} from "../../src/store/index.ts";
import { drivers, listReminders, openTestStore, orderById, type TestStore } from "../helpers/store.ts";

const tablet: DraftOrder = {
  ...emptyDraft(),
  supplier: "Ningbo Example Trading Co., Ltd.",
  currency: "USD",
  items: [
    {
      name: "7 inch kids tablet",
      quantity: 1000,
      unit: "pcs",
      unitPrice: 38.5,
      specs: { size: null, material: null, color: "nice blue", packaging: null, branding: null, other: [] },
    },
  ],
  dispatch: { basis: "after_deposit", days: 25, date: null },
  payment: { depositPercent: 30, balance: "before_shipment", method: "bank_transfer" },
};

const vagueColour: Finding = {
  field: "items[0].specs.color",
  kind: "vague",
  quote: "nice blue",
  line: 7,
  suggestion: "Colour: Pantone ___ C, tolerance ΔE <= 2",
};

/** A stand-in timeline: one balance reminder a week before the ship date while the balance is owed. */
const planBalanceReminder: PlanReminders = ({ draft, state, dates }) => {
  if (state !== "deposit_paid" || !dates.deposit_paid || draft.dispatch.days === null) return [];
  const ship = new Date(`${dates.deposit_paid}T09:00:00Z`);
  ship.setUTCDate(ship.getUTCDate() + draft.dispatch.days - 7);
  return [
    {
      kind: "balance_payment",
      key: "balance_payment:7",
      dueAt: ship.toISOString(),
      broadcast: false,
      about: null,
    },
  ];
};

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe.each(drivers)("store on %s", (driver) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(driver);
  });
  afterAll(async () => {
    await store?.dispose();
  });

  async function newOrder(workspaceId = "T1", channelId = "C1", draft = tablet) {
    const transcript = await saveTranscript(store.db, {
      workspaceId,
      channelId,
      userId: "U1",
      source: "slash_command",
      text: "Supplier: 1000 pcs at 38.5 usd",
    });
    return createOrder(store.db, {
      workspaceId,
      channelId,
      transcriptId: transcript.id,
      createdBy: "U1",
      draft,
      findings: [vagueColour],
    });
  }

  // What happens to a paste when drafting then fails is tested through /order new in test/slack/app.test.ts.
  it("stores the raw paste with who sent it, from where, its size and its hash", async () => {
    const text = "Supplier: price 38.5 usd\nBuyer: ok deal ✓";
    const saved = await saveTranscript(store.db, {
      workspaceId: "T9",
      channelId: "C9",
      userId: "U9",
      source: "modal",
      text,
    });
    const row = await getTranscript(store.db, { id: saved.id });
    expect(row).toMatchObject({
      rawText: text,
      source: "modal",
      userId: "U9",
      byteLength: Buffer.byteLength(text),
    });
    expect(row?.byteLength).toBeGreaterThan(text.length);
    expect(row?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("numbers orders PO-1, PO-2 per workspace and stores draft, findings and a created event", async () => {
    const first = await newOrder("TA", "C1");
    const second = await newOrder("TA", "C2");
    const otherWorkspace = await newOrder("TB", "C1");
    expect([first.number, second.number, otherWorkspace.number]).toEqual([1, 2, 1]);
    expect(first).toMatchObject({ state: "draft", currency: "USD", shipDate: null, version: 1 });
    expect(Number(first.totalAmount)).toBe(38500);
    expect(first.draft).toEqual(tablet);
    expect(await listFindings(store.db, { orderId: first.id })).toMatchObject([
      { field: "items[0].specs.color", kind: "vague", quote: "nice blue", state: "open" },
    ]);
    expect((await listOrderEvents(store.db, { orderId: first.id })).map((e) => e.kind)).toEqual(["created"]);
  });

  it("finds an order by PO-n or n only in its own channel and workspace", async () => {
    const order = await newOrder("TF", "CF");
    for (const ref of ["PO-1", "1", "po-1"])
      expect((await findOrderByRef(store.db, { workspaceId: "TF", channelId: "CF", ref }))?.id).toBe(
        order.id,
      );
    expect(await findOrderByRef(store.db, { workspaceId: "TF", channelId: "OTHER", ref: "PO-1" })).toBeNull();
    expect(await findOrderByRef(store.db, { workspaceId: "OTHER", channelId: "CF", ref: "PO-1" })).toBeNull();
    expect(await findOrderByRef(store.db, { workspaceId: "TF", channelId: "CF", ref: "PO-2" })).toBeNull();
    expect(await findOrderByRef(store.db, { workspaceId: "TF", channelId: "CF", ref: "banana" })).toBeNull();
  });

  it("refuses an invalid draft and rolls back a failed creation whole (no order, no number used)", async () => {
    const bad = { ...tablet, currency: "DOLLARS" } as DraftOrder;
    expect((await rejection(newOrder("TR", "CR", bad))).code).toBe("invalid_field");
    const missingTranscript = createOrder(store.db, {
      workspaceId: "TR",
      channelId: "CR",
      transcriptId: "00000000-0000-4000-8000-000000000000",
      createdBy: "U1",
      draft: tablet,
      findings: [vagueColour],
    });
    expect((await rejection(missingTranscript)).code).toBe("internal");
    expect(await listOrders(store.db, { workspaceId: "TR" })).toEqual([]);
    expect((await newOrder("TR", "CR")).number).toBe(1);
  });

  it("has the database itself refuse a state no code knows", async () => {
    const order = await newOrder("TC", "CC");
    await expect(
      store.db
        .update(orders)
        .set({ state: "half_shipped" as never })
        .where(eq(orders.id, order.id)),
    ).rejects.toThrow();
    expect((await orderById(store.db, order.id))?.state).toBe("draft");
  });

  it("records the thread of the order card", async () => {
    const order = await newOrder("TT", "CT");
    const updated = await setOrderThread(store.db, { orderId: order.id, threadTs: "1712345678.000100" });
    expect(updated.threadTs).toBe("1712345678.000100");
    expect(updated.version).toBe(2);
    expect((await listOrderEvents(store.db, { orderId: order.id })).at(-1)).toMatchObject({
      kind: "card_posted",
      after: { threadTs: "1712345678.000100" },
    });
  });

  it("walks the lifecycle: state, audit trail, derived ship date and reminders move together", async () => {
    const order = await newOrder("TL", "CL");
    const step = (kind: "confirmed" | "deposit_paid" | "balance_paid" | "shipped", occurredOn: string) =>
      applyLifecycleEvent(store.db, {
        orderId: order.id,
        kind,
        occurredOn,
        actor: "U2",
        source: `/order ${kind} PO-1 ${occurredOn}`,
        planReminders: planBalanceReminder,
      });
    await step("confirmed", "2026-01-02");
    const paid = await step("deposit_paid", "2026-01-10");
    expect(paid.order).toMatchObject({ state: "deposit_paid", shipDate: "2026-02-04", version: 3 });
    expect(paid.reminders).toEqual([
      {
        kind: "balance_payment",
        key: "balance_payment:7",
        dueAt: "2026-01-28T09:00:00.000Z",
        broadcast: false,
        about: null,
      },
    ]);
    const pending = await listReminders(store.db, { orderId: order.id });
    expect(pending).toMatchObject([{ key: "balance_payment:7", state: "pending", attempts: 0 }]);
    expect(pending[0]!.dueAt.toISOString()).toBe("2026-01-28T09:00:00.000Z");

    // The balance paid: the plan no longer has the balance reminder, so it is cancelled, not deleted.
    const balance = await step("balance_paid", "2026-01-20");
    expect(balance.order.state).toBe("balance_paid");
    expect(await listReminders(store.db, { orderId: order.id })).toMatchObject([
      { key: "balance_payment:7", state: "cancelled" },
    ]);
    const events = await listOrderEvents(store.db, { orderId: order.id });
    expect(events.map((e) => [e.kind, e.occurredOn, e.actor])).toEqual([
      ["created", null, "U1"],
      ["confirmed", "2026-01-02", "U2"],
      ["deposit_paid", "2026-01-10", "U2"],
      ["balance_paid", "2026-01-20", "U2"],
    ]);
    expect(events[3]).toMatchObject({
      before: { state: "deposit_paid" },
      after: { state: "balance_paid" },
      source: "/order balance_paid PO-1 2026-01-20",
    });
  });

  it("refuses a step that does not fit, with the reason, and writes nothing", async () => {
    const order = await newOrder("TX", "CX");
    let planned = false;
    const error = await rejection(
      applyLifecycleEvent(store.db, {
        orderId: order.id,
        kind: "shipped",
        occurredOn: "2026-01-02",
        actor: "U1",
        source: "cli",
        planReminders: () => {
          planned = true;
          return [];
        },
      }),
    );
    expect(error.code).toBe("invalid_transition");
    expect(error.userMessage).toMatch(/^PO-1: Confirm the order first/);
    expect(planned).toBe(false);
    expect((await orderById(store.db, order.id))?.state).toBe("draft");
    expect(await listOrderEvents(store.db, { orderId: order.id })).toHaveLength(1);
  });

  it("takes a payment recorded on a draft as the order's confirmation too, the same day", async () => {
    const order = await newOrder("TP", "CP");
    const paid = await applyLifecycleEvent(store.db, {
      orderId: order.id,
      kind: "deposit_paid",
      occurredOn: "2026-12-01",
      actor: "U2",
      source: "/order paid PO-1 deposit 2026-12-01",
      planReminders: planBalanceReminder,
    });
    expect(paid.order).toMatchObject({ state: "deposit_paid", shipDate: "2026-12-26" });
    expect(paid.reminders.map((plan) => plan.key)).toEqual(["balance_payment:7"]);
    const events = await listOrderEvents(store.db, { orderId: order.id });
    expect(events.map((e) => [e.kind, e.occurredOn, e.source])).toEqual([
      ["created", null, expect.any(String)],
      ["confirmed", "2026-12-01", "/order paid PO-1 deposit 2026-12-01 (implied by deposit_paid)"],
      ["deposit_paid", "2026-12-01", "/order paid PO-1 deposit 2026-12-01"],
    ]);
  });

  it("rolls the whole step back when planning the reminders fails", async () => {
    const order = await newOrder("TP", "CP");
    await expect(
      applyLifecycleEvent(store.db, {
        orderId: order.id,
        kind: "confirmed",
        occurredOn: "2026-01-02",
        actor: "U1",
        source: "cli",
        planReminders: () => {
          throw new Error("timeline bug");
        },
      }),
    ).rejects.toMatchObject({ code: "internal" });
    expect(await orderById(store.db, order.id)).toMatchObject({ state: "draft", version: 1 });
    expect(await listOrderEvents(store.db, { orderId: order.id })).toHaveLength(1);
  });

  it("replans: keeps sent reminders, moves pending ones, cancels dropped ones, revives cancelled ones", async () => {
    const order = await newOrder("TQ", "CQ");
    let plan: ReminderPlan[] = [
      {
        kind: "inspection_booking",
        key: "inspection_booking",
        dueAt: "2026-02-01T09:00:00Z",
        broadcast: false,
        about: "2026-02-10",
      },
      {
        kind: "balance_payment",
        key: "balance_payment:7",
        dueAt: "2026-02-03T09:00:00Z",
        broadcast: false,
        about: "2026-02-10",
      },
      {
        kind: "balance_payment",
        key: "balance_payment:2",
        dueAt: "2026-02-08T09:00:00Z",
        broadcast: false,
        about: "2026-02-10",
      },
    ];
    await replaceReminders(store.db, { orderId: order.id, plans: plan });
    await store.db
      .update(reminders)
      .set({ state: "sent", sentAt: new Date("2026-02-01T09:00:05Z"), slackTs: "111.222" })
      .where(sql`${reminders.orderId} = ${order.id} and ${reminders.key} = 'inspection_booking'`);

    // The ship date moved a week: every reminder moves, except the one already posted.
    plan = [
      {
        kind: "inspection_booking",
        key: "inspection_booking",
        dueAt: "2026-02-08T09:00:00Z",
        broadcast: false,
        about: "2026-02-17",
      },
      {
        kind: "balance_payment",
        key: "balance_payment:7",
        dueAt: "2026-02-10T09:00:00Z",
        broadcast: false,
        about: "2026-02-17",
      },
    ];
    await replaceReminders(store.db, { orderId: order.id, plans: plan });
    const rows = await listReminders(store.db, { orderId: order.id });
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey.inspection_booking).toMatchObject({
      state: "sent",
      slackTs: "111.222",
      about: "2026-02-10",
    });
    expect(byKey["balance_payment:7"]).toMatchObject({ state: "pending", about: "2026-02-17" });
    expect(byKey["balance_payment:7"]!.dueAt.toISOString()).toBe("2026-02-10T09:00:00.000Z");
    expect(byKey["balance_payment:2"]).toMatchObject({ state: "cancelled" });
    expect(rows).toHaveLength(3);

    plan = [
      {
        kind: "balance_payment",
        key: "balance_payment:2",
        dueAt: "2026-02-15T09:00:00Z",
        broadcast: false,
        about: "2026-02-17",
      },
    ];
    await replaceReminders(store.db, { orderId: order.id, plans: plan });
    const revived = await listReminders(store.db, { orderId: order.id, states: ["pending"] });
    expect(revived.map((r) => r.key)).toEqual(["balance_payment:2"]);
    expect((await listNextReminders(store.db, { orderIds: [order.id] }))[0]?.key).toBe("balance_payment:2");
  });

  it("edits a field with zod validation, an audit event, and refreshed derived columns", async () => {
    const order = await newOrder("TE", "CE");
    const coloured = await updateOrderField(store.db, {
      orderId: order.id,
      field: "items[0].specs.color",
      value: "Pantone 2925 C",
      actor: "U3",
      source: '/order set PO-1 items[0].specs.color "Pantone 2925 C"',
    });
    expect(coloured.draft.items[0]?.specs.color).toBe("Pantone 2925 C");
    expect(coloured.version).toBe(2);
    const more = await updateOrderField(store.db, {
      orderId: order.id,
      field: "items[0].quantity",
      value: "2,000",
      actor: "U3",
      source: "cli",
    });
    expect(more.draft.items[0]?.quantity).toBe(2000);
    expect(Number(more.totalAmount)).toBe(77000);
    const dated = await updateOrderField(store.db, {
      orderId: order.id,
      field: "dispatch.basis",
      value: "fixed_date",
      actor: "U3",
      source: "cli",
    });
    expect(dated.shipDate).toBeNull();
    const fixed = await updateOrderField(store.db, {
      orderId: order.id,
      field: "dispatch.date",
      value: "2026-03-15",
      actor: "U3",
      source: "cli",
    });
    expect(fixed.shipDate).toBe("2026-03-15");
    const events = await listOrderEvents(store.db, { orderId: order.id });
    expect(events[1]).toMatchObject({
      kind: "field_set",
      actor: "U3",
      before: { field: "items[0].specs.color", value: "nice blue" },
      after: { field: "items[0].specs.color", value: "Pantone 2925 C" },
    });

    for (const [field, value] of [
      ["items[3].quantity", "5"],
      ["items[0].quantity", "lots"],
      ["payment.depositPercent", "130"],
      ["shipping.incoterm", "FOOB"],
      ["dispatch.date", "next friday"],
      ["nonsense", "x"],
      ["__proto__.x", "1"],
    ] as const) {
      const error = await rejection(
        updateOrderField(store.db, { orderId: order.id, field, value, actor: "U3", source: "cli" }),
      );
      expect(error.code, `${field}=${value}`).toBe("invalid_field");
    }
    expect((await orderById(store.db, order.id))?.version).toBe(5);
    expect(await listOrderEvents(store.db, { orderId: order.id })).toHaveLength(5);
  });

  it("refuses an edit made against an old version of the order", async () => {
    const order = await newOrder("TV", "CV");
    await updateOrderField(store.db, {
      orderId: order.id,
      field: "supplier",
      value: "A",
      actor: "U1",
      source: "cli",
    });
    const stale = updateOrderField(store.db, {
      orderId: order.id,
      field: "supplier",
      value: "B",
      actor: "U2",
      source: "cli",
      expectedVersion: order.version,
    });
    expect((await rejection(stale)).code).toBe("invalid_transition");
    expect((await orderById(store.db, order.id))?.draft.supplier).toBe("A");
  });

  it("applies a suggestion and its finding together, or neither", async () => {
    const order = await newOrder("TAP", "CAP");
    const [finding] = await listFindings(store.db, { orderId: order.id });
    const missing = updateOrderField(store.db, {
      orderId: order.id,
      field: "items[0].specs.color",
      value: "Pantone 2925 C",
      actor: "U5",
      source: "apply",
      appliesFindingId: 999_999,
    });
    expect((await rejection(missing)).code).toBe("not_found");
    expect((await orderById(store.db, order.id))?.draft.items[0]?.specs.color).toBe("nice blue");
    await updateOrderField(store.db, {
      orderId: order.id,
      field: "items[0].specs.color",
      value: "Pantone 2925 C",
      actor: "U5",
      source: "apply",
      appliesFindingId: finding!.id,
    });
    expect(await listFindings(store.db, { orderId: order.id })).toMatchObject([{ state: "applied" }]);
    expect((await listOrderEvents(store.db, { orderId: order.id })).map((e) => e.kind)).toEqual([
      "created",
      "field_set",
      "finding_applied",
    ]);
  });

  it("lists a channel's orders and the open ones across channels", async () => {
    const a = await newOrder("TLIST", "C1");
    const b = await newOrder("TLIST", "C2");
    const c = await newOrder("TLIST", "C3");
    await applyLifecycleEvent(store.db, {
      orderId: b.id,
      kind: "cancelled",
      occurredOn: "2026-01-01",
      actor: "U1",
      source: "cli",
      planReminders: () => [],
    });
    expect((await listOrders(store.db, { workspaceId: "TLIST", channelId: "C1" })).map((o) => o.id)).toEqual([
      a.id,
    ]);
    expect(
      (await listOrders(store.db, { workspaceId: "TLIST", states: ["cancelled"] })).map((o) => o.id),
    ).toEqual([b.id]);
    const open = await listOpenOrdersForChannels(store.db, {
      workspaceId: "TLIST",
      channelIds: ["C1", "C2", "C3"],
    });
    expect(open.map((o) => o.number)).toEqual([c.number, a.number]);
    expect(await listOpenOrdersForChannels(store.db, { workspaceId: "TLIST", channelIds: [] })).toEqual([]);
  });

  it("keeps channel settings with defaults and refuses invalid ones", async () => {
    expect(await getChannelSettings(store.db, { workspaceId: "TS", channelId: "CS" })).toMatchObject({
      timeZone: "UTC",
      reminderHour: 9,
      disputeWindowDays: 30,
    });
    await updateChannelSettings(store.db, {
      workspaceId: "TS",
      channelId: "CS",
      settings: { timeZone: "Asia/Shanghai", reminderHour: 8 },
    });
    expect(await getChannelSettings(store.db, { workspaceId: "TS", channelId: "CS" })).toMatchObject({
      timeZone: "Asia/Shanghai",
      reminderHour: 8,
      balanceReminderDaysBefore: [7, 2],
    });
    // Only what a person set is stored: later changes to the defaults still reach this channel.
    const [row] = await store.db
      .select({ settings: channels.settings })
      .from(channels)
      .where(and(eq(channels.workspaceId, "TS"), eq(channels.id, "CS")));
    expect(row?.settings).toEqual({ reminderHour: 8 });
    for (const settings of [{ timeZone: "Mars/Olympus" }, { reminderHour: 25 }])
      expect(
        (await rejection(updateChannelSettings(store.db, { workspaceId: "TS", channelId: "CS", settings })))
          .code,
      ).toBe("invalid_field");
    expect((await getChannelSettings(store.db, { workspaceId: "TS", channelId: "CS" })).timeZone).toBe(
      "Asia/Shanghai",
    );
  });

  it("recognises a repeated request key until it is purged", async () => {
    expect(await claimRequestKey(store.db, { key: "event:Ev1", kind: "event" })).toBe(true);
    expect(await claimRequestKey(store.db, { key: "event:Ev1", kind: "event" })).toBe(false);
    const dayAgo = new Date(Date.now() - 86_400_000);
    expect(await purgeProcessedRequests(store.db, { before: dayAgo })).toBe(0);
    expect(await purgeProcessedRequests(store.db, { before: new Date(Date.now() + 60_000) })).toBeGreaterThan(
      0,
    );
    expect(await claimRequestKey(store.db, { key: "event:Ev1", kind: "event" })).toBe(true);
  });

  it("purges only where a channel turned retention on, after that channel's number of days, and keeps the hash", async () => {
    await updateChannelSettings(store.db, {
      workspaceId: "TRET",
      channelId: "C7",
      settings: { transcriptRetentionDays: 7 },
    });
    const paste = (channelId: string) =>
      saveTranscript(store.db, {
        workspaceId: "TRET",
        channelId,
        userId: "U1",
        source: "shortcut",
        text: `chat in ${channelId}`,
      });
    const [oldIn7, newIn7, oldInDefault] = [await paste("C7"), await paste("C7"), await paste("CDEFAULT")];
    for (const id of [oldIn7.id, oldInDefault.id])
      await store.db
        .update(transcripts)
        .set({ createdAt: sql`now() - interval '10 days'` })
        .where(eq(transcripts.id, id));
    expect(await purgeExpiredTranscripts(store.db, { now: new Date() })).toBe(1);
    // The text goes, the hash stays as evidence of what was pasted, with the day it was purged.
    const purged = await getTranscript(store.db, { id: oldIn7.id });
    expect(purged).toMatchObject({ rawText: null, contentHash: oldIn7.contentHash });
    expect(purged?.purgedAt).not.toBeNull();
    expect((await getTranscript(store.db, { id: newIn7.id }))?.rawText).toBe("chat in C7");
    expect((await getTranscript(store.db, { id: oldInDefault.id }))?.rawText).toBe("chat in CDEFAULT");
  });

  it.runIf(driver === "postgres")(
    "gives 50 concurrent creations in one workspace 50 distinct refs",
    async () => {
      const created = await Promise.all(Array.from({ length: 50 }, () => newOrder("TCONC", "C1")));
      const numbers = created.map((o) => o.number).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      const [counter] = await store.db.select().from(workspaces).where(eq(workspaces.id, "TCONC"));
      expect(counter?.nextOrderNumber).toBe(51);
    },
  );

  it.runIf(driver === "postgres")(
    "lets only one of two simultaneous 'deposit paid' records through",
    async () => {
      const order = await newOrder("TDUP", "C1");
      await applyLifecycleEvent(store.db, {
        orderId: order.id,
        kind: "confirmed",
        occurredOn: "2026-01-02",
        actor: "U1",
        source: "cli",
        planReminders: () => [],
      });
      const results = await Promise.allSettled(
        ["U1", "U2"].map((actor) =>
          applyLifecycleEvent(store.db, {
            orderId: order.id,
            kind: "deposit_paid",
            occurredOn: "2026-01-05",
            actor,
            source: "cli",
            planReminders: () => [],
          }),
        ),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({
        reason: { code: "invalid_transition" },
      });
      const [row] = await store.db.select().from(orders).where(eq(orders.id, order.id));
      expect(row).toMatchObject({ state: "deposit_paid", version: 3 });
    },
  );
});
