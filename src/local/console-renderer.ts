/**
 * What the console shows: every message the app posts, updates or publishes through the local Slack API,
 * rendered as Slack would show it (names, dates, no markup), with its buttons numbered. It also notes a
 * modal the app opens and whether the app is still busy, so the input loop knows when to go on.
 */

import { type ButtonNumbers, buttonNumbers } from "./button-numbers.ts";
import { saveUploadedFiles } from "./console-documents.ts";
import type { LocalChannel } from "./console-requests.ts";
import type { LocalSlackServer, RecordedCall } from "./local-slack-server.ts";
import { type MarkupNames, plain, renderBlocks } from "./render-blocks.ts";

export type ConsoleRenderer = {
  buttons: ButtonNumbers;
  names: MarkupNames;
  /** Print one line. */
  write(text: string): void;
  /** Print a message the app answered with directly (an ephemeral reply to a command). */
  showEphemeral(body: { text?: unknown; blocks?: unknown }): void;
  /** The modal the app opened since the last call, taken once. */
  takeModal(): Record<string, unknown> | null;
  /** Note that the person just sent something (the app is busy until it falls quiet). */
  touch(): void;
  /**
   * Wait until the app has finished what it started (no "working" message left, quiet for a moment);
   * with `untilAnswered`, also until it has sent something since the person last sent something.
   */
  settle(options?: { timeoutMs?: number; untilAnswered?: boolean }): Promise<void>;
  stop(): void;
};

const quietMs = 300;
/** How long an answer is waited for before a quiet app counts as done anyway (a click that answers nothing). */
const answerWaitMs = 15_000;

/** Start rendering what the app sends to `server`, as seen by the person in `channel`. */
export function startConsoleRenderer(options: {
  server: LocalSlackServer;
  channel: LocalChannel;
  output: NodeJS.WritableStream;
  settleTimeoutMs?: number;
  /** Where uploaded documents (contract, checklist) are written; default ./exports. */
  exportsDir?: string;
}): ConsoleRenderer {
  const { server, channel, output } = options;
  const write = (text: string) => output.write(`${text}\n`);
  const buttons = buttonNumbers();
  const names: MarkupNames = {
    users: { [channel.userId]: channel.userName, U0BOT: "orderproof" },
    channels: { [channel.channelId]: channel.channelName },
  };
  let modal: Record<string, unknown> | null = null;
  let lastActivity = Date.now();
  // Calls the app made, and how many there were when the person last sent something.
  let callCount = 0;
  let callsAtTouch = 0;
  const pendingWork = new Set<string>();
  // A confirmation the thread just showed is not printed a second time as "only visible to you".
  let lastThreadText = "";
  let ephemeralCount = 0;

  const show = (
    title: string,
    body: { text?: unknown; blocks?: unknown },
    where: { channel: string; ts: string },
  ) => {
    const blocks = Array.isArray(body.blocks) ? body.blocks : [];
    if (blocks.length === 0) return write(`${title}${plain(String(body.text ?? ""), names)}`);
    const key = where.ts === "" ? `ephemeral:${++ephemeralCount}` : `${where.channel}:${where.ts}`;
    const context = { channel: where.channel, messageTs: where.ts, names };
    let count = 0;
    renderBlocks(blocks, { ...context, nextNumber: () => ++count });
    const numbers = buttons.assign(key, count);
    let next = 0;
    const rendered = renderBlocks(blocks, { ...context, nextNumber: () => numbers[next++] ?? 0 });
    buttons.register(key, rendered.clickables);
    write(`${title}\n${rendered.text}`);
  };

  const showEphemeral = (body: { text?: unknown; blocks?: unknown }) => {
    const blocks = Array.isArray(body.blocks) ? body.blocks : [];
    if (blocks.length === 0 && String(body.text ?? "") === lastThreadText) return;
    show("\n(only visible to you) ", body, { channel: channel.channelId, ts: "" });
  };

  const onCall = (call: RecordedCall, reply?: { ts?: string }) => {
    lastActivity = Date.now();
    callCount++;
    const body = call.body;
    switch (call.method) {
      case "chat.postMessage": {
        const ts = reply?.ts ?? "";
        if (String(body.text ?? "").startsWith(":hourglass")) pendingWork.add(ts);
        const thread = body.thread_ts ? "  ↳ in the thread: " : "";
        if (body.thread_ts) lastThreadText = String(body.text ?? "");
        show(`\n#${channel.channelName} ${thread}`, body, { channel: String(body.channel), ts });
        break;
      }
      case "chat.update":
        pendingWork.delete(String(body.ts));
        show(`\n#${channel.channelName} (message updated)`, body, {
          channel: String(body.channel),
          ts: String(body.ts),
        });
        break;
      case "chat.postEphemeral":
      case "response_url":
        showEphemeral(body);
        break;
      case "views.open":
        modal = body.view as Record<string, unknown>;
        break;
      case "views.publish":
        show("\n[App Home]", body.view as Record<string, unknown>, { channel: "home", ts: "home" });
        break;
      case "files.completeUploadExternal": {
        const thread = body.thread_ts ? "  ↳ in the thread: " : "";
        show(`\n#${channel.channelName} ${thread}`, { text: body.initial_comment }, { channel: "", ts: "" });
        for (const path of saveUploadedFiles(server, call, options.exportsDir ?? "exports"))
          write(`Written to ${path}`);
        break;
      }
      default:
        break;
    }
  };
  server.events.on("call", onCall);

  return {
    buttons,
    names,
    write,
    showEphemeral,
    takeModal() {
      const opened = modal;
      modal = null;
      return opened;
    },
    touch() {
      lastActivity = Date.now();
      callsAtTouch = callCount;
    },
    async settle(wait = {}) {
      const start = Date.now();
      const deadline = start + (wait.timeoutMs ?? options.settleTimeoutMs ?? 90_000);
      while (Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const answered = !wait.untilAnswered || callCount > callsAtTouch || Date.now() - start > answerWaitMs;
        if (answered && pendingWork.size === 0 && Date.now() - lastActivity > quietMs) return;
      }
    },
    stop() {
      server.events.off("call", onCall);
    },
  };
}
