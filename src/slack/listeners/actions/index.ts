/** Block actions: action id -> listener. */
import type { App } from "@slack/bolt";
import type { ServiceDeps } from "../../../services/deps.ts";
import { ids } from "../../ids.ts";
import { handleApplySuggestion } from "./apply-suggestion.ts";
import { handleConfirmOrder } from "./confirm-order.ts";
import { handleContractPdf } from "./contract-pdf.ts";
import { handleEditField } from "./edit-field.ts";
import { handleReminderDone } from "./reminder-done.ts";
import { handleReminderSnooze } from "./reminder-snooze.ts";

export function registerActions(app: App, deps: ServiceDeps): void {
  app.action(ids.action.confirmOrder, handleConfirmOrder(deps));
  app.action(ids.action.applySuggestion, handleApplySuggestion(deps));
  app.action(ids.action.editField, handleEditField(deps));
  app.action(ids.action.contractPdf, handleContractPdf(deps));
  app.action(ids.action.reminderDone, handleReminderDone(deps));
  app.action(ids.action.reminderSnooze, handleReminderSnooze(deps));
}
