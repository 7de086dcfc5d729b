/**
 * The DraftOrder fields a person can edit from Slack, their labels, and which editable field a
 * finding about a whole section ("dispatch", "payment") opens.
 */
import type { DraftOrder } from "../../core/schemas.ts";

const sectionFields = [
  ["supplier", "Supplier"],
  ["currency", "Currency (ISO code)"],
  ["shipping.method", "Shipping method"],
  ["shipping.incoterm", "Incoterm"],
  ["shipping.place", "Incoterm place"],
  ["shipping.fee", "Shipping fee"],
  ["shipping.address", "Delivery address"],
  ["dispatch.basis", "Ship date basis"],
  ["dispatch.days", "Ship within (days)"],
  ["dispatch.date", "Ship by (YYYY-MM-DD)"],
  ["payment.depositPercent", "Deposit (%)"],
  ["payment.balance", "Balance timing"],
  ["payment.method", "Payment method"],
  ["inspection.required", "Inspection required (yes/no)"],
  ["inspection.by", "Inspection by"],
] as const;

const itemFields = [
  ["name", "name"],
  ["quantity", "quantity"],
  ["unit", "unit"],
  ["unitPrice", "unit price"],
  ["specs.size", "size"],
  ["specs.material", "material"],
  ["specs.color", "colour"],
  ["specs.packaging", "packaging"],
  ["specs.branding", "branding"],
  ["specs.other", "other requirement"],
] as const;

/** Every editable field path of a draft with its label (items enumerated). */
export function editableFields(draft: DraftOrder): { field: string; label: string }[] {
  const fields: { field: string; label: string }[] = sectionFields.map(([field, label]) => ({
    field,
    label,
  }));
  const count = Math.max(draft.items.length, 1);
  for (let i = 0; i < count; i++) {
    const name = draft.items[i]?.name ?? `item ${i + 1}`;
    for (const [path, label] of itemFields)
      fields.push({ field: `items[${i}].${path}`, label: `${name}: ${label}` });
  }
  return fields;
}

/** A label for any field path, falling back to the path itself. */
export function fieldLabel(draft: DraftOrder, field: string): string {
  return editableFields(draft).find((entry) => entry.field === field)?.label ?? field;
}

const sectionDefaults: Record<string, string> = {
  dispatch: "dispatch.date",
  payment: "payment.depositPercent",
  shipping: "shipping.incoterm",
  inspection: "inspection.by",
  items: "items[0].name",
};

/** The editable field a finding points at: itself when it is a leaf, else the section's main field. */
export function editTargetFor(draft: DraftOrder, field: string): string {
  if (editableFields(draft).some((entry) => entry.field === field)) return field;
  const item = field.match(/^(items\[\d+\])(?:\.specs)?$/);
  if (item) return `${item[1]}.specs.other`;
  const spec = field.match(/^(items\[\d+\]\.specs\.other)\[\d+\]$/);
  if (spec?.[1]) return spec[1];
  return sectionDefaults[field] ?? field;
}

/** The current value of a field as text for an edit box ("" when unsettled). */
export function currentValueText(draft: DraftOrder, field: string): string {
  let value: unknown = draft;
  for (const key of field.replace(/\[(\d+)\]/g, ".$1").split(".")) {
    if (value === null || typeof value !== "object") return "";
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("\n");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}
