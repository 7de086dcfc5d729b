/** The purchase contract and checklist through Slack: /order contract|checklist, the card button, the upload into the thread. */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/core/clock.ts";
import { compact, pdfText } from "../helpers/pdf-text.ts";
import { commandReplies, draftOrder, type Harness, startHarness } from "./harness.ts";

const bottles = readFileSync(new URL("../fixtures/documents/water-bottles.txt", import.meta.url), "utf8");
const channelId = "CDOCS";
let h: Harness;
let ref = "";
let threadTs = "";

beforeAll(async () => {
  h = await startHarness({ clock: fixedClock("2026-11-03T09:00:00Z") });
  const drafted = await draftOrder(h, channelId, bottles);
  ref = drafted.ref;
  threadTs = drafted.order.threadTs!;
});
afterAll(async () => {
  await h?.close();
});

/** Run a command; the ack's text and its response_url replies (once `count` arrived) as one text. */
async function run(text: string, count = 1): Promise<string> {
  const { ack, replies } = await commandReplies(h, text, { channelId, count });
  return [ack, ...replies.map((body) => String(body.text ?? ""))].join("\n");
}

/** The messages in the order's thread that carry a file, newest last. */
const fileMessages = () => h.slack.messages.filter((m) => m.thread_ts === threadTs && m.files?.length);

function uploaded(message: { files?: unknown[] }): Buffer {
  const [first] = (message.files ?? []) as Array<{ id: string }>;
  const file = h.slack.uploads.get(first?.id ?? "");
  expect(file?.bytes).toBeTruthy();
  return file!.bytes!;
}

describe("documents in Slack", () => {
  it("asks for the company name on the first contract and uploads the PDF into the order's thread", async () => {
    const answer = await run(`contract ${ref}`);
    expect(answer).toContain(`Drawing the contract for ${ref}`);
    expect(answer).toContain(`${ref}-purchase-contract.pdf is in the order's thread`);
    expect(answer).toContain("/order settings company");

    // files.uploadV2's three steps, in order, against the fake Slack API.
    const methods = h.slack.calls.map((call) => call.method);
    const asked = methods.indexOf("files.getUploadURLExternal");
    expect(asked).toBeGreaterThan(-1);
    expect(methods.indexOf("file_upload", asked)).toBeGreaterThan(asked);
    expect(methods.indexOf("files.completeUploadExternal", asked)).toBeGreaterThan(
      methods.indexOf("file_upload", asked),
    );

    const [message] = fileMessages();
    expect(message?.channel).toBe(channelId);
    // The thread note says which findings are still open.
    expect(message?.text).toContain(`Purchase contract for ${ref}`);
    expect(message?.text).toContain("Still open (1)");
    expect(message?.text).toContain("missing `inspection`");

    const text = await pdfText(uploaded(message!));
    for (const term of [
      "2,000",
      "2.30 USD",
      "FOB Ningbo",
      "30% of the total",
      "within 25 days after receipt of the deposit",
      "DRAFT",
    ])
      expect(text).toContain(term);
    expect(text).toContain("Buyer: ______ (the Buyer's company name)");
  });

  it("prints the company name once it is set, with the latest shipment date after the deposit", async () => {
    expect(await run('settings company "Baker Outdoor GmbH"')).toContain("“Baker Outdoor GmbH” as the buyer");
    await run(`paid ${ref} deposit 2026-11-05`);
    const before = fileMessages().length;
    const answer = await run(`contract ${ref}`);
    expect(answer).not.toContain("/order settings company");
    const message = await h.slack.waitFor(() =>
      fileMessages().length > before ? fileMessages().at(-1) : undefined,
    );
    const text = await pdfText(uploaded(message));
    expect(text).toContain("Buyer: Baker Outdoor GmbH");
    expect(text).toContain("2026-11-30 (deposit recorded on 2026-11-05)");
    expect(text).not.toContain("DRAFT");
  });

  it("uploads the checklist as CSV with the ISO 2859-1 plan of a 2,000 lot", async () => {
    const before = fileMessages().length;
    await run(`checklist ${ref} csv`);
    const message = await h.slack.waitFor(() =>
      fileMessages().length > before ? fileMessages().at(-1) : undefined,
    );
    expect(message.text).toContain(`Inspection checklist for ${ref}`);
    const csv = uploaded(message).toString("utf8");
    expect(csv).toContain('"major","2000","K","125","2.5","7","8"');
    expect(compact(csv)).toContain(compact('"Colour Pantone 2925 C"'));
  });

  it("offers Contract (PDF) on the card and uploads the contract when it is pressed", async () => {
    const card = h.slack.messages.find((m) => m.ts === threadTs);
    expect(JSON.stringify(card?.blocks)).toContain("Contract (PDF)");
    const before = fileMessages().length;
    const reply = await h.interactive({
      type: "block_actions",
      team: { id: "T111" },
      user: { id: "U0TOM", team_id: "T111" },
      channel: { id: channelId },
      container: { type: "message", channel_id: channelId, message_ts: threadTs },
      trigger_id: "trigger-contract-button",
      response_url: h.slack.responseUrl("contract-button"),
      actions: [
        {
          action_id: "order_contract_pdf",
          block_id: `card_actions_${ref}`,
          value: JSON.stringify({ ref }),
          action_ts: "1700000001.000100",
          type: "button",
        },
      ],
    });
    expect(reply.status).toBe(200);
    const message = await h.slack.waitFor(() =>
      fileMessages().length > before ? fileMessages().at(-1) : undefined,
    );
    expect(message.files?.[0]).toMatchObject({ name: `${ref}-purchase-contract.pdf` });
  });

  it("answers a bad document command with the usage line", async () => {
    expect(await run(`checklist ${ref} 3/4`, 0)).toMatch(/AQLs go as MAJOR\/MINOR/);
    expect(await run("contract", 0)).toContain("needs an order reference");
  });
});
