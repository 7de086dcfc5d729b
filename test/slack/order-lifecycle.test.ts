/** The order's life through /order on real PostgreSQL: list, set, review, export, confirm, paid, shipped, received, completed. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/core/clock.ts";
import { findOrderByRef } from "../../src/store/index.ts";
import { type Harness, postedOrder, repliesTo, sampleTranscript, startHarness } from "./harness.ts";

let h: Harness;
let ref = "";
const channelId = "CLIFE";

beforeAll(async () => {
  // "today" is fixed so the dates typed below come after the confirmation
  h = await startHarness({ driver: "postgres", clock: fixedClock("2026-11-03T09:00:00Z") });
  await h.command(`new ${sampleTranscript}`, { channelId });
  const order = await postedOrder(h, channelId);
  ref = `PO-${order.number}`;
});
afterAll(async () => {
  await h?.close();
});

/** Run a command and return the text of its response_url replies. */
async function run(text: string, count = 1): Promise<string> {
  const reply = await h.command(text, { channelId });
  expect(reply.status).toBe(200);
  const replies = await h.slack.waitFor(() => {
    const found = repliesTo(h.slack, reply.responseUrl);
    return found.length >= count ? found : undefined;
  });
  return replies.map((body) => `${body.text ?? ""}${JSON.stringify(body.blocks ?? "")}`).join("\n");
}

const threadPosts = () =>
  h.slack.calls.filter(
    (call) => call.method === "chat.postMessage" && call.body.channel === channelId && call.body.thread_ts,
  );

describe("lifecycle commands", () => {
  it("lists the channel's orders", async () => {
    expect(await run("list")).toContain(`*${ref}* · draft`);
  });

  it("sets a field with a quoted value, says so in the thread and redraws the card", async () => {
    const before = threadPosts().length;
    const answer = await run(`set ${ref} supplier "Ningbo Example Trading Co., Ltd."`);
    expect(answer).toContain(`${ref}: Supplier set to “Ningbo Example Trading Co., Ltd.”`);
    const order = await findOrderByRef(h.store.db, { workspaceId: "T111", channelId, ref });
    expect(order?.draft.supplier).toBe("Ningbo Example Trading Co., Ltd.");
    expect(threadPosts().length).toBe(before + 1);
    const redraw = h.slack.callsOf("chat.update").at(-1);
    expect(redraw?.body.ts).toBe(order?.threadTs);
    expect(JSON.stringify(redraw?.body.blocks)).toContain("Ningbo Example Trading Co., Ltd.");
  });

  it("refuses a value the field does not accept", async () => {
    const before = await findOrderByRef(h.store.db, { workspaceId: "T111", channelId, ref });
    const posts = threadPosts().length;
    const answer = await run(`set ${ref} payment.depositPercent lots`);
    // The refused value is named back to the person; nothing is written and the thread hears nothing.
    expect(answer).toContain("not lots.");
    expect(answer).not.toContain("set to");
    const after = await findOrderByRef(h.store.db, { workspaceId: "T111", channelId, ref });
    expect(after?.draft.payment.depositPercent).toBe(30);
    expect(after?.version).toBe(before?.version);
    expect(threadPosts().length).toBe(posts);
  });

  it("reviews and exports", async () => {
    expect(await run(`review ${ref}`)).toMatch(/Missing|Vague|no open findings/);
    const exported = await run(`export ${ref}`);
    expect(exported).toContain("Trade Assurance order form");
    expect(exported).toContain("Ningbo Example Trading Co., Ltd.");
  });

  it("confirms, records payments and shipping with dates, and says what comes next in the thread", async () => {
    expect(await run(`confirm ${ref} anyway`)).toContain(`${ref}: confirmed on`);
    expect(await run(`paid ${ref} deposit 2026-11-05`)).toContain("deposit paid on 2026-11-05");
    // The chat agreed the balance before shipment: shipping with only the deposit paid is refused.
    expect(await run(`shipped ${ref} 2026-11-28`)).toContain("balance is due before shipment");
    let order = await findOrderByRef(h.store.db, { workspaceId: "T111", channelId, ref });
    expect(order?.state).toBe("deposit_paid");
    expect(await run(`paid ${ref} balance 2026-11-25`)).toContain("balance paid on 2026-11-25");
    expect(await run(`shipped ${ref} 2026-11-28`)).toContain("shipped on 2026-11-28");
    const thread = threadPosts().map((call) => String(call.body.text));
    expect(thread.some((text) => text.includes("deposit paid on 2026-11-05") && text.includes("Next:"))).toBe(
      true,
    );
    order = await findOrderByRef(h.store.db, { workspaceId: "T111", channelId, ref });
    expect(order?.state).toBe("shipped");
  });

  it("refuses a step that does not fit the order's state, saying why", async () => {
    const answer = await run(`completed ${ref} 2026-11-29`);
    expect(answer).toContain(ref);
    const order = await findOrderByRef(h.store.db, { workspaceId: "T111", channelId, ref });
    expect(order?.state).not.toBe("completed");
  });

  it("refuses an order number that does not exist here", async () => {
    expect(await run("confirm PO-999")).toContain("No order PO-999 in this channel");
  });
});
