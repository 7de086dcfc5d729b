/**
 * Checks a pasted transcript before anything else looks at it: empty, binary and oversized pastes
 * are refused with a sentence the person can act on.
 */
import { AppError } from "../errors.ts";

/** Largest paste accepted (bytes of UTF-8). */
export const maxTranscriptBytes = 512 * 1024;

/** Share of control characters above which a paste is taken as binary rather than text. */
const binaryControlShare = 0.02;

/** Return the text with line endings normalised, or throw AppError(empty_input | input_too_large | binary_input). */
export function checkTranscriptText(raw: string | Uint8Array): string {
  const bytes = typeof raw === "string" ? Buffer.byteLength(raw, "utf8") : raw.byteLength;
  if (bytes > maxTranscriptBytes) throw new AppError("input_too_large");
  let text: string;
  if (typeof raw === "string") {
    text = raw;
  } else {
    if (raw.includes(0)) throw new AppError("binary_input");
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
    } catch {
      throw new AppError("binary_input");
    }
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.includes("\u0000")) throw new AppError("binary_input");
  // Control characters other than tab and newline are rare in chats and common in binary files.
  const controls = text.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  if (text.length > 0 && controls / text.length > binaryControlShare) throw new AppError("binary_input");
  if (text.trim().length === 0) throw new AppError("empty_input");
  return text;
}
