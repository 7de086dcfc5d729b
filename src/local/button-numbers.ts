/**
 * Button numbers in the console. A message keeps its numbers when the app redraws it (the card's
 * "Confirm order" stays [3]); numbers freed by a redraw or by an old message scrolling out are reused,
 * lowest first, so they stay small; a number that no longer leads anywhere says what it was.
 */
import type { Clickable } from "./render-blocks.ts";

/** Most buttons on screen at once; the oldest message's buttons are retired beyond it. */
const maxLive = 60;

export type ButtonNumbers = {
  /** Numbers for a message's buttons (`count` of them), reusing the message's previous numbers first. */
  assign(messageKey: string, count: number): number[];
  /** Record what each number now leads to. */
  register(messageKey: string, clickables: Clickable[]): void;
  /** What `number` clicks, or why nothing. */
  lookup(number: number): { clickable: Clickable } | { missing: string };
};

export function buttonNumbers(): ButtonNumbers {
  const live = new Map<number, Clickable>();
  const byMessage = new Map<string, number[]>();
  const retired = new Map<number, string>();

  const release = (messageKey: string, why: string) => {
    for (const number of byMessage.get(messageKey) ?? []) {
      const old = live.get(number);
      live.delete(number);
      if (old) retired.set(number, `[${number}] ${old.label} ${why}`);
    }
    byMessage.delete(messageKey);
  };

  return {
    assign(messageKey, count) {
      const previous = byMessage.get(messageKey) ?? [];
      release(messageKey, "was on a message the app has since redrawn");
      // Keep the live set bounded: the oldest messages' buttons go first.
      while (live.size + count > maxLive && byMessage.size > 0) {
        const oldest = byMessage.keys().next().value as string;
        release(oldest, "was on an older message that has scrolled away; use the newer numbers");
      }
      const numbers: number[] = [];
      for (const number of previous) if (numbers.length < count && !live.has(number)) numbers.push(number);
      for (let candidate = 1; numbers.length < count; candidate++)
        if (!live.has(candidate) && !numbers.includes(candidate)) numbers.push(candidate);
      byMessage.set(messageKey, numbers);
      return numbers;
    },
    register(_messageKey, clickables) {
      for (const clickable of clickables) {
        live.set(clickable.number, clickable);
        retired.delete(clickable.number);
      }
    },
    lookup(number) {
      const clickable = live.get(number);
      if (clickable) return { clickable };
      const was = retired.get(number);
      return {
        missing: was
          ? `There is no button ${number} any more: ${was}.`
          : `There is no button ${number}: type a number shown in brackets, e.g. [1].`,
      };
    },
  };
}
