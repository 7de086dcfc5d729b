/**
 * Review quality and speed with rules alone (no API key): vague-term recall, measurable phrases falsely
 * flagged and claims judged right on the labelled cases, through the whole pipeline; milliseconds per review.
 */
import { fixedClock } from "../src/core/clock.ts";
import { silentLogger } from "../src/logger.ts";
import { analyzeTranscript } from "../src/pipeline/analyze-transcript.ts";
import {
  emptyScore,
  formatScore,
  loadClassCases,
  loadDevCases,
  loadExtractionCases,
  loadFreshCases,
  loadFreshTranscripts,
  loadKindCases,
  loadRealCases,
  loadReviewCases,
  nowOf,
  scoreCase,
} from "./review-score.ts";
import { median, ms, timeRuns } from "./stats.ts";

const deps = { model: null, logger: silentLogger(), clock: fixedClock("2026-11-26T12:00:00Z") };

export const bench = {
  name: "review figures (rules only, whole pipeline)",
  async run() {
    for (const [label, cases] of [
      ["dev transcripts", loadDevCases()],
      ["own labelled cases", loadReviewCases()],
      ["extraction suite's transcripts (held out)", loadExtractionCases()],
      ["fresh transcripts (labelled after the rules)", loadFreshTranscripts()],
      ["fresh short chats (labelled before the reviewer read them)", loadFreshCases()],
      ["real supplier language (vague/measurable only, no claims labelled)", loadRealCases()],
      ["cases by class (first batch written before the clause reader, second after it)", loadClassCases()],
      ["cases by kind (written before the reviewer read them)", loadKindCases()],
    ] as const) {
      const score = emptyScore();
      for (const gold of cases)
        scoreCase(score, gold, await analyzeTranscript(deps, { text: gold.text, now: nowOf(gold) }));
      process.stdout.write(`${formatScore(label, score)}\n`);
      for (const miss of score.misses) process.stdout.write(`  miss: ${miss}\n`);
    }
    const longest = loadDevCases().sort((a, b) => b.text.length - a.text.length)[0]!;
    const times = await timeRuns(
      () => analyzeTranscript(deps, { text: longest.text, now: nowOf(longest) }),
      30,
    );
    process.stdout.write(`analyzeTranscript on ${longest.name}: median ${ms(median(times))}\n`);
  },
};
