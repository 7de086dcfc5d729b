/**
 * What the database is: every table, with its row type beside it. Migrations in ./migrations are
 * generated from this file by drizzle-kit (`npm run db:generate`) and committed.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { type DraftOrder, LifecycleEventKind, OrderState, ReminderKind } from "../src/core/schemas.ts";

/** A literal SQL list for a CHECK constraint: the database refuses a state no code knows. */
const oneOf = (values: readonly string[]) => sql.raw(`(${values.map((v) => `'${v}'`).join(", ")})`);

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/** A Slack workspace (team); holds the counter that numbers its orders PO-1, PO-2, ... */
export const workspaces = pgTable("workspaces", {
  id: text("id").primaryKey(),
  name: text("name"),
  /** The buyer's company name printed on purchase contracts (`/order settings company "..."`). */
  companyName: text("company_name"),
  /** Next PO number to hand out; bumped in the creating transaction so numbers never repeat. */
  nextOrderNumber: integer("next_order_number").notNull().default(1),
  /** The Enterprise Grid org it belongs to, when known: an org-wide install serves it. */
  enterpriseId: text("enterprise_id"),
  /** Set when the app is uninstalled or its tokens revoked: no reminder is claimed until it is installed again. */
  remindersPausedAt: timestamp("reminders_paused_at", { withTimezone: true }),
  createdAt: createdAt(),
});
export type WorkspaceRow = typeof workspaces.$inferSelect;

/** A channel the bot works in, with its time zone and reminder settings (ChannelSettings, jsonb). */
export const channels = pgTable(
  "channels",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id),
    id: text("id").notNull(),
    timeZone: text("time_zone").notNull().default("UTC"),
    /** Partial ChannelSettings as stored; read through ChannelSettings.parse, which fills the defaults. */
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.id] })],
);
export type ChannelRow = typeof channels.$inferSelect;

/** Where a transcript came from. */
export const transcriptSources = [
  "slash_command",
  "shortcut",
  "modal",
  "thread",
  "file",
  "cli",
  "local",
] as const;
export type TranscriptSource = (typeof transcriptSources)[number];

/** A raw paste, stored before any extraction runs; retention may null raw_text, the hash stays. */
export const transcripts = pgTable(
  "transcripts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id),
    channelId: text("channel_id"),
    userId: text("user_id").notNull(),
    source: text("source").$type<TranscriptSource>().notNull(),
    rawText: text("raw_text"),
    contentHash: text("content_hash").notNull(),
    byteLength: integer("byte_length").notNull(),
    createdAt: createdAt(),
    purgedAt: timestamp("purged_at", { withTimezone: true }),
    /** Drafting attempts by the recovery job (src/jobs/recover-pastes.ts), for a paste left without an order. */
    draftAttempts: integer("draft_attempts").notNull().default(0),
    /** The recovery job does not try again before this. */
    nextDraftAt: timestamp("next_draft_at", { withTimezone: true }),
    /** No more drafting: the person was told it gave up, or the paste failed for a reason a retry won't fix. */
    settledAt: timestamp("settled_at", { withTimezone: true }),
  },
  (table) => [
    index("transcripts_created_at_idx").on(table.createdAt),
    check("transcripts_source_check", sql`${table.source} in ${oneOf(transcriptSources)}`),
  ],
);
export type TranscriptRow = typeof transcripts.$inferSelect;

/** A purchase order: the current DraftOrder plus the columns queries need. */
export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id),
    number: integer("number").notNull(),
    channelId: text("channel_id").notNull(),
    threadTs: text("thread_ts"),
    transcriptId: uuid("transcript_id").references(() => transcripts.id),
    state: text("state").$type<OrderState>().notNull().default("draft"),
    /** DraftOrder; validated by zod on every read and write in src/store. */
    draft: jsonb("draft").$type<DraftOrder>().notNull(),
    /** Derived from the draft and the lifecycle dates (fixed date, or deposit/balance date + days). */
    shipDate: date("ship_date", { mode: "string" }),
    currency: text("currency"),
    totalAmount: numeric("total_amount"),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** Optimistic concurrency: bumped on every change. */
    version: integer("version").notNull().default(1),
  },
  (table) => [
    unique("orders_workspace_number_unique").on(table.workspaceId, table.number),
    index("orders_channel_state_idx").on(table.workspaceId, table.channelId, table.state),
    check("orders_state_check", sql`${table.state} in ${oneOf(OrderState.options)}`),
    check("orders_number_positive", sql`${table.number} > 0`),
  ],
);
export type OrderRow = typeof orders.$inferSelect;

/** Kinds of audit events: the lifecycle kinds plus the edits made to a draft. */
export const orderEventKinds = [
  "created",
  "field_set",
  "finding_applied",
  "finding_dismissed",
  "card_posted",
  ...LifecycleEventKind.options,
] as const;
export type OrderEventKind = (typeof orderEventKinds)[number];

/** Append-only audit trail: who did what, when they say it happened, from what to what, and from where. */
export const orderEvents = pgTable(
  "order_events",
  {
    id: serial("id").primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    kind: text("kind").$type<OrderEventKind>().notNull(),
    actor: text("actor").notNull(),
    /** The date the person said it happened (YYYY-MM-DD), for lifecycle events. */
    occurredOn: date("occurred_on", { mode: "string" }),
    createdAt: createdAt(),
    before: jsonb("before"),
    after: jsonb("after"),
    /** The command text, Slack message ts, or "cli". */
    source: text("source").notNull(),
  },
  (table) => [
    index("order_events_order_idx").on(table.orderId, table.id),
    check("order_events_kind_check", sql`${table.kind} in ${oneOf(orderEventKinds)}`),
  ],
);
export type OrderEventRow = typeof orderEvents.$inferSelect;

export const findingStates = ["open", "applied", "dismissed"] as const;
export type FindingState = (typeof findingStates)[number];

/** Review findings on an order, and whether a person applied or dismissed them. */
export const findings = pgTable(
  "findings",
  {
    id: serial("id").primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    field: text("field").notNull(),
    kind: text("kind").notNull(),
    quote: text("quote"),
    line: integer("line"),
    suggestion: text("suggestion").notNull(),
    state: text("state").$type<FindingState>().notNull().default("open"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("findings_order_idx").on(table.orderId),
    check("findings_state_check", sql`${table.state} in ${oneOf(findingStates)}`),
  ],
);
export type FindingRow = typeof findings.$inferSelect;

/** `done`: a person pressed "Done" on that kind; unlike `cancelled`, replanning never revives it. */
export const reminderStates = ["pending", "claimed", "sent", "failed", "cancelled", "done"] as const;
export type ReminderState = (typeof reminderStates)[number];

/** A reminder owed on an order; the tick claims due rows (lease in claimed_until) and posts them. */
export const reminders = pgTable(
  "reminders",
  {
    id: serial("id").primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    kind: text("kind").$type<ReminderKind>().notNull(),
    /** Stable per order (e.g. "balance_payment:7") so replanning replaces rather than duplicates. */
    key: text("key").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    broadcast: boolean("broadcast").notNull().default(false),
    about: date("about", { mode: "string" }),
    state: text("state").$type<ReminderState>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    lastError: text("last_error"),
    slackTs: text("slack_ts"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    unique("reminders_order_key_unique").on(table.orderId, table.key),
    check("reminders_state_check", sql`${table.state} in ${oneOf(reminderStates)}`),
    check("reminders_kind_check", sql`${table.kind} in ${oneOf(ReminderKind.options)}`),
    // The tick's query: due and pending (or claimed with an expired lease), oldest first (id breaks ties).
    index("reminders_due_idx")
      .on(sql`(coalesce(${table.nextAttemptAt}, ${table.dueAt}))`, table.id)
      .where(sql`${table.state} in ('pending', 'claimed')`),
  ],
);
export type ReminderRow = typeof reminders.$inferSelect;

/** Idempotency keys: a retried Slack delivery or a double click is recognised and changes nothing twice. */
export const processedRequests = pgTable("processed_requests", {
  key: text("key").primaryKey(),
  kind: text("kind").notNull(),
  result: jsonb("result"),
  createdAt: createdAt(),
});
export type ProcessedRequestRow = typeof processedRequests.$inferSelect;

/**
 * One Slack installation (distribution mode): a workspace (`T:<team>`) or an Enterprise Grid org
 * (`E:<enterprise>`). Bolt's Installation object, tokens included, is stored only encrypted
 * (AES-256-GCM, TOKEN_ENCRYPTION_KEY); the columns beside it are what lookups and refreshes need.
 */
export const installations = pgTable("installations", {
  key: text("key").primaryKey(),
  teamId: text("team_id"),
  enterpriseId: text("enterprise_id"),
  isEnterpriseInstall: boolean("is_enterprise_install").notNull().default(false),
  /** The Installation as JSON, encrypted: "v1:<iv>:<tag>:<ciphertext>" (base64url). */
  sealed: text("sealed").notNull(),
  /** When the bot token expires (token rotation on); null for a token that does not expire. */
  botTokenExpiresAt: timestamp("bot_token_expires_at", { withTimezone: true }),
  /** A replica refreshing the token holds this until then: a refresh token is single-use. */
  refreshClaimedUntil: timestamp("refresh_claimed_until", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  createdAt: createdAt(),
});
export type InstallationRow = typeof installations.$inferSelect;
