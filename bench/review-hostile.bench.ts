/**
 * The reviewer on hostile pastes: each shape repeated to 100 KB and 500 KB on one line, reviewed whole
 * (every finder, the tagger and the claims). Linear time shows as a 500 KB / 100 KB ratio near 5; the
 * tagger reads at most 100,000 characters of a transcript, so its share stops growing past that.
 */

import { reviewDraft } from "../src/core/review/review-draft.ts";
import { emptyDraft } from "../src/core/schemas.ts";
import { linesAsTranscript } from "./review-score.ts";
import { median, ms, timeRuns } from "./stats.ts";

const shapes = [
  "nice ",
  "very ",
  "1 ",
  "1,",
  "1-",
  "$1",
  "1 pcs ",
  "must not ",
  "soft, ",
  "dark green ",
  "good quality hinges ",
  "the colour should be nice and ",
  "质量很好",
  "要顺滑",
  "las toallas muy suaves, ",
  "que no huela a plástico ",
  "de buena calidad y ",
  "similar to the Grohe fittings we use ",
  "must not give a metallic ",
  "墨绿色",
  "a",
  "1",
];

function paste(shape: string, size: number): string {
  return shape.repeat(Math.ceil(size / shape.length)).slice(0, size);
}

async function timeOf(text: string): Promise<number> {
  const transcript = linesAsTranscript(`x ${text} y`);
  return median(await timeRuns(() => reviewDraft({ draft: emptyDraft(), transcript }), 2, 0));
}

export const bench = {
  name: "review on hostile pastes (one line, 100 KB and 500 KB)",
  async run() {
    for (const shape of shapes) {
      const small = await timeOf(paste(shape, 100_000));
      const large = await timeOf(paste(shape, 500_000));
      process.stdout.write(
        `${JSON.stringify(shape).padEnd(34)} 100 KB ${ms(small).padStart(10)}  500 KB ${ms(large).padStart(10)}  ratio ${(large / small).toFixed(1)}\n`,
      );
    }
  },
};
