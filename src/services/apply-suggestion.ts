/**
 * "Apply suggestion": a finding's measurable rewrite written into its field. When the rewrite still
 * has blanks ("___ mAh", "YYYY-MM-DD") or the field takes a number or a code, only a person can finish
 * it, so the caller gets the prefilled value to show in the edit modal instead.
 */

import {
  currentValueText,
  editTargetFor,
  fieldLabel,
  fieldSpecOf,
  optionNamedIn,
  templateBlank,
} from "../core/order-fields.ts";
import { AppError } from "../errors.ts";
import type { ServiceDeps } from "./deps.ts";
import { loadOrder } from "./order-view.ts";
import { setOrderField } from "./set-order-field.ts";

export type ApplyResult =
  | { kind: "applied"; message: string }
  | { kind: "already"; message: string }
  | { kind: "needs_input"; field: string; label: string; value: string; hint: string };

const placeholder = /_{2,}|YYYY|\bN\b|\.{3}|…|\[.*?\]/;
const freeText =
  /^(supplier|shipping\.(place|address)|items\[\d+\]\.(name|unit|specs\.(size|material|color|packaging|branding|other)))$/;

/** Apply finding `findingId` of order `ref`, or say what the person must complete. */
export async function applySuggestion(
  deps: ServiceDeps,
  input: { workspaceId: string; channelId: string; ref: string; findingId: string; actor: string },
): Promise<ApplyResult> {
  const { view } = await loadOrder(deps, input);
  const finding = view.findings.find((entry) => entry.id === input.findingId);
  if (!finding) throw new AppError("not_found", "That finding no longer exists; refresh the order card.");
  if (finding.state !== "open")
    return { kind: "already", message: `${view.ref}: that suggestion was already ${finding.state}.` };
  const field = editTargetFor(view.draft, finding.field);
  const current = currentValueText(view.draft, field);
  // In a list of requirements the vague entry is replaced by its rewrite; elsewhere the rewrite replaces the value.
  const value = /\.specs\.other$/.test(field)
    ? replaceEntry(current, finding.quote, finding.suggestion)
    : finding.suggestion;
  const spec = fieldSpecOf(field);
  // A field with a closed set of values: the suggestion that names one of them is accepted as it stands.
  const option = spec ? optionNamedIn(spec, finding.suggestion) : null;
  const accepted = option ?? (freeText.test(field) && !placeholder.test(finding.suggestion) ? value : null);
  if (accepted === null) {
    // A number or a date is the blank itself: ask for it alone, with the suggestion as the hint.
    const blank = freeText.test(field)
      ? value
      : ([...finding.suggestion.matchAll(templateBlank)][0]?.[0] ?? "");
    return {
      kind: "needs_input",
      field,
      label: fieldLabel(view.draft, field),
      value: blank,
      hint: spec?.options ? `${finding.suggestion} (${spec.takes})` : finding.suggestion,
    };
  }
  const result = await setOrderField(deps, {
    ...input,
    field,
    value: accepted,
    findingId: finding.id,
    source: "suggestion",
  });
  return { kind: "applied", message: result.message };
}

function replaceEntry(current: string, quote: string | null, suggestion: string): string {
  const lines = current === "" ? [] : current.split("\n");
  const at = quote ? lines.findIndex((line) => line.toLowerCase().includes(quote.toLowerCase())) : -1;
  if (at >= 0) lines[at] = suggestion;
  else lines.push(suggestion);
  return lines.join("\n");
}
