/**
 * A small stand-in for the Slack Web API on 127.0.0.1: enough of chat.*, views.*, conversations.replies,
 * auth.test, files.info, the files.uploadV2 steps (getUploadURLExternal, the upload, completeUploadExternal)
 * and response_url for the real Bolt app to run against it. Local mode shows
 * what the app posts through it; tests read the calls it records and script failures (429, 5xx).
 */
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One Web API call or response_url POST as the server received it. */
export type RecordedCall = { method: string; body: Record<string, unknown>; token: string | null };

/** A message the server holds (posted by the app or seeded by a test). */
export type StoredMessage = {
  channel: string;
  ts: string;
  thread_ts?: string;
  text?: string;
  blocks?: unknown[];
  user?: string;
  bot_id?: string;
  files?: unknown[];
};

/** A file the app uploaded: announced by files.getUploadURLExternal, its bytes posted to the upload URL. */
export type UploadedFile = {
  id: string;
  filename: string;
  length: number;
  title?: string;
  bytes: Buffer | null;
};

/** A scripted reply that replaces the normal answer for one call (tests: 429, 500, Slack errors). */
export type ScriptedReply = { status: number; headers?: Record<string, string>; body?: unknown };

export type LocalSlackServer = {
  /** Base URL of the Web API, ending in "/api/" (what SLACK_API_URL takes). */
  apiUrl: string;
  /** Base URL of the server itself (response_url and file downloads live under it). */
  origin: string;
  calls: RecordedCall[];
  messages: StoredMessage[];
  events: EventEmitter;
  /** Make a response_url the app can POST to; its calls are recorded as method "response_url". */
  responseUrl(id?: string): string;
  /** Queue replies for the next calls of `method` before it answers normally again. */
  script(method: string, ...replies: ScriptedReply[]): void;
  /** Seed a message (e.g. a thread's replies) the app can read back. */
  seedMessage(message: StoredMessage): void;
  /** The channels `userId` is a member of (users.conversations); unset: every channel the server has seen. */
  setMembership(userId: string, channelIds: string[]): void;
  /** Serve a text file to files.info and its url_private download. */
  seedFile(file: { id: string; name: string; content: string }): void;
  /** Files the app uploaded (files.uploadV2), by id: name, title and the bytes received. */
  uploads: Map<string, UploadedFile>;
  close(): Promise<void>;
};

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw.length === 0) return {};
  if (contentType?.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends nested objects (blocks, view) as JSON strings inside the form.
    if (/^[[{]/.test(value)) {
      try {
        body[key] = JSON.parse(value);
        continue;
      } catch {
        // not JSON after all: keep the string
      }
    }
    body[key] = value;
  }
  return body;
}

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The file inside an upload: files.uploadV2 posts it as the one part of a multipart/form-data body
 * (Slack also takes the raw bytes, which pass through as they are).
 */
function uploadedBytes(raw: Buffer, contentType: string | undefined): Buffer {
  const boundary = contentType?.match(/boundary=(?:"([^"]+)"|([^;\s]+))/i);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return raw;
  const start = raw.indexOf("\r\n\r\n", raw.indexOf(`--${marker}`));
  const end = raw.indexOf(`\r\n--${marker}`, start + 4);
  return start === -1 || end === -1 ? raw : raw.subarray(start + 4, end);
}

async function readBody(req: IncomingMessage): Promise<string> {
  return (await readBytes(req)).toString("utf8");
}

/** Start the server on a random loopback port; only requests bearing `botToken` are answered `ok`. */
export async function startLocalSlackServer(options: {
  botToken: string;
  teamId?: string;
  botUserId?: string;
  botId?: string;
}): Promise<LocalSlackServer> {
  const teamId = options.teamId ?? "T0LOCAL";
  const botUserId = options.botUserId ?? "U0BOT";
  const botId = options.botId ?? "B0BOT";
  const calls: RecordedCall[] = [];
  const messages: StoredMessage[] = [];
  const files = new Map<string, { id: string; name: string; content: string }>();
  const uploads = new Map<string, UploadedFile>();
  const scripts = new Map<string, ScriptedReply[]>();
  const membership = new Map<string, string[]>();
  const events = new EventEmitter();
  let clock = 1_700_000_000;
  let sequence = 0;
  const nextTs = () =>
    `${clock + Math.floor(++sequence / 1000)}.${String(sequence % 1000000).padStart(6, "0")}`;
  let origin = "";

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(typeof body === "string" ? body : JSON.stringify(body));
  };

  function answer(method: string, body: Record<string, unknown>): unknown {
    const channel = String(body.channel ?? "");
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: origin,
          team: "Local",
          user: "orderproof",
          team_id: teamId,
          user_id: botUserId,
          bot_id: botId,
        };
      case "chat.postMessage": {
        const text = typeof body.text === "string" ? body.text : undefined;
        if (text && text.length > 40000) return { ok: false, error: "msg_too_long" };
        if (Array.isArray(body.blocks) && body.blocks.length > 50)
          return { ok: false, error: "invalid_blocks" };
        const message: StoredMessage = {
          channel,
          ts: nextTs(),
          text,
          blocks: body.blocks as unknown[] | undefined,
          bot_id: botId,
          ...(body.thread_ts ? { thread_ts: String(body.thread_ts) } : {}),
        };
        messages.push(message);
        return { ok: true, channel, ts: message.ts, message };
      }
      case "chat.update": {
        const message = messages.find((entry) => entry.channel === channel && entry.ts === String(body.ts));
        if (!message) return { ok: false, error: "message_not_found" };
        if (Array.isArray(body.blocks) && body.blocks.length > 50)
          return { ok: false, error: "invalid_blocks" };
        if (typeof body.text === "string") message.text = body.text;
        if (body.blocks) message.blocks = body.blocks as unknown[];
        return { ok: true, channel, ts: message.ts, text: message.text };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: nextTs() };
      case "views.open":
      case "views.publish":
      case "views.update":
      case "views.push":
        return { ok: true, view: { id: `V${++sequence}`, ...(body.view as object) } };
      case "conversations.replies": {
        const ts = String(body.ts);
        const thread = messages.filter(
          (entry) => entry.channel === channel && (entry.ts === ts || entry.thread_ts === ts),
        );
        if (thread.length === 0) return { ok: false, error: "thread_not_found" };
        return { ok: true, messages: thread, has_more: false };
      }
      case "users.conversations": {
        const seen = [
          ...messages.map((entry) => entry.channel),
          ...calls.map((call) => String(call.body.channel ?? "")),
        ];
        const channels = membership.get(String(body.user ?? "")) ?? [...new Set(seen.filter(Boolean))];
        return { ok: true, channels: channels.map((id) => ({ id })), response_metadata: { next_cursor: "" } };
      }
      case "files.info": {
        const file = files.get(String(body.file));
        if (!file) return { ok: false, error: "file_not_found" };
        return { ok: true, file: fileObject(file) };
      }
      case "files.getUploadURLExternal": {
        const length = Number(body.length);
        if (typeof body.filename !== "string" || !Number.isInteger(length) || length <= 0)
          return { ok: false, error: "invalid_arguments" };
        const id = `F${String(++sequence).padStart(8, "0")}`;
        uploads.set(id, { id, filename: body.filename, length, bytes: null });
        return { ok: true, upload_url: `${origin}/upload/${id}`, file_id: id };
      }
      case "files.completeUploadExternal": {
        const listed = Array.isArray(body.files)
          ? (body.files as Array<{ id?: string; title?: string }>)
          : [];
        const done = listed.map((entry) => uploads.get(String(entry.id)));
        if (done.length === 0 || done.some((upload) => !upload?.bytes))
          return { ok: false, error: "file_not_found" };
        const shared = done.map((upload, index) => {
          upload!.title = listed[index]?.title ?? upload!.filename;
          return { id: upload!.id, name: upload!.filename, title: upload!.title };
        });
        const channelId = String(body.channel_id ?? "");
        if (channelId)
          messages.push({
            channel: channelId,
            ts: nextTs(),
            text: typeof body.initial_comment === "string" ? body.initial_comment : "",
            bot_id: botId,
            files: shared,
            ...(body.thread_ts ? { thread_ts: String(body.thread_ts) } : {}),
          });
        return { ok: true, files: shared };
      }
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  const fileObject = (file: { id: string; name: string }) => ({
    id: file.id,
    name: file.name,
    mimetype: "text/plain",
    filetype: "text",
    url_private: `${origin}/files/${file.id}`,
    url_private_download: `${origin}/files/${file.id}`,
  });

  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", origin);
      const auth = req.headers.authorization ?? null;
      const token = auth?.startsWith("Bearer ") ? auth.slice(7) : null;
      if (req.method === "GET" && url.pathname.startsWith("/files/")) {
        const file = files.get(url.pathname.slice("/files/".length));
        if (!file || token !== options.botToken) return send(res, 404, "not found");
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
        return res.end(file.content);
      }
      if (req.method !== "POST") return send(res, 404, { ok: false, error: "not_found" });
      if (url.pathname.startsWith("/upload/")) {
        // The file's bytes, posted as they are to the URL getUploadURLExternal handed out.
        const upload = uploads.get(url.pathname.slice("/upload/".length));
        const bytes = uploadedBytes(await readBytes(req), req.headers["content-type"]);
        const call = {
          method: "file_upload",
          body: { file_id: upload?.id ?? null, bytes: bytes.length },
          token,
        };
        calls.push(call);
        if (!upload) return send(res, 404, "unknown upload");
        upload.bytes = bytes;
        events.emit("call", call, { ok: true });
        res.writeHead(200, { "content-type": "text/plain" });
        return res.end(`OK - ${bytes.length}`);
      }
      const body = parseBody(await readBody(req), req.headers["content-type"]);
      if (url.pathname.startsWith("/response/")) {
        const call = { method: "response_url", body: { ...body, url: url.pathname }, token };
        calls.push(call);
        events.emit("call", call);
        return send(res, 200, "ok");
      }
      const method = url.pathname.replace(/^\/(api\/)?/, "");
      const bearer = token ?? (typeof body.token === "string" ? body.token : null);
      const call = { method, body, token: bearer };
      calls.push(call);
      const scripted = scripts.get(method)?.shift();
      if (scripted) {
        events.emit("scripted", call);
        return send(
          res,
          scripted.status,
          scripted.body ?? { ok: false, error: "scripted" },
          scripted.headers,
        );
      }
      if (bearer !== options.botToken) return send(res, 200, { ok: false, error: "invalid_auth" });
      const reply = answer(method, body);
      events.emit("call", call, reply);
      return send(res, 200, reply);
    } catch (error) {
      return send(res, 500, { ok: false, error: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  clock = Math.floor(Date.now() / 1000);
  let responseCount = 0;

  return {
    apiUrl: `${origin}/api/`,
    origin,
    calls,
    messages,
    events,
    responseUrl: (id) => `${origin}/response/${id ?? ++responseCount}`,
    script: (method, ...replies) => scripts.set(method, [...(scripts.get(method) ?? []), ...replies]),
    seedMessage: (message) => messages.push(message),
    seedFile: (file) => files.set(file.id, file),
    uploads,
    setMembership: (userId, channelIds) => membership.set(userId, channelIds),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
