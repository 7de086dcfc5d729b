/**
 * The console of local mode: it plays one Slack channel. What a person types becomes the same signed
 * requests Slack would send to the real app (/order, button clicks, modal submissions); what the app
 * posts to the local Slack API is printed as text, with its buttons numbered.
 */
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import { parseNow } from "../cli/parse-now.ts";
import { userMessageOf } from "../errors.ts";
import { documentCommandOf, saveUploadedFiles } from "./console-documents.ts";
import type { LocalSlackServer, RecordedCall } from "./local-slack-server.ts";
import { type Clickable, plain, renderBlocks } from "./render-blocks.ts";
import { postSigned } from "./sign-request.ts";

export type LocalChannel = {
  teamId: string;
  channelId: string;
  channelName: string;
  userId: string;
  userName: string;
};

export type ConsoleOptions = {
  appUrl: string;
  signingSecret: string;
  server: LocalSlackServer;
  channel: LocalChannel;
  /** One reminder pass as of `at` (default: now), posting what is due into the order threads. */
  tick(at?: Date): Promise<{ posted: number; failed: number }>;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Longest wait for the app to finish one request (the model may take 20 s). */
  settleTimeoutMs?: number;
  /** Where uploaded documents (contract, checklist) are written; default ./exports. */
  exportsDir?: string;
};

type OpenModal = { view: Record<string, unknown> };

const consoleHelp = [
  "Type what you would type in Slack:",
  "  /order new            then paste the supplier chat; end it with a line holding only '.'",
  "  /order new <text>     a one-line paste",
  "  /order list | show PO-1 | review PO-1 | set PO-1 FIELD VALUE | confirm PO-1",
  "  /order paid PO-1 deposit|balance [YYYY-MM-DD] | shipped|received|completed PO-1 [YYYY-MM-DD] | export PO-1",
  "  contract PO-1 | checklist PO-1 [csv]   write the purchase contract / inspection checklist under ./exports/",
  "  <number>              click the button with that number",
  "  tick [YYYY-MM-DD]     post the reminders due as of that day (default: now) in the order threads",
  "  home                  open the App Home tab",
  "  quit                  leave",
].join("\n");

/** Run the console until the input ends (or "quit"); resolves when everything the app started has finished. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { server, channel, output } = options;
  const write = (text: string) => output.write(`${text}\n`);
  const clickables = new Map<number, Clickable>();
  let counter = 0;
  const nextNumber = () => ++counter;
  let modal: OpenModal | null = null;
  let lastActivity = Date.now();
  const pendingWork = new Set<string>();

  const show = (
    title: string,
    body: { text?: unknown; blocks?: unknown },
    where: { channel: string; ts: string },
  ) => {
    const blocks = Array.isArray(body.blocks) ? body.blocks : [];
    if (blocks.length === 0) return write(`${title}${plain(String(body.text ?? ""))}`);
    const rendered = renderBlocks(blocks, { channel: where.channel, messageTs: where.ts, nextNumber });
    for (const clickable of rendered.clickables) clickables.set(clickable.number, clickable);
    write(`${title}\n${rendered.text}`);
  };

  server.events.on("call", (call: RecordedCall, reply?: { ts?: string; message_ts?: string }) => {
    lastActivity = Date.now();
    const body = call.body;
    const thread = body.thread_ts ? "  ↳ in the thread: " : "";
    switch (call.method) {
      case "chat.postMessage": {
        const ts = reply?.ts ?? "";
        if (String(body.text ?? "").startsWith(":hourglass")) pendingWork.add(ts);
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
        show("\n(only visible to you) ", body, { channel: channel.channelId, ts: "" });
        break;
      case "views.open":
        modal = { view: body.view as Record<string, unknown> };
        break;
      case "views.publish":
        show("\n[App Home]", body.view as Record<string, unknown>, { channel: "home", ts: "" });
        break;
      case "files.completeUploadExternal":
        show(`\n#${channel.channelName} ${thread}`, { text: body.initial_comment }, { channel: "", ts: "" });
        for (const path of saveUploadedFiles(server, call, options.exportsDir ?? "exports"))
          write(`Written to ${path}`);
        break;
      default:
        break;
    }
  });

  async function settle(timeoutMs = options.settleTimeoutMs ?? 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (pendingWork.size === 0 && Date.now() - lastActivity > 300) return;
    }
  }

  const user = {
    id: channel.userId,
    username: channel.userName,
    name: channel.userName,
    team_id: channel.teamId,
  };
  const team = { id: channel.teamId, domain: "local" };
  const triggerId = () => `${Date.now()}.${randomBytes(6).toString("hex")}`;
  const post = async (body: string, contentType?: string) => {
    lastActivity = Date.now();
    const reply = await postSigned(options.appUrl, options.signingSecret, body, contentType);
    if (reply.status !== 200) write(`(the app answered HTTP ${reply.status})`);
    else if (reply.text.trim().startsWith("{")) {
      const parsed = JSON.parse(reply.text) as {
        text?: string;
        blocks?: unknown[];
        response_action?: string;
        errors?: Record<string, string>;
      };
      if (parsed.response_action === "errors")
        write(`(modal) ${Object.values(parsed.errors ?? {}).join(" ")}`);
      else show("\n(only visible to you) ", parsed, { channel: channel.channelId, ts: "" });
    }
  };
  const interactive = (payload: unknown) => post(`payload=${encodeURIComponent(JSON.stringify(payload))}`);

  async function command(text: string) {
    const form = new URLSearchParams({
      token: "local",
      team_id: channel.teamId,
      team_domain: "local",
      channel_id: channel.channelId,
      channel_name: channel.channelName,
      user_id: channel.userId,
      user_name: channel.userName,
      command: "/order",
      text,
      response_url: server.responseUrl(),
      trigger_id: triggerId(),
    });
    await post(form.toString());
  }

  async function openHome() {
    const event = {
      type: "app_home_opened",
      user: channel.userId,
      channel: "D0LOCAL",
      tab: "home",
      event_ts: (Date.now() / 1000).toFixed(6),
    };
    const body = {
      token: "local",
      team_id: channel.teamId,
      api_app_id: "A0LOCAL",
      type: "event_callback",
      event_id: `Ev${randomBytes(6).toString("hex")}`,
      event_time: Math.floor(Date.now() / 1000),
      event,
      authorizations: [
        { team_id: channel.teamId, user_id: "U0BOT", is_bot: true, is_enterprise_install: false },
      ],
    };
    await post(JSON.stringify(body), "application/json");
  }

  async function submitModal(values: Record<string, Record<string, unknown>>) {
    const view = modal!.view;
    modal = null;
    await interactive({
      type: "view_submission",
      team,
      user,
      api_app_id: "A0LOCAL",
      token: "local",
      trigger_id: triggerId(),
      view: {
        ...view,
        id: `V${randomBytes(4).toString("hex")}`,
        team_id: channel.teamId,
        hash: randomBytes(6).toString("hex"),
        state: { values },
      },
    });
  }

  async function click(clickable: Clickable, selected?: { label: string; value: string }) {
    const actionTs = (Date.now() / 1000).toFixed(6);
    await interactive({
      type: "block_actions",
      user,
      api_app_id: "A0LOCAL",
      token: "local",
      container: {
        type: "message",
        message_ts: clickable.messageTs,
        channel_id: clickable.channel,
        is_ephemeral: clickable.messageTs === "",
      },
      trigger_id: triggerId(),
      team,
      channel: { id: channel.channelId, name: channel.channelName },
      message: { ts: clickable.messageTs, blocks: clickable.blocks },
      response_url: server.responseUrl(),
      actions: [
        selected
          ? {
              type: "static_select",
              action_id: clickable.actionId,
              block_id: clickable.blockId ?? "b",
              action_ts: actionTs,
              selected_option: { text: { type: "plain_text", text: selected.label }, value: selected.value },
            }
          : {
              type: "button",
              action_id: clickable.actionId,
              block_id: clickable.blockId ?? "b",
              action_ts: actionTs,
              value: clickable.value,
              text: { type: "plain_text", text: clickable.label },
            },
      ],
    });
  }

  // Lines are handled one at a time, in order, even when a whole script is piped in.
  const lines = createInterface({ input: options.input, terminal: false })[Symbol.asyncIterator]();
  const nextLine = async (): Promise<string | null> => {
    const next = await lines.next();
    return next.done ? null : next.value;
  };

  write(consoleHelp);
  write(`\nYou are @${channel.userName} in #${channel.channelName}.`);
  for (;;) {
    output.write("\n> ");
    const line = await nextLine();
    if (line === null) break;
    const text = line.trim();
    if (text === "") continue;
    if (text === "quit" || text === "exit") break;
    if (text === "help") {
      write(consoleHelp);
      continue;
    }
    if (/^tick\b/.test(text)) {
      let at: Date | undefined;
      try {
        at = text.slice(4).trim() ? parseNow(text.slice(4).trim()) : undefined;
      } catch (error) {
        write(userMessageOf(error));
        continue;
      }
      const result = await options.tick(at);
      await settle();
      write(
        `Reminder pass as of ${at ? at.toISOString().slice(0, 10) : "now"}: ${result.posted} posted, ${result.failed} failed.`,
      );
      continue;
    }
    if (text === "home") {
      await openHome();
      await settle();
      continue;
    }
    if (/^\d+$/.test(text)) {
      const clickable = clickables.get(Number(text));
      if (!clickable) {
        write(`There is no button ${text}.`);
        continue;
      }
      if (clickable.kind === "select") {
        for (const [index, option] of (clickable.options ?? []).entries())
          write(`  ${index + 1}. ${option.label}`);
        output.write("which one? ");
        const choice = clickable.options?.[Number((await nextLine()) ?? "") - 1];
        if (!choice) {
          write("Nothing chosen.");
          continue;
        }
        await click(clickable, choice);
      } else await click(clickable);
      await settle();
    } else if (documentCommandOf(text)) {
      await command(documentCommandOf(text)!);
      await settle();
    } else if (text.startsWith("/order")) {
      await command(line.replace(/^\s*\/order\s?/, ""));
      await settle();
    } else {
      write('Not understood: type "help" to see what you can do.');
      continue;
    }
    // A modal the app opened: fill it in from the next lines.
    const opened = modal as OpenModal | null;
    if (opened) {
      if (opened.view.callback_id === "paste_transcript") {
        // Only a lone '.' ends the paste: e-mail threads carry blank lines of their own.
        write("\nPaste the supplier chat, then a line holding only '.':");
        const pasted: string[] = [];
        for (;;) {
          const next = await nextLine();
          if (next === null || next.trim() === ".") break;
          if (next.trim() !== "" || pasted.length > 0) pasted.push(next);
        }
        const transcript = pasted.join("\n");
        if (transcript.length > 4 * 3000) {
          modal = null;
          await command(`new\n${transcript}`);
        } else {
          const values: Record<string, Record<string, unknown>> = {};
          for (let i = 0; i < 4; i++)
            values[`paste_part_${i}`] = {
              text: { type: "plain_text_input", value: transcript.slice(i * 3000, (i + 1) * 3000) || null },
            };
          values.paste_file = { files: { type: "file_input", files: [] } };
          await submitModal(values);
        }
      } else {
        const input = JSON.stringify(opened.view.blocks).match(/"initial_value":"((?:[^"\\]|\\.)*)"/)?.[1];
        const current = input ? (JSON.parse(`"${input}"`) as string) : "";
        const label = plain(
          String(
            ((opened.view.blocks as Record<string, unknown>[])[0]?.label as { text?: string })?.text ??
              "value",
          ),
        );
        write(
          `\n${plain(String((opened.view.title as { text?: string }).text))} — ${label}${current ? ` (now: ${current})` : ""}`,
        );
        output.write("new value (blank keeps it): ");
        const value = (await nextLine()) ?? "";
        if (value.trim() === "") {
          modal = null;
          write("Unchanged.");
          continue;
        }
        await submitModal({ edit_value: { value: { type: "plain_text_input", value } } });
      }
      await settle();
    }
  }
  await settle();
  write("\nBye.");
}
