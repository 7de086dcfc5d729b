/**
 * What every use case gets: configuration, the open store, the model client (null: rules engine only),
 * the clock, a logger, the Slack Web API client the results are posted with, and how they are drawn.
 */
import type { types } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { Config } from "../config.ts";
import type { Clock } from "../core/clock.ts";
import type { Logger } from "../logger.ts";
import type { ModelClient } from "../model/create-model-client.ts";
import type { AnalysisRunner } from "../pipeline/analysis-pool.ts";
import type { Store } from "../store/index.ts";
import type { Lane } from "./lane.ts";
import type { OrderView } from "./order-view.ts";

export type ServiceDeps = {
  config: Config;
  store: Store;
  model: ModelClient | null;
  clock: Clock;
  logger: Logger;
  slack: WebClient;
  /** How what the services post is drawn in Block Kit (the Slack layer's builders, slackDrawing). */
  draw: Drawing;
  /** Where the database- and CPU-bound steps after an ack run (default: at once). */
  lane?: Lane;
  /** Where extraction and review run within ANALYSIS_BUDGET_S (the app's worker pool; default: in-process). */
  analysis?: AnalysisRunner;
};

/** A message as posted: the notification text plus its Block Kit blocks. */
export type BlockMessage = { text: string; blocks: types.KnownBlock[] };

/** An order's card: the message at the thread root, and what did not fit on it (posted in the thread). */
export type OrderCard = BlockMessage & { overflow: BlockMessage[] };

/**
 * The drawings services post with. The Slack layer passes its Block Kit builders in, so the services,
 * which it calls, never import from it.
 */
export type Drawing = {
  orderCard(view: OrderView): OrderCard;
  /** Plain text as messages, split at Slack's section limit, never cut. */
  textMessages(text: string): BlockMessage[];
};

/** Where a request comes from: orders belong to one workspace and one channel. */
export type Scope = { workspaceId: string; channelId: string };
