/**
 * The console of local mode: it plays one Slack channel. This is its input loop: what a person types
 * becomes the same signed requests Slack would send to the real app (console-requests.ts); what the app
 * posts is printed by console-renderer.ts; a modal the app opens is filled by modal-filler.ts.
 */
import { createInterface } from "node:readline";
import { endOfDayIn, formatInstantIn, parseMoment } from "../core/dates.ts";
import { ids } from "../slack/ids.ts";
import { documentCommandOf } from "./console-documents.ts";
import { type ConsoleRenderer, startConsoleRenderer } from "./console-renderer.ts";
import { type AppAnswer, consoleRequests, type LocalChannel } from "./console-requests.ts";
import type { LocalSlackServer } from "./local-slack-server.ts";
import { fillModal } from "./modal-filler.ts";

export type { LocalChannel } from "./console-requests.ts";

/** The one clock the app, the reminder jobs and the console share; `tick DATE` moves it. */
export type ConsoleClock = { now(): Date; set(at: Date): void };

export type ConsoleOptions = {
  appUrl: string;
  signingSecret: string;
  server: LocalSlackServer;
  channel: LocalChannel;
  clock: ConsoleClock;
  /** The channel's time zone (its setting; UTC by default). */
  timeZone(): Promise<string>;
  /** One reminder pass as of the console clock, posting what is due into the order threads. */
  tick(): Promise<{ posted: number; failed: number }>;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Longest wait for the app to finish one request (the model may take 20 s). */
  settleTimeoutMs?: number;
  /** Where the log is written, to say so once. */
  logFile?: string;
  /** Where uploaded documents (contract, checklist) are written; default ./exports. */
  exportsDir?: string;
};

const consoleHelp = [
  "Type what you would type in Slack:",
  "  /order new            then paste the supplier chat; end it with a line holding only '.'",
  "  /order new <text>     a one-line paste",
  "  /order list | show PO-1 | review PO-1 | set PO-1 FIELD VALUE [anyway] | confirm PO-1 [anyway] | history PO-1",
  "  /order paid PO-1 deposit|balance [YYYY-MM-DD] | shipped|received|completed PO-1 [YYYY-MM-DD]",
  "  /order cancel PO-1 [reason] | export PO-1 | help fields",
  "  contract PO-1 | checklist PO-1 [csv]   write the purchase contract / inspection checklist under ./exports/",
  "  <number>              click the button with that number",
  "  tick [YYYY-MM-DD]     move the clock to the end of that day (default: stay) and post the reminders due",
  "  home                  open the App Home tab",
  "  quit                  leave",
].join("\n");

/** Run the console until the input ends (or "quit"); resolves when everything the app started has finished. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { channel, output } = options;
  const screen = startConsoleRenderer({
    server: options.server,
    channel,
    output,
    settleTimeoutMs: options.settleTimeoutMs,
    exportsDir: options.exportsDir,
  });
  const app = consoleRequests({ ...options, onRequest: () => screen.touch() });
  const reader = createInterface({ input: options.input, terminal: false });
  // Lines are handled one at a time, in order, even when a whole script is piped in.
  const lines = reader[Symbol.asyncIterator]();
  const nextLine = async (): Promise<string | null> => {
    const next = await lines.next();
    return next.done ? null : next.value;
  };
  const io = { nextLine, write: screen.write, prompt: (text: string) => output.write(text) };
  // A command acked with no text is answered later (response_url, the thread): wait for that answer, so
  // it is printed before the next prompt, not after it.
  const command = async (text: string) => {
    const answer = await app.command(text);
    show(answer, screen);
    await screen.settle({ untilAnswered: answer.kind === "none" });
  };

  try {
    screen.write(consoleHelp);
    screen.write(`\nYou are @${channel.userName} in #${channel.channelName}.`);
    if (options.logFile) screen.write(`(The bot's log is written to ${options.logFile}.)`);
    for (;;) {
      output.write("\n> ");
      const line = await nextLine();
      if (line === null) break;
      const text = line.trim();
      if (text === "") continue;
      if (text === "quit" || text === "exit") break;
      if (text === "help") {
        screen.write(consoleHelp);
        continue;
      }
      if (/^tick\b/.test(text)) {
        await tick(text.slice(4).trim(), options, screen);
        continue;
      }
      if (text === "home") {
        show(await app.openHome(), screen);
        await screen.settle();
        continue;
      }
      if (/^\d+$/.test(text)) {
        const found = screen.buttons.lookup(Number(text));
        if ("missing" in found) {
          screen.write(found.missing);
          continue;
        }
        const { clickable } = found;
        let clicked: AppAnswer;
        if (clickable.kind === "select") {
          for (const [index, option] of (clickable.options ?? []).entries())
            screen.write(`  ${index + 1}. ${option.label}`);
          io.prompt("which one? ");
          const choice = clickable.options?.[Number((await nextLine()) ?? "") - 1];
          if (!choice) {
            screen.write("Nothing chosen.");
            continue;
          }
          clicked = await app.click(clickable, choice);
        } else {
          if (clickable.confirm) {
            screen.write(clickable.confirm.question);
            io.prompt(`${clickable.confirm.yes}? (y/n) `);
            if (!/^y/i.test(((await nextLine()) ?? "").trim())) {
              screen.write(`${clickable.confirm.no}: nothing sent.`);
              continue;
            }
          }
          clicked = await app.click(clickable);
        }
        show(clicked, screen);
        await screen.settle({ untilAnswered: clicked.kind === "none" });
      } else if (documentCommandOf(text)) {
        await command(documentCommandOf(text)!);
      } else if (text.startsWith(ids.command)) {
        await command(line.replace(/^\s*\/order\s?/, ""));
      } else {
        screen.write('Not understood: type "help" to see what you can do.');
        continue;
      }
      // A modal the app opened: fill it in from the next lines; a modal its submission puts in its place
      // (a second step that asks again) is filled the same way.
      let view = screen.takeModal();
      while (view) {
        const answer = await fillModal(view, io);
        let reply: AppAnswer = { kind: "none" };
        if (answer.kind === "cancelled") screen.write(answer.note);
        else if (answer.kind === "command") reply = await app.command(answer.text);
        else reply = await app.submitModal(view, answer.values);
        show(reply, screen);
        await screen.settle({ untilAnswered: answer.kind !== "cancelled" && reply.kind === "none" });
        view = reply.kind === "modal_update" ? reply.view : null;
      }
    }
    await screen.settle();
    screen.write("\nBye.");
  } finally {
    // Let go of the input (a terminal's stdin would keep the process alive) and of the app's calls.
    reader.close();
    screen.stop();
  }
}

/** What the app answered over HTTP, shown as Slack would. */
function show(answer: AppAnswer, screen: ConsoleRenderer): void {
  if (answer.kind === "http_error") screen.write(`(the app answered HTTP ${answer.status})`);
  else if (answer.kind === "modal_errors") screen.write(`(modal) ${answer.errors.join(" ")}`);
  else if (answer.kind === "message") screen.showEphemeral(answer.body);
}

/**
 * `tick [DATE]`: a bare date moves the console's clock to the end of that day in the channel's zone (so a
 * reminder due at 09:00 that day is posted); a date with a time moves it to that instant; nothing keeps
 * the clock where it is. Snooze, Done and every command then see the same day.
 */
async function tick(words: string, options: ConsoleOptions, screen: ConsoleRenderer): Promise<void> {
  if (words !== "") {
    const moment = parseMoment(words);
    if (!moment) {
      screen.write(
        `"${words}" is not a day I can move to: type tick YYYY-MM-DD (e.g. tick 2026-12-20), tick YYYY-MM-DDTHH:MMZ, or tick alone for now.`,
      );
      return;
    }
    const zone = await options.timeZone();
    options.clock.set(moment.at ?? endOfDayIn(moment.day, zone));
  }
  const result = await options.tick();
  await screen.settle();
  const zone = await options.timeZone();
  screen.write(
    `Reminder pass as of ${formatInstantIn(options.clock.now(), zone)}: ${result.posted} posted, ${result.failed} failed.`,
  );
}
