/** The inspection checklist drawn as PDF from its content (see src/core/documents/checklist-content.ts). */
import type { ChecklistContent } from "../core/documents/document-schemas.ts";
import { formatNumber } from "../core/documents/order-terms.ts";
import { finishPdf, heading, openFindingsBox, paragraph, startPdf, table } from "./pdf-layout.ts";

/** Render the checklist; returns the PDF bytes and its page count. */
export async function renderChecklistPdf(
  content: ChecklistContent,
): Promise<{ bytes: Buffer; pages: number }> {
  const name = `${content.title}${content.ref ? ` ${content.ref}` : ""}`;
  const { doc, done } = startPdf({ title: name, draft: false });
  doc.font("bold").fontSize(18).text(name);
  paragraph(doc, `Supplier: ${content.supplier} · Date: ${content.issuedOn}`, { color: "#555555" });
  openFindingsBox(doc, content.openFindings);

  heading(doc, "Sampling plan: ISO 2859-1, single sampling, normal inspection");
  if (content.plans.length === 0 || content.lotSize === null)
    paragraph(doc, "No sampling plan yet: the order quantity is not settled.", { color: "#9b1c1c" });
  else {
    const level = content.plans[0]?.plan.level ?? "II";
    paragraph(doc, `Lot size ${formatNumber(content.lotSize)} units, general inspection level ${level}.`);
    table(
      doc,
      ["Defects", "AQL", "Code letter", "Sample size", "Accept (Ac)", "Reject (Re)"],
      content.plans.map(({ defectClass, plan }) => [
        defectClass,
        String(plan.aql),
        plan.planLetter === plan.codeLetter ? plan.codeLetter : `${plan.codeLetter} → ${plan.planLetter}`,
        String(plan.sampleSize),
        String(plan.accept),
        String(plan.reject),
      ]),
      [80, 50, 80, 80, "*", "*"],
    );
    paragraph(
      doc,
      "Accept the lot when the defects found in the sample are at most Ac for every class; reject it at Re or more.",
      {
        size: 9,
        color: "#555555",
      },
    );
  }

  heading(doc, "Checks");
  table(
    doc,
    ["Item", "Check", "Requirement", "Method", "Tolerance", "Result"],
    content.checks.map((line) => [
      line.item,
      line.check,
      line.requirement,
      line.method,
      line.tolerance,
      line.checkable ? "pass / fail" : "n/a",
    ]),
    [80, 65, 110, "*", 60, 60],
  );
  return finishPdf(doc, done, name);
}
