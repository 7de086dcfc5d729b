/**
 * Editing a field re-reviews the findings on that field (defect 4), the claims never contradict an open
 * finding, and an edited value cites who edited it and when instead of the old chat line (defect 9).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/core/clock.ts";
import { emptyDraft } from "../../src/core/schemas.ts";
import { claimsOf } from "../../src/services/order-view.ts";
import { type FindingRow, findOrderByRef, listFindings } from "../../src/store/index.ts";
import { commandReplies, draftOrder, type Harness, startHarness } from "./harness.ts";

let h: Harness;
const channelId = "CEDIT";
let ref = "";
let orderId = "";

// No colour code and no price: "Missing · colour" and "Missing · unit price" are raised.
const transcript = [
  "Ningbo Example Trading Co., Ltd. (Lily) 2026-11-02 10:01",
  "Hello, 7 inch kids tablet MOQ 500 pcs",
  "Buyer (Tom) 2026-11-02 10:05",
  "We need 1000 pcs in a nice blue color, FOB Ningbo by sea",
  "Ningbo Example Trading Co., Ltd. (Lily) 2026-11-02 10:20",
  "ok 1000 pcs, 30% deposit, balance before shipment by T/T, ship within 25 days after deposit",
].join("\n");

beforeAll(async () => {
  h = await startHarness({ driver: "pglite", clock: fixedClock("2026-11-03T09:00:00Z") });
  const drafted = await draftOrder(h, channelId, transcript);
  ref = drafted.ref;
  orderId = drafted.order.id;
});
afterAll(async () => {
  await h?.close();
});

async function run(text: string): Promise<string> {
  const { replies } = await commandReplies(h, text, { channelId });
  return replies.map((body) => String(body.text ?? "")).join("\n");
}

const openFields = async () =>
  (await listFindings(h.store.db, { orderId, states: ["open"] })).map((finding) => finding.field);
const lastCard = () => JSON.stringify(h.slack.callsOf("chat.update").at(-1)?.body.blocks ?? []);

describe("editing a field", () => {
  it("closes the findings the new value settles, and only those", async () => {
    expect(await openFields()).toEqual(expect.arrayContaining(["inspection", "items[0].unitPrice"]));
    await run(`set ${ref} inspection.required yes`);
    expect(await openFields()).not.toContain("inspection");
    expect(await openFields()).toContain("items[0].unitPrice");
    await run(`set ${ref} items[0].unitPrice 38.5`);
    expect(await openFields()).not.toContain("items[0].unitPrice");
  });

  it("cites who edited a value and when, not the chat line it replaced", async () => {
    await run(`set ${ref} payment.depositPercent 40`);
    const order = await findOrderByRef(h.store.db, { workspaceId: "T111", channelId, ref });
    expect(order?.draft.evidence.some((entry) => entry.field === "payment.depositPercent")).toBe(false);
    const card = lastCard();
    expect(card).toContain("40% deposit");
    expect(card).toMatch(/set by <@W111> on 2026-11-03/);
  });

  it("never shows a claim as possible beside an open finding that says it is not", () => {
    const draft = {
      ...emptyDraft(),
      items: [
        {
          name: "tablet",
          quantity: 1000,
          unit: "pcs",
          unitPrice: 38.5,
          specs: {
            size: "190 x 120 x 10 mm",
            material: null,
            color: null,
            packaging: null,
            branding: null,
            other: [],
          },
        },
      ],
      dispatch: { basis: "after_deposit" as const, days: 25, date: null },
    };
    const finding = (field: string, kind: string) =>
      ({
        id: 1,
        orderId: "o",
        field,
        kind,
        quote: null,
        line: null,
        suggestion: "s",
        state: "open",
      }) as FindingRow;
    const row = { draft };
    expect(claimsOf(row, [])).toEqual({ lateDelivery: true, quality: true });
    expect(claimsOf(row, [finding("items[0].specs", "missing")]).quality).toBe(false);
    expect(claimsOf(row, [finding("items[0].specs.color", "missing")]).quality).toBe(false);
    expect(claimsOf(row, [finding("dispatch", "missing")]).lateDelivery).toBe(false);
    expect(claimsOf(row, [{ ...finding("dispatch", "missing"), state: "applied" }]).lateDelivery).toBe(true);
  });
});
