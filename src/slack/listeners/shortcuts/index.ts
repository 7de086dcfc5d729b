/** Shortcuts: callback id -> listener. */
import type { App } from "@slack/bolt";
import type { ServiceDeps } from "../../../services/deps.ts";
import { ids } from "../../ids.ts";
import { handleExtractOrder } from "./extract-order.ts";

export function registerShortcuts(app: App, deps: ServiceDeps): void {
  app.shortcut({ callback_id: ids.shortcut.extractOrder, type: "message_action" }, handleExtractOrder(deps));
}
