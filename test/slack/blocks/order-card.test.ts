import { describe, expect, it } from "vitest";
import { buildOrderCardBlocks } from "../../../src/slack/blocks/order-card.ts";
import { ids } from "../../../src/slack/ids.ts";
import { limitViolations } from "./limits.ts";
import { contractOrder, hugeOrder } from "./sample-orders.ts";

const json = (value: unknown) => JSON.stringify(value);

describe("buildOrderCardBlocks", () => {
  it("shows the reference, every agreed term with its evidence, and the claims", () => {
    const card = buildOrderCardBlocks(contractOrder());
    const all = json(card.blocks);
    expect(card.text).toContain("PO-3");
    expect(card.text).toContain("1000 pcs 7 inch kids tablet @ USD 38.50");
    for (const term of [
      "Ningbo Example Trading",
      "Pantone 2925 C",
      "FOB Ningbo",
      "within 25 days after the deposit",
      "30% deposit",
      "third-party inspector",
      "USD 38,500.00",
    ])
      expect(all).toContain(term);
    expect(all).toContain("line 14: “ok 38.5 usd final price”");
    expect(all).toContain("Late-delivery claim: :white_check_mark: possible");
    expect(limitViolations(card.blocks)).toEqual([]);
    expect(card.overflow).toEqual([]);
  });

  it("offers apply / edit on each open finding and a confirm button on a draft", () => {
    const card = buildOrderCardBlocks(contractOrder());
    const all = json(card.blocks);
    expect(all.split(ids.action.applySuggestion).length - 1).toBe(2);
    expect(all).toContain("Battery capacity &gt;= ___ mAh"); // mrkdwn-escaped, shown as ">="
    expect(all).toContain(ids.action.confirmOrder);
    // a finding about the whole dispatch section opens the ship-by date for editing
    expect(all).toContain(json(json({ ref: "PO-3", findingId: "f2", field: "dispatch.date" })).slice(1, -1));
  });

  it("keeps the Confirm dialog of an order with many problems within Slack's dialog limits", () => {
    const order = hugeOrder();
    const card = buildOrderCardBlocks(order);
    expect(limitViolations(card.blocks)).toEqual([]);
    const dialog = json(card.blocks).match(/"confirm":\{"title".*?"deny"/)?.[0] ?? "";
    expect(dialog).toContain("Confirm with problems open?");
    expect(dialog).toMatch(/…and \d+ more/);
  });

  it("drops the confirm button once the order is confirmed", () => {
    const card = buildOrderCardBlocks({ ...contractOrder(), state: "confirmed" });
    expect(json(card.blocks)).not.toContain(ids.action.confirmOrder);
  });

  it("spreads an oversized order over thread messages within Slack's limits, losing no finding", () => {
    const order = hugeOrder();
    const card = buildOrderCardBlocks(order);
    expect(limitViolations(card.blocks)).toEqual([]);
    expect(card.overflow.length).toBeGreaterThan(1);
    for (const message of card.overflow) expect(limitViolations(message.blocks)).toEqual([]);
    const everything = json([card.blocks, card.overflow]);
    for (const finding of order.findings)
      expect(everything).toContain(`"findingId":"${finding.id}"`.replace(/"/g, '\\"'));
    // every item is on the card or in the thread
    for (let i = 0; i < 30; i++) expect(everything).toContain(`item ${i} long name`);
  });
});
