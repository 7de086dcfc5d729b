/**
 * Confirming with problems open is asked about first, on every surface: the card's button carries a
 * Slack confirm dialog listing them, `/order confirm` answers with the list and how to confirm anyway.
 * Confirming anyway works and the history keeps what was open. Editing a quantity or price after the
 * goods were received is asked about too (command and edit modal), and audited.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/core/clock.ts";
import { emptyDraft, type Finding, type OrderItem } from "../../src/core/schemas.ts";
import { createOrder, findOrderByRef, listOrderEvents, setOrderThread } from "../../src/store/index.ts";
import { payloadJson } from "../helpers/slack-request.ts";
import { type Harness, postedOrder, repliesTo, startHarness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ driver: "pglite", clock: fixedClock("2026-11-03T09:00:00Z") });
});
afterAll(async () => {
  await h?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: Slack payloads
type Json = Record<string, any>;

const item = (overrides: Partial<OrderItem> = {}): OrderItem => ({
  name: "silicone phone case",
  quantity: 2000,
  unit: "pcs",
  unitPrice: 1.15,
  specs: { size: null, material: null, color: "Pantone 5535 C", packaging: null, branding: null, other: [] },
  ...overrides,
});

/** An order made in the store, its card posted (so refreshes are chat.update calls on a known ts). */
async function order(
  channelId: string,
  input: { supplier?: string | null; items?: OrderItem[]; findings?: Finding[] } = {},
) {
  const draft = emptyDraft();
  draft.supplier = input.supplier === undefined ? "Shenzhen Lingtong Technology Co., Ltd." : input.supplier;
  draft.currency = "USD";
  draft.items.push(...(input.items ?? [item()]));
  draft.dispatch = { basis: "after_deposit", days: 25, date: null };
  draft.payment = { depositPercent: 30, balance: "before_shipment", method: "bank_transfer" };
  draft.inspection = { required: true, by: "third_party" };
  const row = await createOrder(h.store.db, {
    workspaceId: "T111",
    channelId,
    transcriptId: null,
    createdBy: "W111",
    draft,
    findings: input.findings ?? [],
  });
  const threadTs = `1700000000.${row.number}`;
  await setOrderThread(h.store.db, { orderId: row.id, threadTs });
  h.slack.seedMessage({ channel: channelId, ts: threadTs, text: "card" });
  return { ref: `PO-${row.number}`, id: row.id };
}

const vague = (field: string, quote: string): Finding => ({
  field,
  kind: "vague",
  quote,
  line: 4,
  suggestion: "Pantone ___ C",
});

async function run(channelId: string, text: string): Promise<Json[]> {
  const reply = await h.command(text, { channelId });
  expect(reply.status).toBe(200);
  return h.slack.waitFor(() => {
    const found = repliesTo(h.slack, reply.responseUrl);
    return found.length >= 1 ? found : undefined;
  });
}

/** The card as last drawn in the channel (show renders it ephemerally). */
async function confirmButtonOf(channelId: string, ref: string): Promise<Json> {
  const [card] = await run(channelId, `show ${ref}`);
  const buttons = ((card?.blocks ?? []) as Json[]).flatMap((block) => block.elements ?? []);
  return buttons.find((element: Json) => element.action_id === "order_confirm");
}

function click(channelId: string, ref: string): Json {
  const payload = payloadJson<Json>("bolt-python/block_actions.json");
  payload.channel = { id: channelId, name: "sourcing" };
  payload.container = { type: "message", message_ts: "1700000000.000100", channel_id: channelId };
  payload.response_url = h.slack.responseUrl();
  payload.trigger_id = `trigger-${Math.random()}`;
  payload.actions = [
    {
      ...payload.actions[0],
      action_id: "order_confirm",
      value: JSON.stringify({ ref }),
      action_ts: String(Date.now() / 1000),
    },
  ];
  return payload;
}

const stateOf = async (channelId: string, ref: string) =>
  (await findOrderByRef(h.store.db, { workspaceId: "T111", channelId, ref }))?.state;

describe("confirming with problems open", () => {
  it("the card's Confirm button asks in a dialog that lists the open findings and the gaps", async () => {
    const { ref } = await order("CWARN1", {
      supplier: null,
      items: [item({ name: "item", unitPrice: null })],
      findings: [vague("items[0].specs.color", "nice blue")],
    });
    const button = await confirmButtonOf("CWARN1", ref);
    const dialog = button.confirm as Json;
    expect(dialog.title.text).toBe("Confirm with problems open?");
    expect(dialog.confirm.text).toBe("Confirm anyway");
    const text = String(dialog.text.text);
    expect(text).toContain(`${ref} has 1 open finding and 3 gaps in the terms`);
    expect(text).toContain("Vague · item: colour");
    expect(text).toContain("No supplier");
    expect(text).toContain("Item 1 has no product name");
    expect(text).toContain("Item 1 has no unit price");
  });

  it("keeps the dialog within Slack's 300 characters, saying how many more there are", async () => {
    const items = Array.from({ length: 12 }, (_, index) =>
      item({ name: `case model ${index}`, quantity: null, unitPrice: null }),
    );
    const { ref } = await order("CWARN2", { items });
    const text = String((await confirmButtonOf("CWARN2", ref)).confirm.text.text);
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text).toContain("24 gaps in the terms");
    const more = Number(text.match(/…and (\d+) more$/)?.[1]);
    const listed = text.split("\n").filter((line) => line.startsWith("• ")).length;
    expect(listed).toBeGreaterThan(0);
    expect(listed + more).toBe(24);
  });

  it("an order with nothing open has a plain Confirm button and `/order confirm` confirms it", async () => {
    const { ref } = await order("CWARN3");
    expect((await confirmButtonOf("CWARN3", ref)).confirm).toBeUndefined();
    const [reply] = await run("CWARN3", `confirm ${ref}`);
    expect(String(reply?.text)).toContain(`${ref}: confirmed on 2026-11-03`);
    expect(await stateOf("CWARN3", ref)).toBe("confirmed");
  });

  it("`/order confirm` answers with the list and how to confirm anyway; `anyway` confirms and the history says so", async () => {
    const { ref, id } = await order("CWARN4", {
      findings: [vague("items[0].specs.color", "nice blue"), vague("items[0].specs.other", "good quality")],
    });
    const [answer] = await run("CWARN4", `confirm ${ref}`);
    const text = String(answer?.text);
    expect(text).toContain(`${ref} is not confirmed yet: it has 2 open findings.`);
    expect(text).toContain("Vague · silicone phone case: colour");
    expect(text).toContain(`/order confirm ${ref} anyway`);
    expect(JSON.stringify(answer?.blocks)).toContain("Confirm anyway");
    expect(await stateOf("CWARN4", ref)).toBe("draft");

    const [done] = await run("CWARN4", `confirm ${ref} anyway`);
    expect(String(done?.text)).toContain(`${ref}: confirmed on 2026-11-03`);
    expect(String(done?.text)).toContain("Confirmed anyway with 2 open findings");
    expect(await stateOf("CWARN4", ref)).toBe("confirmed");
    const events = await listOrderEvents(h.store.db, { orderId: id });
    expect(events.at(-1)?.after).toMatchObject({ state: "confirmed" });

    const history = (await run("CWARN4", `history ${ref}`)).map((body) => String(body.text)).join("\n");
    expect(history).toMatch(
      /confirmed on 2026-11-03, confirmed anyway with 2 open findings: Vague · silicone phone case: colour/,
    );
  });

  it("the button (after Slack's dialog) confirms anyway and audits what was open", async () => {
    const { ref, id } = await order("CWARN5", { supplier: null });
    expect((await h.interactive(click("CWARN5", ref))).status).toBe(200);
    await h.slack.waitFor((calls) =>
      calls.find(
        (call) => call.method === "chat.postMessage" && String(call.body.text).includes(`${ref}: confirmed`),
      ),
    );
    expect(await stateOf("CWARN5", ref)).toBe("confirmed");
    const confirmed = (await listOrderEvents(h.store.db, { orderId: id })).find(
      (event) => event.kind === "confirmed",
    );
    expect(confirmed?.after).toMatchObject({ note: "confirmed anyway with 1 gap in the terms: No supplier" });
  });
});

describe("editing a quantity or price after the goods were received", () => {
  async function received(channelId: string) {
    const made = await order(channelId);
    for (const step of [
      `confirm ${made.ref}`,
      `paid ${made.ref} deposit 2026-11-04`,
      `paid ${made.ref} balance 2026-11-20`,
      `shipped ${made.ref} 2026-11-25`,
      `received ${made.ref} 2026-12-20`,
    ])
      await run(channelId, step);
    expect(await stateOf(channelId, made.ref)).toBe("received");
    return made;
  }

  it("`/order set` asks first and changes nothing; `anyway` changes it and the history says when", async () => {
    const { ref } = await received("CLATE1");
    const [asked] = await run("CLATE1", `set ${ref} items[0].quantity 1900`);
    expect(String(asked?.text)).toContain(`${ref}'s goods were marked received on 2026-12-20`);
    expect(String(asked?.text)).toContain(`/order set ${ref} items[0].quantity 1900 anyway`);
    const draft = async () =>
      (await findOrderByRef(h.store.db, { workspaceId: "T111", channelId: "CLATE1", ref }))?.draft;
    expect((await draft())?.items[0]?.quantity).toBe(2000);

    const [changed] = await run("CLATE1", `set ${ref} items[0].quantity 1900 anyway`);
    expect(String(changed?.text)).toContain("changed after the goods were received on 2026-12-20");
    expect((await draft())?.items[0]?.quantity).toBe(1900);
    const history = (await run("CLATE1", `history ${ref}`)).map((body) => String(body.text)).join("\n");
    expect(history).toContain(
      "set items[0].quantity to “1900” (was “2000”), changed after the goods were received on 2026-12-20",
    );
    // Other fields are not asked about.
    const [plain] = await run("CLATE1", `set ${ref} items[0].specs.packaging "50 pcs per carton"`);
    expect(String(plain?.text)).toContain("set to “50 pcs per carton”");
  });

  it("the edit modal asks again in its place, and the second Save changes it", async () => {
    const { ref } = await received("CLATE2");
    const submit = (metadata: Json) => {
      const payload = payloadJson<Json>("bolt-python/view_submission.json");
      payload.view = {
        ...payload.view,
        id: `V${Math.random()}`,
        callback_id: "edit_field",
        private_metadata: JSON.stringify(metadata),
        state: { values: { edit_value: { value: { type: "plain_text_input", value: "1.10" } } } },
      };
      return h.interactive(payload);
    };
    const first = JSON.parse(
      (await submit({ channelId: "CLATE2", ref, field: "items[0].unitPrice" })).text,
    ) as Json;
    expect(first.response_action).toBe("update");
    expect(JSON.stringify(first.view.blocks)).toContain("marked received on 2026-12-20");
    expect(first.view.submit.text).toBe("Change anyway");
    const unitPrice = async () =>
      (await findOrderByRef(h.store.db, { workspaceId: "T111", channelId: "CLATE2", ref }))?.draft.items[0]
        ?.unitPrice;
    expect(await unitPrice()).toBe(1.15);
    const metadata = JSON.parse(first.view.private_metadata) as Json;
    expect(metadata.anyway).toBe(true);
    expect((await submit(metadata)).status).toBe(200);
    expect(await unitPrice()).toBe(1.1);
  });
});

describe("superseded prices on the card", () => {
  it("shows the prices offered before the agreed one, with their lines", async () => {
    const chat = [
      "Shenzhen Lingtong Technology Co., Ltd. (Amy) 2026-11-02 10:01",
      "Hello, silicone phone case for iPhone 15, MOQ 1000 pcs, price 1.25 usd/pc",
      "Buyer (Tom) 2026-11-02 10:05",
      "We need 2000 pcs. Can you do 1.10 usd?",
      "Shenzhen Lingtong Technology Co., Ltd. (Amy) 2026-11-02 10:20",
      "1.10 is too low, best 1.15 usd for 2000 pcs",
      "Buyer (Tom) 2026-11-02 10:25",
      "ok deal at 1.15, 30% deposit",
    ].join("\n");
    await h.command(`new ${chat}`, { channelId: "CPRICE" });
    const { number } = await postedOrder(h, "CPRICE");
    const [card] = await run("CPRICE", `show PO-${number}`);
    const text = JSON.stringify(card?.blocks);
    expect(text).toContain("@ USD 1.15");
    expect(text).toContain("price: 1.25 offered (line 2), 1.10 asked (line 4), 1.15 agreed on line 8");
  });
});
