import { describe, expect, it } from "vitest";
import type { FindingView } from "../../../src/services/order-view.ts";
import { contractReady } from "../../../src/slack/blocks/contract-button.ts";
import { buildOrderCardBlocks } from "../../../src/slack/blocks/order-card.ts";
import { ids } from "../../../src/slack/ids.ts";
import { contractOrder } from "./sample-orders.ts";

const missing = (field: string, state: FindingView["state"] = "open"): FindingView => ({
  id: field,
  state,
  field,
  kind: "missing",
  quote: null,
  line: null,
  suggestion: "to be agreed",
});

/** The contract's example order with its ship date settled (the sample leaves a missing `dispatch` open). */
function readyOrder() {
  const order = contractOrder();
  order.findings = order.findings.filter((finding) => finding.field !== "dispatch");
  return order;
}

describe("Contract (PDF) button on the card", () => {
  it("is on the card when price, quantity and ship date are settled, even with vague terms open", () => {
    const order = readyOrder();
    expect(order.findings.some((finding) => finding.kind === "vague" && finding.state === "open")).toBe(true);
    expect(contractReady(order)).toBe(true);
    expect(JSON.stringify(buildOrderCardBlocks(order).blocks)).toContain(ids.action.contractPdf);
  });

  it("is held back by an open missing price, quantity or ship date, not by a resolved one", () => {
    expect(contractReady(contractOrder())).toBe(false);
    for (const field of ["items[0].unitPrice", "items[0].quantity", "dispatch", "items"]) {
      const order = readyOrder();
      order.findings.push(missing(field));
      expect(contractReady(order), field).toBe(false);
      expect(JSON.stringify(buildOrderCardBlocks(order).blocks)).not.toContain(ids.action.contractPdf);
      order.findings[order.findings.length - 1] = missing(field, "applied");
      expect(contractReady(order), `${field} applied`).toBe(true);
    }
    const inspection = readyOrder();
    inspection.findings.push(missing("inspection"));
    expect(contractReady(inspection)).toBe(true);
  });
});
