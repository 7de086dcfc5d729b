/** The purchase contract drawn as PDF from its content (see src/core/documents/contract-content.ts). */
import type { ContractContent } from "../core/documents/document-schemas.ts";
import { finishPdf, heading, openFindingsBox, paragraph, startPdf, table, terms } from "./pdf-layout.ts";

/** Render the contract; returns the PDF bytes and its page count. */
export async function renderContractPdf(content: ContractContent): Promise<{ bytes: Buffer; pages: number }> {
  const name = `${content.title}${content.ref ? ` ${content.ref}` : ""}`;
  const { doc, done } = startPdf({ title: name, draft: content.draftMark });

  doc.font("bold").fontSize(18).text(name);
  paragraph(doc, `Date: ${content.issuedOn}${content.draftMark ? " · DRAFT: not confirmed yet" : ""}`, {
    color: "#555555",
  });
  openFindingsBox(doc, content.openFindings);

  heading(doc, "1. Parties");
  terms(doc, [
    { label: "Buyer", value: content.buyer, blank: content.buyer.startsWith("_") },
    content.supplier,
  ]);

  heading(doc, "2. Goods");
  table(
    doc,
    [
      "Product",
      "Quantity",
      "Unit",
      `Unit price${content.currency ? ` (${content.currency})` : ""}`,
      "Amount",
    ],
    content.items.map((item) => [item.name, item.quantity, item.unit, item.unitPrice, item.amount]),
    ["*", 70, 40, 110, 90],
  );
  terms(doc, content.totals);

  heading(doc, "3. Specifications (measurable)");
  for (const section of content.specs) {
    paragraph(doc, section.heading, { size: 10 });
    terms(doc, section.terms);
  }

  content.sections.forEach((section, index) => {
    heading(doc, `${index + 4}. ${section.heading}`);
    terms(doc, section.terms);
  });

  const first = content.sections.length + 4;
  content.clauses.forEach((clause, index) => {
    heading(doc, `${first + index}. ${clause.heading}`);
    paragraph(doc, clause.text);
  });

  heading(doc, "Signatures");
  paragraph(
    doc,
    `Buyer: ${content.buyer}\nName, title, date: ______________________     Signature: ______________________`,
  );
  doc.moveDown(0.5);
  paragraph(
    doc,
    `Supplier: ${content.supplier.value}\nName, title, date: ______________________     Signature and company chop: ______________________`,
  );

  doc.moveDown(1);
  heading(doc, "Appendix: evidence from the chat");
  paragraph(
    doc,
    "Every settled term with the chat line it rests on. A value a person edited is marked with who edited it and when.",
    {
      color: "#555555",
      size: 9,
    },
  );
  table(
    doc,
    ["Term", "Value", "Said by, when (line)", "Words in the chat"],
    content.evidence.map((row) => [
      row.term,
      row.value,
      row.edited ??
        [
          row.speaker ?? "speaker not named",
          row.at ? row.at.replace("T", " ").slice(0, 16) : null,
          row.line ? `line ${row.line}` : null,
        ]
          .filter(Boolean)
          .join(", "),
      row.edited ? `(${row.edited})` : `“${row.quote ?? ""}”`,
    ]),
    [100, 95, 110, "*"],
  );
  return finishPdf(doc, done, name);
}
