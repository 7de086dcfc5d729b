/**
 * Setting one field of a DraftOrder by its path ("items[0].specs.color", "payment.depositPercent"),
 * validated by the zod schema. Values typed in Slack arrive as text, so numbers, booleans and "null"
 * are read from text when the field wants them.
 */
import { isIsoDay } from "../core/lifecycle.ts";
import { DraftOrder } from "../core/schemas.ts";
import { AppError } from "../errors.ts";

type Segment = string | number;

/** "items[0].specs.color" -> ["items", 0, "specs", "color"]; null when it is not a path. */
export function parseFieldPath(field: string): Segment[] | null {
  if (!/^[A-Za-z]\w*(?:\[\d+\]|\.[A-Za-z]\w*)*$/.test(field.trim())) return null;
  const segments: Segment[] = [];
  for (const match of field.trim().matchAll(/([A-Za-z]\w*)|\[(\d+)\]/g)) {
    segments.push(match[1] ?? Number(match[2]));
  }
  return segments;
}

/** The value at a path, and whether the path exists in the draft. */
export function readDraftField(draft: DraftOrder, field: string): { exists: boolean; value: unknown } {
  const path = parseFieldPath(field);
  if (!path) return { exists: false, value: undefined };
  let current: unknown = draft;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return { exists: false, value: undefined };
    if (typeof segment === "number") {
      if (!Array.isArray(current) || segment >= current.length) return { exists: false, value: undefined };
    } else if (Array.isArray(current) || !Object.hasOwn(current, segment)) {
      return { exists: false, value: undefined };
    }
    current = (current as Record<string | number, unknown>)[segment];
  }
  return { exists: true, value: current };
}

function withValue(draft: DraftOrder, path: Segment[], value: unknown): unknown {
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
      `"${field}" is not a field of the order (e.g. supplier, currency, items[0].quantity, items[0].specs.color, dispatch.date, payment.depositPercent).`,
    );
  if (path.at(-1) === "date" && typeof value === "string" && value.trim() && !/^null$/i.test(value.trim())) {
    if (!isIsoDay(value.trim()))
      throw new AppError(
        "invalid_field",
        `"${value}" is not a date: write it as YYYY-MM-DD, e.g. 2026-12-15.`,
      );
    value = value.trim();
  }
  // ISO 4217 codes are upper case; "usd" would pass the length check but is not what the form wants.
  if (path.at(-1) === "currency" && typeof value === "string") value = value.trim().toUpperCase();
  let firstIssue = "";
  for (const reading of candidates(value)) {
    const parsed = DraftOrder.safeParse(withValue(draft, path, reading));
    if (parsed.success) return { draft: parsed.data, before: current.value, after: reading };
    firstIssue ||= parsed.error.issues[0]?.message ?? "invalid";
  }
  throw new AppError(
    "invalid_field",
    `${JSON.stringify(value)} is not accepted for ${field}: ${firstIssue}.`,
  );
}
