/** Modal submissions: callback id -> listener. */
import type { App } from "@slack/bolt";
import type { ServiceDeps } from "../../../services/deps.ts";
import { ids } from "../../ids.ts";
import { handleEditFieldSubmitted } from "./edit-field-submitted.ts";
import { handlePasteSubmitted } from "./paste-submitted.ts";

export function registerViews(app: App, deps: ServiceDeps): void {
  app.view(ids.view.pasteTranscript, handlePasteSubmitted(deps));
  app.view(ids.view.editField, handleEditFieldSubmitted(deps));
}
