/**
 * Lifecycle steps (confirmed, deposit/balance paid, shipped, received, completed): the store checks the
 * step fits the order's state and replans the reminders; the thread says what changed and what comes next.
 */
import { todayIn } from "../core/dates.ts";
import { stepLabel } from "../core/lifecycle.ts";
import type { LifecycleEventKind, ReminderPlan } from "../core/schemas.ts";
import { planReminders } from "../core/timeline/plan-reminders.ts";
import { reminderKinds } from "../core/timeline/reminder-kinds.ts";
import { applyLifecycleEvent, getChannelSettings } from "../store/index.ts";
import type { ServiceDeps } from "./deps.ts";
import { loadOrder, viewOf } from "./order-view.ts";
import { refreshOrderThread } from "./post-to-thread.ts";

/** The step a person records next, by state, as the command to type. */
function nextCommand(ref: string, state: string): string {
  switch (state) {
    case "draft":
      return `confirm the terms with \`/order confirm ${ref}\``;
    case "confirmed":
      return `record the deposit with \`/order paid ${ref} deposit [YYYY-MM-DD]\``;
    case "deposit_paid":
      return `record the balance with \`/order paid ${ref} balance\`, or the shipment with \`/order shipped ${ref}\``;
    case "balance_paid":
      return `record the shipment with \`/order shipped ${ref} [YYYY-MM-DD]\``;
    case "shipped":
      return `record the arrival with \`/order received ${ref} [YYYY-MM-DD]\``;
    case "received":
      return `inspect the goods, then \`/order completed ${ref}\` (or open a dispute in time)`;
    case "completed":
      return "leave a review for the supplier";
    default:
      return "nothing more to record";
  }
}

/** "What comes next": the next step to record and the replanned reminders. */
export function nextSteps(ref: string, state: string, reminders: ReminderPlan[]): string {
  const pending = [...reminders].sort((a, b) => a.dueAt.localeCompare(b.dueAt)).slice(0, 4);
  const planned =
    pending.length === 0
      ? " No reminders are planned."
      : ` Reminders: ${pending
          .map(
            (plan) =>
              `${reminderKinds[plan.kind].nextStep}${plan.about ? ` (${plan.about})` : ""} on ${plan.dueAt.slice(0, 10)}`,
          )
          .join("; ")}.`;
  return `Next: ${nextCommand(ref, state)}.${planned}`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Record `kind` on order `ref` (on `date`, default today in the channel's time zone) and tell the thread. */
export async function recordLifecycleEvent(
  deps: ServiceDeps,
  input: {
    workspaceId: string;
    channelId: string;
    ref: string;
    kind: LifecycleEventKind;
    date: string | null;
    actor: string;
    source: string;
    reason?: string | null;
    /** What the step is recorded despite, for the audit trail and the thread. */
    note?: string | null;
  },
): Promise<{ message: string }> {
  const { row, view } = await loadOrder(deps, input);
  const settings = await getChannelSettings(deps.store.db, input);
  const occurredOn = input.date ?? todayIn(settings.timeZone, deps.clock.now());
  const result = await applyLifecycleEvent(deps.store.db, {
    orderId: row.id,
    kind: input.kind,
    occurredOn,
    actor: input.actor,
    source: input.source,
    planReminders,
    reason: input.reason ?? null,
    note: input.note ?? null,
  });
  const after = await viewOf(deps, result.order);
  const shipBy =
    result.order.shipDate && !["shipped", "received", "completed"].includes(result.order.state)
      ? ` Ship date: ${result.order.shipDate}.`
      : "";
  const reason = input.reason ? ` Reason: ${input.reason}.` : "";
  const note = input.note ? ` ${capitalize(input.note)}.` : "";
  const message = `${view.ref}: ${stepLabel[input.kind]} on ${occurredOn} by <@${input.actor}> (was ${view.state.replace(/_/g, " ")}, now ${after.state.replace(/_/g, " ")}).${note}${reason}${shipBy} ${nextSteps(view.ref, after.state, result.reminders)}`;
  await refreshOrderThread(deps, result.order, after, message);
  return { message };
}
