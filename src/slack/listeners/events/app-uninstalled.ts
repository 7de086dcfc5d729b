/**
 * Distribution mode: a workspace (or org) removes the app (`app_uninstalled`) or revokes its bot token
 * (`tokens_revoked`). Its tokens are deleted and its reminders paused; orders and their audit trail stay
 * and come back when the team installs the app again.
 */
import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { Logger } from "../../../logger.ts";
import type { Installations } from "../../installations.ts";

type Leaving = (SlackEventMiddlewareArgs<"app_uninstalled"> | SlackEventMiddlewareArgs<"tokens_revoked">) &
  AllMiddlewareArgs;

/** `installations` null (one workspace, a token from the environment): the event is only logged. */
export function registerInstallationEvents(
  app: App,
  installations: Installations | null,
  logger: Logger,
): void {
  const leave = async ({ event, context, body }: Leaving): Promise<void> => {
    // tokens_revoked also reports user tokens; only a revoked bot token ends the installation.
    if (event.type === "tokens_revoked" && (event.tokens.bot ?? []).length === 0) return;
    const teamId = context.teamId ?? (body as { team_id?: string }).team_id;
    if (!installations) {
      logger.warn(
        { event: event.type, teamId },
        "the app left this workspace: SLACK_BOT_TOKEN no longer works",
      );
      return;
    }
    try {
      await installations.remove(
        { teamId, enterpriseId: context.enterpriseId, isEnterpriseInstall: context.isEnterpriseInstall },
        new Date(),
      );
    } catch (error) {
      logger.error({ err: error, event: event.type }, "could not remove the installation");
    }
  };
  app.event("app_uninstalled", leave);
  app.event("tokens_revoked", leave);
}
