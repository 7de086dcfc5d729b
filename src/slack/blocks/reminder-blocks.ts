/**
 * The reminder message posted in an order's thread: what to do and why, with "Done" and
 * "Snooze 1 day" buttons. Several reminders of one order due together become one message with a
 * section and a pair of buttons per kind. Pure Block Kit: no client, no I/O.
 * @see https://api.slack.com/reference/block-kit/blocks (50 blocks, 3,000 characters a section)
 */
import type { types } from "@slack/bolt";
import { formatCalendarDate } from "../../core/dates.ts";
import type { ReminderKind, ReminderPlan } from "../../core/schemas.ts";
import {
  describeReminder,
  describeReminderGroup,
  type ReminderSubject,
  reminderTitle,
} from "../../core/timeline/describe-reminder.ts";
import { reminderKinds } from "../../core/timeline/reminder-kinds.ts";
import { ids } from "../ids.ts";
import { clip } from "../split-message.ts";
import { slackLimits } from "./slack-limits.ts";

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** One stored reminder as the message shows it: its row id (the buttons carry it) and its plan. */
export type PostedReminder = { id: string; plan: ReminderPlan };

function buttonsFor(reminder: PostedReminder, subject: ReminderSubject): KnownBlock {
  const kind = reminderKinds[reminder.plan.kind];
  const done: Button = {
    type: "button",
    action_id: ids.action.reminderDone,
    text: { type: "plain_text", text: kind.doneLabel },
    style: "primary",
    value: reminder.id,
  };
  if (kind.records) {
    done.confirm = {
      title: { type: "plain_text", text: "Record it?" },
      text: {
        type: "mrkdwn",
        text: `This records ${kind.records.meaning} for ${subject.number}.`,
      },
      confirm: { type: "plain_text", text: "Record" },
      deny: { type: "plain_text", text: "Cancel" },
    };
  }
  const snooze: Button = {
    type: "button",
    action_id: ids.action.reminderSnooze,
    text: { type: "plain_text", text: "Snooze 1 day" },
    value: reminder.id,
  };
  return {
    type: "actions",
    block_id: ids.block.reminderActions(reminder.plan.kind),
    elements: [done, snooze],
  };
}

/**
 * The message for the reminders of one order that fall due together: notification text plus blocks.
 * Per kind one section and one pair of buttons, acting on that kind's newest reminder.
 */
export function buildReminderBlocks(input: { subject: ReminderSubject; reminders: PostedReminder[] }): {
  text: string;
  blocks: KnownBlock[];
} {
  const { subject } = input;
  const reminders = [...input.reminders].sort((a, b) => a.plan.dueAt.localeCompare(b.plan.dueAt));
  const byKind = new Map<ReminderKind, PostedReminder[]>();
  for (const reminder of reminders) {
    byKind.set(reminder.plan.kind, [...(byKind.get(reminder.plan.kind) ?? []), reminder]);
  }

  const blocks: KnownBlock[] = [];
  if (byKind.size > 1) {
    blocks.push({
      type: "section",
      text: { type: "mrkdwn", text: `*${subject.number}: ${byKind.size} things need doing.*` },
    });
  }
  for (const [, group] of byKind) {
    const newest = group[group.length - 1];
    if (!newest) continue;
    // Two reminders of one kind (7 and 2 days before) say the same thing; the newest is enough.
    const body = `*${reminderTitle(newest.plan, subject)}*\n${describeReminder(newest.plan, subject)}`;
    blocks.push({ type: "section", text: { type: "mrkdwn", text: clip(body, slackLimits.sectionText) } });
    if (newest.plan.about) {
      blocks.push({
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: `${reminderKinds[newest.plan.kind].aboutLabel}: ${formatCalendarDate(newest.plan.about)}`,
          },
        ],
      });
    }
    blocks.push(buttonsFor(newest, subject));
  }

  const text = clip(
    describeReminderGroup(
      [...byKind.values()].map((group) => (group[group.length - 1] as PostedReminder).plan),
      subject,
    ),
    4000,
  );
  return { text, blocks: blocks.slice(0, 50) };
}

/** The plain message that tells the channel a reminder could not be posted after every attempt. */
export function buildReminderFailureText(input: {
  subject: ReminderSubject;
  kinds: ReminderKind[];
  attempts: number;
  error: string;
}): string {
  const what = [...new Set(input.kinds)].map((kind) => reminderTitle({ kind }, input.subject)).join("; ");
  return `A reminder could not be posted after ${input.attempts} attempts (${input.error}): ${what}. Please check this order's deadlines by hand.`;
}

/**
 * The posted message after a button press: that kind's buttons replaced by a line saying what
 * happened (done, snoozed), every other block untouched.
 */
export function resolveReminderBlocks(
  blocks: KnownBlock[],
  kind: ReminderKind,
  outcome: string,
): KnownBlock[] {
  const blockId = ids.block.reminderActions(kind);
  return blocks.map((block) =>
    block.type === "actions" && block.block_id === blockId
      ? {
          type: "context",
          block_id: blockId,
          elements: [{ type: "mrkdwn", text: clip(outcome, slackLimits.sectionText) }],
        }
      : block,
  );
}
