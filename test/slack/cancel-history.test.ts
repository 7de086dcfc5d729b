/** `/order cancel` stops a stray order and its reminders; `/order history` shows the audit trail; `/order help fields` lists what `set` takes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/core/clock.ts";
import { findOrderByRef, listOrderEvents } from "../../src/store/index.ts";
import { listReminders } from "../helpers/store.ts";
import { commandReplies, draftOrder, type Harness, startHarness } from "./harness.ts";

let h: Harness;
const channelId = "CCANCEL";

beforeAll(async () => {
  h = await startHarness({ driver: "pglite", clock: fixedClock("2026-11-03T09:00:00Z") });
});
afterAll(async () => {
  await h?.close();
});

async function run(text: string, count = 1): Promise<string> {
  const { replies } = await commandReplies(h, text, { channelId, count });
  return replies.map((body) => `${body.text ?? ""}`).join("\n");
}

describe("/order cancel and /order history", () => {
  it("cancels an order with a reason, audits it, stops its reminders, and shows it all in the history", async () => {
    const { order, ref } = await draftOrder(h, channelId);
    await run(`set ${ref} payment.depositPercent 40`);
    await run(`paid ${ref} deposit 2026-11-04`);
    const pending = () => listReminders(h.store.db, { orderId: order.id, states: ["pending"] });
    expect((await pending()).length).toBeGreaterThan(0);

    const answer = await run(`cancel ${ref} supplier raised the price after the deposit`);
    expect(answer).toContain(`${ref}: cancelled on 2026-11-03`);
    expect(answer).toContain("Reason: supplier raised the price after the deposit.");
    expect((await findOrderByRef(h.store.db, { workspaceId: "T111", channelId, ref }))?.state).toBe(
      "cancelled",
    );
    expect(await pending()).toEqual([]);
    const events = await listOrderEvents(h.store.db, { orderId: order.id });
    expect(events.at(-1)).toMatchObject({
      kind: "cancelled",
      actor: "W111",
      after: { state: "cancelled", reason: "supplier raised the price after the deposit" },
    });

    const history = await run(`history ${ref}`);
    expect(history).toContain(`*${ref}: history*`);
    expect(history).toMatch(/set payment\.depositPercent to “40” \(was “30”\)/);
    expect(history).toContain("deposit paid on 2026-11-04");
    expect(history).toContain(
      "cancelled on 2026-11-03 (reason: supplier raised the price after the deposit)",
    );
    expect(history).toContain("<@W111>");
    expect(history.indexOf("deposit paid")).toBeLessThan(history.indexOf("cancelled on"));

    expect(await run(`paid ${ref} balance`)).toMatch(/cancelled/);
  });

  it("lists every field set accepts, with its type and an example", async () => {
    const reply = await h.command("help fields", { channelId });
    const body = JSON.parse(reply.text) as { text: string };
    for (const field of [
      "supplier",
      "items[N].quantity",
      "items[N].specs.color",
      "payment.depositPercent",
      "dispatch.date",
    ])
      expect(body.text).toContain(field);
    expect(body.text).toContain("whole number above 0");
    expect(body.text).toContain("e.g. Pantone 5535 C");
  });
});
