/**
 * Row numbers written as words in trade documents and the mails that quote them ("Pos. 1 bush 8x12x10 mm:
 * 12.000 pcs", "- Pos.2 ...", "Position 3", "Item 4: ...", "Line 5 -"): a list marker, read as one ("1) ")
 * so the row's name starts after it. A code after the word stays ("Item 1205", "No. 7 silver" in a name is
 * one or two digits with no list around it, so only a line's opening is read).
 */
import { type Replacement, type Rewritten, rewrite } from "./rewrite.ts";

/** Spaces, a bullet, then the position word and its number of one or two digits, then the row's first character. */
const positionLead =
  /^(\s*)(?:[-•*]\s*)?(?:pos(?:ition)?\.?|item(?:\s?no\.?)?|product|line|art\.)\s?(\d{1,2})\b(?:\s?[:.)]\s*|\s?[-–]\s+|\s+)(?=[\p{L}\d])/iu;

/** The sentence with a position label opening it read as a list marker, or null when it has none. */
export function withPositionLabel(text: string): Rewritten | null {
  const m = positionLead.exec(text);
  if (!m) return null;
  const replacement: Replacement = { start: m[1]!.length, end: m[0].length, text: `${m[2]}) ` };
  return rewrite(text, [replacement]);
}
