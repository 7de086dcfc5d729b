/**
 * The answer to `/order confirm PO-n` when problems are open: what they are, and the two ways on: fix
 * them, or confirm anyway (the button, or the same command with `anyway`).
 */
import { type ConfirmProblem, countProblems, listWithin } from "../../core/before-confirming.ts";
import { ids } from "../ids.ts";
import type { BlockMessage } from "./block-types.ts";
import { escapeMrkdwn } from "./format.ts";
import { encodeButtonValue } from "./order-view.ts";
import { slackLimits } from "./slack-limits.ts";

/** The ephemeral reply listing the problems, with a "Confirm anyway" button. */
export function buildConfirmProblemsMessage(ref: string, problems: readonly ConfirmProblem[]): BlockMessage {
  const heading = `${ref} is not confirmed yet: it has ${countProblems(problems)}.`;
  const how = `Fix them first (\`/order review ${ref}\`, \`/order set ${ref} FIELD VALUE\`), or confirm anyway with \`/order confirm ${ref} anyway\`.`;
  const list = listWithin(
    problems.map((problem) => escapeMrkdwn(problem.text)),
    slackLimits.sectionText - 200,
  );
  return {
    text: `${heading}\n${list}\n${how}`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${heading}*\n${list}` } },
      { type: "section", text: { type: "mrkdwn", text: how } },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: ids.action.confirmOrder,
            style: "danger",
            text: { type: "plain_text", text: "Confirm anyway" },
            value: encodeButtonValue({ ref }),
          },
        ],
      },
    ],
  };
}
