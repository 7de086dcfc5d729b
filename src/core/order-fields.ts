/**
 * The order fields a person can edit (`/order set`, "Edit a field...", "Apply suggestion"), in one place:
 * each field's path, label, what it takes (in the person's words) and an example. Field paths
 * ("items[0].specs.color") are parsed and walked here only.
 */
import {
  BalanceTiming,
  DispatchBasis,
  type DraftOrder,
  Incoterm,
  InspectionBy,
  PaymentMethod,
  ShippingMethod,
} from "./schemas.ts";

/**
 * What one editable field takes. `rule` completes "<label> must be ..."; `example` is a valid value;
 * `accepts` narrows what the schema allows (a quantity of 0 parses but orders nothing).
 */
export type FieldSpec = {
  path: string;
  label: string;
  takes: string;
  rule: string;
  example: string;
  accepts?: (value: unknown) => boolean;
  /** The closed set of values, for fields that take one of them. */
  options?: readonly string[];
};

const positiveWhole = (value: unknown) =>
  value === null || (Number.isInteger(value) && (value as number) > 0);
const positive = (value: unknown) => value === null || (typeof value === "number" && value > 0);

const oneOf = (values: readonly string[]) => `one of ${values.join(", ")}`;

/** Order-level fields. */
const orderFields: FieldSpec[] = [
  {
    path: "supplier",
    label: "Supplier",
    takes: "text",
    rule: "a company name",
    example: "Shenzhen Lingtong Technology Co., Ltd.",
  },
  {
    path: "currency",
    label: "Currency",
    takes: "ISO 4217 code",
    rule: "a three-letter currency code such as USD",
    example: "USD",
  },
  {
    path: "shipping.method",
    label: "Shipping method",
    takes: oneOf(ShippingMethod.options),
    options: ShippingMethod.options,
    rule: oneOf(ShippingMethod.options),
    example: "sea",
  },
  {
    path: "shipping.incoterm",
    label: "Incoterm",
    takes: oneOf(Incoterm.options),
    options: Incoterm.options,
    rule: `an Incoterms 2020 code (${Incoterm.options.join(" ")})`,
    example: "FOB",
  },
  {
    path: "shipping.place",
    label: "Incoterm place",
    takes: "text",
    rule: "a port or place",
    example: "Shenzhen",
  },
  {
    path: "shipping.fee",
    label: "Shipping fee",
    takes: "number, 0 or more",
    rule: "a number of 0 or more (in the order's currency)",
    example: "120",
  },
  {
    path: "shipping.address",
    label: "Delivery address",
    takes: "text",
    rule: "an address",
    example: "12 Dock Rd, Felixstowe, UK",
  },
  {
    path: "dispatch.basis",
    label: "Ship date basis",
    takes: oneOf(DispatchBasis.options),
    options: DispatchBasis.options,
    rule: oneOf(DispatchBasis.options),
    example: "after_deposit",
  },
  {
    path: "dispatch.days",
    label: "Ship within (days)",
    takes: "whole number, 0 or more",
    rule: "a whole number of days, 0 or more",
    example: "25",
  },
  {
    path: "dispatch.date",
    label: "Ship by",
    takes: "date YYYY-MM-DD",
    rule: "a date written YYYY-MM-DD",
    example: "2026-12-15",
  },
  {
    path: "payment.depositPercent",
    label: "Deposit (%)",
    takes: "number 0-100",
    rule: "a percentage from 0 to 100",
    example: "30",
  },
  {
    path: "payment.balance",
    label: "Balance timing",
    takes: oneOf(BalanceTiming.options),
    options: BalanceTiming.options,
    rule: oneOf(BalanceTiming.options),
    example: "before_shipment",
  },
  {
    path: "payment.method",
    label: "Payment method",
    takes: oneOf(PaymentMethod.options),
    options: PaymentMethod.options,
    rule: oneOf(PaymentMethod.options),
    example: "bank_transfer",
  },
  {
    path: "inspection.required",
    label: "Inspection required",
    takes: "yes or no",
    rule: "yes or no",
    example: "yes",
  },
  {
    path: "inspection.by",
    label: "Inspection by",
    takes: oneOf(InspectionBy.options),
    options: InspectionBy.options,
    rule: oneOf(InspectionBy.options),
    example: "third_party",
  },
];

/** Fields of each item, under `items[N].`. */
const itemFieldSpecs: FieldSpec[] = [
  { path: "name", label: "name", takes: "text", rule: "a product name", example: "silicone phone case" },
  {
    path: "quantity",
    label: "quantity",
    takes: "whole number above 0",
    rule: "a whole number above 0",
    example: "2000",
    accepts: positiveWhole,
  },
  { path: "unit", label: "unit", takes: "text", rule: "a unit such as pcs", example: "pcs" },
  {
    path: "unitPrice",
    label: "unit price",
    takes: "number above 0",
    rule: "a price above 0 (in the order's currency)",
    example: "1.15",
    accepts: positive,
  },
  {
    path: "specs.size",
    label: "size",
    takes: "text with a measure",
    rule: "a size",
    example: "160 x 80 x 12 mm ± 0.5 mm",
  },
  {
    path: "specs.material",
    label: "material",
    takes: "text with a grade",
    rule: "a material",
    example: "food grade silicone, LFGB",
  },
  {
    path: "specs.color",
    label: "colour",
    takes: "text with a colour code",
    rule: "a colour",
    example: "Pantone 5535 C",
  },
  {
    path: "specs.packaging",
    label: "packaging",
    takes: "text",
    rule: "a packaging",
    example: "OPP bag, 50 pcs per 5-ply carton",
  },
  {
    path: "specs.branding",
    label: "branding",
    takes: "text",
    rule: "a branding",
    example: "logo debossed on back, artwork v2",
  },
  {
    path: "specs.other",
    label: "other requirements",
    takes: "one requirement per line",
    rule: "requirements, one per line",
    example: "drop test 1.2 m, 10 drops",
  },
];

/** Every editable field, items written `items[N]`, for help texts and the README. */
export function fieldReference(): FieldSpec[] {
  return [...orderFields, ...itemFieldSpecs.map((spec) => ({ ...spec, path: `items[N].${spec.path}` }))];
}

/** Every editable field of this draft (items enumerated), with labels naming the item. */
export function editableFields(draft: DraftOrder): FieldSpec[] {
  const fields = [...orderFields];
  const count = Math.max(draft.items.length, 1);
  for (let i = 0; i < count; i++) {
    const name = draft.items[i]?.name ?? `item ${i + 1}`;
    for (const spec of itemFieldSpecs)
      fields.push({ ...spec, path: `items[${i}].${spec.path}`, label: `${name}: ${spec.label}` });
  }
  return fields;
}

/** The spec of a field path of any item ("items[3].quantity"), or undefined when it is not editable. */
export function fieldSpecOf(path: string): FieldSpec | undefined {
  const item = /^items\[\d+\]\.(.+)$/.exec(path);
  if (item) return itemFieldSpecs.find((spec) => spec.path === item[1]);
  return orderFields.find((spec) => spec.path === path);
}

/** A label for any field path, falling back to the path itself. */
export function fieldLabel(draft: DraftOrder, field: string): string {
  return editableFields(draft).find((entry) => entry.path === field)?.label ?? field;
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
  if (editableFields(draft).some((entry) => entry.path === field)) return field;
  const item = field.match(/^(items\[\d+\])(?:\.specs)?$/);
  if (item) return `${item[1]}.specs.other`;
  const spec = field.match(/^(items\[\d+\]\.specs\.other)\[\d+\]$/);
  if (spec?.[1]) return spec[1];
  return sectionDefaults[field] ?? field;
}

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

/** The current value of a field as text for an edit box ("" when unsettled). */
export function currentValueText(draft: DraftOrder, field: string): string {
  const { value } = readDraftField(draft, field);
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("\n");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** True when `field` is `other` or lies under it (the whole field or a part of it is meant). */
export function isFieldWithin(field: string, other: string): boolean {
  return field === other || field.startsWith(`${other}.`) || field.startsWith(`${other}[`);
}

/** The one option of an enum field a text names ("third party" names third_party), or null. */
export function optionNamedIn(spec: FieldSpec, text: string): string | null {
  const lower = text.toLowerCase().replace(/[-_]/g, " ");
  const named = (spec.options ?? []).filter((option) =>
    new RegExp(`\\b${option.toLowerCase().replace(/_/g, " ")}\\b`).test(lower),
  );
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** The blanks a suggested rewrite leaves for a person to fill: runs of underscores, a date, a number N. */
export const templateBlank = /_{2,}|YYYY-MM-DD|\bN\b/g;
