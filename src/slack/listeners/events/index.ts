/** Events API: event type -> listener. */
import type { App } from "@slack/bolt";
import type { ServiceDeps } from "../../../services/deps.ts";
import { handleAppHomeOpened } from "./app-home-opened.ts";

export function registerEvents(app: App, deps: ServiceDeps): void {
  app.event("app_home_opened", handleAppHomeOpened(deps));
}
