/**
 * The inspection checklist as content, for a third-party inspector: one check line per measurable spec
 * (method and tolerance), the quantity count, packaging, carton marks and labelling, and the ISO 2859-1
 * sampling plan per defect class. A spec with an open finding cannot be checked yet and says so. Pure.
 */
import type { DraftOrder, Finding } from "../schemas.ts";
import { type AqlLevels, defaultAqls } from "./contract-content.ts";
import type { CheckLine, ChecklistContent, DefectClass, FieldEdit } from "./document-schemas.ts";
import { formatNumber, openFindingsOf, openTermsOf, unsettledBy } from "./order-terms.ts";
import { type InspectionLevel, samplingPlanFor } from "./sampling-plan.ts";

export type ChecklistInput = {
  order: DraftOrder;
  findings: readonly Finding[];
  edits: readonly FieldEdit[];
  ref: string | null;
  issuedOn: string;
  aqls?: AqlLevels;
  level?: InspectionLevel;
};

/** How an inspector checks each kind of spec. */
const methods: Record<string, { check: string; method: string }> = {
  size: { check: "Dimensions", method: "measure with calipers or tape on every sampled unit" },
  material: {
    check: "Material",
    method: "compare to the approved sample; check material marking or test certificate",
  },
  color: { check: "Colour", method: "compare to the Pantone/RAL card or approved sample under D65 light" },
  packaging: {
    check: "Packaging",
    method: "count units per carton; check carton ply, inner packing; carton drop test",
  },
  branding: {
    check: "Branding",
    method: "compare logo method, position and colours to the approved artwork",
  },
  other: { check: "Requirement", method: "measure or function test as the requirement states" },
};

const notMeasurable = "cannot be checked: not measurable yet";

/** The tolerance a spec states ("±0.5 mm", "ΔE <= 2"), else the value itself is the limit. */
function toleranceOf(value: string): string {
  const stated = value.match(/(?:±|\+\/-|ΔE\s*[<≤]=?|tolerance)\s*[\d.,]+\s*[a-z%]*/i);
  return stated ? stated[0] : "as stated, no deviation";
}

function specChecks(order: DraftOrder, findings: readonly Finding[]): CheckLine[] {
  const lines: CheckLine[] = [];
  order.items.forEach((item, index) => {
    const at = `items[${index}].specs`;
    const entries: Array<[string, string, string | null]> = [
      ...(["size", "material", "color", "packaging", "branding"] as const).map(
        (key) => [key, `${at}.${key}`, item.specs[key]] as [string, string, string | null],
      ),
      ...item.specs.other.map(
        (value, n) => ["other", `${at}.other[${n}]`, value] as [string, string, string | null],
      ),
    ];
    for (const [kind, field, value] of entries) {
      const finding = unsettledBy(findings, field);
      if (value === null && !finding) continue;
      const { check, method } = methods[kind]!;
      lines.push(
        finding
          ? {
              item: item.name,
              check,
              requirement: notMeasurable,
              method: "-",
              tolerance: "-",
              checkable: false,
            }
          : {
              item: item.name,
              check,
              requirement: value ?? "",
              method,
              tolerance: toleranceOf(value ?? ""),
              checkable: true,
            },
      );
    }
    const quantityOpen = unsettledBy(findings, `items[${index}].quantity`);
    lines.push({
      item: item.name,
      check: "Quantity",
      requirement:
        quantityOpen || item.quantity === null
          ? notMeasurable
          : `${formatNumber(item.quantity)} ${item.unit ?? "pcs"}`,
      method: "count cartons and units per carton; compare to the packing list",
      tolerance: "0 units short",
      checkable: !quantityOpen && item.quantity !== null,
    });
  });
  const general: Array<[string, string]> = [
    [
      "Carton marks",
      "compare shipping marks (main and side marks, PO reference, carton numbering) to the agreed marks",
    ],
    ["Labelling", "check product labels, barcodes and warning labels against the agreed artwork"],
    ["Product bundling", "check units per inner pack and accessories against the order"],
    [
      "Workmanship",
      "visual check of every sampled unit: critical, major and minor defects per the AQLs below",
    ],
  ];
  for (const [check, method] of general)
    lines.push({
      item: "All items",
      check,
      requirement: "as agreed for this order",
      method,
      tolerance: "per AQL",
      checkable: true,
    });
  return lines;
}

/** The lot: every unit ordered, when every quantity is settled. */
function lotSizeOf(order: DraftOrder, findings: readonly Finding[]): number | null {
  let lot = 0;
  for (const [index, item] of order.items.entries()) {
    if (item.quantity === null || unsettledBy(findings, `items[${index}].quantity`)) return null;
    lot += item.quantity;
  }
  return lot >= 1 ? Math.round(lot) : null;
}

/** The inspection checklist's content for an order. */
export function buildChecklistContent(input: ChecklistInput): ChecklistContent {
  const aqls = input.aqls ?? defaultAqls;
  const findings = openFindingsOf(input.findings, input.edits);
  const lotSize = lotSizeOf(input.order, findings);
  const classes: DefectClass[] = ["critical", "major", "minor"];
  return {
    title: "Inspection checklist",
    ref: input.ref,
    issuedOn: input.issuedOn,
    supplier: input.order.supplier ?? "(supplier not named in the chat)",
    lotSize,
    plans:
      lotSize === null
        ? []
        : classes.map((defectClass) => ({
            defectClass,
            plan: samplingPlanFor({ lotSize, aql: aqls[defectClass], level: input.level ?? "II" }),
          })),
    checks: specChecks(input.order, findings),
    openFindings: openTermsOf(findings),
  };
}

/** A CSV cell: quoted, and text that a spreadsheet would run as a formula is defused with a leading quote. */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The checklist as CSV: the check lines, then the sampling plan rows (UTF-8, CRLF, header row). */
export function checklistCsv(content: ChecklistContent): string {
  const rows: Array<Array<string | number>> = [
    ["section", "item", "check", "requirement", "method", "tolerance", "result"],
    ...content.checks.map((line) => [
      "check",
      line.item,
      line.check,
      line.requirement,
      line.method,
      line.tolerance,
      line.checkable ? "" : "n/a",
    ]),
  ];
  rows.push(["sampling", "lot size", "code letter", "sample size", "AQL", "accept (Ac)", "reject (Re)"]);
  for (const { defectClass, plan } of content.plans)
    rows.push([
      defectClass,
      plan.lotSize,
      plan.codeLetter,
      plan.sampleSize,
      plan.aql,
      plan.accept,
      plan.reject,
    ]);
  if (content.plans.length === 0)
    rows.push(["sampling", "quantity not settled: no sampling plan yet", "", "", "", "", ""]);
  return `${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
