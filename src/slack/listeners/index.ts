/** Every listener of the app, surface by surface (each folder's index.ts is its routing table). */
import type { App } from "@slack/bolt";
import type { ServiceDeps } from "../../services/deps.ts";
import { registerActions } from "./actions/index.ts";
import { registerCommands } from "./commands/index.ts";
import { registerEvents } from "./events/index.ts";
import { registerShortcuts } from "./shortcuts/index.ts";
import { registerViews } from "./views/index.ts";

export function registerListeners(app: App, deps: ServiceDeps): void {
  registerCommands(app, deps);
  registerShortcuts(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  registerEvents(app, deps);
}
