/**
 * The purchase contract and inspection checklist of a stored order: gathered from the order (its
 * current terms, open findings, edits with who and when, recorded dates, the transcript's speakers),
 * drawn, and uploaded into the order's thread with a note of what is still open.
 */
import { buildChecklistContent, checklistCsv } from "../core/documents/checklist-content.ts";
import { type AqlLevels, buildContractContent, defaultAqls } from "../core/documents/contract-content.ts";
import type { FieldEdit, OpenTerm } from "../core/documents/document-schemas.ts";
import { lifecycleDatesOf } from "../core/lifecycle.ts";
import { parseTranscript } from "../core/parse/parse-transcript.ts";
import type { Finding, Message } from "../core/schemas.ts";
import { renderChecklistPdf } from "../documents/render-checklist-pdf.ts";
import { renderContractPdf } from "../documents/render-contract-pdf.ts";
import { AppError } from "../errors.ts";
import {
  getCompanyName,
  getTranscript,
  listFindings,
  listOrderEvents,
  type OrderEventRow,
  type OrderRow,
} from "../store/index.ts";
import type { Scope, ServiceDeps } from "./deps.ts";
import { loadOrder } from "./order-view.ts";

export type DocumentKind = "contract" | "checklist";
export type DocumentFormat = "pdf" | "csv";

/** A drawn document, ready to write or upload. */
export type OrderDocument = {
  ref: string;
  filename: string;
  title: string;
  bytes: Buffer;
  pages: number;
  openFindings: OpenTerm[];
  /** False when the contract went out with a blank buyer (no company name set yet). */
  buyerNamed: boolean;
  row: OrderRow;
};

/** The edits people made to the order's terms, from its audit trail. */
function editsOf(events: readonly OrderEventRow[]): FieldEdit[] {
  return events.flatMap((event) => {
    const field = (event.after as { field?: unknown } | null)?.field;
    return event.kind === "field_set" && typeof field === "string"
      ? [{ field, actor: event.actor, at: event.createdAt.toISOString() }]
      : [];
  });
}

/** The transcript's messages (speakers and times for the appendix); none once retention purged it. */
async function messagesOf(deps: ServiceDeps, row: OrderRow): Promise<Message[]> {
  if (!row.transcriptId) return [];
  const transcript = await getTranscript(deps.store.db, { id: row.transcriptId });
  return transcript?.rawText ? parseTranscript(transcript.rawText).messages : [];
}

/** Build and draw one document of order `ref` in this channel. */
export async function makeOrderDocument(
  deps: ServiceDeps,
  input: Scope & { ref: string; kind: DocumentKind; format?: DocumentFormat; aqls?: AqlLevels },
): Promise<OrderDocument> {
  const { row, view } = await loadOrder(deps, input);
  const [findingRows, events, messages, companyName] = await Promise.all([
    listFindings(deps.store.db, { orderId: row.id }),
    listOrderEvents(deps.store.db, { orderId: row.id }),
    messagesOf(deps, row),
    getCompanyName(deps.store.db, { workspaceId: row.workspaceId }),
  ]);
  const findings: Finding[] = findingRows
    .filter((finding) => finding.state === "open")
    .map((finding) => ({
      field: finding.field,
      kind: finding.kind as Finding["kind"],
      quote: finding.quote,
      line: finding.line,
      suggestion: finding.suggestion,
    }));
  const edits = editsOf(events);
  const issuedOn = deps.clock.now().toISOString().slice(0, 10);
  const common = { ref: view.ref, row, buyerNamed: companyName !== null };
  if (input.kind === "contract") {
    const content = buildContractContent({
      order: row.draft,
      findings,
      messages,
      edits,
      ref: view.ref,
      issuedOn,
      buyer: companyName,
      confirmed: row.state !== "draft",
      dates: lifecycleDatesOf(events),
      ...(input.aqls ? { aqls: input.aqls } : {}),
    });
    const pdf = await renderContractPdf(content);
    return {
      ...common,
      filename: `${view.ref}-purchase-contract.pdf`,
      title: `${view.ref} purchase contract${content.draftMark ? " (draft)" : ""}`,
      bytes: pdf.bytes,
      pages: pdf.pages,
      openFindings: content.openFindings,
    };
  }
  const content = buildChecklistContent({
    order: row.draft,
    findings,
    edits,
    ref: view.ref,
    issuedOn,
    aqls: input.aqls ?? defaultAqls,
  });
  const csv = input.format === "csv";
  const pdf = csv
    ? { bytes: Buffer.from(checklistCsv(content), "utf8"), pages: 1 }
    : await renderChecklistPdf(content);
  return {
    ...common,
    filename: `${view.ref}-inspection-checklist.${csv ? "csv" : "pdf"}`,
    title: `${view.ref} inspection checklist`,
    bytes: pdf.bytes,
    pages: pdf.pages,
    openFindings: content.openFindings,
  };
}

/** The thread note: what the file is and which findings still stand between it and a signature. */
export function documentNote(document: OrderDocument): string {
  const kind = document.filename.includes("contract") ? "Purchase contract" : "Inspection checklist";
  const head = `${kind} for ${document.ref} (${document.pages} page${document.pages === 1 ? "" : "s"}).`;
  if (document.openFindings.length === 0) return `${head} No findings are open: every term is settled.`;
  const lines = document.openFindings.slice(0, 10).map((open) => `• ${open.kind} \`${open.field}\``);
  const more = document.openFindings.length > 10 ? `\n• and ${document.openFindings.length - 10} more` : "";
  return `${head} Still open (${document.openFindings.length}), printed as blanks to agree before signing:\n${lines.join("\n")}${more}\nSee \`/order review ${document.ref}\` for measurable rewrites.`;
}

/**
 * Upload a document into the order's thread (files.uploadV2: getUploadURLExternal, the bytes, then
 * completeUploadExternal), with the note as its comment. An order without a thread gets it in the channel.
 */
export async function uploadOrderDocument(deps: ServiceDeps, document: OrderDocument): Promise<void> {
  try {
    const file = {
      channel_id: document.row.channelId,
      file: document.bytes,
      filename: document.filename,
      title: document.title,
      initial_comment: documentNote(document),
    };
    await deps.slack.files.uploadV2(
      document.row.threadTs ? { ...file, thread_ts: document.row.threadTs } : file,
    );
  } catch (error) {
    throw new AppError(
      "slack_failed",
      `Slack did not take the file for ${document.ref}; try again in a minute.`,
      {
        cause: error,
      },
    );
  }
}
