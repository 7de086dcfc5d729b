import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { DraftOrder } from "../../../src/core/schemas.ts";
import { fixturesRoot, loadGoldCases, scoreDraft } from "../../helpers/transcripts.ts";

const dev = loadGoldCases(new URL("dev/", fixturesRoot));
const own = loadGoldCases(new URL("own/", fixturesRoot));

describe("dev transcripts: every field the gold settles is exact", () => {
  it("has the twelve shared cases", () => {
    expect(dev.length).toBe(12);
  });

  for (const testCase of dev) {
    it(testCase.name, () => {
      const draft = extractDraft(parseTranscript(testCase.text), {
        now: new Date(`${testCase.gold.now}T12:00:00Z`),
      });
      DraftOrder.parse(draft);
      const misses = scoreDraft(testCase.gold.order, draft).filter((score) => !score.ok);
      expect(misses).toEqual([]);
    });
  }
});

describe("own transcripts: labelled like the shared cases", () => {
  // The loader refuses a case whose labelled phrases are not in its transcript; this guards against an empty suite.
  it("has at least thirty cases", () => {
    expect(own.length).toBeGreaterThanOrEqual(30);
  });

  for (const testCase of own) {
    it(testCase.name, () => {
      const draft = extractDraft(parseTranscript(testCase.text), {
        now: new Date(`${testCase.gold.now}T12:00:00Z`),
      });
      const misses = scoreDraft(testCase.gold.order, draft).filter((score) => !score.ok);
      expect(misses).toEqual([]);
    });
  }
});

/**
 * The blind batches: transcripts written and labelled by someone who had not read the engine, each
 * scored once on first run (batch 1 before the engine's second round, batch 2 after it, batch 4 before the
 * third round's fixes, batch 5 after most of them, batch 6 after the rest, batch 7 after the fourth round's item work, batch 8 before the fifth round's fixes, batch 9 after them, batch 10 after the sixth round's, batch 11 after the eighth round's variant names, batch 12 after them, batch 13 after the ninth round's first fix (shades and labelled counts), batches 14 to 16 each after its round's first fixes, batch 17 after the thirteenth round, batch 18 after the fourteenth, batches 19 to 22 each before or after their round's first fixes, batches 23 and 24 before the eighteenth round's fixes but one, batches 25 and 26 before the nineteenth round's but one, batches 27 and 28 after it and two fixes of the twentieth, batches 29 and 30 after the twenty-first round's first fix (a feature named with its product across a model label, one unit word for lines of one order), batches 31 and 32 after the twenty-second round's first fix (the chat's one count word, kits after a minimum), batches 33 and 34 after the twenty-second round, batches 35 and 36 after it and the twenty-third round, batches 37 and 38 after the twenty-fourth round, batches 39 and 40 after its fixes, batches 41 and 42 before the twenty-fifth round's fixes, batches 43 and 44 after most of them, batches 45 and 46 before the twenty-sixth round's fixes, batches 47 and 48 after its first fix, batches 49 and 50 before the twenty-seventh round's fixes, batches 51 and 52 before the twenty-eighth round's, batches 53 and 54 before the twenty-ninth round's, batches 55 and 56 before the thirtieth round's, batches 57 and 58 after them; the figures are in the README). Kept as floors: a change may
 * raise them, never lower them or invent more values.
 */
describe("blind batches: held-out floors", () => {
  for (const [folder, floor, invented] of [
    ["blind1/", 367, 0],
    ["blind2/", 348, 0],
    ["blind4/", 376, 0],
    ["blind5/", 388, 0],
    ["blind6/", 275, 0],
    ["blind7/", 440, 0],
    ["blind8/", 456, 2],
    ["blind9/", 461, 1],
    ["blind10/", 411, 2],
    ["blind11/", 416, 0],
    ["blind12/", 453, 2],
    ["blind13/", 464, 2],
    ["blind14/", 449, 5],
    // (446 -> 445 when "100% payment before ship" came to be read as nothing paid before production, as the
    // writers of blind5 and blind27 label it and blind15's writer did not; 447 once the other side's last word
    // agreeing settled a term.)
    ["blind15/", 453, 3],
    ["blind16/", 446, 1],
    ["blind17/", 486, 2],
    ["blind18/", 462, 1],
    ["blind19/", 457, 0],
    ["blind20/", 439, 0],
    ["blind21/", 461, 0],
    ["blind22/", 463, 0],
    ["blind23/", 229, 0],
    ["blind24/", 216, 0],
    ["blind25/", 241, 1],
    ["blind26/", 243, 0],
    ["blind27/", 222, 0],
    ["blind28/", 237, 0],
    ["blind29/", 221, 0],
    ["blind30/", 231, 0],
    ["blind31/", 211, 0],
    ["blind32/", 238, 1],
    ["blind33/", 241, 0],
    ["blind34/", 231, 0],
    ["blind35/", 221, 0],
    ["blind36/", 213, 1],
    ["blind37/", 216, 2],
    ["blind38/", 224, 0],
    ["blind39/", 230, 0],
    ["blind40/", 207, 2],
    ["blind41/", 248, 1],
    ["blind42/", 236, 1],
    ["blind43/", 246, 3],
    ["blind44/", 227, 1],
    ["blind45/", 243, 2],
    ["blind46/", 227, 1],
    ["blind47/", 230, 0],
    ["blind48/", 226, 3],
    ["blind49/", 234, 2],
    ["blind50/", 212, 1],
    ["blind51/", 235, 0],
    ["blind52/", 239, 0],
    ["blind53/", 229, 3],
    ["blind54/", 207, 0],
    ["blind55/", 232, 0],
    ["blind56/", 258, 1],
    ["blind57/", 232, 2],
    ["blind58/", 217, 5],
  ] as const) {
    it(`${folder} keeps at least ${floor} right fields and at most ${invented} invented values`, () => {
      const scores = loadGoldCases(new URL(folder, fixturesRoot)).flatMap((testCase) =>
        scoreDraft(
          testCase.gold.order,
          extractDraft(parseTranscript(testCase.text), { now: new Date(`${testCase.gold.now}T12:00:00Z`) }),
        ),
      );
      expect(scores.filter((score) => score.ok).length).toBeGreaterThanOrEqual(floor);
      expect(scores.filter((score) => score.invented).length).toBeLessThanOrEqual(invented);
    });
  }
});

describe("item names on the card, over the blind batches", () => {
  // Chats set emoji beside a product ("inquiry on LED strip 😊", "😊 CH-M12 magnetic vent mount"); the card's
  // name is the product's words alone.
  it("carry no emoji", () => {
    const withEmoji = ["blind17/", "blind18/", "blind19/"].flatMap((folder) =>
      loadGoldCases(new URL(folder, fixturesRoot)).flatMap((testCase) =>
        extractDraft(parseTranscript(testCase.text), { now: new Date(`${testCase.gold.now}T12:00:00Z`) })
          .items.map((item) => item.name)
          .filter((name) => /\p{Extended_Pictographic}/u.test(name)),
      ),
    );
    expect(withEmoji).toEqual([]);
  });
});

/**
 * Orders of several products: two products in one sentence each with count and price, products priced in
 * separate sentences or messages, sizes, capacities and colours of one line priced apart, products named by
 * a noun and a model code, and per-line totals. Scored 91/128 on first run; kept as a floor.
 */
describe("several-item cases: floor", () => {
  it("several/ keeps at least 125 right fields and invents nothing", () => {
    const scores = loadGoldCases(new URL("several/", fixturesRoot)).flatMap((testCase) =>
      scoreDraft(
        testCase.gold.order,
        extractDraft(parseTranscript(testCase.text), { now: new Date(`${testCase.gold.now}T12:00:00Z`) }),
      ),
    );
    expect(scores.filter((score) => score.ok).length).toBeGreaterThanOrEqual(125);
    expect(scores.filter((score) => score.invented)).toEqual([]);
  });
});

/**
 * Item cases: short chats on furniture, machinery parts, cosmetics, textiles, electronics and food
 * packaging, with products named by nouns no list holds, tables, "x" counts, cartons, totals, samples and
 * MOQs. Scored 150/174 on first run; kept as a floor until every field is right.
 */
describe("item cases: floor", () => {
  it("items/ keeps at least 164 right fields and invents nothing", () => {
    const scores = loadGoldCases(new URL("items/", fixturesRoot)).flatMap((testCase) =>
      scoreDraft(
        testCase.gold.order,
        extractDraft(parseTranscript(testCase.text), { now: new Date(`${testCase.gold.now}T12:00:00Z`) }),
      ),
    );
    expect(scores.filter((score) => score.ok).length).toBeGreaterThanOrEqual(164);
    expect(scores.filter((score) => score.invented)).toEqual([]);
  });
});
