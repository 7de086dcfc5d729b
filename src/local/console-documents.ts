/**
 * Documents in local mode: `contract PO-n` and `checklist PO-n [csv]` at the console run the same
 * `/order` subcommands as in Slack, and every file the app uploads to the local Slack server is
 * written under the exports folder, with its path printed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { LocalSlackServer, RecordedCall } from "./local-slack-server.ts";

/** Console lines that ask for a document: the same words as after `/order`. */
export function documentCommandOf(line: string): string | null {
  const text = line.trim();
  return /^(?:contract|checklist)(?:\s|$)/i.test(text) ? text : null;
}

/** The files a files.completeUploadExternal call shared, written under `folder`; returns their paths. */
export function saveUploadedFiles(server: LocalSlackServer, call: RecordedCall, folder: string): string[] {
  if (call.method !== "files.completeUploadExternal" || !Array.isArray(call.body.files)) return [];
  const paths: string[] = [];
  for (const entry of call.body.files as Array<{ id?: string }>) {
    const upload = server.uploads.get(String(entry.id));
    if (!upload?.bytes) continue;
    mkdirSync(folder, { recursive: true });
    // The name comes from the app, but keep it a plain file name all the same.
    const path = join(folder, basename(upload.filename).replace(/[^\w.-]+/g, "_"));
    writeFileSync(path, upload.bytes);
    paths.push(path);
  }
  return paths;
}
