/**
 * A sentence read with some of its words rewritten (figures said in words as digits, misspelt trade words as
 * meant), and where each offset of the rewritten text stands in the words as written: evidence quotes the
 * sentence as written.
 */

/** Words to rewrite: their span as written and the text read instead, in order, none overlapping. */
export type Replacement = { start: number; end: number; text: string };

/** A rewritten sentence and the offset as written of each of its offsets. */
export type Rewritten = { text: string; original: (offset: number) => number };

/** The sentence with its replacements made, or null when there are none. */
export function rewrite(text: string, replacements: readonly Replacement[]): Rewritten | null {
  if (replacements.length === 0) return null;
  let out = "";
  let from = 0;
  const shifts: Array<{ at: number; start: number; end: number; length: number }> = [];
  for (const r of replacements) {
    out += text.slice(from, r.start);
    shifts.push({ at: out.length, start: r.start, end: r.end, length: r.text.length });
    out += r.text;
    from = r.end;
  }
  out += text.slice(from);
  const original = (offset: number) => {
    let delta = 0;
    for (const shift of shifts) {
      if (offset < shift.at) break;
      // Inside a rewritten span: its first word as written (its end, for an offset at the span's end).
      if (offset < shift.at + shift.length) return shift.start;
      if (offset === shift.at + shift.length) return shift.end;
      delta = shift.end - (shift.at + shift.length);
    }
    return offset + delta;
  };
  return { text: out, original };
}
