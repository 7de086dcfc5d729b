import { describe, expect, it } from "vitest";
import {
  draftFromGold,
  emptyScore,
  formatScore,
  type GoldCase,
  linesAsTranscript,
  loadAnchorCases,
  loadBlindCases,
  loadClassCases,
  loadDevCases,
  loadRealCases,
  loadReviewCases,
  scoreCase,
} from "../../../bench/review-score.ts";
import { reviewDraft } from "../../../src/core/review/review-draft.ts";
import { type DraftOrder, emptyDraft, Review } from "../../../src/core/schemas.ts";

function reviewCase(gold: GoldCase) {
  return reviewDraft({ draft: draftFromGold(gold.order), transcript: linesAsTranscript(gold.text) });
}

function orderWith(change: Partial<DraftOrder>): DraftOrder {
  return {
    ...emptyDraft(),
    items: [
      {
        name: "silicone bib",
        quantity: 800,
        unit: "pcs",
        unitPrice: 1.72,
        specs: {
          size: null,
          material: null,
          color: "Pantone 5527 C",
          packaging: null,
          branding: null,
          other: [],
        },
      },
    ],
    dispatch: { basis: "after_deposit", days: 25, date: null },
    payment: { depositPercent: 30, balance: "before_shipment", method: "bank_transfer" },
    inspection: { required: true, by: "third_party" },
    shipping: { method: "sea", incoterm: "FOB", place: "Shenzhen", fee: null, address: null },
    ...change,
  };
}

describe("reviewDraft on labelled transcripts", () => {
  it.each([
    ["the dev transcripts", loadDevCases()],
    ["the reviewer's own cases", loadReviewCases()],
  ])("finds the vague terms, spares the measurable ones and judges the claims on %s", (label, cases) => {
    const score = emptyScore();
    for (const gold of cases) scoreCase(score, gold, reviewCase(gold));
    console.info(formatScore(label, score));
    expect(score.misses).toEqual([]);
    expect(score.vagueFound / score.vague).toBeGreaterThanOrEqual(0.9);
    expect(score.measurableFlagged / score.measurable).toBeLessThanOrEqual(0.05);
    expect(score.claimsRight / score.cases).toBeGreaterThanOrEqual(0.9);
  });

  it("gives every finding a suggestion and quotes words that stand on the cited line", () => {
    for (const gold of [...loadDevCases(), ...loadReviewCases()]) {
      const review = reviewCase(gold);
      expect(Review.safeParse(review).success).toBe(true);
      const lines = gold.text.split("\n");
      for (const finding of review.findings) {
        expect(finding.suggestion.length).toBeGreaterThan(10);
        if (finding.kind === "vague") expect(lines[finding.line! - 1]).toContain(finding.quote);
      }
    }
  });
});

describe("reviewDraft findings", () => {
  const chat = linesAsTranscript(
    [
      "Buyer: 800 pcs at 1.72, color Pantone 5527 C, the bibs should be nice and soft.",
      "Supplier: ok, 25 days after deposit.",
    ].join("\n"),
  );

  it("rewrites a vague term into a measurable spec with placeholders", () => {
    const review = reviewDraft({ draft: orderWith({}), transcript: chat });
    expect(review.findings).toContainEqual({
      field: "items[0].specs.other",
      kind: "vague",
      quote: "bibs should be nice and soft",
      line: 1,
      suggestion: expect.stringMatching(/Shore A ___/),
    });
    expect(review.claims).toEqual({ lateDelivery: true, quality: false });
  });

  it("reports the terms the chat never settled", () => {
    const draft = orderWith({
      items: [{ ...orderWith({}).items[0]!, unitPrice: null }],
      dispatch: { basis: "after_deposit", days: null, date: null },
      inspection: { required: null, by: null },
    });
    const review = reviewDraft({ draft, transcript: chat });
    const missing = review.findings
      .filter((finding) => finding.kind === "missing")
      .map((finding) => finding.field);
    expect(missing).toEqual(["items[0].unitPrice", "dispatch", "inspection"]);
    expect(review.claims.lateDelivery).toBe(false);
  });

  it("says an order with no items can support no quality claim", () => {
    const review = reviewDraft({
      draft: emptyDraft(),
      transcript: linesAsTranscript("Buyer: hello, price for 1 m cable?"),
    });
    expect(review.claims).toEqual({ lateDelivery: false, quality: false });
    expect(review.findings.map((finding) => finding.field)).toContain("items");
  });

  it("supports the quality claim when every item is specified and nothing is vague", () => {
    const review = reviewDraft({
      draft: orderWith({}),
      transcript: linesAsTranscript("Buyer: color Pantone 5527 C"),
    });
    expect(review.claims).toEqual({ lateDelivery: true, quality: true });
  });

  it("turns the extractor's conflicts into conflict findings instead of missing ones", () => {
    const draft = orderWith({ payment: { depositPercent: null, balance: "before_shipment", method: null } });
    const review = reviewDraft({
      draft,
      transcript: chat,
      conflicts: [
        {
          field: "payment.depositPercent",
          values: [
            { value: "30", line: 11, quote: "Payment 30% deposit", role: "supplier" },
            { value: "50", line: 12, quote: "I will pay the 50% deposit", role: "buyer" },
          ],
        },
      ],
    });
    const conflict = review.findings.find((finding) => finding.kind === "conflict");
    expect(conflict).toMatchObject({
      field: "payment.depositPercent",
      quote: "Payment 30% deposit",
      line: 11,
    });
    expect(conflict?.suggestion).toMatch(/supplier said 30 \(line 11\), buyer said 50 \(line 12\)/);
    expect(review.findings.some((finding) => finding.kind === "missing" && finding.field === "payment")).toBe(
      false,
    );
  });
});

describe("reviewDraft on colours named only in words", () => {
  it("reports a shade named in words as a vague colour, not as a missing one", () => {
    const gold: GoldCase = {
      name: "tote bags in words",
      text: "Buyer: The tote bags in dark green please.\nSupplier: 12 oz canvas, 38 x 42 cm, USD 1.3, ship 25 days after deposit.",
      order: { items: [{ name: "tote bag", quantity: 3000, unitPrice: 1.3 }] },
      vague: [],
      measurable: [],
      claims: { lateDelivery: false, quality: false },
    };
    const review = reviewCase(gold);
    const colour = review.findings.filter((finding) => finding.field === "items[0].specs.color");
    expect(colour.map((finding) => [finding.kind, finding.quote])).toEqual([["vague", "dark green"]]);
    expect(colour[0]?.suggestion).toMatch(/Pantone/);
  });
});

describe("reviewDraft on the cases written class by class", () => {
  it("finds vague terms of every class, flags no measurable phrase and judges the claims", () => {
    const score = emptyScore();
    for (const gold of loadClassCases()) scoreCase(score, gold, reviewCase(gold));
    console.info(formatScore("cases by class", score));
    expect(score.vagueFound / score.vague).toBeGreaterThanOrEqual(0.95);
    expect(score.measurableFlagged).toBe(0);
    expect(score.qualityRight / score.cases).toBeGreaterThanOrEqual(0.95);
  });
});

describe("reviewDraft on specs anchored to nothing measurable (test/fixtures/review/anchors)", () => {
  it("flags comparisons with no id, feel with no figure, bare 'must not', Spanish and Chinese, and no measure", () => {
    const score = emptyScore();
    for (const gold of loadAnchorCases()) scoreCase(score, gold, reviewCase(gold));
    console.info(formatScore("anchors", score));
    // Measured through the whole pipeline: 7 of 21 when the set landed, 21 of 21 once the reader read them; 22
    // of 22 once an approximate code ("similar to Pantone 186C") was read as no anchor.
    expect(score.vagueFound).toBeGreaterThanOrEqual(22);
    expect(score.measurableFlagged).toBe(0);
  });
});

describe("reviewDraft on real supplier language (test/fixtures/real)", () => {
  it("keeps its recall of vague terms at least at the measured floor and flags no measurable phrase", () => {
    const score = emptyScore();
    for (const gold of loadRealCases()) scoreCase(score, gold, reviewCase(gold));
    console.info(formatScore("real supplier language", score));
    // Measured when the set landed: 34 of 61 (55.7%, up from 21 of 61 before the clause reader); 44 of 61 once
    // the reader read references, label-value specs and purpose clauses; 48 of 61 with effect claims read; 49
    // of 61 with tolerances pointed at and results asked for ("make ... strong and durable").
    expect(score.vagueFound).toBeGreaterThanOrEqual(49);
    expect(score.measurableFlagged).toBe(0);
  });
});

describe("reviewDraft on the blind batches (test/fixtures/transcripts/blind1, 2, 4 to 9, 11 to 13)", () => {
  it.each([
    ["blind1", 59],
    ["blind2", 41],
    ["blind4", 38],
    ["blind5", 37],
    ["blind6", 34],
    ["blind7", 38],
    ["blind8", 61],
    ["blind9", 53],
    ["blind11", 43],
    ["blind12", 44],
    ["blind13", 38],
    ["blind14", 26],
    ["blind15", 27],
    ["blind16", 29],
    ["blind17", 36],
    ["blind18", 39],
    ["blind19", 39],
    ["blind20", 25],
    ["blind21", 49],
    ["blind22", 44],
    ["blind23", 43],
    ["blind24", 35],
    ["blind25", 36],
    ["blind26", 32],
    ["blind27", 24],
    ["blind28", 28],
    ["blind29", 26],
    ["blind30", 17],
    ["blind31", 12],
    ["blind32", 23],
    ["blind33", 22],
    ["blind34", 21],
    ["blind35", 29],
    ["blind36", 24],
    ["blind37", 25],
    ["blind38", 24],
    ["blind39", 21],
    ["blind40", 26],
    ["blind41", 25],
    ["blind42", 24],
    ["blind43", 23],
    ["blind44", 21],
    ["blind45", 22],
    ["blind46", 24],
    ["blind47", 20],
    ["blind48", 22],
    ["blind49", 20],
    ["blind50", 25],
    ["blind51", 25],
    ["blind52", 23],
    ["blind53", 23],
    ["blind54", 21],
    ["blind55", 23],
    ["blind56", 22],
    ["blind57", 23],
    ["blind58", 23],
  ] as const)("keeps %s's vague-term recall at its floor and flags no measurable phrase", (batch, floor) => {
    const score = emptyScore();
    for (const gold of loadBlindCases(batch)) scoreCase(score, gold, reviewCase(gold));
    console.info(formatScore(batch, score));
    // Floors measured through the whole pipeline with `npx tsx bench/review-score.ts`: a change may raise them.
    expect(score.vagueFound).toBeGreaterThanOrEqual(floor);
    expect(score.measurableFlagged).toBe(0);
  });

  it("keeps blind10's first-run figures as floors: 28 of 42 vague terms, one grade label ('6A grade') flagged", () => {
    const score = emptyScore();
    for (const gold of loadBlindCases("blind10")) scoreCase(score, gold, reviewCase(gold));
    console.info(formatScore("blind10", score));
    expect(score.vagueFound).toBeGreaterThanOrEqual(28);
    expect(score.measurableFlagged).toBeLessThanOrEqual(1);
  });
});
