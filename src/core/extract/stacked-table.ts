/**
 * A quotation or proforma invoice copied out of a PDF, one cell to a line: the header's cells stacked
 * ("No." / "Description" / "MOQ" / "Order Qty" / "Unit Price" / "AED" / "Amount"), then each row as its
 * number, its description over a few lines, and its figures in the header's order ("1" / "WiFi smart plug
 * 13A, UK type" / "1,000" / "3,000 pcs" / "18.40" / "55,200.00"). A quantity column that lists tiers
 * ("500-999 pcs" / "1000-2999 pcs") is followed by as many prices, each the price of its tier.
 */
import type { Clause } from "./clauses.ts";
import { findMoney } from "./money.ts";
import { currencyCode } from "./words/currencies.ts";
import { countUnitOf, englishCountWords } from "./words/units.ts";

type Column = "code" | "name" | "moq" | "quantity" | "price" | "amount" | "other";

/** A price tier of a stacked row: from `min` pieces up, at `price`. */
export type StackedTier = { min: number; price: number; clause: number; start: number; end: number };

export type StackedRow = {
  name: string;
  clause: number;
  start: number;
  position: number;
  /** The lines of the row other than its name's: its wrapped description and its figures. */
  wrapped: number[];
  price: { value: number; currency: string | null; clause: number; start: number; end: number };
  quantity: { value: number; unit: string | null; clause: number; start: number; end: number } | null;
  tiers: StackedTier[];
};

/** A header cell alone on its line, by the column it names. */
function columnOf(text: string): Column | "currency" | null {
  const cell = text.trim();
  if (cell.length === 0 || cell.length > 24) return null;
  const code = /^\(?([A-Z]{3}|US\$|[$€£¥])\)?$/.exec(cell);
  if (code && currencyCode(code[1]!)) return "currency";
  if (/^(?:no\.?|s\/?n|sr\.?\s?no\.?|#|item\s?no\.?)$/i.test(cell)) return "code";
  if (/^moq\b/i.test(cell)) return "moq";
  if (/^(?:order\s)?(?:qty|quantity|q'ty)\b/i.test(cell)) return "quantity";
  if (/^(?:amount|total|line total|sub-?total)\b/i.test(cell)) return "amount";
  if (/^(?:unit\s?)?price\b|^rate\b/i.test(cell)) return "price";
  if (/^(?:items?|products?|descriptions?|goods|product name|item name)$/i.test(cell)) return "name";
  if (/^(?:model|unit|uom|packing|remarks?|photo|picture|specs?|specifications?)$/i.test(cell))
    return "other";
  return null;
}

const countWord = `(?:${englishCountWords})`;
/** A figure cell: an amount or a count with its unit ("55,200.00", "3,000 pcs", "-350.00"). */
const figureLine = new RegExp(
  String.raw`^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s?${countWord})?$|^-?\d+(?:\.\d+)?$`,
  "i",
);
/** A tier cell: a range of counts or a count and up ("500-999 pcs", "3000 pcs and above", "5000+ pcs"). */
const tierLine = new RegExp(
  String.raw`^(\d[\d,]*)\s?(?:(?:-|–|~|to)\s?\d[\d,]*\s?${countWord}?|\+\s?${countWord}?|\s?${countWord}?\s?(?:and above|and up|or more|above|\+))$`,
  "i",
);
const number = (text: string) => Number(text.replace(/[^\d.-]/g, ""));

/**
 * A clause goes on from the one before: on that line or the next, said by the same speaker. (A PDF's lines may
 * each read as a message of their own.)
 */
function follows(clauses: readonly Clause[], at: number): boolean {
  const clause = clauses[at]!;
  const before = clauses[at - 1];
  return before !== undefined && clause.line - before.line <= 1 && clause.speaker === before.speaker;
}

type Header = { columns: Column[]; currency: string | null; end: number };

/** The stacked header starting at `from`: three columns at least, a product's and a price's among them. */
function headerAt(clauses: readonly Clause[], from: number): Header | null {
  const columns: Column[] = [];
  let currency: string | null = null;
  let index = from;
  for (; index < clauses.length && (index === from || follows(clauses, index)); index++) {
    const column = columnOf(clauses[index]!.text);
    if (column === null) break;
    if (column === "currency") currency ??= currencyCode(clauses[index]!.text.replace(/[()]/g, "").trim());
    else columns.push(column);
  }
  // ("Item" beside "Description": the item column numbers the rows.)
  const described = columns.lastIndexOf("name");
  const named = columns.map((column, i) => (column === "name" && i < described ? "code" : column));
  if (named.length < 3 || !named.includes("name") || !named.includes("price")) return null;
  return { columns: named, currency, end: index };
}

/** Every table copied from a PDF a cell to a line, each with the clause after its last row. */
export function stackedTables(clauses: readonly Clause[]): StackedRow[][] {
  const tables: StackedRow[][] = [];
  for (let index = 0; index < clauses.length; index++) {
    // (Every header opens with a cell alone on its line: most sentences are no such cell.)
    if (clauses[index]!.text.length > 24) continue;
    const header = headerAt(clauses, index);
    if (!header) continue;
    const { rows, end } = rowsAfter(clauses, header);
    if (rows.length > 0) tables.push(rows);
    index = Math.max(index, end - 1);
  }
  return tables;
}

/** The numbered rows under a stacked header, and where they end. */
function rowsAfter(clauses: readonly Clause[], header: Header): { rows: StackedRow[]; end: number } {
  const rows: StackedRow[] = [];
  const inTable = (at: number) => at < clauses.length && follows(clauses, at);
  let index = header.end;
  while (inTable(index) && clauses[index]!.text.trim() === String(rows.length + 1)) {
    const position = rows.length + 1;
    const described: number[] = [];
    let at = index + 1;
    while (inTable(at) && !isFigure(clauses[at]!.text)) described.push(at++);
    const figures: number[] = [];
    // A row's figures end at the next row's number, which a description follows.
    while (
      inTable(at) &&
      isFigure(clauses[at]!.text) &&
      !(
        clauses[at]!.text.trim() === String(position + 1) &&
        inTable(at + 1) &&
        !isFigure(clauses[at + 1]!.text)
      )
    )
      figures.push(at++);
    index = at;
    const row = described.length > 0 ? rowOf(clauses, header, position, described, figures) : null;
    if (row) rows.push(row);
  }
  return { rows, end: index };
}

const isFigure = (text: string) => figureLine.test(text.trim()) || tierLine.test(text.trim());

function rowOf(
  clauses: readonly Clause[],
  header: Header,
  position: number,
  described: number[],
  figures: number[],
): StackedRow | null {
  const nameClause = described[0]!;
  const nameText = clauses[nameClause]!.text;
  const name = nameText.split(/[,;(]/)[0]!.trim();
  if (!/[A-Za-z]{3}/.test(name)) return null;
  const cell = (at: number) => {
    const text = clauses[at]!.text;
    const trimmed = text.trim();
    const start = text.indexOf(trimmed);
    return { at, text: trimmed, start, end: start + trimmed.length };
  };
  const cells = figures.map(cell);
  const columns = header.columns.slice(header.columns.indexOf("name") + 1).filter((c) => c !== "other");
  const base = {
    name,
    clause: nameClause,
    start: nameText.indexOf(name),
    position,
    wrapped: [...described.slice(1), ...figures],
  };
  // Tiers: as many tier cells as the prices after them, the quantity column holding the tiers.
  const tierCells = cells.filter((c) => tierLine.test(c.text) && !figureLine.test(c.text));
  const ranged = cells.findIndex((c) => tierLine.test(c.text));
  if (tierCells.length >= 2 || (tierCells.length === 1 && /[-–~+]|above|up|more/i.test(tierCells[0]!.text))) {
    const tiers = cells.slice(ranged);
    const count = tiers.findIndex((c) => !tierLine.test(c.text));
    if (count < 1 || tiers.length - count < count) return null;
    const prices = tiers.slice(count, count * 2);
    const read: StackedTier[] = [];
    for (const [i, tier] of tiers.slice(0, count).entries()) {
      const price = priceOf(prices[i]!, header.currency);
      if (price === null) return null;
      const { at, start, end } = prices[i]!;
      read.push({ min: number(tierLine.exec(tier.text)![1]!), price, clause: at, start, end });
    }
    const first = read[0]!;
    return {
      ...base,
      price: {
        value: first.price,
        currency: header.currency,
        clause: first.clause,
        start: first.start,
        end: first.end,
      },
      quantity: null,
      tiers: read,
    };
  }
  // One figure to a column; where one is missing under "Unit Price" beside "Amount", the price is the amount
  // over the count ("1,200 pcs" / "30,600.00": 25.50 each).
  const filled =
    cells.length === columns.length
      ? columns
      : cells.length === columns.length - 1 && columns.at(-1) === "amount" && columns.includes("price")
        ? columns.filter((column) => column !== "price")
        : null;
  if (!filled) return null;
  const assigned = new Map(filled.map((column, i) => [column, cells[i]!] as const));
  const counted = assigned.get("quantity");
  const quantity = counted
    ? {
        value: number(counted.text.replace(/[a-z]+$/i, "")),
        unit: countUnitOf(/[a-z]+$/i.exec(counted.text)?.[0] ?? "") ?? null,
        clause: counted.at,
        start: counted.start,
        end: counted.end,
      }
    : null;
  const priced = assigned.get("price");
  const amount = assigned.get("amount");
  const value = priced
    ? priceOf(priced, header.currency)
    : amount && quantity && quantity.value > 0
      ? Math.round((number(amount.text) / quantity.value) * 10000) / 10000
      : null;
  const source = priced ?? amount;
  if (value === null || value <= 0 || !source) return null;
  return {
    ...base,
    price: { value, currency: header.currency, clause: source.at, start: source.start, end: source.end },
    quantity,
    tiers: [],
  };
}

/** The amount a figure cell holds, bare or with its currency. */
function priceOf(cell: { text: string }, currency: string | null): number | null {
  const money = findMoney(cell.text)[0];
  if (money) return money.value;
  const value = number(cell.text);
  return Number.isFinite(value) && (currency !== null || /\./.test(cell.text)) ? value : null;
}
