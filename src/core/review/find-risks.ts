/**
 * Risks the contract's kinds do not cover: paying outside the order (not protected by Trade Assurance)
 * and an Incoterm that does not fit the mode of transport.
 * @see ../shared/design.md "Trade Assurance facts"
 */
import type { DraftOrder, Finding } from "../schemas.ts";

/** Phrases that ask for payment outside the order, each with the rewrite that keeps the buyer protected. */
export const paymentRisks: ReadonlyArray<{ pattern: RegExp; suggestion: string }> = [
  {
    pattern:
      /\b(?:personal|private|my own|boss['’]?s?|owner['’]?s?|individual)\s+(?:bank\s+)?(?:account|acct|card|paypal|alipay|wechat(?:\s+pay)?)\b/i,
    suggestion:
      "Pay only through the Trade Assurance order to the supplier's verified company account; refuse personal accounts.",
  },
  {
    pattern:
      /\b(?:new|changed|different|another|updated|other)\s+(?:bank\s+)?(?:account|bank\s+details|beneficiary|payment\s+details)\b|\b(?:bank\s+)?account\s+(?:has\s+)?(?:changed|is\s+changed|was\s+changed)\b|\bchanged?\s+(?:our|the)\s+bank\b/i,
    suggestion:
      "Treat a changed bank account as a fraud warning: confirm by phone with the company and pay only through the order.",
  },
  {
    pattern: /\bfriends?\s*(?:and|&)\s*family\b|\bF&F\b/i,
    suggestion:
      "Use PayPal Goods and Services or pay through the Trade Assurance order; friends and family has no protection.",
  },
  {
    pattern:
      /\b(?:western\s+union|moneygram|crypto(?:currency)?|usdt|bitcoin|gift\s+cards?)\b|\b(?:outside|off)\s+(?:of\s+)?(?:alibaba|trade\s+assurance|the\s+platform)\b/i,
    suggestion: "Pay only by a method on the Trade Assurance order; payments outside it are not protected.",
  },
  {
    pattern:
      /\b(?:pay|payment|transfer|send\s+(?:the\s+)?money)\s+(?:\w+\s+){0,3}to\s+(?:our\s+)?(?:another|other|sister|partner|different|hong\s+kong|hk|agent['’]?s?)\s+(?:company|account|firm)\b/i,
    suggestion:
      "Pay only the company named on the Trade Assurance order; a payment to another company is outside its protection.",
  },
];

/** Incoterms for sea and inland waterway only (Incoterms 2020). */
const seaOnly = new Set(["FAS", "FOB", "CFR", "CIF"]);

const anyModeFor: Record<string, string> = { FOB: "FCA", FAS: "FCA", CFR: "CPT", CIF: "CIP" };

/** Payment-outside-the-order and Incoterm/mode risks, citing the line when the chat states them. */
export function findRisks(
  draft: DraftOrder,
  lines: ReadonlyArray<{ line: number; text: string }>,
): Finding[] {
  const findings: Finding[] = [];
  for (const { line, text } of lines) {
    for (const { pattern, suggestion } of paymentRisks) {
      const match = pattern.exec(text);
      if (!match) continue;
      findings.push({ field: "payment.method", kind: "risk", quote: match[0], line, suggestion });
      break;
    }
  }
  const { incoterm, method, place } = draft.shipping;
  if (incoterm && seaOnly.has(incoterm) && (method === "air" || method === "express")) {
    const evidence = draft.evidence.find((entry) => entry.field === "shipping.incoterm");
    const replacement = anyModeFor[incoterm] ?? "FCA";
    const at = evidence ? evidence.quote.toUpperCase().indexOf(incoterm) : -1;
    findings.push({
      field: "shipping.incoterm",
      kind: "risk",
      quote: evidence && at >= 0 ? evidence.quote.slice(at, at + incoterm.length) : null,
      line: evidence?.line ?? null,
      suggestion: `${incoterm} is for sea and inland waterway only; by ${method} use ${replacement} ${place ?? "___"} (Incoterms 2020).`,
    });
  }
  return findings;
}
