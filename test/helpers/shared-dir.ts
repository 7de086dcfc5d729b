/**
 * The `shared/` folder beside the checkout (Slack's example payloads and schemas). A checkout may sit one
 * level deeper than usual (a second working tree), so the nearest ancestor holding `shared/data` wins.
 */
import { existsSync } from "node:fs";

/** URL of `shared/<path>` in the nearest ancestor of the repository that has one. */
export function sharedUrl(path: string): URL {
  for (let up = "../../"; up.length < 30; up += "../") {
    const candidate = new URL(`${up}shared/`, import.meta.url);
    if (existsSync(new URL("data/", candidate))) return new URL(path, candidate);
  }
  return new URL(`../../../shared/${path}`, import.meta.url);
}
