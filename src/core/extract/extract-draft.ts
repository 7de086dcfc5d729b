/**
 * The rules engine: a parsed transcript in, a DraftOrder out, every value citing the line and the
 * words it rests on. Pure and deterministic; unsettled or disputed terms stay null.
 */
import type {
  BalanceTiming,
  DispatchBasis,
  DraftOrder,
  Evidence,
  Incoterm,
  InspectionBy,
  ItemSpecs,
  OrderItem,
  ParsedTranscript,
  PaymentMethod,
  Role,
  ShippingMethod,
} from "../schemas.ts";
import { emptyDraft } from "../schemas.ts";
import { type Clause, clausesOf, evidenceFor } from "./clauses.ts";
import { findDispatch } from "./dispatch.ts";
import { findIncoterms } from "./incoterm.ts";
import { findInspection } from "./inspection.ts";
import { findItemCandidates, itemMentions, resolveItems } from "./items.ts";
import { negotiate } from "./negotiation.ts";
import { findBalance, findDeposit, findPaymentMethods } from "./payment.ts";
import { type Mention, type Settled, settle } from "./settle.ts";
import { findShippingFee, findShippingModes } from "./shipping.ts";
import { findSpecs } from "./specs.ts";
import { findCompanies } from "./supplier.ts";

/** A field the two sides stated differently and never reconciled. */
export type ExtractionConflict = {
  field: string;
  values: Array<{ value: string; line: number; quote: string; role: Role }>;
};

export type ExtractOptions = { now: Date };

function emptySpecs(): ItemSpecs {
  return { size: null, material: null, color: null, packaging: null, branding: null, other: [] };
}

function supplierOf(clauses: readonly Clause[]): { name: string; evidence: Evidence } | null {
  const ranked: Array<{ name: string; clause: Clause; start: number; end: number; rank: number }> = [];
  for (const clause of clauses) {
    // A company as the speaker label: the supplier speaking, cited by the sentence it says.
    const label = clause.speaker ? findCompanies(clause.speaker)[0] : undefined;
    if (label && label.name === clause.speaker && clause.role === "supplier")
      ranked.push({ name: label.name, clause, start: 0, end: clause.text.length, rank: 0 });
    for (const company of findCompanies(clause.text)) {
      const rank = clause.role === "supplier" ? 0 : clause.role === "unknown" ? 1 : 2;
      // The buyer naming a company is usually their own, unless they say "your".
      if (rank === 2 && !/\byour\b/i.test(clause.text.slice(Math.max(0, company.start - 30), company.start)))
        continue;
      ranked.push({ name: company.name, clause, start: company.start, end: company.end, rank });
    }
  }
  if (ranked.length === 0) return null;
  ranked.sort((a, b) => a.rank - b.rank);
  const latin = ranked.find((r) => !/[\u4e00-\u9fff]/.test(r.name)) ?? ranked[0]!;
  return { name: latin.name, evidence: evidenceFor("supplier", latin.clause, latin.start, latin.end) };
}

function conflictOf<T>(field: string, settled: Settled<T>): ExtractionConflict | null {
  if (!settled.conflict) return null;
  return {
    field,
    values: settled.conflict.map((c) => ({
      value: String(c.value),
      line: c.clause.line,
      quote: c.quote,
      role: c.role,
    })),
  };
}

/** Extract the draft and the conflicts seen; the draft leaves conflicting fields null. */
export function extractWithConflicts(
  transcript: ParsedTranscript,
  options: ExtractOptions,
): { draft: DraftOrder; conflicts: ExtractionConflict[] } {
  const draft = emptyDraft();
  const conflicts: ExtractionConflict[] = [];
  const evidence: Evidence[] = [];
  const clauses = clausesOf(transcript);
  const messages = transcript.messages.map((m) => ({ role: m.role, text: m.text }));
  const record = <T>(field: string, settled: Settled<T>): T | null => {
    const conflict = conflictOf(field, settled);
    if (conflict) conflicts.push(conflict);
    if (settled.value !== null) evidence.push(...settled.evidence.map((e) => ({ ...e, field })));
    return settled.value;
  };

  const supplier = supplierOf(clauses);
  if (supplier) {
    draft.supplier = supplier.name;
    evidence.push(supplier.evidence);
  }

  let items = resolveItems(clauses, findItemCandidates(clauses));
  if (items.length === 0) {
    // Priced but never named: one unnamed item, cited where its price or quantity first appears.
    const probe = negotiate(clauses, [{ name: "item", keys: [], head: "item", clause: 0, start: 0 }]);
    const first = probe[0]?.evidence[0];
    const at = first ? clauses.findIndex((c) => c.line === first.line && c.text.includes(first.quote)) : -1;
    if (at >= 0) items = [{ name: "item", keys: [], head: "item", clause: at, start: 0 }];
  }
  const outcomes = negotiate(clauses, items);
  draft.items = items.map((item, index): OrderItem => {
    const outcome = outcomes[index]!;
    const path = `items[${index}]`;
    const itemClause = clauses[item.clause]!;
    evidence.push(
      evidenceFor(
        `${path}.name`,
        itemClause,
        item.start,
        Math.min(itemClause.text.length, item.start + item.name.length),
      ),
    );
    for (const e of outcome.evidence) {
      if (e.field === "unitPrice") evidence.push({ ...e, field: `${path}.unitPrice` });
      if (e.field === "quantity") evidence.push({ ...e, field: `${path}.quantity` });
    }
    if (outcome.unit) {
      const source = outcome.evidence.find((e) => e.field === "quantity") ?? outcome.evidence[0];
      if (source) evidence.push({ ...source, field: `${path}.unit` });
    }
    if (outcome.priceConflict) conflicts.push({ field: `${path}.unitPrice`, values: outcome.priceConflict });
    return {
      name: item.name,
      quantity: outcome.quantity,
      unit:
        outcome.unit && outcome.quantity !== null
          ? outcome.unit
          : outcome.unitPrice !== null
            ? outcome.unit
            : null,
      unitPrice: outcome.unitPrice,
      specs: emptySpecs(),
    };
  });
  for (const [index, item] of draft.items.entries()) {
    if (item.unit === null) {
      const i = evidence.findIndex((e) => e.field === `items[${index}].unit`);
      if (i >= 0) evidence.splice(i, 1);
    }
  }
  // The order's currency: the agreed prices', else the one every offer was made in.
  const priced =
    outcomes.find((o) => o.unitPrice !== null && o.currency) ?? outcomes.find((o) => o.offerCurrency);
  if (priced?.currency) {
    draft.currency = priced.currency;
    const source = evidence.find((e) => e.field.endsWith(".unitPrice"));
    if (source) evidence.push({ ...source, field: "currency" });
  } else if (priced?.offerCurrency) {
    draft.currency = priced.offerCurrency.code;
    evidence.push({ ...priced.offerCurrency.evidence, field: "currency" });
  }

  // Terms: collect every statement, then settle each field.
  const incoterms: Array<Mention<{ code: Incoterm; place: string | null }>> = [];
  const modes: Array<Mention<ShippingMethod>> = [];
  const fees: Array<Mention<number>> = [];
  const dispatches: Array<
    Mention<{ basis: DispatchBasis | null; days: number | null; date: string | null }>
  > = [];
  const deposits: Array<Mention<number>> = [];
  const balances: Array<Mention<BalanceTiming>> = [];
  const methods: Array<Mention<PaymentMethod>> = [];
  const inspections: Array<Mention<{ required: boolean; by: InspectionBy | null }>> = [];
  let feeCurrency: string | null = null;
  for (const clause of clauses) {
    const text = clause.text;
    for (const spec of findSpecs(text)) {
      const hits = draft.items.length > 1 ? itemMentions(text, items) : [];
      const index = hits.length > 0 ? hits[0]!.item : 0;
      const item = draft.items[index];
      if (!item || clause.question) continue;
      const field = `items[${index}].specs.${spec.attribute}`;
      if (spec.attribute === "other") {
        if (item.specs.other.some((o) => o.includes(spec.phrase) || spec.phrase.includes(o))) continue;
        item.specs.other.push(spec.phrase);
      } else {
        const current = item.specs[spec.attribute];
        if (current?.includes(spec.phrase)) continue;
        item.specs[spec.attribute] = current ? `${current}; ${spec.phrase}` : spec.phrase;
      }
      evidence.push(evidenceFor(field, clause, spec.start, spec.end));
    }
    if (clause.sample) continue;
    const codes = findIncoterms(text);
    if (codes.length > 0 && new Set(codes.map((c) => c.code)).size === 1) {
      const withPlace = codes.find((c) => c.place) ?? codes[0]!;
      incoterms.push({
        value: { code: withPlace.code, place: withPlace.place },
        clause,
        start: withPlace.start,
        end: withPlace.end,
      });
    }
    const found = findShippingModes(text);
    if (found.length === 1 && !(clause.question && /\bor\b/i.test(text)))
      modes.push({ value: found[0]!.method, clause, start: found[0]!.start, end: found[0]!.end });
    const fee = findShippingFee(text);
    if (fee) {
      fees.push({ value: fee.value, clause, start: fee.start, end: fee.end });
      feeCurrency = fee.currency;
    }
    for (const d of findDispatch(text, options.now))
      dispatches.push({
        value: { basis: d.basis, days: d.days, date: d.date },
        clause,
        start: d.start,
        end: d.end,
      });
    const deposit = findDeposit(text);
    if (deposit) deposits.push({ value: deposit.value, clause, start: deposit.start, end: deposit.end });
    const balance = findBalance(text);
    if (balance) balances.push({ value: balance.value, clause, start: balance.start, end: balance.end });
    const named = findPaymentMethods(text);
    if (named.length === 1 || (named.length > 1 && !/\bor\b/i.test(text)))
      methods.push({
        value: named[named.length - 1]!.value,
        clause,
        start: named[named.length - 1]!.start,
        end: named[named.length - 1]!.end,
      });
    const inspection = findInspection(text, clause.role);
    if (inspection)
      inspections.push({
        value: { required: inspection.required, by: inspection.by },
        clause,
        start: inspection.start,
        end: inspection.end,
      });
  }

  const incoterm = record(
    "shipping.incoterm",
    settle("shipping.incoterm", incoterms, messages, (v) => v.code),
  );
  if (incoterm) {
    draft.shipping.incoterm = incoterm.code;
    const place = [...incoterms].reverse().find((m) => m.value.code === incoterm.code && m.value.place);
    if (place?.value.place) {
      draft.shipping.place = place.value.place;
      evidence.push(
        evidenceFor("shipping.place", place.clause, place.start, place.end + place.value.place.length + 1),
      );
    }
  }
  draft.shipping.method = record("shipping.method", settle("shipping.method", modes, messages));
  const fee = record("shipping.fee", settle("shipping.fee", fees, messages));
  if (fee !== null && (draft.currency === null || feeCurrency === null || feeCurrency === draft.currency)) {
    draft.shipping.fee = fee;
    if (!draft.currency && feeCurrency) draft.currency = feeCurrency;
  } else if (fee !== null) {
    const i = evidence.findIndex((e) => e.field === "shipping.fee");
    if (i >= 0) evidence.splice(i, 1);
  }

  const dispatch = record(
    "dispatch",
    settle("dispatch", dispatches, messages, (v) => `${v.days ?? ""}|${v.date ?? ""}`),
  );
  const deposit = record("payment.depositPercent", settle("payment.depositPercent", deposits, messages));
  draft.payment.depositPercent = deposit;
  if (dispatch) {
    // No anchor named ("lead time 30 days"): the Trade Assurance form counts from the initial payment.
    const basis =
      dispatch.basis ??
      (dispatch.date ? "fixed_date" : deposits.length > 0 ? "after_deposit" : "after_order");
    draft.dispatch = { basis, days: dispatch.days, date: dispatch.date };
    const source = evidence.find((e) => e.field === "dispatch");
    if (source) {
      evidence.splice(evidence.indexOf(source), 1);
      evidence.push({ ...source, field: "dispatch.basis" });
      if (dispatch.days !== null) evidence.push({ ...source, field: "dispatch.days" });
      if (dispatch.date !== null) evidence.push({ ...source, field: "dispatch.date" });
    }
  }
  if (deposit !== 100)
    draft.payment.balance = record("payment.balance", settle("payment.balance", balances, messages));
  draft.payment.method = record("payment.method", settle("payment.method", methods, messages));
  const inspection = record(
    "inspection",
    settle("inspection", inspections, messages, (v) => `${v.required}|${v.by}`),
  );
  if (inspection) {
    draft.inspection = { required: inspection.required, by: inspection.by };
    const source = evidence.find((e) => e.field === "inspection");
    if (source) {
      evidence.splice(evidence.indexOf(source), 1);
      evidence.push({ ...source, field: "inspection.required" });
      if (inspection.by) evidence.push({ ...source, field: "inspection.by" });
    }
  }
  draft.evidence = evidence;
  return { draft, conflicts };
}

/** Extract a DraftOrder from a parsed transcript (pure: the same input always gives the same draft). */
export function extractDraft(transcript: ParsedTranscript, options: ExtractOptions): DraftOrder {
  return extractWithConflicts(transcript, options).draft;
}
