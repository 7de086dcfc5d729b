/**
 * Confirming an order: with problems open (findings, no supplier, an unnamed or unpriced item) it is
 * asked about first, unless the person already said "anyway"; a confirmation given anyway is recorded
 * with the problems it was given despite.
 */
import {
  type ConfirmProblem,
  confirmedAnywayNote,
  problemsBeforeConfirming,
} from "../core/before-confirming.ts";
import type { ServiceDeps } from "./deps.ts";
import { loadOrder } from "./order-view.ts";
import { recordLifecycleEvent } from "./record-lifecycle-event.ts";

export type ConfirmOutcome =
  | { kind: "confirmed"; message: string }
  /** Not confirmed: these are open; the person confirms anyway or fixes them first. */
  | { kind: "problems"; ref: string; problems: ConfirmProblem[] };

/** Confirm order `ref`; without `anyway`, an order with problems open is only reported. */
export async function confirmOrder(
  deps: ServiceDeps,
  input: {
    workspaceId: string;
    channelId: string;
    ref: string;
    actor: string;
    source: string;
    anyway: boolean;
  },
): Promise<ConfirmOutcome> {
  const { view } = await loadOrder(deps, input);
  const problems = view.state === "draft" ? problemsBeforeConfirming(view.draft, view.findings) : [];
  if (problems.length > 0 && !input.anyway) return { kind: "problems", ref: view.ref, problems };
  const result = await recordLifecycleEvent(deps, {
    ...input,
    ref: view.ref,
    kind: "confirmed",
    date: null,
    note: problems.length > 0 ? confirmedAnywayNote(problems) : null,
  });
  return { kind: "confirmed", message: result.message };
}
