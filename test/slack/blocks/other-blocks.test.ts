import { describe, expect, it } from "vitest";
import type { HomeOrder } from "../../../src/services/list-orders.ts";
import { buildExportText } from "../../../src/slack/blocks/export-text.ts";
import { buildReviewMessages } from "../../../src/slack/blocks/findings.ts";
import { buildHelpBlocks, buildUsageBlocks } from "../../../src/slack/blocks/help.ts";
import { buildHomeBlocks } from "../../../src/slack/blocks/home.ts";
import { buildEditFieldModal, buildPasteModal } from "../../../src/slack/blocks/modals.ts";
import { buildOrderListMessages } from "../../../src/slack/blocks/order-list.ts";
import { slackLimits } from "../../../src/slack/blocks/slack-limits.ts";
import { ids, pastePartCount } from "../../../src/slack/ids.ts";
import { limitViolations } from "./limits.ts";
import { contractOrder, hugeOrder } from "./sample-orders.ts";

const homeOrder = (i: number): HomeOrder => ({
  ref: `PO-${i}`,
  channelId: "C111",
  state: "deposit_paid",
  supplier: "Ningbo Example",
  nextDeadline: { label: "balance payment", date: "2026-12-01" },
  openFindings: i % 3,
});

describe("help and usage", () => {
  it("lists every subcommand of the contract", () => {
    const help = JSON.stringify(buildHelpBlocks().blocks);
    for (const word of [
      "new",
      "list",
      "show",
      "review",
      "set",
      "confirm",
      "paid",
      "shipped",
      "received",
      "completed",
      "export",
    ])
      expect(help).toContain(`/order ${word}`);
    expect(limitViolations(buildHelpBlocks().blocks)).toEqual([]);
  });

  it("puts the reason before the usage line", () => {
    expect(buildUsageBlocks("Unknown subcommand").text).toMatch(/^Unknown subcommand\nUsage: \/order/);
  });
});

describe("buildHomeBlocks", () => {
  it("shows each open order with its next deadline and open findings", () => {
    const view = buildHomeBlocks([homeOrder(1), homeOrder(2)]);
    const all = JSON.stringify(view);
    expect(view.type).toBe("home");
    expect(all).toContain("*PO-1* in <#C111>");
    expect(all).toContain("balance payment *2026-12-01*");
    expect(all).toContain("2 open findings");
    // With orders on screen, inviting the person to start one reads as if there were none (defect 12).
    expect(all).not.toContain("Start one with");
  });

  it("invites the person to start an order only when there is none", () => {
    const all = JSON.stringify(buildHomeBlocks([]));
    expect(all).toContain("No open orders in your channels");
    expect(all).toContain("Start one with `/order new`");
  });

  it("stays under 100 blocks and says how many more there are", () => {
    const view = buildHomeBlocks(Array.from({ length: 250 }, (_, i) => homeOrder(i + 1)));
    expect(limitViolations(view.blocks, slackLimits.blocksPerView)).toEqual([]);
    expect(JSON.stringify(view)).toContain("more open orders");
  });

  it("says so when there is nothing open", () => {
    expect(JSON.stringify(buildHomeBlocks([]))).toContain("No open orders");
  });
});

describe("modals", () => {
  it("offers several 3,000-character boxes and a file input", () => {
    const modal = buildPasteModal({ channelId: "C111" });
    expect(modal.callback_id).toBe(ids.view.pasteTranscript);
    expect(modal.title.text.length).toBeLessThanOrEqual(slackLimits.modalTitle);
    const inputs = modal.blocks.filter((block) => block.type === "input");
    expect(inputs).toHaveLength(pastePartCount + 1);
    expect(JSON.stringify(modal)).toContain('"max_length":3000');
    expect(JSON.stringify(modal)).toContain('"file_input"');
    expect(JSON.parse(modal.private_metadata ?? "")).toEqual({ channelId: "C111" });
  });

  it("prefills the edit modal and keeps its title within 24 characters", () => {
    const modal = buildEditFieldModal({
      metadata: { channelId: "C111", ref: "PO-123456789", field: "items[0].specs.color" },
      label: "Colour",
      value: "Pantone 2925 C",
    });
    expect(modal.title.text.length).toBeLessThanOrEqual(slackLimits.modalTitle);
    expect(JSON.stringify(modal)).toContain('"initial_value":"Pantone 2925 C"');
  });
});

describe("buildExportText", () => {
  it("lays the order out as the Trade Assurance form, measurable specs in the product requirements", () => {
    const text = buildExportText(contractOrder());
    expect(text).toContain("PO-3");
    const requirements = text.slice(text.indexOf("Product requirements:"), text.indexOf("SHIPPING"));
    expect(requirements).toContain("colour: Pantone 2925 C");
    expect(requirements).toContain("battery >= 3000 mAh");
    expect(requirements).toContain("AQL 0 / 2.5 / 4.0");
    // the vague term is not pasted as if it were enforceable
    expect(requirements).not.toContain("long lasting battery");
    expect(text).toContain("NOT ENFORCEABLE YET");
    expect(text).toContain("Shipping date: 25 days after the initial payment");
    expect(text).toContain("Initial payment: 30% = USD 11,550.00");
    expect(text).toContain("Balance: 70% before shipment");
  });
});

describe("lists and reviews", () => {
  it("lists a channel's orders within the limits", () => {
    const messages = buildOrderListMessages(Array.from({ length: 300 }, (_, i) => homeOrder(i + 1)));
    const all = JSON.stringify(messages);
    for (const message of messages) expect(limitViolations(message.blocks)).toEqual([]);
    expect(all).toContain("*PO-300*");
  });

  it("reviews every open finding over as many messages as needed", () => {
    const messages = buildReviewMessages(hugeOrder());
    for (const message of messages) expect(limitViolations(message.blocks)).toEqual([]);
    expect(JSON.stringify(messages)).toContain("suggestion 79");
  });
});
