/** The store's public face: open it, then call repository functions with its `db`. */
export * from "./channels.ts";
export type { Database, Store } from "./database.ts";
export { setDraftField } from "./draft-field.ts";
export { guard, isConnectionError, toStoreError } from "./errors.ts";
export * from "./events.ts";
export * from "./findings.ts";
export * from "./installations.ts";
export * from "./lifecycle.ts";
export { migrationsFolder, type OpenStoreOptions, openStore, pgliteStore } from "./open-store.ts";
export * from "./orders.ts";
export {
  listNextReminders,
  type PlanReminders,
  type ReminderRow,
  replaceReminders,
} from "./reminders.ts";
export * from "./requests.ts";
export * from "./transcripts.ts";
export * from "./workspaces.ts";
