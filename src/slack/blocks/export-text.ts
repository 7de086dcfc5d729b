/**
 * `/order export PO-n`: the order laid out as Alibaba's Trade Assurance form asks for it, ready to
 * paste field by field. Measurable specs go in each product's requirements (remarks lose to the
 * structured fields when they disagree); terms still vague are listed apart so nobody pastes them
 * as if they were enforceable.
 */
import { formatMoney, orderTotalOf } from "../../core/money.ts";
import type { OrderView } from "../../services/order-view.ts";
import { describe, describeDispatch, specLines } from "./format.ts";

const dash = "—";

/** The export as plain text (the caller splits it for Slack if it is long). */
export function buildExportText(order: OrderView): string {
  const { draft } = order;
  const currency = draft.currency;
  const vagueQuotes = order.findings
    .filter((finding) => finding.state === "open" && finding.kind === "vague" && finding.quote)
    .map((finding) => finding.quote!.toLowerCase());
  const isVague = (spec: string) =>
    vagueQuotes.some((quote) => spec.toLowerCase().includes(quote) || quote.includes(spec.toLowerCase()));
  const lines: string[] = [`${order.ref} · Trade Assurance order form`, ""];
  lines.push("SUPPLIER", `  ${draft.supplier ?? dash}`, "");
  lines.push("PRODUCTS");
  const notEnforceable: string[] = [];
  if (draft.items.length === 0) lines.push(`  ${dash} no product settled`);
  draft.items.forEach((item, index) => {
    lines.push(`  ${index + 1}. ${item.name}`);
    lines.push(`     Quantity: ${item.quantity ?? dash}${item.unit ? ` ${item.unit}` : ""}`);
    lines.push(`     Unit price: ${formatMoney(item.unitPrice, currency) ?? dash}`);
    const specs = specLines(item);
    const measurable = specs.filter((spec) => !isVague(spec));
    notEnforceable.push(...specs.filter(isVague).map((spec) => `${item.name}: ${spec}`));
    lines.push("     Product requirements:");
    if (measurable.length === 0) lines.push(`       ${dash} none measurable yet`);
    for (const spec of measurable) lines.push(`       - ${spec}`);
    if (draft.inspection.required) {
      lines.push(
        `       - Pre-shipment inspection${draft.inspection.by ? ` by ${describe(draft.inspection.by)}` : ""}; ISO 2859-1, General Inspection Level II, AQL 0 / 2.5 / 4.0 (critical / major / minor) unless stated otherwise`,
      );
    }
  });
  lines.push("");
  const { shipping, payment } = draft;
  lines.push("SHIPPING");
  lines.push(`  Method: ${shipping.method ?? dash}`);
  lines.push(`  Incoterm: ${shipping.incoterm ?? dash}${shipping.place ? ` ${shipping.place}` : ""}`);
  lines.push(`  Shipping fee: ${formatMoney(shipping.fee, currency) ?? dash}`);
  lines.push(`  Delivery address: ${shipping.address ?? dash}`);
  const shipDate =
    draft.dispatch.basis === "after_deposit" && draft.dispatch.days !== null
      ? `${draft.dispatch.days} days after the initial payment`
      : draft.dispatch.basis === "after_balance" && draft.dispatch.days !== null
        ? `${draft.dispatch.days} days after the balance payment`
        : describeDispatch(draft);
  lines.push(`  Shipping date: ${shipDate ?? `${dash} (without it no late-delivery claim is possible)`}`, "");
  lines.push("PAYMENT");
  const totalWithFee = orderTotalOf(draft);
  const deposit = payment.depositPercent;
  const initial =
    deposit === null
      ? dash
      : `${deposit}%${totalWithFee === null ? "" : ` = ${formatMoney(Math.round(totalWithFee * deposit) / 100, currency)}`}`;
  lines.push(`  Initial payment: ${initial}`);
  lines.push(
    `  Balance: ${deposit === null ? dash : `${100 - deposit}%`}${payment.balance ? ` ${describe(payment.balance)}` : ""}`,
  );
  lines.push(`  Payment method: ${describe(payment.method) ?? dash}`);
  lines.push(`  Order total: ${formatMoney(totalWithFee, currency) ?? dash}`, "");
  lines.push("REMARKS");
  lines.push(`  Terms agreed in chat; full record kept as ${order.ref}.`);
  if (notEnforceable.length > 0) {
    lines.push("", "NOT ENFORCEABLE YET (make these measurable before paying; do not paste as requirements)");
    for (const spec of notEnforceable) lines.push(`  - ${spec}`);
  }
  return lines.join("\n");
}
