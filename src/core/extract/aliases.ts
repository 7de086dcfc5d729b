/**
 * Names the two sides give an item in passing and then use instead of it: "the PS-M2 mini stand (the little
 * one)", "the round tortoise one (8821) we call "Harry"", "cat-eye 9035 is "Audrey"". A later "1000 pcs of the
 * little one" or "Harry 500 pcs" counts that item. Only a nickname marked as one counts: brackets opened by
 * "the", "aka" or "called", a word in quotes after "call it" or "is", or one set equal to the item ("Ente = the
 * duck"); a bracket of specs ("(304 steel)") names nothing.
 */
import { matchesOf } from "../matches.ts";
import type { Clause } from "./clauses.ts";
import { type ItemRef, itemMentions } from "./items.ts";

/** "(the little one)", "(aka the big one)", "(called Regenbogen)": a nickname in brackets. */
const bracketed =
  /\(\s*(?:the|aka|a\.k\.a\.?|called|we call (?:it|them))\s+([A-Za-z][A-Za-z'-]*(?:\s[A-Za-z][A-Za-z'-]*){0,2})\s*\)/gi;
/** 'we call "Harry"', 'is "Audrey"', 'call it “Ente”': a nickname in quotes. */
const quoted =
  /\b(?:call(?:s|ed)?(?:\s(?:it|them|this|that))?|is|are|=)\s+["“']([A-Za-z][A-Za-z'-]*(?:\s[A-Za-z][A-Za-z'-]*){0,2})["”']/gi;

/** "Regenbogen = rainbow, Ente = the duck": a nickname set equal to the item it stands for. */
const equated =
  /(?<![\w-])([A-Za-z][A-Za-z'-]{2,}(?:\s[A-Za-z][A-Za-z'-]{2,})?)\s?=\s?(?:the\s|our\s|your\s)?(?=[A-Za-z])/g;

/** How far before a nickname the item it names may be mentioned. */
const reach = 60;

export function withAliases(clauses: readonly Clause[], items: readonly ItemRef[]): ItemRef[] {
  if (items.length < 2) return [...items];
  const aliases = items.map(() => new Set<string>());
  // (A nickname another item's words already hold names nothing apart.)
  const taken = new Set(items.flatMap((item) => item.keys));
  for (const clause of clauses) {
    const text = clause.text;
    if (!/[("“']/.test(text)) continue;
    for (const m of [...matchesOf(bracketed, text), ...matchesOf(quoted, text)]) {
      const alias = m[1]!.toLowerCase().replace(/^(?:the|a|an)\s/, "");
      // The item named nearest before it, within a few words.
      const before = itemMentions(text.slice(Math.max(0, m.index - reach), m.index), items);
      const owner = before.at(-1)?.item;
      if (owner === undefined || alias.length < 3 || taken.has(alias)) continue;
      aliases[owner]!.add(alias);
    }
  }
  for (const clause of clauses) {
    const text = clause.text;
    if (!text.includes("=")) continue;
    for (const m of matchesOf(equated, text)) {
      const alias = m[1]!.toLowerCase();
      const after = m.index + m[0].length;
      // The item must be named right after the sign, and the nickname be no word of any item's name.
      const owner = itemMentions(text.slice(after, after + 40), items).find((hit) => hit.start === 0)?.item;
      if (owner === undefined || taken.has(alias)) continue;
      aliases[owner]!.add(alias);
    }
  }
  return items.map((item, index) => {
    const own = aliases[index]!;
    return own.size === 0 ? item : { ...item, labels: [...(item.labels ?? []), ...own] };
  });
}
