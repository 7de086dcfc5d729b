/**
 * Editing one term of an order (`/order set`, the edit modal, "Apply suggestion"): the store validates
 * and records the change, reminders follow a new ship date, and the thread says who changed what.
 */

import { todayIn } from "../core/dates.ts";
import { findingsSettledByEdit } from "../core/findings-after-edit.ts";
import { lateEditNote, lateEditWarning } from "../core/late-edits.ts";
import { fieldLabel } from "../core/order-fields.ts";
import { parseTranscript } from "../core/parse/parse-transcript.ts";
import { findMissingTerms } from "../core/review/find-missing-terms.ts";
import { messageLines } from "../core/review/review-draft.ts";
import { planReminders } from "../core/timeline/plan-reminders.ts";
import { AppError } from "../errors.ts";
import { getChannelSettings, getTranscript, updateOrderField } from "../store/index.ts";
import type { ServiceDeps } from "./deps.ts";
import { loadOrder, viewOf } from "./order-view.ts";
import { refreshOrderThread } from "./post-to-thread.ts";

/** A typed value as the field wants it: a list field takes one entry per line. */
export function fieldValueOf(field: string, value: string): unknown {
  if (/\.specs\.other$/.test(field))
    return value
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
  return value;
}

/** The chat's message lines, which some findings are judged against (a colour discussed but never coded). */
async function transcriptLines(
  deps: ServiceDeps,
  transcriptId: string | null,
): Promise<Array<{ line: number; text: string }>> {
  const transcript = transcriptId ? await getTranscript(deps.store.db, { id: transcriptId }) : null;
  return transcript?.rawText ? messageLines(parseTranscript(transcript.rawText)) : [];
}

/** Set `field` of order `ref` to `value`; with `findingId`, that finding is marked applied. */
export async function setOrderField(
  deps: ServiceDeps,
  input: {
    workspaceId: string;
    channelId: string;
    ref: string;
    field: string;
    value: string | string[];
    findingId?: string;
    actor: string;
    source: string;
    /**
     * The person already said yes to an edit that is asked about (a quantity or price after receipt).
     * Without it such an edit throws AppError(needs_confirmation) with the reason; each surface asks.
     */
    anyway?: boolean;
  },
): Promise<{ message: string }> {
  const { row, view } = await loadOrder(deps, input);
  const value = Array.isArray(input.value) ? input.value : fieldValueOf(input.field, input.value);
  const lines = await transcriptLines(deps, row.transcriptId);
  const settings = await getChannelSettings(deps.store.db, input);
  const label = fieldLabel(view.draft, input.field);
  let note: string | null = null;
  const updated = await updateOrderField(deps.store.db, {
    orderId: row.id,
    field: input.field,
    value,
    actor: input.actor,
    source: input.source,
    planReminders,
    occurredOn: todayIn(settings.timeZone, deps.clock.now()),
    // Checked under the order's lock, against the steps recorded by then.
    vet: (dates) => {
      const warning = lateEditWarning({ ref: view.ref, field: input.field, label, dates });
      if (warning === null || dates.received === null) return null;
      if (!input.anyway) throw new AppError("needs_confirmation", warning);
      note = lateEditNote(dates.received);
      return note;
    },
    // Re-review the findings on the edited field against the new value.
    settles: (draft, open) =>
      findingsSettledByEdit({
        field: input.field,
        draft,
        open,
        stillMissing: new Set(findMissingTerms(draft, lines, new Set()).map((finding) => finding.field)),
      }),
    // The finding this edit resolves is marked applied in the same transaction.
    ...(input.findingId && /^\d+$/.test(input.findingId)
      ? { appliesFindingId: Number(input.findingId) }
      : {}),
  });
  const shown = Array.isArray(value) ? value.join("; ") : String(value);
  const message = `${view.ref}: ${label} set to “${shown}” by <@${input.actor}>${note ? `, ${note}` : ""}.`;
  await refreshOrderThread(deps, updated, await viewOf(deps, updated), message);
  return { message };
}
