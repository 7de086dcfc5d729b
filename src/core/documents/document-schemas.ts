/**
 * The content of the two documents a buyer attaches and hands over, as plain data: what the PDF and
 * CSV adapters draw, and what tests read. Built by contract-content.ts and checklist-content.ts.
 */
import { z } from "zod";
import { FindingKind } from "../schemas.ts";
import { SamplingPlan } from "./sampling-plan.ts";

/** One term as printed: its label and either the settled value or a visible blank. */
export const Term = z.object({
  label: z.string(),
  value: z.string(),
  /** True when the value is a blank ("______ (to be agreed: ...)") standing for an open finding. */
  blank: z.boolean(),
});
export type Term = z.infer<typeof Term>;

/** A finding still open, as page 1 lists it. */
export const OpenTerm = z.object({
  field: z.string(),
  kind: FindingKind,
  line: z.number().int().positive().nullable(),
  text: z.string(),
});
export type OpenTerm = z.infer<typeof OpenTerm>;

/** A person's edit of a field (from the order's audit trail). */
export const FieldEdit = z.object({ field: z.string(), actor: z.string(), at: z.string() });
export type FieldEdit = z.infer<typeof FieldEdit>;

/** A term of the appendix with the chat line it rests on, or the edit that set it. */
export const EvidenceRow = z.object({
  term: z.string(),
  value: z.string(),
  line: z.number().int().positive().nullable(),
  speaker: z.string().nullable(),
  at: z.string().nullable(),
  quote: z.string().nullable(),
  edited: z.string().nullable(),
});
export type EvidenceRow = z.infer<typeof EvidenceRow>;

export const ItemRow = z.object({
  name: z.string(),
  quantity: z.string(),
  unit: z.string(),
  unitPrice: z.string(),
  amount: z.string(),
});
export type ItemRow = z.infer<typeof ItemRow>;

export const Section = z.object({ heading: z.string(), terms: z.array(Term) });
export type Section = z.infer<typeof Section>;

export const Clause = z.object({ heading: z.string(), text: z.string() });
export type Clause = z.infer<typeof Clause>;

export const ContractContent = z.object({
  title: z.string(),
  ref: z.string().nullable(),
  issuedOn: z.string(),
  /** Until the order is confirmed every page carries a DRAFT mark. */
  draftMark: z.boolean(),
  buyer: z.string(),
  supplier: Term,
  currency: z.string().nullable(),
  items: z.array(ItemRow),
  totals: z.array(Term),
  specs: z.array(Section),
  sections: z.array(Section),
  clauses: z.array(Clause),
  openFindings: z.array(OpenTerm),
  evidence: z.array(EvidenceRow),
});
export type ContractContent = z.infer<typeof ContractContent>;

export const CheckLine = z.object({
  item: z.string(),
  check: z.string(),
  requirement: z.string(),
  method: z.string(),
  tolerance: z.string(),
  /** False for a spec with an open finding: listed as "cannot be checked: not measurable yet". */
  checkable: z.boolean(),
});
export type CheckLine = z.infer<typeof CheckLine>;

export const DefectClass = z.enum(["critical", "major", "minor"]);
export type DefectClass = z.infer<typeof DefectClass>;

export const ChecklistContent = z.object({
  title: z.string(),
  ref: z.string().nullable(),
  issuedOn: z.string(),
  supplier: z.string(),
  lotSize: z.number().int().positive().nullable(),
  /** One plan per defect class; empty while the quantity is not settled. */
  plans: z.array(z.object({ defectClass: DefectClass, plan: SamplingPlan })),
  checks: z.array(CheckLine),
  openFindings: z.array(OpenTerm),
});
export type ChecklistContent = z.infer<typeof ChecklistContent>;
