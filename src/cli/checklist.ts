/** `checklist FILE --out PATH.pdf|PATH.csv [--aql MAJOR/MINOR] [--json]`: the inspection checklist. */
import { parseAqlOption } from "../core/documents/aql-option.ts";
import { buildChecklistContent, checklistCsv } from "../core/documents/checklist-content.ts";
import { renderChecklistPdf } from "../documents/render-checklist-pdf.ts";
import { AppError } from "../errors.ts";
import type { CliCommand } from "./command.ts";
import { outPath, readDocumentSource, writeDocument } from "./document-command.ts";

export const command: CliCommand = {
  usage: "checklist FILE --out PATH.pdf|PATH.csv [--aql MAJOR/MINOR]",
  summary: "read a transcript, write the inspection checklist (ISO 2859-1, level II)",
  async run(context) {
    const path = outPath(context, [".pdf", ".csv"]);
    const aql = parseAqlOption(typeof context.flags.aql === "string" ? context.flags.aql : undefined);
    if (!aql.ok) throw new AppError("bad_arguments", `--aql: ${aql.reason}`);
    const source = await readDocumentSource(context);
    const content = buildChecklistContent({
      order: source.review.order,
      findings: source.review.findings,
      edits: [],
      ref: null,
      issuedOn: source.issuedOn,
      aqls: aql.aqls,
    });
    const openFindings = content.openFindings.length;
    if (path.toLowerCase().endsWith(".csv"))
      return writeDocument(context, {
        path,
        bytes: checklistCsv(content),
        pages: 1,
        openFindings,
        what: "Checklist",
      });
    const pdf = await renderChecklistPdf(content);
    return writeDocument(context, {
      path,
      bytes: pdf.bytes,
      pages: pdf.pages,
      openFindings,
      what: "Checklist",
    });
  },
};
