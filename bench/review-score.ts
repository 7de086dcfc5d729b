/**
 * Scores reviews against gold labels the way ../shared/data/transcripts/README.md defines it: recall of
 * vague terms, share of measurable phrases falsely flagged, and claims judged right.
 *
 * `npx tsx bench/review-score.ts [--misses] [SET...]`: the rules-only review figures of each set through the
 * whole pipeline. Sets: blind1 to blind58, no blind3 (the held-out batches), real (test/fixtures/real), dev, own, classes,
 * kinds, anchors, or the path of a folder of labelled transcripts; default blind1 blind2 real dev own. `--misses` lists every miss and false flag.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type DraftOrder, emptyDraft, type ParsedTranscript, type Review } from "../src/core/schemas.ts";

/** One labelled case: a transcript and what a careful reviewer says about it. */
export type GoldCase = {
  name: string;
  text: string;
  now?: string;
  order?: Record<string, unknown>;
  vague: string[];
  measurable: string[];
  /** Absent for sets labelled for terms only (the real-language excerpts): then claims are not scored. */
  claims?: { lateDelivery: boolean; quality: boolean };
};

export type Score = {
  cases: number;
  vague: number;
  vagueFound: number;
  measurable: number;
  measurableFlagged: number;
  claimsRight: number;
  /** Cases whose claims were labelled and judged. */
  claimsJudged: number;
  lateDeliveryRight: number;
  qualityRight: number;
  misses: string[];
};

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** A gold vague string is found when a vague finding (with a suggestion) contains it, is in it, or shares most words. */
export function vagueFound(gold: string, review: Review): boolean {
  const target = gold.toLowerCase();
  const targetWords = new Set(words(gold));
  return review.findings.some((finding) => {
    if (finding.kind !== "vague" || !finding.quote || !finding.suggestion) return false;
    const quote = finding.quote.toLowerCase();
    if (quote.includes(target) || target.includes(quote)) return true;
    const shared = words(quote).filter((word) => targetWords.has(word)).length;
    return shared > targetWords.size / 2;
  });
}

/** A measurable string is falsely flagged when a vague finding quotes exactly it, or a part of it carrying a number. */
export function measurableFlagged(gold: string, review: Review): boolean {
  return review.findings.some(
    (finding) =>
      finding.kind === "vague" &&
      finding.quote !== null &&
      (finding.quote === gold || (gold.includes(finding.quote) && /\d/.test(finding.quote))),
  );
}

/** Adds one case's result to the score. */
export function scoreCase(score: Score, gold: GoldCase, review: Review): void {
  score.cases += 1;
  for (const term of gold.vague) {
    score.vague += 1;
    if (vagueFound(term, review)) score.vagueFound += 1;
    else score.misses.push(`${gold.name}: vague "${term}" not found`);
  }
  for (const term of gold.measurable) {
    score.measurable += 1;
    if (measurableFlagged(term, review)) {
      score.measurableFlagged += 1;
      score.misses.push(`${gold.name}: measurable "${term}" flagged`);
    }
  }
  if (!gold.claims) return;
  score.claimsJudged += 1;
  const late = review.claims.lateDelivery === gold.claims.lateDelivery;
  const quality = review.claims.quality === gold.claims.quality;
  if (late) score.lateDeliveryRight += 1;
  if (quality) score.qualityRight += 1;
  if (late && quality) score.claimsRight += 1;
  else
    score.misses.push(
      `${gold.name}: claims ${JSON.stringify(review.claims)} want ${JSON.stringify(gold.claims)}`,
    );
}

export function emptyScore(): Score {
  return {
    cases: 0,
    vague: 0,
    vagueFound: 0,
    measurable: 0,
    measurableFlagged: 0,
    claimsRight: 0,
    claimsJudged: 0,
    lateDeliveryRight: 0,
    qualityRight: 0,
    misses: [],
  };
}

/** One line of figures for a score. */
export function formatScore(label: string, score: Score): string {
  const pct = (part: number, whole: number) =>
    whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`;
  return [
    `${label}: ${score.cases} cases`,
    `vague recall ${pct(score.vagueFound, score.vague)} (${score.vagueFound}/${score.vague})`,
    `measurable false-flag ${pct(score.measurableFlagged, score.measurable)} (${score.measurableFlagged}/${score.measurable})`,
    `claims right ${pct(score.claimsRight, score.claimsJudged)} (lateDelivery ${score.lateDeliveryRight}, quality ${score.qualityRight})`,
  ].join(" | ");
}

const repoRoot = new URL("../", import.meta.url);

/** Labelled transcripts in a fixture folder (NAME.txt + NAME.gold.json) that carry review labels. */
function loadTranscriptFolder(folder: URL): GoldCase[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, ".gold.json"), folder), "utf8"));
      return { name: file.replace(/\.txt$/, ""), text: readFileSync(new URL(file, folder), "utf8"), ...gold };
    })
    .filter((gold: GoldCase) => Array.isArray(gold.vague) && Array.isArray(gold.measurable) && gold.claims);
}

/** The twelve dev transcripts with their gold labels. */
export function loadDevCases(): GoldCase[] {
  return loadTranscriptFolder(new URL("test/fixtures/transcripts/dev/", repoRoot));
}

/**
 * The extraction suite's own labelled transcripts (written without the reviewer in mind: a held-out set).
 * Only cases that label at least one vague or measurable phrase count: the others were labelled for
 * extraction only, and their claims say nothing about the specs in them.
 */
export function loadExtractionCases(): GoldCase[] {
  return loadTranscriptFolder(new URL("test/fixtures/transcripts/own/", repoRoot)).filter(
    (gold) => gold.vague.length + gold.measurable.length > 0,
  );
}

/** The reviewer's own labelled cases (short chats, vague and measurable phrasings for every attribute). */
export function loadReviewCases(): GoldCase[] {
  const folder = new URL("test/fixtures/review/", repoRoot);
  return readdirSync(folder)
    .filter((file) => /^cases.*\.json$/.test(file))
    .sort()
    .flatMap((file) => JSON.parse(readFileSync(new URL(file, folder), "utf8")) as GoldCase[]);
}

/** Fresh labelled transcripts for the reviewer (written after the rules, so they test generalisation). */
export function loadFreshTranscripts(): GoldCase[] {
  return loadTranscriptFolder(new URL("test/fixtures/review/transcripts/", repoRoot));
}

/** Every JSON file of labelled short chats in a folder of test/fixtures/review/, in file-name order. */
function loadCaseFiles(subfolder: string): GoldCase[] {
  const folder = new URL(`test/fixtures/review/${subfolder}/`, repoRoot);
  return readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .flatMap((file) => JSON.parse(readFileSync(new URL(file, folder), "utf8")) as GoldCase[]);
}

/** Fresh short chats labelled before the reviewer ever read them (varied products and phrasings). */
export function loadFreshCases(): GoldCase[] {
  return loadCaseFiles("fresh");
}

/**
 * The reviewer's cases written class by class (evaluative words on attributes, "<attribute> life", component
 * quality, safety claims with no standard, requirements with no criterion, "standard size", colours in words,
 * Chinese quality words, comparatives) with their measurable and chit-chat counterparts.
 */
export function loadClassCases(): GoldCase[] {
  return loadCaseFiles("classes");
}

/**
 * Short chats written kind by kind from how buyers word a requirement (states with no criterion, adverb +
 * participle finishes, "<adjective> enough for", performance over a vague time, bare features in spec lists,
 * modal requirements on a part, colours in words beside another part's code), each beside its measurable or
 * chit-chat counterpart.
 */
export function loadKindCases(): GoldCase[] {
  return loadCaseFiles("kinds");
}

/**
 * Short chats written class by class for specs anchored to nothing measurable: comparisons with a reference that
 * carries no id, comfort and feel claims with no figure, "must not" with no criterion, and Spanish and Chinese
 * spec phrases, each beside its measurable or chit-chat counterpart.
 */
export function loadAnchorCases(): GoldCase[] {
  return loadCaseFiles("anchors");
}

/**
 * Real supplier and buyer language (test/fixtures/real/cases.jsonl, short quotations from public pages with
 * their sources): labelled for the vague and measurable phrases they hold, not for claims.
 */
export function loadRealCases(): GoldCase[] {
  const file = new URL("test/fixtures/real/cases.jsonl", repoRoot);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const real = JSON.parse(line) as {
        id: string;
        text: string;
        now?: string;
        vague: string[];
        measurable: string[];
      };
      return {
        name: real.id,
        text: real.text,
        now: real.now,
        vague: real.vague,
        measurable: real.measurable,
      };
    });
}

/** A draft holding the gold order's labelled fields (for reviewing without the extractor). */
export function draftFromGold(order: Record<string, unknown> | undefined): DraftOrder {
  const draft = emptyDraft();
  if (!order) return draft;
  const items = (order.items as Array<Record<string, unknown>> | undefined) ?? [];
  draft.items = items.map((item) => ({
    name: String(item.name ?? "item"),
    quantity: (item.quantity as number | null | undefined) ?? null,
    unit: (item.unit as string | null | undefined) ?? null,
    unitPrice: (item.unitPrice as number | null | undefined) ?? null,
    specs: { size: null, material: null, color: null, packaging: null, branding: null, other: [] },
  }));
  draft.dispatch = { ...draft.dispatch, ...((order.dispatch as object | undefined) ?? {}) };
  draft.shipping = { ...draft.shipping, ...((order.shipping as object | undefined) ?? {}) };
  draft.payment = { ...draft.payment, ...((order.payment as object | undefined) ?? {}) };
  draft.inspection = { ...draft.inspection, ...((order.inspection as object | undefined) ?? {}) };
  return draft;
}

/** Every non-empty line as its own message: enough for the reviewer, which reads lines. */
export function linesAsTranscript(text: string): ParsedTranscript {
  const lines = text.split("\n");
  return {
    format: "plain",
    lineCount: lines.length,
    newestAt: null,
    messages: lines.flatMap((line, index) =>
      line.trim()
        ? [
            {
              line: index + 1,
              speaker: null,
              role: "unknown" as const,
              at: null,
              text: line,
              parts: [{ line: index + 1, text: line }],
            },
          ]
        : [],
    ),
  };
}

/** "Today" for a labelled case: its `now` at noon UTC, as `--now` would give it. */
export function nowOf(gold: GoldCase): Date | undefined {
  return gold.now ? new Date(`${gold.now}T12:00:00Z`) : undefined;
}

/** Labelled transcripts of one blind batch (written and labelled by someone who had not read the engine). */
export function loadBlindCases(
  batch:
    | "blind1"
    | "blind2"
    | "blind4"
    | "blind5"
    | "blind6"
    | "blind7"
    | "blind8"
    | "blind9"
    | "blind10"
    | "blind11"
    | "blind12"
    | "blind13"
    | "blind14"
    | "blind15"
    | "blind16"
    | "blind17"
    | "blind18"
    | "blind19"
    | "blind20"
    | "blind21"
    | "blind22"
    | "blind23"
    | "blind24"
    | "blind25"
    | "blind26"
    | "blind27"
    | "blind28"
    | "blind29"
    | "blind30"
    | "blind31"
    | "blind32"
    | "blind33"
    | "blind34"
    | "blind35"
    | "blind36"
    | "blind37"
    | "blind38"
    | "blind39"
    | "blind40"
    | "blind41"
    | "blind42"
    | "blind43"
    | "blind44"
    | "blind45"
    | "blind46"
    | "blind47"
    | "blind48"
    | "blind49"
    | "blind50"
    | "blind51"
    | "blind52"
    | "blind53"
    | "blind54"
    | "blind55"
    | "blind56"
    | "blind57"
    | "blind58",
): GoldCase[] {
  return loadTranscriptFolder(new URL(`test/fixtures/transcripts/${batch}/`, repoRoot));
}

const sets: Record<string, () => GoldCase[]> = {
  blind1: () => loadBlindCases("blind1"),
  blind2: () => loadBlindCases("blind2"),
  blind4: () => loadBlindCases("blind4"),
  blind5: () => loadBlindCases("blind5"),
  blind6: () => loadBlindCases("blind6"),
  blind7: () => loadBlindCases("blind7"),
  blind8: () => loadBlindCases("blind8"),
  blind9: () => loadBlindCases("blind9"),
  blind10: () => loadBlindCases("blind10"),
  blind11: () => loadBlindCases("blind11"),
  blind12: () => loadBlindCases("blind12"),
  blind13: () => loadBlindCases("blind13"),
  blind14: () => loadBlindCases("blind14"),
  blind15: () => loadBlindCases("blind15"),
  blind16: () => loadBlindCases("blind16"),
  blind17: () => loadBlindCases("blind17"),
  blind18: () => loadBlindCases("blind18"),
  blind19: () => loadBlindCases("blind19"),
  blind20: () => loadBlindCases("blind20"),
  blind21: () => loadBlindCases("blind21"),
  blind22: () => loadBlindCases("blind22"),
  blind23: () => loadBlindCases("blind23"),
  blind24: () => loadBlindCases("blind24"),
  blind25: () => loadBlindCases("blind25"),
  blind26: () => loadBlindCases("blind26"),
  blind27: () => loadBlindCases("blind27"),
  blind28: () => loadBlindCases("blind28"),
  blind29: () => loadBlindCases("blind29"),
  blind30: () => loadBlindCases("blind30"),
  blind31: () => loadBlindCases("blind31"),
  blind32: () => loadBlindCases("blind32"),
  blind33: () => loadBlindCases("blind33"),
  blind34: () => loadBlindCases("blind34"),
  blind35: () => loadBlindCases("blind35"),
  blind36: () => loadBlindCases("blind36"),
  blind37: () => loadBlindCases("blind37"),
  blind38: () => loadBlindCases("blind38"),
  blind39: () => loadBlindCases("blind39"),
  blind40: () => loadBlindCases("blind40"),
  blind41: () => loadBlindCases("blind41"),
  blind42: () => loadBlindCases("blind42"),
  blind43: () => loadBlindCases("blind43"),
  blind44: () => loadBlindCases("blind44"),
  blind45: () => loadBlindCases("blind45"),
  blind46: () => loadBlindCases("blind46"),
  blind47: () => loadBlindCases("blind47"),
  blind48: () => loadBlindCases("blind48"),
  blind49: () => loadBlindCases("blind49"),
  blind50: () => loadBlindCases("blind50"),
  blind51: () => loadBlindCases("blind51"),
  blind52: () => loadBlindCases("blind52"),
  blind53: () => loadBlindCases("blind53"),
  blind54: () => loadBlindCases("blind54"),
  blind55: () => loadBlindCases("blind55"),
  blind56: () => loadBlindCases("blind56"),
  blind57: () => loadBlindCases("blind57"),
  blind58: () => loadBlindCases("blind58"),
  real: loadRealCases,
  dev: loadDevCases,
  own: () => [...loadExtractionCases(), ...loadReviewCases(), ...loadFreshTranscripts(), ...loadFreshCases()],
  classes: loadClassCases,
  kinds: loadKindCases,
  anchors: loadAnchorCases,
};

async function main(args: string[]): Promise<void> {
  const { fixedClock } = await import("../src/core/clock.ts");
  const { silentLogger } = await import("../src/logger.ts");
  const { analyzeTranscript } = await import("../src/pipeline/analyze-transcript.ts");
  const deps = { model: null, logger: silentLogger(), clock: fixedClock("2026-11-26T12:00:00Z") };
  const showMisses = args.includes("--misses");
  const named = args.filter((arg) => !arg.startsWith("--"));
  for (const name of named.length > 0 ? named : ["blind1", "blind2", "real", "dev", "own"]) {
    // A folder of NAME.txt + NAME.gold.json (a blind batch kept outside the repository) is a set too.
    const load =
      sets[name] ??
      (existsSync(name) ? () => loadTranscriptFolder(pathToFileURL(`${resolve(name)}/`)) : undefined);
    if (!load) throw new Error(`unknown set ${name}; known: ${Object.keys(sets).join(", ")} or a folder`);
    const score = emptyScore();
    for (const gold of load())
      scoreCase(score, gold, await analyzeTranscript(deps, { text: gold.text, now: nowOf(gold) }));
    process.stdout.write(`${formatScore(name, score)}\n`);
    if (showMisses) for (const miss of score.misses) process.stdout.write(`  miss: ${miss}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main(process.argv.slice(2));
