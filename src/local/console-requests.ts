/**
 * What the console sends to the app: the same signed requests Slack would (a slash command, a button
 * click, a modal submission, the App Home opening), built from the ids the app defines.
 */
import { randomBytes } from "node:crypto";
import { ids } from "../slack/ids.ts";
import type { LocalSlackServer } from "./local-slack-server.ts";
import type { Clickable } from "./render-blocks.ts";
import { postSigned } from "./sign-request.ts";

export type LocalChannel = {
  teamId: string;
  channelId: string;
  channelName: string;
  userId: string;
  userName: string;
};

/** What the app answered over HTTP: nothing, an ephemeral message, a modal's field errors, or a new modal in its place. */
export type AppAnswer =
  | { kind: "none" }
  | { kind: "http_error"; status: number }
  | { kind: "message"; body: { text?: string; blocks?: unknown[] } }
  | { kind: "modal_errors"; errors: string[] }
  | { kind: "modal_update"; view: Record<string, unknown> };

export type ConsoleRequests = {
  command(text: string): Promise<AppAnswer>;
  click(clickable: Clickable, selected?: { label: string; value: string }): Promise<AppAnswer>;
  submitModal(
    view: Record<string, unknown>,
    values: Record<string, Record<string, unknown>>,
  ): Promise<AppAnswer>;
  openHome(): Promise<AppAnswer>;
};

/** Requests on behalf of the person in `channel`, signed with the app's secret. */
export function consoleRequests(options: {
  appUrl: string;
  signingSecret: string;
  server: LocalSlackServer;
  channel: LocalChannel;
  /** Called before each request, so the console knows the app is busy. */
  onRequest?: () => void;
}): ConsoleRequests {
  const { server, channel } = options;
  const user = {
    id: channel.userId,
    username: channel.userName,
    name: channel.userName,
    team_id: channel.teamId,
  };
  const team = { id: channel.teamId, domain: "local" };
  const triggerId = () => `${Date.now()}.${randomBytes(6).toString("hex")}`;

  const post = async (body: string, contentType?: string): Promise<AppAnswer> => {
    options.onRequest?.();
    const reply = await postSigned(options.appUrl, options.signingSecret, body, contentType);
    if (reply.status !== 200) return { kind: "http_error", status: reply.status };
    if (!reply.text.trim().startsWith("{")) return { kind: "none" };
    const parsed = JSON.parse(reply.text) as {
      text?: string;
      blocks?: unknown[];
      response_action?: string;
      errors?: Record<string, string>;
      view?: Record<string, unknown>;
    };
    if (parsed.response_action === "errors")
      return { kind: "modal_errors", errors: Object.values(parsed.errors ?? {}) };
    if (parsed.response_action === "update" && parsed.view)
      return { kind: "modal_update", view: parsed.view };
    return { kind: "message", body: parsed };
  };
  const interactive = (payload: unknown) => post(`payload=${encodeURIComponent(JSON.stringify(payload))}`);

  return {
    command(text) {
      const form = new URLSearchParams({
        token: "local",
        team_id: channel.teamId,
        team_domain: "local",
        channel_id: channel.channelId,
        channel_name: channel.channelName,
        user_id: channel.userId,
        user_name: channel.userName,
        command: ids.command,
        text,
        response_url: server.responseUrl(),
        trigger_id: triggerId(),
      });
      return post(form.toString());
    },

    click(clickable, selected) {
      const actionTs = (Date.now() / 1000).toFixed(6);
      return interactive({
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
                selected_option: {
                  text: { type: "plain_text", text: selected.label },
                  value: selected.value,
                },
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
    },

    submitModal(view, values) {
      return interactive({
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
    },

    openHome() {
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
      return post(JSON.stringify(body), "application/json");
    },
  };
}
