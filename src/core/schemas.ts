/**
 * The shapes the whole product shares: the contract's DraftOrder and Review, transcript messages,
 * the order lifecycle and reminder kinds. Every type in the project comes from here via z.infer.
 * @see ../shared/contract.md (kept exactly; extended only with optional fields)
 */
import { z } from "zod";

/**
 * One physical line of a message body, with its 1-based line number in the pasted text; `indent` is how far a
 * line of a paste without senders stood in (notes nest a product's lines under it), when it did.
 */
export const MessagePart = z.object({
  line: z.number().int().positive(),
  text: z.string(),
  indent: z.number().int().positive().optional(),
});
export type MessagePart = z.infer<typeof MessagePart>;

export const Role = z.enum(["buyer", "supplier", "unknown"]);
export type Role = z.infer<typeof Role>;

/** A chat message as the parser reads it: who said it, when, and the lines it spans. */
export const Message = z.object({
  /** Line of the message's first body line (1-based, as in the input). */
  line: z.number().int().positive(),
  speaker: z.string().nullable(),
  role: Role,
  /** ISO 8601 timestamp when the format carries one. */
  at: z.string().nullable(),
  /** Body text; multi-line messages are joined with "\n". */
  text: z.string(),
  /** The body's physical lines, so evidence can cite the exact line a quote stands on. */
  parts: z.array(MessagePart),
});
export type Message = z.infer<typeof Message>;

export const TranscriptFormat = z.enum([
  "alibaba",
  "whatsapp",
  "wechat",
  "line",
  "email",
  "prefixed",
  "plain",
]);
export type TranscriptFormat = z.infer<typeof TranscriptFormat>;

export const ParsedTranscript = z.object({
  format: TranscriptFormat,
  lineCount: z.number().int().nonnegative(),
  messages: z.array(Message),
  /** Newest timestamp found, used as "today" when --now is not given. */
  newestAt: z.string().nullable(),
  /** How the paste's headers write a date in figures, where they tell: day first ("dmy") or month first. */
  dayOrder: z.enum(["dmy", "mdy"]).optional(),
});
export type ParsedTranscript = z.infer<typeof ParsedTranscript>;

export const ShippingMethod = z.enum(["sea", "air", "express", "rail", "truck"]);
export type ShippingMethod = z.infer<typeof ShippingMethod>;

/** Incoterms 2020. FAS FOB CFR CIF are for sea and inland waterway only. */
export const Incoterm = z.enum(["EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"]);
export type Incoterm = z.infer<typeof Incoterm>;

export const DispatchBasis = z.enum(["fixed_date", "after_deposit", "after_balance", "after_order"]);
export type DispatchBasis = z.infer<typeof DispatchBasis>;

export const BalanceTiming = z.enum(["before_shipment", "after_shipment", "on_delivery"]);
export type BalanceTiming = z.infer<typeof BalanceTiming>;

export const PaymentMethod = z.enum([
  "bank_transfer",
  "card",
  "paypal",
  "letter_of_credit",
  "pay_later",
  "other",
]);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const InspectionBy = z.enum(["third_party", "alibaba", "buyer", "supplier"]);
export type InspectionBy = z.infer<typeof InspectionBy>;

export const ItemSpecs = z.object({
  size: z.string().nullable(),
  material: z.string().nullable(),
  color: z.string().nullable(),
  packaging: z.string().nullable(),
  branding: z.string().nullable(),
  other: z.array(z.string()),
});
export type ItemSpecs = z.infer<typeof ItemSpecs>;

/** The name an item gets when the chat never names the product; confirming such an order is asked about. */
export const unnamedItem = "item";

export const OrderItem = z.object({
  name: z.string(),
  quantity: z.number().nonnegative().nullable(),
  unit: z.string().nullable(),
  unitPrice: z.number().nonnegative().nullable(),
  specs: ItemSpecs,
});
export type OrderItem = z.infer<typeof OrderItem>;

/** Where a value comes from: the 1-based line and the words on it (a substring of that line). */
export const Evidence = z.object({
  field: z.string(),
  line: z.number().int().positive(),
  quote: z.string(),
  /** Extension: which engine proposed the value. */
  source: z.enum(["rules", "model", "user"]).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/**
 * Extension: a unit price put on the table in the chat and superseded by the one agreed later, so a
 * reader sees "1.25 offered, 1.15 agreed on line 9". One entry per distinct price, in chat order.
 */
export const SupersededPrice = z.object({
  /** The price field it was offered for, e.g. "items[0].unitPrice". */
  field: z.string(),
  price: z.number().nonnegative(),
  /** Set when the offer named a currency other than the order's. */
  currency: z.string().length(3).nullable(),
  /** Who put it: the supplier offers, the buyer asks. */
  role: Role,
  line: z.number().int().positive(),
  quote: z.string(),
});
export type SupersededPrice = z.infer<typeof SupersededPrice>;

export const DraftOrder = z.object({
  supplier: z.string().nullable(),
  currency: z.string().length(3).nullable(),
  items: z.array(OrderItem),
  shipping: z.object({
    method: ShippingMethod.nullable(),
    incoterm: Incoterm.nullable(),
    place: z.string().nullable(),
    fee: z.number().nonnegative().nullable(),
    address: z.string().nullable(),
  }),
  dispatch: z.object({
    basis: DispatchBasis.nullable(),
    days: z.number().int().nonnegative().nullable(),
    /** YYYY-MM-DD */
    date: z.string().nullable(),
  }),
  payment: z.object({
    depositPercent: z.number().min(0).max(100).nullable(),
    balance: BalanceTiming.nullable(),
    method: PaymentMethod.nullable(),
  }),
  inspection: z.object({
    required: z.boolean().nullable(),
    by: InspectionBy.nullable(),
  }),
  evidence: z.array(Evidence),
  /** Extension: plain-language notes on how the draft was made (e.g. "model not used: timed out"). */
  notes: z.array(z.string()).optional(),
  /** Extension: earlier prices the negotiation superseded (absent when none were). */
  supersededPrices: z.array(SupersededPrice).optional(),
});
export type DraftOrder = z.infer<typeof DraftOrder>;

/** `risk` extends the contract's kinds: payment outside the order, an Incoterm that does not fit the mode. */
export const FindingKind = z.enum(["vague", "missing", "conflict", "risk"]);
export type FindingKind = z.infer<typeof FindingKind>;

export const Finding = z.object({
  field: z.string(),
  kind: FindingKind,
  quote: z.string().nullable(),
  line: z.number().int().positive().nullable(),
  suggestion: z.string(),
  /** Who raised the finding (contract.md): absent or "rules" for the rules engine, "model" for the model. */
  by: z.enum(["rules", "model"]).optional(),
});
export type Finding = z.infer<typeof Finding>;

export const Claims = z.object({ lateDelivery: z.boolean(), quality: z.boolean() });
export type Claims = z.infer<typeof Claims>;

export const Review = z.object({
  order: DraftOrder,
  findings: z.array(Finding),
  claims: Claims,
});
export type Review = z.infer<typeof Review>;

/** draft -> confirmed -> deposit_paid -> balance_paid -> shipped -> received -> completed; plus disputed, cancelled. */
export const OrderState = z.enum([
  "draft",
  "confirmed",
  "deposit_paid",
  "balance_paid",
  "shipped",
  "received",
  "completed",
  "disputed",
  "cancelled",
]);
export type OrderState = z.infer<typeof OrderState>;

/** Lifecycle events a person records (slash command, reminder button). */
export const LifecycleEventKind = z.enum([
  "confirmed",
  "deposit_paid",
  "balance_paid",
  "shipped",
  "received",
  "completed",
  "disputed",
  "cancelled",
]);
export type LifecycleEventKind = z.infer<typeof LifecycleEventKind>;

export const ReminderKind = z.enum([
  "inspection_booking",
  "balance_payment",
  "ship_date_passed",
  "inspect_on_arrival",
  "dispute_window_closing",
  "review_invitation",
  "review_window_closing",
]);
export type ReminderKind = z.infer<typeof ReminderKind>;

/** Per-channel reminder settings; defaults follow ../shared/design.md (Trade Assurance values change over the years). */
export const ChannelSettings = z.object({
  timeZone: z.string().default("UTC"),
  reminderHour: z.number().int().min(0).max(23).default(9),
  alibabaInspectionLeadWorkingDays: z.number().int().nonnegative().default(7),
  thirdPartyInspectionLeadWorkingDays: z.number().int().nonnegative().default(3),
  balanceReminderDaysBefore: z.array(z.number().int().nonnegative()).default([7, 2]),
  disputeWindowDays: z.number().int().positive().default(30),
  disputeReminderDaysBefore: z.array(z.number().int().nonnegative()).default([10, 3]),
  autoCompleteDaysAfterArrival: z.number().int().positive().default(15),
  reviewWindowDays: z.number().int().positive().default(30),
  reviewReminderDaysBefore: z.array(z.number().int().nonnegative()).default([5]),
  transcriptRetentionDays: z.number().int().positive().nullable().default(null),
});
export type ChannelSettings = z.infer<typeof ChannelSettings>;

/** An empty draft: every field unsettled. Extraction fills what the transcript supports. */
export function emptyDraft(): DraftOrder {
  return {
    supplier: null,
    currency: null,
    items: [],
    shipping: { method: null, incoterm: null, place: null, fee: null, address: null },
    dispatch: { basis: null, days: null, date: null },
    payment: { depositPercent: null, balance: null, method: null },
    inspection: { required: null, by: null },
    evidence: [],
  };
}

/** Dates (YYYY-MM-DD, in the channel's calendar) on which lifecycle events happened; the timeline's input. */
export const LifecycleDates = z.object({
  confirmed: z.string().nullable().default(null),
  deposit_paid: z.string().nullable().default(null),
  balance_paid: z.string().nullable().default(null),
  shipped: z.string().nullable().default(null),
  received: z.string().nullable().default(null),
  completed: z.string().nullable().default(null),
});
export type LifecycleDates = z.infer<typeof LifecycleDates>;

/** One reminder the timeline says is owed: stored as a row, claimed and posted by the tick. */
export const ReminderPlan = z.object({
  kind: ReminderKind,
  /** Stable per order, e.g. "balance_payment:7", so recomputing replaces rather than duplicates. */
  key: z.string(),
  /** ISO instant (09:00 in the channel's time zone by default). */
  dueAt: z.string(),
  /** Also shown in the channel, not only in the thread. */
  broadcast: z.boolean(),
  /** The date the reminder is about (ship date, dispute deadline...), YYYY-MM-DD. */
  about: z.string().nullable(),
});
export type ReminderPlan = z.infer<typeof ReminderPlan>;

/** A field the two sides stated differently and never reconciled: each side's value with its line and words. */
export const Conflict = z.object({
  field: z.string(),
  values: z.array(
    z.object({ value: z.string(), line: z.number().int().positive(), quote: z.string(), role: Role }),
  ),
});
export type Conflict = z.infer<typeof Conflict>;
