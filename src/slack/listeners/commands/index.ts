/** Slash commands: command name -> listener. */
import type { App } from "@slack/bolt";
import type { ServiceDeps } from "../../../services/deps.ts";
import { ids } from "../../ids.ts";
import { routeDocumentCommands } from "./document-command.ts";
import { handleOrderCommand } from "./order-command.ts";

export function registerCommands(app: App, deps: ServiceDeps): void {
  // contract, checklist and settings have their own grammar and listener, ahead of the main one.
  app.command(ids.command, routeDocumentCommands(deps), handleOrderCommand(deps));
}
