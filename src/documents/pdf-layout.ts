/**
 * The page furniture both PDFs share: A4, the embedded Noto Sans SC (so Chinese names and quotes are
 * text, never empty boxes), headings, "label: value" terms, the open-findings box, the DRAFT mark and
 * page numbers. pdfkit subsets the font: only the glyphs used are embedded.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create, type Font } from "fontkit";
import PDFDocument from "pdfkit";
import type { OpenTerm, Term } from "../core/documents/document-schemas.ts";

const require = createRequire(import.meta.url);

/** Noto Sans SC covers Latin and CJK in one face; shipped as TTF by an npm package, not read from the system. */
const fontFiles = {
  body: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
} as const;

type Faces = { body: Font; bold: Font };
let faces: Faces | null = null;

/**
 * The faces, parsed once per process: reading a 10 MB CJK font's tables takes longer than drawing a
 * contract, and pdfkit makes a fresh subset per document from the same parsed font.
 */
function fonts(): Faces {
  const open = (path: string) => create(readFileSync(require.resolve(path))) as Font;
  faces ??= { body: open(fontFiles.body), bold: open(fontFiles.bold) };
  return faces;
}

export type Pdf = InstanceType<typeof PDFDocument>;

const grey = "#555555";
const margin = 50;

/** A new A4 document with both faces registered; `draft` stamps DRAFT on every page. */
export function startPdf(input: { title: string; draft: boolean }): { doc: Pdf; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: "A4",
    margin,
    bufferPages: true,
    info: { Title: input.title, Producer: "orderproof", Creator: "orderproof" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const { body, bold } = fonts();
  // pdfkit takes a parsed fontkit font as well as bytes (its typings list only the latter).
  doc.registerFont("body", body as unknown as Buffer);
  doc.registerFont("bold", bold as unknown as Buffer);
  doc.font("body").fontSize(10);
  if (input.draft) {
    stampDraft(doc);
    doc.on("pageAdded", () => stampDraft(doc));
  }
  return { doc, done };
}

/** A large pale DRAFT across the page, drawn first so the text sits on top of it. */
function stampDraft(doc: Pdf): void {
  const { x, y } = { x: doc.x, y: doc.y };
  doc.save();
  doc.rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
  doc
    .font("bold")
    .fontSize(110)
    .fillColor("#e6e6e6")
    .text("DRAFT", 0, doc.page.height / 2 - 60, { width: doc.page.width, align: "center", lineBreak: false });
  doc.restore();
  doc.font("body").fontSize(10).fillColor("black");
  doc.x = x;
  doc.y = y;
}

/** Page numbers and the document's reference at the foot of every page; then the bytes and page count. */
export async function finishPdf(
  doc: Pdf,
  done: Promise<Buffer>,
  footer: string,
): Promise<{ bytes: Buffer; pages: number }> {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("body")
      .fontSize(8)
      .fillColor(grey)
      .text(`${footer} · page ${index + 1} of ${range.count}`, margin, doc.page.height - 35, {
        width: doc.page.width - 2 * margin,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return { bytes: await done, pages: range.count };
}

/** The width text may take between the margins. */
export function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** A numbered section heading. */
export function heading(doc: Pdf, text: string): void {
  if (doc.y > doc.page.height - 120) doc.addPage();
  doc
    .moveDown(0.6)
    .font("bold")
    .fontSize(11.5)
    .fillColor("black")
    .text(text, margin, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.2).font("body").fontSize(10);
}

/** "Label: value" lines; a blank is printed in dark red so it is seen before signing. */
export function terms(doc: Pdf, list: readonly Term[]): void {
  for (const term of list) {
    doc
      .font("bold")
      .fillColor("black")
      .text(`${term.label}: `, margin + 10, doc.y, { continued: true, width: contentWidth(doc) - 10 })
      .font("body")
      .fillColor(term.blank ? "#9b1c1c" : "black")
      .text(term.value);
  }
  doc.fillColor("black");
}

/** A paragraph of body text. */
export function paragraph(doc: Pdf, text: string, options: { color?: string; size?: number } = {}): void {
  doc
    .font("body")
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? "black")
    .text(text, margin, doc.y, { width: contentWidth(doc) });
  doc.fontSize(10).fillColor("black");
}

/** The box on page 1 listing what is still open (or saying nothing is). */
export function openFindingsBox(doc: Pdf, open: readonly OpenTerm[]): void {
  const top = doc.y + 4;
  const width = contentWidth(doc);
  doc.y = top + 8;
  const title =
    open.length === 0
      ? "No open findings: every term below is settled."
      : `Open findings (${open.length}): to be agreed before signing`;
  doc
    .font("bold")
    .fontSize(10)
    .fillColor(open.length ? "#9b1c1c" : "#1d5b2a")
    .text(title, margin + 10, doc.y, { width: width - 20 });
  doc.font("body").fontSize(9).fillColor("black");
  for (const item of open.slice(0, 12))
    doc.text(
      `• ${item.kind} ${item.field}${item.line ? ` (chat line ${item.line})` : ""}: ${item.text}`,
      margin + 10,
      doc.y,
      {
        width: width - 20,
      },
    );
  if (open.length > 12)
    doc.text(`• and ${open.length - 12} more (see /order review)`, margin + 10, doc.y, { width: width - 20 });
  const bottom = doc.y + 6;
  doc
    .lineWidth(1)
    .strokeColor(open.length ? "#9b1c1c" : "#1d5b2a")
    .rect(margin, top, width, bottom - top)
    .stroke();
  doc.strokeColor("black").fontSize(10);
  doc.y = bottom + 4;
}

/** A table with a bold header row. */
export function table(doc: Pdf, header: string[], rows: string[][], widths: Array<number | string>): void {
  doc.x = margin;
  doc.table({
    columnStyles: widths,
    defaultStyle: { padding: [3, 4, 3, 4], border: 0.5, borderColor: "#999999" },
    data: [
      header.map((text) => ({ text, font: { src: "bold" }, backgroundColor: "#eeeeee" })),
      ...rows.map((row) => row.map((text) => ({ text }))),
    ],
  });
  doc.font("body").fontSize(10).fillColor("black");
  doc.x = margin;
}
