/**
 * What every use case gets: configuration, the open store, the model client (null: rules engine only),
 * the clock, a logger, and the Slack Web API client the results are posted with.
 */
import type { WebClient } from "@slack/web-api";
import type { Config } from "../config.ts";
import type { Clock } from "../core/clock.ts";
import type { Logger } from "../logger.ts";
import type { ModelClient } from "../model/create-model-client.ts";
import type { AnalysisRunner } from "../pipeline/analysis-pool.ts";
import type { Store } from "../store/index.ts";
import type { Lane } from "./lane.ts";

export type ServiceDeps = {
  config: Config;
  store: Store;
  model: ModelClient | null;
  clock: Clock;
  logger: Logger;
  slack: WebClient;
  /** Where the database- and CPU-bound steps after an ack run (default: at once). */
  lane?: Lane;
  /** Where extraction and review run within ANALYSIS_BUDGET_S (the app's worker pool; default: in-process). */
  analysis?: AnalysisRunner;
};

/** Where a request comes from: orders belong to one workspace and one channel. */
export type Scope = { workspaceId: string; channelId: string };
