/**
 * Reading what a person points the bot at: a whole thread (conversations.replies, paged) and text files
 * shared in it (url_private, fetched with the bot token, only from Slack's own file host).
 */
import type { WebClient } from "@slack/web-api";
import { checkTranscriptText } from "../core/input.ts";
import { AppError } from "../errors.ts";
import type { ServiceDeps } from "../services/deps.ts";
import { normalizeSlackApiUrl } from "./client-options.ts";
import { currentRequestToken } from "./request-client.ts";

/** The fields of a shared file the bot uses. */
export type SharedFile = {
  id?: string;
  name?: string;
  mimetype?: string;
  filetype?: string;
  url_private?: string;
  url_private_download?: string;
};

const textTypes = /^(text\/|application\/(json|x-yaml|xml))|message\/rfc822/;
const textFileTypes = new Set(["text", "txt", "csv", "markdown", "md", "email", "eml", "log", "post"]);

/** The text of every message of a thread, oldest first, and the files shared in it. */
export async function readThreadText(
  client: WebClient,
  thread: { channel: string; ts: string },
): Promise<{ text: string; files: SharedFile[] }> {
  const texts: string[] = [];
  const files: SharedFile[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.conversations.replies({
      channel: thread.channel,
      ts: thread.ts,
      limit: 200,
      cursor,
    });
    for (const message of page.messages ?? []) {
      if (message.bot_id) continue; // the bot's own cards and replies are not part of the negotiation
      if (message.text) texts.push(message.text);
      files.push(...((message.files as SharedFile[] | undefined) ?? []));
    }
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return { text: texts.join("\n"), files };
}

/** Hosts the bot token may be sent to: Slack's file host, or the configured API host (local mode, tests). */
function trustedHost(deps: ServiceDeps, url: string): boolean {
  const host = new URL(url).host;
  return host === "files.slack.com" || host === new URL(normalizeSlackApiUrl(deps.config.SLACK_API_URL)).host;
}

/** Download the text files among `files` (others are skipped); each checked like a paste. */
export async function readSharedFiles(deps: ServiceDeps, files: SharedFile[]): Promise<string[]> {
  const texts: string[] = [];
  for (const file of files) {
    const url = file.url_private_download ?? file.url_private;
    const isText =
      textTypes.test(file.mimetype ?? "") || textFileTypes.has((file.filetype ?? "").toLowerCase());
    if (!url || !isText || !trustedHost(deps, url)) continue;
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${deps.config.SLACK_BOT_TOKEN ?? currentRequestToken() ?? ""}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok)
      throw new AppError(
        "slack_failed",
        `Slack did not hand over the file ${file.name ?? ""} (HTTP ${response.status}).`,
      );
    texts.push(checkTranscriptText(new Uint8Array(await response.arrayBuffer())));
  }
  return texts;
}
