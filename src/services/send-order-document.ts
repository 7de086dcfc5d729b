/**
 * `/order contract PO-n`, `/order checklist PO-n` and the card's "Contract (PDF)" button: draw the
 * document (in the lane: it is CPU-bound) and upload it into the order's thread. Returns the sentence
 * for the person who asked.
 */
import type { AqlLevels } from "../core/documents/contract-content.ts";
import type { Scope, ServiceDeps } from "./deps.ts";
import { directLane } from "./lane.ts";
import {
  type DocumentFormat,
  type DocumentKind,
  makeOrderDocument,
  uploadOrderDocument,
} from "./order-documents.ts";

/** How to set the buyer's name; shown while contracts still print it blank. */
export const companyNameHint =
  'Contracts print the buyer as a blank until you set your company name once: `/order settings company "Your Company Ltd"`.';

export async function sendOrderDocument(
  deps: ServiceDeps,
  input: Scope & { ref: string; kind: DocumentKind; format?: DocumentFormat; aqls?: AqlLevels },
): Promise<string> {
  const lane = deps.lane ?? directLane;
  const document = await lane(() => makeOrderDocument(deps, input));
  await uploadOrderDocument(deps, document);
  const where = document.row.threadTs ? "the order's thread" : "this channel";
  const open = document.openFindings.length;
  const sentence = `${document.filename} is in ${where}${open ? ` (${open} open finding${open === 1 ? "" : "s"} printed as blanks)` : ""}.`;
  return input.kind === "contract" && !document.buyerNamed ? `${sentence} ${companyNameHint}` : sentence;
}
