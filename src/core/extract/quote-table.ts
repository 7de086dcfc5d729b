/**
 * Rows of a pasted quote table: "No. | Item | Description | MOQ | Qty | Unit Price (USD) | Amount".
 * A header row names the columns; each row under it that holds a product and a price in the price
 * column is one product of the quote. Cells are read by the header, so a bare "1.85" under
 * "Unit Price (USD)" is a price and the "500" under "MOQ" is no count.
 */
import { csvCells } from "../csv-cells.ts";
import type { Clause } from "./clauses.ts";
import { findMoney, priceOfOne } from "./money.ts";
import { type StackedTier, stackedTables } from "./stacked-table.ts";
import { currencyCodes } from "./words/currencies.ts";
import { countUnitOf } from "./words/units.ts";

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
  /** The price of one, with the round lot the column quoted it per ("price/1000pcs": 1000). */
  price: {
    value: number;
    currency: string | null;
    start: number;
    end: number;
    lot?: number;
    settled?: true;
    /** The clause holding the price, where it is not the name's (a table copied a cell to a line). */
    clause?: number;
  };
  /** Lines of its cells wrapped under it ("+ anti-slip dots, 4 rubber feet"): part of the row, read as no offer. */
  wrapped: number[];
  /** The row is one size of the chat's product ("inner size mm" column), not a product named in full. */
  sized: boolean;
  /** The count under a "Qty" column, not the MOQ, with the unit written in its cell ("3,000 pcs"). */
  quantity: { value: number; start: number; end: number; unit: string | null; clause?: number } | null;
  /** The row's price tiers, where its quantity column lists them ("500-999 pcs" / "1000-2999 pcs"). */
  tiers?: StackedTier[];
};

/** A header cell of a code column ("Item code", "Item no.", "Product #"). */
const codeHeader = /\b(?:code|no\.?|number|#|sku|ref)$/i;
/** A header cell that names the product column. */
const nameHeader = /^(?:items?|products?|descriptions?|goods|names?|articles?|product name|item name)\b/i;
/**
 * A header cell naming a size column, the product's name where no column names the product
 * ("inner size mm | qty | price/1000pcs", "Length   Width   Leather   Price"): each row is a size of the
 * product the chat is about.
 */
const variantHeader =
  /^(?:(?:inner|inside|outer|outside|internal|external|box|bag|carton|product|item)\s)?(?:sizes?|dimensions?|dims?|lengths?|widths?|diameters?|capacity|volume)\b/i;
/** A length unit ending the size column's header ("inner size mm"): the rows' sizes are written in it. */
const headerUnit = /\b(mm|cm|inch|inches|in|m)\s?\)?$/i;
/** A price column quoted per round lot ("price/1000pcs", "USD per 1,000", "price per 100 pcs"). */
const perLot = /(?:\/|\bper\s)\s?(1,?000|100|1k|thousand)(?![\d,])/i;
/** A currency's code or sign put per a piece, "EUR/pc", "USD per set", "€/unit" (group 1: the currency). */
export const currencyPerPiece = String.raw`((?:\b(?:${currencyCodes}|rmb)\b|[€$£¥]))\s?(?:\/|\bper\s)\s?(?:pcs?|pieces?|units?|sets?|pairs?|prs|ea|each)\b`;
/**
 * A header cell of the price per piece (not the amount or total of the line); India's invoices head it "Rate"
 * ("Rate (USD)", "Rate/pc"), a rate of exchange, tax or duty being no price.
 */
const priceHeader = new RegExp(
  String.raw`\b(?:unit\s?price|price|fob|cif|exw|ddp|(?<!\b(?:exchange|tax|duty|vat|gst|freight|interest)\s)rate)\b` +
    // ("EUR/pc", "USD per set", "€/unit": a currency per piece heads the price column.)
    `|${currencyPerPiece}`,
  "i",
);
/**
 * A tracker's column of the price both sides settled ("Final", "Agreed", "Confirmed price"): beside the
 * quotes and counters of earlier rounds, it is the price of the order.
 */
const settledHeader =
  /^(?:final|agreed|confirmed|deal|settled)\b(?!.*\b(?:qty|quantity|amount|total|date|status)\b)/i;
/**
 * A column of the supplier's quote or offer ("Quote 24.06 USD/roll", "quote 2 (15/05)", "Offer", "1st quote").
 * ("Our counter offer" is the buyer's.)
 */
const quoteHeader =
  /^(?:(?:\d(?:st|nd|rd|th)|first|second|third|last|latest|new|revised|supplier'?s?)\s)?(?:quote[ds]?|quotation|offer(?:ed)?)\b/i;
/** A column saying where a row stands ("Status", "Comment"): a row dropped or kept as a sample is no goods. */
const statusHeader = /^(?:status|state|remarks?|comments?|notes?)\b/i;
/** A status that takes the row out of the order ("DROPPED (warping)", "REMOVED – lacquer smell", "sample only"). */
const outOfOrder =
  /^(?:dropped|cancell?ed|cancel|removed|deleted|declined|rejected|not ordered|on hold|samples? only)\b/i;
/** The count of a cell changed in place ("800 -> 600", "400 → 500"): the last one stands. */
const changedCount = /^\d[\d,]*(?:\s?[A-Za-z]{2,12})?\s*(?:->|→|=>)\s*/;
/** The count unit a quantity header names ("Qty (rolls)", "Order qty, pcs"). */
const headerCountUnit = /\b([A-Za-z]{2,12})\)?\s*$/;
/** Header cells whose numbers are no code of the product: counts, money, packing. */
const figureHeader =
  /\b(?:moq|qty|quantity|quantities|amount|total|price|fob|cif|packing|packaging|weight|cbm|ctns?|cartons?|remarks?|notes?|no\.?|#)\b/i;
/** A header cell of the count ordered (not the MOQ). */
const quantityHeader = /^(?:qty|quantity|order qty|order quantity|q'ty)\b(?!\s?(?:tiers?|breaks?|range)\b)/i;
/** A count cell: the number, and the unit word written after it, if any ("10,000 sheets"). */
const countWithUnit = /^(\d[\d,]*)(?:\s?([A-Za-z]{2,12}))?$/;
/** Rows for things that are no product of the order. */
const notGoodsRow =
  /\b(?:samples?|freight|shipping|express|courier|mou?ld|tooling|fee|charges?|total|subtotal|discount)\b/i;
/** A short code beside the name: letters and digits together ("DN50", "PN40", "SP-10K"), no sentence. */
const shortCode = /^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9][\w./-]{1,11}$/;

/**
 * A code column's header names the goods it numbers ("Item No.", "Art. no", "SKU"); a bare "No." numbers the rows,
 * and a document's number ("QUOTE_NO", "PO No.") is the same on every row.
 */
const codeColumn = (name: string) =>
  codeHeader.test(name) &&
  !/^(?:no\.?|#|number)$/i.test(name.trim()) &&
  !/\b(?:quote|quotation|offer|order|invoice|pi|po|contract)\b/i.test(name);

/** A cell, and the clause it stands in where that is not its row's first line (a row wrapped over two lines). */
type Cell = { text: string; start: number; clause?: number };

/**
 * The cells of a row: split at "|", or, in a table copied from a PDF or a spreadsheet, at runs of two or
 * more spaces or a tab ("1    Custom printed mailer box   E-flute, ...   3,000 pcs   0.62"). Each is
 * trimmed, with where it starts in the text; edge blanks dropped.
 */
function cellsOf(text: string): Cell[] {
  const csv = csvRowCells(text);
  if (csv) return csv;
  const cells: Cell[] = [];
  const bar = /[|│]/.test(text);
  let from = 0;
  for (const part of bar ? text.split(/[|│]/) : text.split(/( {2,}|\t+)/)) {
    // (Splitting at spaces keeps the separators, odd places, to count where each cell starts.)
    if (!bar && /^(?: {2,}|\t+)$/.test(part)) {
      from += part.length;
      continue;
    }
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), start: from + lead });
    from += part.length + (bar ? 1 : 0);
  }
  // (Splitting always gives one part at least.)
  if (cells[0]!.text === "") cells.shift();
  if (cells.at(-1)?.text === "") cells.pop();
  return cells;
}

/**
 * A row exported as CSV, as quotation sheets and ERPs write them ("1,SP-01,Silicone spatula 28 cm,\"food grade
 * silicone, LFGB\",2000,pcs,168,336000"): no bar, no wide gap, and three commas at least with no space after them
 * and not inside a figure's thousands ("1,000"). A sentence puts a space after its commas. Its cells, or null.
 */
function csvRowCells(text: string): Cell[] | null {
  // (Most sentences hold fewer than three commas: they are passed over before any cell is cut.)
  let commas = 0;
  for (let at = text.indexOf(","); at >= 0 && commas < 3; at = text.indexOf(",", at + 1)) commas += 1;
  if (commas < 3 || /[|│\t]| {2,}/.test(text)) return null;
  const cells = csvCells(text);
  let separators = 0;
  for (const cell of cells) if (cell.start > 0) separators += 1;
  return separators >= 3 && !/,\s/.test(text.replace(/"[^"]*"/g, "")) ? cells : null;
}

/**
 * A row has two bars at least ("a | b | c", "| a | b |", "│ a │ b │"), three cells set apart by wide spaces, or
 * four CSV cells.
 */
const isTableLine = (text: string) =>
  /[|│][^|│]*[|│]/.test(text) ||
  (/\S(?: {2,}|\t)\S/.test(text) && cellsOf(text).length >= 3) ||
  csvRowCells(text) !== null;
/**
 * A border drawn around or between rows ("+-----+------+", "|-----|-----|", "├─────┼─────┤", "====="): it
 * holds no cell, and neither ends the table nor parts a header from its rows.
 */
const isBorderLine = (text: string) => /^[\s+|│=\-─━┼┬┴├┤┌┐└┘╋:]+$/.test(text) && /[-=─━]{3}/.test(text);

/** The header's columns, by where they stand. */
type Header = {
  cells: string[];
  name: number;
  price: number;
  quantity: number;
  /** The round lot the price column is per, if not one. */
  lot: number | null;
  /** The price column is the one both sides settled ("Final"), not a quote. */
  settled: boolean;
  /** Beside a settled column, the supplier's latest quote: it prices a row not settled yet. */
  openPrice: number | null;
  /** The column saying a row is dropped or a sample only, if any. */
  status: number[];
  /** The count unit the quantity column's header names ("Qty (rolls)"), if any. */
  quantityUnit: string | null;
  /** Its cells are set apart by spaces, not bars: a table copied from a PDF, whose cells may wrap. */
  spaced: boolean;
  /** The name column holds sizes ("inner size mm"), each row one size of the product. */
  sizes: boolean;
  /** The unit the sizes are written in ("mm"). */
  sizeUnit: string | null;
  /** Beside the name column, the column of each row's size ("Item | Size | ..."), if any. */
  sizeColumn: number;
  /** The column naming each row's count unit ("Qty | Unit | Unit Price": "pcs", "sets"), if any. */
  unitColumn: number;
  /** The column of each row's amount ("Amount (RMB)", "Total"), if any: a row with no price is priced by it. */
  amountColumn: number;
  /** Columns of counts instead of a price column ("300-499 pcs | 500-999 pcs | 1000+ pcs"): each prices a tier. */
  tierColumns: Array<{ column: number; min: number }>;
};

/**
 * A header cell naming a tier of counts: "300-499 pcs", "1000+ pcs", ">=1000", "500~999". (A bare figure
 * is data, not a header.)
 */
const tierCell =
  /^(?:(?:≥|>=|>)\s?(\d[\d,]*)|(\d[\d,]*)\s?(?:-|–|~|to)\s?\d[\d,]*|(\d[\d,]*)\s?\+)(?:\s?(?:pcs|pieces|units|sets|pairs|prs|boxes|rolls)\+?)?$|^(\d[\d,]*)\s?(?:pcs|pieces|units|sets|pairs|prs)\s?\+?$/i;

/** The columns of a header that are tiers of counts, each with the count it starts at. */
function tierColumnsOf(names: readonly string[]): Array<{ column: number; min: number }> {
  return names.flatMap((name, column) => {
    const m = tierCell.exec(name.trim());
    const start = m ? (m[1] ?? m[2] ?? m[3] ?? m[4])! : null;
    return start ? [{ column, min: Number(start.replace(/,/g, "")) }] : [];
  });
}

/** A header cell of a row's amount ("Amount (RMB)", "Line total", "Subtotal USD"), not the order's total. */
const amountHeader = /^(?:amount|(?:line\s)?total|sub-?total|total\s(?:amount|value|price))\b/i;

/** A header cell of the count unit column ("Unit", "UOM"), not the price per unit. */
const unitHeader = /^(?:units?|uom|u\/m)$/i;

function lotOf(cell: string): number | null {
  const lot = perLot.exec(cell)?.[1]?.toLowerCase().replace(",", "");
  if (!lot) return null;
  return lot === "100" ? 100 : 1000;
}

/** A header names a product column and a price column, and holds no bare figure (a row of figures is data). */
function headerOf(cells: readonly Cell[], line: string): Header | null {
  // ("UNIT_PRICE_USD", "ITEM_CODE": an export's column names write their spaces as underscores.)
  const names = cells.map((cell) => cell.text.replace(/_/g, " "));
  const perPiece = (name: string) => !/\b(?:amount|total)\b/i.test(name);
  // The settled column first, else the price column, else the latest quote.
  const settled = names.findIndex((name) => settledHeader.test(name));
  const priced = names.findIndex((name) => priceHeader.test(name) && perPiece(name));
  const quoted = names.findLastIndex((name) => quoteHeader.test(name) && perPiece(name));
  const price = settled >= 0 ? settled : priced >= 0 ? priced : quoted;
  // Beside a settled column, the supplier's latest quote prices a row still open ("Agreed: –", "1st quote: 0.79").
  const open = names.findLastIndex(
    (name, i) => i !== price && (quoteHeader.test(name) || priceHeader.test(name)) && perPiece(name),
  );
  // ("Item code" beside "Description": the code column names no product.)
  const describing = names.findIndex((cell) => nameHeader.test(cell) && !codeHeader.test(cell));
  const named = describing >= 0 ? describing : names.findIndex((cell) => nameHeader.test(cell));
  const name = named >= 0 ? named : names.findIndex((cell) => variantHeader.test(cell));
  // ("Item | 300-499 pcs | 500-999 pcs | 1000+ pcs": with no price column, columns of tiers price each row.)
  const tiers = price < 0 && name >= 0 ? tierColumnsOf(names) : [];
  const tiered = tiers.length >= 2 ? tiers : [];
  if ((price < 0 && tiered.length === 0) || name < 0 || names.some((cell) => /^\d[\d.,]*$/.test(cell)))
    return null;
  const quantity = names.findIndex((cell) => quantityHeader.test(cell));
  return {
    cells: names,
    name,
    price: tiered.length > 0 ? tiered[0]!.column : price,
    tierColumns: tiered,
    openPrice: settled >= 0 && open >= 0 ? open : null,
    settled: settled >= 0,
    quantity,
    quantityUnit: quantity >= 0 ? countUnitOf(headerCountUnit.exec(names[quantity]!)?.[1] ?? "") : null,
    status: names.flatMap((cell, i) => (statusHeader.test(cell) ? [i] : [])),
    lot: lotOf(names[price]!),
    sizes: named < 0,
    spaced: !line.includes("|"),
    sizeUnit: named >= 0 ? null : (headerUnit.exec(names[name]!)?.[1]?.toLowerCase() ?? null),
    sizeColumn: named >= 0 ? names.findIndex((cell) => variantHeader.test(cell)) : -1,
    unitColumn: names.findIndex((cell) => unitHeader.test(cell)),
    amountColumn: names.findIndex((cell, i) => i !== price && amountHeader.test(cell)),
  };
}

/** The quote's products from the first table in the chat whose header has a name and a price column. */
export function quoteTableRows(clauses: readonly Clause[]): TableRow[] {
  return quoteTables(clauses)[0] ?? [];
}

/**
 * Every quote table in the chat, in order, each of two rows at least: a revised quote pasted later ("QUOTATION
 * v2") prices and counts again the products of the first.
 */
export function quoteTables(clauses: readonly Clause[]): TableRow[][] {
  return tablesOf(clauses).tables;
}

/** The clauses of rows a table's status column takes out of the order ("DROPPED", "sample only"). */
export function droppedTableRows(clauses: readonly Clause[]): ReadonlySet<number> {
  return tablesOf(clauses).dropped;
}

function tablesOf(clauses: readonly Clause[]): { tables: TableRow[][]; dropped: Set<number> } {
  const known = read.get(clauses);
  if (known) return known;
  const tables: TableRow[][] = [];
  const dropped = new Set<number>();
  let index = 0;
  while (index < clauses.length) {
    const table = readTable(clauses, index, dropped);
    if (table.rows.length >= 2) tables.push(table.rows);
    index = Math.max(table.end, index + 1);
  }
  // (A table copied from a PDF a cell to a line is read apart, and takes its place among the others.)
  for (const stacked of stackedTables(clauses))
    tables.push(
      stacked.map((row) => ({
        name: row.name,
        clause: row.clause,
        start: row.start,
        codes: [],
        position: row.position,
        price: row.price,
        wrapped: row.wrapped,
        sized: false,
        quantity: row.quantity,
        ...(row.tiers.length > 0 ? { tiers: row.tiers } : {}),
      })),
    );
  tables.sort((a, b) => a[0]!.clause - b[0]!.clause);
  // A proforma invoice or a sales contract states the order its rows make: their prices are the order's, as a
  // tracker's "Final" column is. (A quotation's rows stay offers.)
  const settledTables = tables.map((rows) =>
    orderDocumentBefore(clauses, rows[0]!.clause)
      ? rows.map((row) => ({ ...row, price: { ...row.price, settled: true as const } }))
      : rows,
  );
  const found = { tables: settledTables, dropped };
  read.set(clauses, found);
  return found;
}
/** The title of a document that states an order ("PROFORMA INVOICE", "PI No.: HX-2611", "Sales Contract"). */
const orderDocument =
  /\b(?:pro-?\s?forma(?:\s+invoice)?|p\.?i\.?\s?(?:no\.?|number|#)|sales\s+contract|sales\s+confirmation|order\s+confirmation)\b|形式发票|销售合同/i;

/** Whether the few lines over a table's first row title it as a document that states the order. */
function orderDocumentBefore(clauses: readonly Clause[], first: number): boolean {
  for (let at = first - 1; at >= Math.max(0, first - 16); at--)
    if (orderDocument.test(clauses[at]!.text)) return true;
  return false;
}

/** The tables of each chat read so far: the items and the negotiation both ask. */
const read = new WeakMap<readonly Clause[], { tables: TableRow[][]; dropped: Set<number> }>();

/** The rows of the table whose header is at or after `from`, and the clause where it ends. */
function readTable(
  clauses: readonly Clause[],
  from: number,
  dropped: Set<number>,
): { rows: TableRow[]; end: number } {
  const rows: TableRow[] = [];
  /** Each row's product field, for a later row "same as item 1". */
  const fields: string[] = [];
  let header: Header | null = null;
  for (let index = from; index < clauses.length; index++) {
    const clause = clauses[index]!;
    if (isBorderLine(clause.text)) continue;
    // "1     Queen sheet set 4 pcs, 100% cotton sateen 300 TC," over "      deep pocket 40 cm   1,000 sets   USD 11.20":
    // a row of a table copied from a PDF whose description wrapped, its figures on the line under it.
    const opened = header?.spaced ? rowWrappedUnder(clauses, index, header.cells.length) : null;
    if (!opened && !isTableLine(clause.text)) {
      // The table ends at the first line that is not a row, once it has rows; a line of a wrapped cell
      // ("+ E-flute, CMYK outside") between two rows does not end it.
      if (rows.length > 0 && !(header?.spaced && isTableLine(clauses[index + 1]?.text ?? "")))
        return { rows, end: index };
      rows.at(-1)?.wrapped.push(index);
      if (rows.length === 0) header = null;
      continue;
    }
    const cells = opened ?? (header?.spaced ? cellsSplitAtPrice(cellsOf(clause.text)) : cellsOf(clause.text));
    // (The row is the name's line; the line of its figures is read with it and passed over.)
    const at = index;
    if (opened) index += 1;
    if (!header) {
      header = headerOf(cells, clause.text);
      continue;
    }
    // A second header opens the next table.
    if (rows.length > 0 && headerOf(cells, clause.text)) return { rows, end: index };
    const columns = header.cells;
    // A row lines up with its header; a row of dashes ("|---|---|") or a continuation row holds no product.
    // A row one cell longer starts with the row number whose header cell ("No.") was cut off before it.
    const shift = cells.length - columns.length === 1 && /^(?:\d{1,3}|-)$/.test(cells[0]!.text) ? 1 : 0;
    if (shift === 0 && Math.abs(cells.length - columns.length) > 1) continue;
    const aligned = cells.slice(shift);
    const nameCell = header.sizes ? aligned[header.name] : productCell(aligned, columns, header.name);
    if (!nameCell || nameCell.text === "" || notGoodsRow.test(nameCell.text)) continue;
    if (header.status.some((column) => outOfOrder.test(aligned[column]?.text ?? ""))) {
      dropped.add(at);
      if (opened) dropped.add(index);
      continue;
    }
    const settledCell = aligned[header.price];
    const settledMoney = settledCell ? findMoney(settledCell.text)[0] : undefined;
    // A row whose settled cell is blank ("–") is still open: its price is the supplier's latest quote.
    const openCell = !settledMoney && header.openPrice !== null ? aligned[header.openPrice] : undefined;
    const counted = aligned[header.quantity];
    // ("3,000 pcs", "10,000 sheets": a count cell may carry its unit.)
    const countText = counted ? counted.text.replace(changedCount, "") : "";
    const countCell = counted ? countWithUnit.exec(countText) : null;
    const count = countCell ? Number(countCell[1]!.replace(/,/g, "")) : null;
    const quoted = openCell ? findMoney(openCell.text)[0] : settledMoney;
    // "3 | Sampler tin 50 g | 2,000 | pcs | - | 3,600.00": a row whose price cell is blank is priced by its
    // amount over its count.
    const amountCell = quoted || !count ? undefined : aligned[header.amountColumn];
    const amount = amountCell ? findMoney(amountCell.text)[0] : undefined;
    const priceCell = amount ? amountCell : (openCell ?? settledCell);
    const money = amount && count ? { ...amount, value: priceOfOne(amount.value, count) } : quoted;
    if (!money || money.value <= 0) continue;
    // "same as item 1": the product of that row (or the one before), told apart by this row's codes.
    const same = /^same as\b(?:\s?item\s?(\d{1,2}))?/i.exec(nameCell.text);
    const field = same
      ? (fields[Number(same[1] ?? fields.length) - 1] ?? fields.at(-1) ?? null)
      : nameCell.text.split(/[,;(]/)[0]!.trim();
    if (!field) continue;
    // ("Item No. | Description" over "WY-1001 | Classic bricks": a code under a code column is the row's too;
    // a row number under "No." is no code.)
    const codes = aligned
      .filter(
        (cell, i) =>
          cell !== nameCell &&
          (!figureHeader.test(columns[i] ?? "") || codeColumn(columns[i] ?? "")) &&
          shortCode.test(cell.text),
      )
      .map((cell) => cell.text)
      .filter((code) => !field.includes(code));
    fields.push(field);
    // Each tier column's price, the first (fewest counted) the row's price until the count chooses one.
    const tiers: StackedTier[] = header.tierColumns.flatMap(({ column, min }) => {
      const cell = aligned[column];
      const tierMoney = cell ? findMoney(cell.text)[0] : undefined;
      return cell && tierMoney && tierMoney.value > 0
        ? [
            {
              min,
              price: tierMoney.value,
              clause: cell.clause ?? at,
              start: cell.start + tierMoney.start,
              end: cell.start + tierMoney.end,
            },
          ]
        : [];
    });
    // "PB-25 | 25 mm (1")": a row named by its code alone is that size of the chat's product.
    const coded = !same && !/[A-Za-z]{3}/.test(field) && shortCode.test(field);
    const sizeCell = coded && header.sizeColumn >= 0 ? aligned[header.sizeColumn] : undefined;
    const size = sizeCell && /\d/.test(sizeCell.text) ? sizeCell.text.split(/[,;(]/)[0]!.trim() : "";
    const numbered = /^\d{1,3}$/.test(cells[0]!.text) ? Number(cells[0]!.text) : rows.length + 1;
    rows.push({
      wrapped: opened ? [index] : [],
      sized: header.sizes || coded,
      name: [
        field,
        ...(size ? [size] : []),
        ...codes,
        ...(header.sizeUnit && !field.endsWith(header.sizeUnit) ? [header.sizeUnit] : []),
      ].join(" "),
      codes,
      clause: at,
      start: same ? nameCell.start : clause.text.indexOf(field, nameCell.start),
      position: numbered,
      price: {
        value: header.lot && !amount ? priceOfOne(money.value, header.lot) : money.value,
        currency: money.currency,
        start: priceCell!.start + money.start,
        end: priceCell!.start + money.end,
        ...(header.lot && !amount ? { lot: header.lot } : {}),
        ...(header.settled && !openCell ? { settled: true as const } : {}),
        ...(priceCell!.clause !== undefined ? { clause: priceCell!.clause } : {}),
      },
      quantity:
        count && counted
          ? {
              value: count,
              start: counted.start + counted.text.length - countText.length,
              end: counted.start + counted.text.length,
              unit: countCell?.[2]
                ? countUnitOf(countCell[2])
                : (countUnitOf(aligned[header.unitColumn]?.text ?? "") ?? header.quantityUnit),
              ...(counted.clause !== undefined ? { clause: counted.clause } : {}),
            }
          : null,
      ...(tiers.length >= 2 ? { tiers } : {}),
    });
  }
  return { rows, end: clauses.length };
}

/** A row's number, then the start of its description: "1     Queen sheet set 4 pcs, 100% cotton sateen 300 TC,". */
const numberedOpening = /^\s{0,4}\d{1,3}(?: {2,}|\t)[A-Za-z]/;

/**
 * The cells of a row copied from a PDF whose description wrapped: the row's number and the start of its
 * description on one line, its figures (and the description's rest) on the indented line under it, together as
 * many cells as the header has. The figures' cells carry their line. Null where the lines read otherwise.
 */
function rowWrappedUnder(clauses: readonly Clause[], index: number, columns: number): Cell[] | null {
  const clause = clauses[index]!;
  const next = clauses[index + 1];
  if (!next || next.line !== clause.line + 1 || !numberedOpening.test(clause.text)) return null;
  const opening = cellsOf(clause.text);
  if (opening.length !== 2 || findMoney(opening[1]!.text).some((money) => !money.bare)) return null;
  const rest = cellsSplitAtPrice(cellsOf(next.text)).map((cell) => ({ ...cell, clause: index + 1 }));
  // (The description's rest, if the figures' line starts with it, is no cell of its own.)
  const figures = /\d/.test(rest[0]?.text.slice(0, 1) ?? "") ? rest : rest.slice(1);
  if (figures.length < 2 || opening.length + figures.length !== columns) return null;
  return [...opening, ...figures];
}

/**
 * A count and a price a PDF copy ran into one cell where their columns stood close ("2,000 pairs USD 1.45"):
 * split in two, so each stands under its column.
 */
const countRunIntoPrice =
  /^(\d[\d,]*(?:\s?[A-Za-z]{2,12})?)\s((?:USD|US\$|EUR|GBP|RMB|CNY|[$€£¥])\s?\d[\d.,]*)$/;

function cellsSplitAtPrice(cells: Cell[]): Cell[] {
  const at = cells.findIndex((cell) => countRunIntoPrice.test(cell.text));
  if (at < 0) return cells;
  const m = countRunIntoPrice.exec(cells[at]!.text)!;
  const cell = cells[at]!;
  const price = { ...cell, text: m[2]!, start: cell.start + cell.text.length - m[2]!.length };
  return [...cells.slice(0, at), { ...cell, text: m[1]! }, price, ...cells.slice(at + 1)];
}

/**
 * The cell naming the product: the name column's, or, where that holds only a row number ("Item | 1"),
 * the next cell with words in it ("Description").
 */
function productCell(cells: readonly Cell[], header: readonly string[], column: number): Cell | null {
  for (let i = column; i < cells.length; i++) {
    const cell = cells[i]!;
    // ("PB-25 | 25 mm | SRT filament": a code in the item column names the row's product.)
    if (/[A-Za-z]{3}/.test(cell.text) || (i === column && shortCode.test(cell.text))) return cell;
    if (i > column && !nameHeader.test(header[i] ?? "") && !/^model/i.test(header[i] ?? "")) break;
  }
  return null;
}
