/** Slash commands: command name -> listener. */
import type { App } from "@slack/bolt";
import type { ServiceDeps } from "../../../services/deps.ts";
import { ids } from "../../ids.ts";
import { handleOrderCommand } from "./order-command.ts";

export function registerCommands(app: App, deps: ServiceDeps): void {
  app.command(ids.command, handleOrderCommand(deps));
}
