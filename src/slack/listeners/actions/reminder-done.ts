/**
 * "Done" on a reminder: records the step it asks for (balance paid, shipped) as a lifecycle event,
 * stops every remaining reminder of that kind on the order, and replaces the buttons with who did it.
 * Acks first (Slack allows 3 seconds), then acts.
 */
import type { WebClient } from "@slack/web-api";
import { z } from "zod";
import type { Clock } from "../../../core/clock.ts";
import { todayIn } from "../../../core/dates.ts";
import { formatOrderRef } from "../../../core/lifecycle.ts";
import { ReminderKind } from "../../../core/schemas.ts";
import { doneEventOf, planReminders } from "../../../core/timeline/plan-reminders.ts";
import { AppError, isAppError, userMessageOf } from "../../../errors.ts";
import type { Logger } from "../../../logger.ts";
import type { Database } from "../../../store/database.ts";
import { applyLifecycleEvent, getChannelSettings } from "../../../store/index.ts";
import { completeRemindersOfKind, getReminder } from "../../../store/reminders-claim.ts";
import { resolveReminderBlocks } from "../../blocks/reminder-blocks.ts";

/** What the reminder button listeners need. */
export type ReminderActionDeps = { db: Database; clock: Clock; logger: Logger };

/** The parts of Bolt's action arguments these listeners use (Bolt's own arguments satisfy it). */
export type ReminderActionArgs = {
  ack: () => Promise<void>;
  body: unknown;
  client: Pick<WebClient, "chat">;
};

/** The fields of a block_actions payload a reminder button relies on. */
export const ReminderButtonBody = z.object({
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
export type ReminderButtonBody = z.infer<typeof ReminderButtonBody>;

/** The pressed button's reminder: its row and order, or an AppError a person can read. */
export async function loadPressedReminder(db: Database, body: ReminderButtonBody) {
  const id = Number(body.actions[0]?.value);
  const found = Number.isInteger(id) ? await getReminder(db, { id }) : null;
  if (!found)
    throw new AppError(
      "not_found",
      "This reminder no longer exists; `/order list` shows the order's deadlines.",
    );
  return { ...found, kind: ReminderKind.parse(found.reminder.kind) };
}

/** Rewrites the reminder message in place with `outcome` where that kind's buttons were. */
export async function resolveMessage(
  client: ReminderActionArgs["client"],
  body: ReminderButtonBody,
  kind: ReminderKind,
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
export async function tellPresser(
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

/** The "Done" button listener (action id `reminder_done`). */
export function handleReminderDone(deps: ReminderActionDeps) {
  return async ({ ack, body: rawBody, client }: ReminderActionArgs): Promise<void> => {
    await ack();
    const parsed = ReminderButtonBody.safeParse(rawBody);
    if (!parsed.success) {
      deps.logger.warn({ issues: parsed.error.issues.length }, "reminder done: unexpected payload");
      return;
    }
    const body = parsed.data;
    try {
      const { order, kind } = await loadPressedReminder(deps.db, body);
      const ref = formatOrderRef(order.number);
      const settings = await getChannelSettings(deps.db, {
        workspaceId: order.workspaceId,
        channelId: order.channelId,
      });
      const today = todayIn(settings.timeZone, deps.clock.now());
      const event = doneEventOf(kind);
      let recorded = "";
      if (event) {
        try {
          await applyLifecycleEvent(deps.db, {
            orderId: order.id,
            kind: event,
            occurredOn: today,
            actor: body.user.id,
            source: "reminder_button",
            planReminders,
          });
          recorded = event === "balance_paid" ? "balance marked paid" : "marked shipped";
        } catch (error) {
          // Already recorded another way (e.g. `/order paid`): the reminder is still done.
          if (!isAppError(error, "invalid_transition")) throw error;
          deps.logger.info({ order: ref, event }, "reminder done: step already recorded");
        }
      }
      await completeRemindersOfKind(deps.db, { orderId: order.id, kind });
      const what = recorded ? `${ref} ${recorded} on ${today}` : "Done";
      await resolveMessage(client, body, kind, `:white_check_mark: ${what} by <@${body.user.id}>.`);
    } catch (error) {
      deps.logger.error({ err: error }, "reminder done failed");
      await tellPresser(client, body, userMessageOf(error)).catch(() => undefined);
    }
  };
}
