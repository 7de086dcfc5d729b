/**
 * The console of local mode, driven as a newcomer drives it: paste a chat, work the order through its
 * life, let reminders fall due with `tick`, press their buttons. Each case is a defect a buyer met.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOrderEvents, listOrders } from "../../src/store/index.ts";
import { type ConsoleDriver, startConsoleWithSampleOrder } from "./console-driver.ts";

let c: ConsoleDriver;

/** A chat that settles the product, quantity and terms but never a price. */
const chatWithoutPrice = [
  "Ningbo Example Trading Co., Ltd. (Lily) 2026-11-05 09:00",
  "Hello, silicone phone case MOQ 500 pcs",
  "Buyer (Tom) 2026-11-05 09:10",
  "We need 2000 pcs FOB Ningbo, 30% deposit, balance before shipment by T/T",
].join("\n");

beforeAll(async () => {
  // The machine's clock says 1 December; the console moves its own clock with `tick`.
  c = await startConsoleWithSampleOrder("2026-12-01T10:00:00Z");
});
afterAll(async () => {
  await c?.quit();
});

const buttonNumber = async (label: string, from: number) =>
  (await c.waitFor(new RegExp(`\\[(\\d+)\\] ${label}`), from))[1];

describe("local console", () => {
  it("prints a confirmation once, not again as 'only visible to you' (defect 12)", async () => {
    const shown = await c.run('/order set PO-1 supplier "Ningbo Example Trading Co., Ltd."');
    expect(shown.match(/PO-1: Supplier set to/g)).toHaveLength(1);
  });

  it("accepts a suggestion that names one value in one action (defect 3)", async () => {
    const from = c.screen().length;
    await c.run("/order show PO-1");
    const inspection = (await c.waitFor(/Missing · inspection[\s\S]*?\[(\d+)\] Apply suggestion/, from))[1];
    const shown = await c.run(inspection ?? "");
    expect(shown).toContain("PO-1: Inspection by set to “third_party”");
    expect(shown).not.toMatch(/is not accepted|must be one of|new value/);
  });

  it("renders what Slack would show, never raw markup (defect 6)", async () => {
    const shown = await c.run("/order review PO-1");
    expect(shown).not.toMatch(/<@|<#|<!date|```|:[a-z_]+:/);
    expect(shown).not.toContain("U0YOU");
    expect(c.screen()).toContain("by @you");
    expect(c.screen()).not.toContain("@U0YOU");
  });

  it("names its own words when a tick date is not understood (defect 11)", async () => {
    const shown = await c.run("tick tomorrow");
    expect(shown).toContain('"tomorrow" is not a day I can move to: type tick YYYY-MM-DD');
    expect(shown).not.toContain("--now");
  });

  it("refuses a day that does not exist, as /order paid does (defect 7)", async () => {
    expect(await c.run("tick 2026-02-30")).toMatch(/"2026-02-30" is not a day/);
    expect(await c.run("/order paid PO-1 deposit 2026-02-30")).toMatch(/"2026-02-30" is not a date/);
    expect(await c.run("/order show PO-1")).toContain("PO-1 · draft");
  });

  it("posts a reminder due at 09:00 when ticked to that bare date (defect 2), and Snooze and Done use the console's day (defect 5)", async () => {
    await c.run("/order confirm PO-1");
    await c.run("/order paid PO-1 deposit 2026-12-01");
    // Ship date 2026-12-26; the 7-day balance reminder is due 2026-12-19 at 09:00 UTC.
    let from = c.screen().length;
    let shown = await c.run("tick 2026-12-19");
    expect(shown).toMatch(/Reminder pass as of 2026-12-19 23:59 UTC: 1 posted, 0 failed/);
    expect(shown).toMatch(/in the thread: [\s\S]*balance/i);
    const snooze = await buttonNumber("Snooze 1 day", from);
    shown = await c.run(snooze ?? "");
    expect(shown).toMatch(/Snoozed by @you until 20 Dec 2026 at 23:59 UTC/);
    // The snooze runs on the console's day: the same day's pass has nothing to post again.
    expect(await c.run("tick 2026-12-19")).toMatch(/1?9 23:59 UTC: 0 posted/);

    from = c.screen().length;
    shown = await c.run("tick 2026-12-21");
    expect(shown).toMatch(/2026-12-21 23:59 UTC: 1 posted/);
    const done = await buttonNumber("Done", from);
    shown = await c.run(done ?? "", "y");
    const [order] = await listOrders(c.store.db, { workspaceId: "T0LOCAL", channelId: "C0LOCAL" });
    const events = await listOrderEvents(c.store.db, { orderId: order!.id });
    expect(events.find((event) => event.kind === "balance_paid")?.occurredOn).toBe("2026-12-21");
  });

  it("keeps button numbers small, and an old number says it is gone (defect 12)", async () => {
    for (let i = 0; i < 17; i++) await c.run("/order show PO-1");
    const numbers = [...c.screen().matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
    expect(Math.max(...numbers)).toBeLessThan(100);
    const shown = await c.run("99");
    expect(shown).toMatch(/There is no button 99/);
  });

  it("asks only for the blanks of a template suggestion, such as a price the chat never gave (defect 3)", async () => {
    let from = c.screen().length;
    await c.run("/order new", chatWithoutPrice, ".");
    await c.waitFor(/PO-2 · draft[\s\S]*\[\d+\] Confirm order/, from);
    from = c.screen().length;
    await c.run("/order show PO-2");
    const price = (await c.waitFor(/Missing · [^\n]*unit price[\s\S]*?\[(\d+)\] Apply suggestion/, from))[1];
    const shown = await c.run(price ?? "", "38.5");
    expect(shown).toContain("___ (1 of 1");
    expect(shown).not.toMatch(/new value|\(now:/);
    expect(shown).toMatch(/PO-2: [^\n]*unit price set to “38\.5”/);
  });
});
