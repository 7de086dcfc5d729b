/**
 * What the reminder buttons (Done, Snooze) share: ack first (Slack allows 3 seconds), read the payload,
 * let the service act, then rewrite the message in place where that kind's buttons were; a failure is
 * told only to the person who pressed.
 */
import type { WebClient } from "@slack/web-api";
import { z } from "zod";
import { userMessageOf } from "../../../errors.ts";
import type {
  ReminderButtonDeps,
  ReminderOutcome,
  ReminderPress,
} from "../../../services/reminder-buttons.ts";
import { resolveReminderBlocks } from "../../blocks/reminder-blocks.ts";

/** The parts of Bolt's action arguments these listeners use (Bolt's own arguments satisfy it). */
export type ReminderActionArgs = {
  ack: () => Promise<void>;
  body: unknown;
  client: Pick<WebClient, "chat">;
};

/** The fields of a block_actions payload a reminder button relies on. */
const ReminderButtonBody = z.object({
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }).optional(),
  message: z
    .object({
      ts: z.string(),
      thread_ts: z.string().optional(),
      text: z.string().optional(),
      blocks: z.array(z.any()).optional(),
    })
    .optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string() })).min(1),
});
type ReminderButtonBody = z.infer<typeof ReminderButtonBody>;

/** A listener for one reminder button: `act` is the service it calls, `name` names it in the logs. */
export function reminderButtonListener(
  deps: ReminderButtonDeps,
  name: string,
  act: (deps: ReminderButtonDeps, press: ReminderPress) => Promise<ReminderOutcome>,
) {
  return async ({ ack, body: rawBody, client }: ReminderActionArgs): Promise<void> => {
    await ack();
    const parsed = ReminderButtonBody.safeParse(rawBody);
    if (!parsed.success) {
      deps.logger.warn({ issues: parsed.error.issues.length }, `${name}: unexpected payload`);
      return;
    }
    const body = parsed.data;
    try {
      const { kind, outcome } = await act(deps, {
        reminderId: body.actions[0]?.value ?? "",
        actor: body.user.id,
      });
      await resolveMessage(client, body, kind, outcome);
    } catch (error) {
      deps.logger.error({ err: error }, `${name} failed`);
      await tellPresser(client, body, userMessageOf(error)).catch(() => undefined);
    }
  };
}

/** Rewrites the reminder message in place with `outcome` where that kind's buttons were. */
async function resolveMessage(
  client: ReminderActionArgs["client"],
  body: ReminderButtonBody,
  kind: ReminderOutcome["kind"],
  outcome: string,
): Promise<void> {
  if (!body.channel || !body.message?.blocks) return;
  await client.chat.update({
    channel: body.channel.id,
    ts: body.message.ts,
    text: body.message.text ?? outcome,
    blocks: resolveReminderBlocks(body.message.blocks, kind, outcome),
  });
}

/** Tells only the person who pressed the button what went wrong, in one sentence. */
async function tellPresser(
  client: ReminderActionArgs["client"],
  body: ReminderButtonBody,
  text: string,
): Promise<void> {
  if (!body.channel) return;
  await client.chat.postEphemeral({
    channel: body.channel.id,
    user: body.user.id,
    text,
    ...(body.message?.thread_ts ? { thread_ts: body.message.thread_ts } : {}),
  });
}
