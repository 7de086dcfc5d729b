/**
 * In distribution mode every request comes from one of many workspaces, each with its own bot token.
 * Services post with the one `deps.slack` client; this client takes the token of the request being
 * served (set by a middleware for the whole of its listener, acked work included) unless a call names one.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { WebClient, type WebClientOptions } from "@slack/web-api";

const requestToken = new AsyncLocalStorage<string>();

/** Runs `work` (and everything it starts) with `token` as the token of the request client. */
export function withRequestToken<T>(token: string | undefined, work: () => T): T {
  return token ? requestToken.run(token, work) : work();
}

/** The bot token of the request being served, if any (file downloads outside the Web API need it). */
export function currentRequestToken(): string | undefined {
  return requestToken.getStore();
}

/** A WebClient whose calls carry the current request's bot token. */
export class RequestScopedClient extends WebClient {
  constructor(options: WebClientOptions) {
    super(undefined, options);
  }

  override apiCall(method: string, options: Record<string, unknown> = {}) {
    const token = options.token ?? requestToken.getStore();
    return super.apiCall(method, token ? { ...options, token } : options);
  }
}
