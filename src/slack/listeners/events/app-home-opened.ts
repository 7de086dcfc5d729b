/** App Home: publish the open orders of the user's channels whenever they open the Home tab. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { ServiceDeps } from "../../../services/deps.ts";
import { homeForUser } from "../../../services/list-orders.ts";
import { buildHomeBlocks } from "../../blocks/home.ts";

type Args = SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs;

export function handleAppHomeOpened(deps: ServiceDeps) {
  return async ({ event, body, context, client }: Args): Promise<void> => {
    if (event.tab !== "home") return;
    // Publishing the Home is idempotent, so a retried delivery only republishes the same view.
    const workspaceId = context.teamId ?? (body as { team_id?: string }).team_id ?? "";
    try {
      const orders = await homeForUser(deps, { workspaceId, userId: event.user });
      await client.views.publish({ user_id: event.user, view: buildHomeBlocks(orders) });
    } catch (error) {
      deps.logger.error({ err: error }, "App Home could not be published");
    }
  };
}
