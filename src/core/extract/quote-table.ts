/**
 * Rows of a pasted quote table: "No. | Item | Description | MOQ | Qty | Unit Price (USD) | Amount".
 * A header row names the columns; each row under it that holds a product and a price in the price
 * column is one product of the quote. Cells are read by the header, so a bare "1.85" under
 * "Unit Price (USD)" is a price and the "500" under "MOQ" is no count.
 */
import type { Clause } from "./clauses.ts";
import { findMoney } from "./money.ts";

export type TableRow = {
  /** The product: the first field of its name cell, with the short codes of its other cells ("DN50", "PN40"). */
  name: string;
  clause: number;
  /** Where the name cell starts in the clause text. */
  start: number;
  /** The short codes of its other cells that tell it from the other rows ("DN50", "PN40"). */
  codes: string[];
  /** The row's number ("1" in "1 | Magnetic vent holder"), else its place among the rows. */
  position: number;
  price: { value: number; currency: string | null; start: number; end: number };
  /** The count under a "Qty" column, not the MOQ. */
  quantity: { value: number; start: number; end: number } | null;
};

/** A header cell that names the product column. */
const nameHeader = /^(?:items?|products?|descriptions?|goods|names?|articles?|product name|item name)\b/i;
/** A header cell of the price per piece (not the amount or total of the line). */
const priceHeader = /\b(?:unit\s?price|price|fob|cif|exw|ddp)\b/i;
/** Header cells whose numbers are no code of the product: counts, money, packing. */
const figureHeader =
  /\b(?:moq|qty|quantity|quantities|amount|total|price|fob|cif|packing|packaging|weight|cbm|ctns?|cartons?|remarks?|notes?|no\.?|#)\b/i;
/** A header cell of the count ordered (not the MOQ). */
const quantityHeader = /^(?:qty|quantity|order qty|order quantity|q'ty)\b/i;
/** Rows for things that are no product of the order. */
const notGoodsRow =
  /\b(?:samples?|freight|shipping|express|courier|mou?ld|tooling|fee|charges?|total|subtotal|discount)\b/i;
/** A short code beside the name: letters and digits together ("DN50", "PN40", "SP-10K"), no sentence. */
const shortCode = /^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9][\w./-]{1,11}$/;

type Cell = { text: string; start: number };

/** The cells of a row split at "|", each trimmed, with where it starts in the text; edge blanks dropped. */
function cellsOf(text: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (const part of text.split("|")) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), start: from + lead });
    from += part.length + 1;
  }
  // (Splitting always gives one part at least.)
  if (cells[0]!.text === "") cells.shift();
  if (cells.at(-1)?.text === "") cells.pop();
  return cells;
}

/** A row has two bars at least: "a | b | c", "| a | b |". */
const isTableLine = (text: string) => text.indexOf("|", text.indexOf("|") + 1) > 0;

/** The header's columns, by where they stand. */
type Header = { cells: string[]; name: number; price: number; quantity: number };

/** A header names a product column and a price column, and holds no bare figure (a row of figures is data). */
function headerOf(cells: readonly Cell[]): Header | null {
  const names = cells.map((cell) => cell.text);
  const price = names.findIndex((name) => priceHeader.test(name) && !/\b(?:amount|total)\b/i.test(name));
  const name = names.findIndex((cell) => nameHeader.test(cell));
  if (price < 0 || name < 0 || names.some((cell) => /^\d[\d.,]*$/.test(cell))) return null;
  return { cells: names, name, price, quantity: names.findIndex((cell) => quantityHeader.test(cell)) };
}

/** The quote's products from the first table in the chat whose header has a name and a price column. */
export function quoteTableRows(clauses: readonly Clause[]): TableRow[] {
  const rows: TableRow[] = [];
  /** Each row's product field, for a later row "same as item 1". */
  const fields: string[] = [];
  let header: Header | null = null;
  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index]!;
    if (!isTableLine(clause.text)) {
      // The table ends at the first line that is not a row, once it has rows.
      if (rows.length > 0) break;
      header = null;
      continue;
    }
    const cells = cellsOf(clause.text);
    if (!header) {
      header = headerOf(cells);
      continue;
    }
    const columns = header.cells;
    // A row lines up with its header; a row of dashes ("|---|---|") or a continuation row holds no product.
    // A row one cell longer starts with the row number whose header cell ("No.") was cut off before it.
    const shift = cells.length - columns.length === 1 && /^(?:\d{1,3}|-)$/.test(cells[0]!.text) ? 1 : 0;
    if (shift === 0 && Math.abs(cells.length - columns.length) > 1) continue;
    const aligned = cells.slice(shift);
    const nameCell = productCell(aligned, columns, header.name);
    if (!nameCell || notGoodsRow.test(nameCell.text)) continue;
    const priceCell = aligned[header.price];
    const money = priceCell ? findMoney(priceCell.text)[0] : undefined;
    if (!money || money.value <= 0) continue;
    // "same as item 1": the product of that row (or the one before), told apart by this row's codes.
    const same = /^same as\b(?:\s?item\s?(\d{1,2}))?/i.exec(nameCell.text);
    const field = same
      ? (fields[Number(same[1] ?? fields.length) - 1] ?? fields.at(-1) ?? null)
      : nameCell.text.split(/[,;(]/)[0]!.trim();
    if (!field) continue;
    const codes = aligned
      .filter(
        (cell, i) => cell !== nameCell && !figureHeader.test(columns[i] ?? "") && shortCode.test(cell.text),
      )
      .map((cell) => cell.text)
      .filter((code) => !field.includes(code));
    fields.push(field);
    const counted = aligned[header.quantity];
    const count = counted && /^\d[\d,]*$/.test(counted.text) ? Number(counted.text.replace(/,/g, "")) : null;
    const numbered = /^\d{1,3}$/.test(cells[0]!.text) ? Number(cells[0]!.text) : rows.length + 1;
    rows.push({
      name: [field, ...codes].join(" "),
      codes,
      clause: index,
      start: same ? nameCell.start : clause.text.indexOf(field, nameCell.start),
      position: numbered,
      price: {
        value: money.value,
        currency: money.currency,
        start: priceCell!.start + money.start,
        end: priceCell!.start + money.end,
      },
      quantity:
        count && counted
          ? { value: count, start: counted.start, end: counted.start + counted.text.length }
          : null,
    });
  }
  return rows.length >= 2 ? rows : [];
}

/**
 * The cell naming the product: the name column's, or, where that holds only a row number ("Item | 1"),
 * the next cell with words in it ("Description").
 */
function productCell(cells: readonly Cell[], header: readonly string[], column: number): Cell | null {
  for (let i = column; i < cells.length; i++) {
    const cell = cells[i]!;
    if (/[A-Za-z]{3}/.test(cell.text)) return cell;
    if (i > column && !nameHeader.test(header[i] ?? "") && !/^model/i.test(header[i] ?? "")) break;
  }
  return null;
}
