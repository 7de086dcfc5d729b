/**
 * The purchase contract as content: the terms both sides agreed, each settled term with the chat line
 * it rests on, open terms as visible blanks, and the two clauses Trade Assurance claims rest on (late
 * delivery against the shipment date, quality against the measurable specifications). Pure.
 * @see ../../../../shared/design.md "Documents"
 */
import { addDays } from "../dates.ts";
import { formatMoney, orderTotalOf } from "../money.ts";
import type { DraftOrder, Finding, LifecycleDates, Message } from "../schemas.ts";
import type { Clause, ContractContent, EvidenceRow, FieldEdit, Section, Term } from "./document-schemas.ts";
import {
  blankFor,
  blankLine,
  editNote,
  editOf,
  formatNumber,
  openFindingsOf,
  openTermsOf,
  speakerOf,
  unsettledBy,
} from "./order-terms.ts";

/** AQLs per defect class; Trade Assurance's default inspection uses 0 / 2.5 / 4.0. */
export type AqlLevels = { critical: number; major: number; minor: number };
export const defaultAqls: AqlLevels = { critical: 0, major: 2.5, minor: 4 };

export type ContractInput = {
  order: DraftOrder;
  /** The review's findings still open (dismissed and applied ones left out). */
  findings: readonly Finding[];
  /** The parsed transcript's messages, for the speaker and time of each evidence line (empty if purged). */
  messages: readonly Message[];
  edits: readonly FieldEdit[];
  ref: string | null;
  /** YYYY-MM-DD */
  issuedOn: string;
  buyer: string | null;
  confirmed: boolean;
  /** Recorded lifecycle dates: the latest shipment date follows from the deposit or balance date. */
  dates: LifecycleDates;
  aqls?: AqlLevels;
};

const methodLabels: Record<string, string> = {
  bank_transfer: "bank transfer (T/T)",
  card: "credit/debit card",
  paypal: "PayPal",
  letter_of_credit: "letter of credit",
  pay_later: "Pay Later",
  other: "other method on the order",
};
const balanceLabels: Record<string, string> = {
  before_shipment: "before shipment",
  after_shipment: "after shipment, against the copy of the bill of lading",
  on_delivery: "on delivery",
};
const inspectorLabels: Record<string, string> = {
  third_party: "a third-party inspection company appointed by the Buyer",
  alibaba: "Alibaba.com's inspection service",
  buyer: "the Buyer or the Buyer's staff",
  supplier: "the Supplier's own quality control, with the report sent to the Buyer",
};
const shippingMethods: Record<string, string> = {
  sea: "sea freight",
  air: "air freight",
  express: "express courier",
  rail: "rail freight",
  truck: "truck",
};

/** Builds terms and remembers, for the appendix, which chat lines each settled term rests on. */
class TermBook {
  readonly evidence: EvidenceRow[] = [];
  constructor(private readonly input: ContractInput) {}

  /** A term for `field`: its value, or a blank when a finding leaves it open or the chat never settled it. */
  term(label: string, field: string, value: string | null, evidenceFields: string[] = [field]): Term {
    const finding = unsettledBy(this.input.findings, field);
    if (finding) return { label, value: blankFor(finding), blank: true };
    if (value === null) return { label, value: `${blankLine} (to be agreed)`, blank: true };
    const edit = editOf(this.input.edits, field);
    this.record(label, value, evidenceFields, edit);
    return { label, value: edit ? `${value} (${editNote(edit)})` : value, blank: false };
  }

  private record(label: string, value: string, fields: string[], edit: FieldEdit | undefined): void {
    if (edit) {
      this.evidence.push({
        term: label,
        value,
        line: null,
        speaker: null,
        at: null,
        quote: null,
        edited: editNote(edit),
      });
      return;
    }
    const seen = new Set<string>();
    for (const entry of this.input.order.evidence) {
      if (!fields.includes(entry.field)) continue;
      const key = `${entry.line}:${entry.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { speaker, at } = speakerOf(this.input.messages, entry.line);
      this.evidence.push({
        term: label,
        value,
        line: entry.line,
        speaker,
        at,
        quote: entry.quote,
        edited: null,
      });
    }
  }
}

/** An amount as everywhere else in the product ("USD 38,500.00"): one owner, core/money.ts. */
function money(value: number, currency: string | null): string {
  return formatMoney(value, currency) ?? "";
}

function itemRows(book: TermBook, input: ContractInput) {
  const { order } = input;
  return order.items.map((item, index) => {
    const at = `items[${index}]`;
    const quantity = book.term(
      `${item.name}: quantity`,
      `${at}.quantity`,
      item.quantity === null ? null : formatNumber(item.quantity),
      [`${at}.quantity`, `${at}.unit`],
    );
    const price = book.term(
      `${item.name}: unit price`,
      `${at}.unitPrice`,
      item.unitPrice === null ? null : money(item.unitPrice, order.currency),
    );
    const priced = !quantity.blank && !price.blank && item.quantity !== null && item.unitPrice !== null;
    return {
      name: book.term("Product", `${at}.name`, item.name).value,
      quantity: quantity.value,
      unit: item.unit ?? "",
      unitPrice: price.value,
      amount: priced ? money(item.quantity! * item.unitPrice!, order.currency) : blankLine,
    };
  });
}

function totals(book: TermBook, input: ContractInput): Term[] {
  const { order } = input;
  const terms: Term[] = [];
  const total = orderTotalOf(order);
  const open = order.items.some(
    (_, index) =>
      unsettledBy(input.findings, `items[${index}].quantity`) ||
      unsettledBy(input.findings, `items[${index}].unitPrice`),
  );
  if (order.shipping.fee !== null)
    terms.push(book.term("Shipping fee", "shipping.fee", money(order.shipping.fee, order.currency)));
  terms.push({
    label: "Total",
    value:
      total !== null && !open
        ? money(total, order.currency)
        : `${blankLine} (follows once every quantity and unit price is agreed)`,
    blank: total === null || open,
  });
  return terms;
}

const specFields = [
  ["size", "Size"],
  ["material", "Material"],
  ["color", "Colour"],
  ["packaging", "Packaging"],
  ["branding", "Branding"],
] as const;

function specSections(book: TermBook, input: ContractInput): Section[] {
  return input.order.items.map((item, index) => {
    const at = `items[${index}].specs`;
    const terms: Term[] = [];
    for (const [key, label] of specFields) {
      const value = item.specs[key];
      const field = `${at}.${key}`;
      if (value === null && !unsettledBy(input.findings, field)) continue;
      terms.push(book.term(label, field, value));
    }
    item.specs.other.forEach((value, n) => {
      terms.push(book.term("Other", `${at}.other[${n}]`, value, [`${at}.other`, `${at}.other[${n}]`]));
    });
    if (terms.length === 0) terms.push(book.term("Specifications", at, null));
    return { heading: item.name, terms };
  });
}

function shipmentDate(book: TermBook, input: ContractInput): Term[] {
  const { dispatch } = input.order;
  const fields = ["dispatch.basis", "dispatch.days", "dispatch.date"];
  if (dispatch.basis === "fixed_date")
    return [book.term("Latest shipment date", "dispatch.date", dispatch.date, fields)];
  const start =
    dispatch.basis === "after_deposit"
      ? {
          words: "receipt of the deposit",
          on: input.dates.deposit_paid ?? input.dates.balance_paid,
          event: "deposit",
        }
      : dispatch.basis === "after_balance"
        ? { words: "receipt of the balance", on: input.dates.balance_paid, event: "balance" }
        : dispatch.basis === "after_order"
          ? { words: "order confirmation", on: input.dates.confirmed, event: "order confirmation" }
          : null;
  const rule = start && dispatch.days !== null ? `within ${dispatch.days} days after ${start.words}` : null;
  const terms = [book.term("Shipment", "dispatch", rule, fields)];
  if (!terms[0]!.blank && start && dispatch.days !== null)
    terms.push({
      label: "Latest shipment date",
      value: start.on
        ? `${addDays(start.on, dispatch.days)} (${start.event} recorded on ${start.on})`
        : `follows from the date the ${start.event} is received`,
      blank: false,
    });
  return terms;
}

function paymentTerms(book: TermBook, input: ContractInput): Term[] {
  const { payment, currency } = input.order;
  const total = orderTotalOf(input.order);
  const deposit =
    payment.depositPercent === null
      ? null
      : `${formatNumber(payment.depositPercent)}% of the total${total !== null ? ` = ${money((total * payment.depositPercent) / 100, currency)}` : ""}`;
  const balancePercent = payment.depositPercent === null ? null : 100 - payment.depositPercent;
  const balance =
    balancePercent === 0
      ? "none (paid in full in advance)"
      : payment.balance === null
        ? null
        : `${balancePercent === null ? "the rest" : `${formatNumber(balancePercent)}%`} ${balanceLabels[payment.balance]}`;
  return [
    book.term("Deposit", "payment.depositPercent", deposit),
    book.term("Balance", "payment.balance", balance, ["payment.balance"]),
    book.term("Method", "payment.method", payment.method ? methodLabels[payment.method]! : null),
    {
      label: "Channel",
      value: "paid through the Trade Assurance order only; no payment to any other account",
      blank: false,
    },
  ];
}

function inspectionTerms(book: TermBook, input: ContractInput, aqls: AqlLevels): Term[] {
  const { inspection } = input.order;
  const by = inspection.by
    ? inspectorLabels[inspection.by]!
    : inspection.required === false
      ? "no pre-shipment inspection agreed"
      : null;
  return [
    book.term("Inspector", "inspection.by", by, ["inspection.by", "inspection.required"]),
    {
      label: "When",
      value: "before shipment, with the goods at least 80% packed, on 2 working days' notice",
      blank: false,
    },
    {
      label: "Standard",
      value: `ISO 2859-1, general inspection level II, AQL critical ${aqls.critical} / major ${aqls.major} / minor ${aqls.minor}`,
      blank: false,
    },
  ];
}

function shippingTerms(book: TermBook, input: ContractInput): Term[] {
  const { shipping } = input.order;
  const fields = ["shipping.incoterm", "shipping.place"];
  const incoterm = shipping.incoterm
    ? `${shipping.incoterm} ${shipping.place ?? blankLine} (Incoterms 2020)`
    : null;
  const terms = [
    book.term("Method", "shipping.method", shipping.method ? shippingMethods[shipping.method]! : null),
    book.term("Incoterm", "shipping.incoterm", incoterm, fields),
  ];
  if (shipping.address !== null)
    terms.push(book.term("Delivery address", "shipping.address", shipping.address));
  return terms;
}

function clauses(sections: { shipmentOpen: boolean; specsOpen: boolean }): Clause[] {
  return [
    {
      heading: "Late delivery",
      text: `The Supplier ships the goods no later than the shipment date in section 5, which is the basis of any late-delivery claim under Trade Assurance. Shipment after that date entitles the Buyer to claim compensation through the Trade Assurance order.${sections.shipmentOpen ? " No late-delivery claim is possible until the shipment date is agreed: fill in the blank before signing." : ""}`,
    },
    {
      heading: "Quality",
      text: `The goods meet every measurable specification in section 3. Goods that do not are a quality claim under Trade Assurance; the inspection report under section 7 is the evidence.${sections.specsOpen ? " A specification left blank cannot be claimed on until it is agreed in measurable terms." : ""}`,
    },
    {
      heading: "Payment channel",
      text: "Every payment under this contract is made through the Trade Assurance order only. A request to pay to another account, or by a method not on the order, is not part of this contract.",
    },
  ];
}

/** The purchase contract's content for an order. */
export function buildContractContent(input: ContractInput): ContractContent {
  const aqls = input.aqls ?? defaultAqls;
  const findings = openFindingsOf(input.findings, input.edits);
  const scoped: ContractInput = { ...input, findings };
  const book = new TermBook(scoped);
  const supplier = book.term("Supplier", "supplier", input.order.supplier);
  const items = itemRows(book, scoped);
  const specs = specSections(book, scoped);
  const shipment = shipmentDate(book, scoped);
  const sections: Section[] = [
    { heading: "Shipping", terms: shippingTerms(book, scoped) },
    { heading: "Shipment date", terms: shipment },
    { heading: "Payment", terms: paymentTerms(book, scoped) },
    { heading: "Inspection", terms: inspectionTerms(book, scoped, aqls) },
  ];
  const currency = book.term("Currency", "currency", input.order.currency);
  return {
    title: "Purchase contract",
    ref: input.ref,
    issuedOn: input.issuedOn,
    draftMark: !input.confirmed,
    buyer: input.buyer ?? `${blankLine} (the Buyer's company name)`,
    supplier,
    currency: currency.blank ? null : input.order.currency,
    items,
    totals: totals(book, scoped),
    specs,
    sections,
    clauses: clauses({
      shipmentOpen: shipment.some((term) => term.blank),
      specsOpen: specs.some((section) => section.terms.some((term) => term.blank)),
    }),
    openFindings: openTermsOf(findings),
    evidence: book.evidence,
  };
}
