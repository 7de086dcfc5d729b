/**
 * The cells of one CSV row, as spreadsheets, ERPs and chat apps export them: split at commas outside double
 * quotes, each cell's quotes taken off and its spaces trimmed, with where its text starts in the row. One pass
 * over the row: linear in its length.
 */
export type CsvCell = { text: string; start: number };

export function csvCells(text: string): CsvCell[] {
  const cells: CsvCell[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    if (i < text.length && (char !== "," || quoted)) continue;
    const raw = text.slice(start, i);
    const inner = /^\s*"(.*)"\s*$/.exec(raw);
    const body = inner ? inner[1]! : raw;
    const offset = inner ? raw.indexOf('"') + 1 : 0;
    const lead = body.length - body.trimStart().length;
    cells.push({ text: body.trim(), start: start + offset + lead });
    start = i + 1;
  }
  return cells;
}
