/** `contract FILE --out PATH.pdf [--now ...] [--json]`: the purchase contract PDF for a transcript. */
import { buildContractContent } from "../core/documents/contract-content.ts";
import { LifecycleDates } from "../core/schemas.ts";
import { renderContractPdf } from "../documents/render-contract-pdf.ts";
import type { CliCommand } from "./command.ts";
import { outPath, readDocumentSource, writeDocument } from "./document-command.ts";

export const command: CliCommand = {
  usage: "contract FILE --out PATH.pdf [--json]",
  summary: "read a transcript, write the purchase contract PDF",
  async run(context) {
    const path = outPath(context, [".pdf"]);
    const source = await readDocumentSource(context);
    const content = buildContractContent({
      order: source.review.order,
      findings: source.review.findings,
      messages: source.messages,
      edits: [],
      ref: null,
      issuedOn: source.issuedOn,
      buyer: null,
      confirmed: false,
      dates: LifecycleDates.parse({}),
    });
    const pdf = await renderContractPdf(content);
    return writeDocument(context, {
      path,
      bytes: pdf.bytes,
      pages: pdf.pages,
      openFindings: content.openFindings.length,
      what: "Contract",
    });
  },
};
