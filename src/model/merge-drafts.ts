/**
 * Merges the rules draft and the model's grounded values field by field. The rules value stands when it
 * exists (it is deterministic and already checked); the model fills what the rules left null. Fields under
 * an unreconciled conflict are never filled: a conflict stays visible, never silently picked.
 */
import type { Conflict, DraftOrder, Evidence, OrderItem } from "../core/schemas.ts";
import type { GroundedValue } from "./ground-proposal.ts";

export type MergeOutcome = {
  draft: DraftOrder;
  /** Fields the model filled. */
  filled: string[];
  /** Fields where the model disagreed with the rules (the rules value was kept). */
  disagreed: Array<{ field: string; rules: unknown; model: unknown }>;
};

type Scalar = string | number | boolean | null;

function emptyItem(name: string): OrderItem {
  return {
    name,
    quantity: null,
    unit: null,
    unitPrice: null,
    specs: { size: null, material: null, color: null, packaging: null, branding: null, other: [] },
  };
}

const itemPath =
  /^items\[(\d+)\]\.(name|quantity|unit|unitPrice|specs\.(size|material|color|packaging|branding|other))$/;

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string")
    return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a === b;
}

function nameWords(name: string): Set<string> {
  return new Set(name.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);
}

/** Model items are matched to rules items by name; a new item is added only when the rules found none. */
function itemIndexFor(draft: DraftOrder, modelIndex: number, modelNames: Map<number, string>): number | null {
  const name = modelNames.get(modelIndex);
  if (draft.items.length === 0 || (name === undefined && modelIndex >= draft.items.length)) return null;
  if (name === undefined) return modelIndex < draft.items.length ? modelIndex : null;
  const words = nameWords(name);
  const match = draft.items.findIndex((item) => [...nameWords(item.name)].some((word) => words.has(word)));
  return match >= 0 ? match : null;
}

/** Merge grounded model values into a copy of the rules draft; evidence records which engine each value came from. */
export function mergeDrafts(
  rules: DraftOrder,
  grounded: GroundedValue[],
  conflicts: Conflict[] = [],
): MergeOutcome {
  const draft: DraftOrder = structuredClone(rules);
  draft.evidence = draft.evidence.map((entry) => ({ ...entry, source: entry.source ?? "rules" }));
  const filled: string[] = [];
  const disagreed: MergeOutcome["disagreed"] = [];
  const underConflict = (field: string) =>
    conflicts.some((conflict) => field === conflict.field || field.startsWith(`${conflict.field}.`));
  const addEvidence = (field: string, value: GroundedValue) => {
    const evidence: Evidence = { field, line: value.line, quote: value.quote, source: "model" };
    draft.evidence.push(evidence);
  };

  // Items first: a model item the rules did not find is added only when the rules found no items at all.
  const modelNames = new Map<number, string>();
  for (const value of grounded) {
    const match = itemPath.exec(value.field);
    if (match?.[2] === "name" && typeof value.value === "string")
      modelNames.set(Number(match[1]), value.value);
  }
  const itemMap = new Map<number, number>();
  if (rules.items.length === 0) {
    for (const [modelIndex, name] of [...modelNames.entries()].sort((a, b) => a[0] - b[0])) {
      itemMap.set(modelIndex, draft.items.length);
      draft.items.push(emptyItem(name));
      const nameValue = grounded.find((value) => value.field === `items[${modelIndex}].name`)!;
      addEvidence(`items[${draft.items.length - 1}].name`, nameValue);
      filled.push(`items[${draft.items.length - 1}].name`);
    }
  } else {
    for (const modelIndex of new Set(
      grounded.flatMap((value) => itemPath.exec(value.field)?.[1] ?? []).map(Number),
    )) {
      const index = itemIndexFor(draft, modelIndex, modelNames);
      if (index !== null) itemMap.set(modelIndex, index);
    }
  }

  for (const value of grounded) {
    const item = itemPath.exec(value.field);
    if (item) {
      const index = itemMap.get(Number(item[1]));
      const key = item[2]!;
      if (index === undefined || key === "name") continue;
      const field = `items[${index}].${key}`;
      const target = draft.items[index]!;
      if (underConflict(field)) continue;
      if (item[3] === "other") {
        if (!target.specs.other.some((spec) => sameValue(spec, value.value))) {
          target.specs.other.push(String(value.value));
          addEvidence(field, value);
          filled.push(field);
        }
        continue;
      }
      const holder = (item[3] ? target.specs : target) as Record<string, Scalar | string[]>;
      const slot = item[3] ?? key;
      applyScalar(holder, slot, field, value);
      continue;
    }
    const [group, key] = value.field.split(".") as [string, string | undefined];
    if (underConflict(value.field)) continue;
    if (key === undefined) {
      applyScalar(draft as unknown as Record<string, Scalar>, group, value.field, value);
    } else {
      const holder = (draft as unknown as Record<string, Record<string, Scalar>>)[group];
      if (holder && key in holder) applyScalar(holder, key, value.field, value);
    }
  }
  return { draft, filled, disagreed };

  function applyScalar(holder: Record<string, unknown>, key: string, field: string, value: GroundedValue) {
    const current = holder[key];
    if (current === null || current === undefined) {
      holder[key] = value.value;
      addEvidence(field, value);
      filled.push(field);
    } else if (!sameValue(current, value.value)) {
      disagreed.push({ field, rules: current, model: value.value });
    }
  }
}
