/**
 * Setting one field of a DraftOrder by its path ("items[0].specs.color", "payment.depositPercent"),
 * validated by the zod schema and the field's own rule. Values typed in Slack arrive as text, so numbers,
 * booleans and "null" are read from text when the field wants them. A refusal says what the field takes
 * in the person's words (../core/order-fields.ts), never the schema's.
 */
import { isCalendarDate } from "../core/dates.ts";
import { fieldSpecOf, isFieldWithin, parseFieldPath, readDraftField } from "../core/order-fields.ts";
import { DraftOrder } from "../core/schemas.ts";
import { AppError } from "../errors.ts";

function withValue(draft: DraftOrder, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(draft) as unknown;
  let parent = copy as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
}

/** The readings of a typed value to try, most literal first. */
function candidates(value: unknown): unknown[] {
  if (typeof value !== "string") return [value];
  const text = value.trim();
  const readings: unknown[] = [value];
  if (text === "" || /^null$/i.test(text)) readings.push(null);
  if (/^-?\d+(?:\.\d+)?$/.test(text.replace(/,/g, ""))) readings.push(Number(text.replace(/,/g, "")));
  if (/^(true|yes)$/i.test(text)) readings.push(true);
  if (/^(false|no)$/i.test(text)) readings.push(false);
  if (/^[a-z_]+$/i.test(text)) readings.push(text.toUpperCase(), text.toLowerCase()); // Incoterms, enums
  readings.push([value]); // a single entry for a list field (specs.other)
  return readings;
}

/** A new draft with `field` set to `value`, or AppError("invalid_field") saying why it is refused. */
export function setDraftField(
  draft: DraftOrder,
  field: string,
  value: unknown,
): { draft: DraftOrder; before: unknown; after: unknown } {
  const path = parseFieldPath(field);
  const current = readDraftField(draft, field);
  if (!path || !current.exists)
    throw new AppError(
      "invalid_field",
      `"${field}" is not a field of the order (e.g. supplier, currency, items[0].quantity, items[0].specs.color, dispatch.date, payment.depositPercent; \`/order help fields\` lists them all).`,
    );
  const spec = fieldSpecOf(field);
  const shown = Array.isArray(value) ? value.join("; ") : String(value);
  const refuse = (rule: string) =>
    new AppError("invalid_field", `${spec?.label ?? field} must be ${rule}, not ${shown.trim() || "blank"}.`);
  if (path.at(-1) === "date" && typeof value === "string" && value.trim() && !/^null$/i.test(value.trim())) {
    if (!isCalendarDate(value.trim()))
      throw refuse("a date that exists, written YYYY-MM-DD (e.g. 2026-12-15)");
    value = value.trim();
  }
  // ISO 4217 codes are upper case; "usd" would pass the length check but is not what the form wants.
  if (path.at(-1) === "currency" && typeof value === "string") value = value.trim().toUpperCase();
  for (const reading of candidates(value)) {
    const parsed = DraftOrder.safeParse(withValue(draft, path, reading));
    // The chat no longer backs an edited value: its evidence goes; the audit trail says who set it.
    if (parsed.success && (spec?.accepts?.(reading) ?? true))
      return {
        draft: {
          ...parsed.data,
          evidence: parsed.data.evidence.filter((entry) => !isFieldWithin(entry.field, field)),
        },
        before: current.value,
        after: reading,
      };
  }
  throw refuse(spec?.rule ?? "something else");
}
