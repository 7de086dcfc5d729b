/**
 * A lead time bargained over in bare numbers: once a call is talking days ("35 days after deposit", "Our time
 * is 45 days"), "Maybe 42..." and "We need 35." are days, never a price for the goods, and the buyer's bare
 * "35" holds to the buyer's 35 days against the supplier's 45.
 */
import { describe, expect, it } from "vitest";
import { isRefusal } from "../../../src/core/extract/cues.ts";
import { extractWithConflicts } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const read = (lines: string[]) =>
  extractWithConflicts(parseTranscript(lines.join("\n"), { roles: { Ana: "buyer", Lily: "supplier" } }), {
    now: new Date("2026-11-05T12:00:00Z"),
  });

const priced = [
  "Ana: Bathrobes, cotton waffle 300 gsm, size L. Your price?",
  "Lily: 16.80 USD per piece for 800 pieces.",
  "Ana: 15.90 and we order 800 pieces.",
  "Lily: OK 15.90 for 800 pieces.",
];

describe("bare numbers while both sides bargain over days", () => {
  const lines = [
    ...priced,
    "Ana: Delivery is important. We need production 30 days after deposit.",
    "Lily: 30 days is impossible. Our time is 40 days after deposit.",
    "Ana: 40 does not work for us, the season starts in March.",
    "Lily: Maybe 38... I need to check with the factory.",
    "Ana: We need 30. Thirty, Lily.",
    "Lily: I understand, but our standard is 40 days after deposit.",
    "Ana: Ok. The delivery time we talk by email.",
  ];

  it("keeps the agreed price: neither 38 nor 30 is a price for the bathrobes", () => {
    const { draft } = read(lines);
    expect(draft.items[0]?.unitPrice).toBe(15.9);
    expect(draft.supersededPrices?.map((p) => p.price) ?? []).not.toContain(38);
    expect(draft.supersededPrices?.map((p) => p.price) ?? []).not.toContain(30);
  });

  it("reads the buyer's bare 30 as holding to 30 days: no dispatch days stand", () => {
    const { draft, conflicts } = read(lines);
    expect(draft.dispatch.days).toBeNull();
    expect(conflicts.find((c) => c.field === "dispatch")?.values.map((v) => v.value)).toEqual([
      "30 days",
      "40 days",
    ]);
  });

  it("still takes the supplier's days when the buyer's bare number agrees with them", () => {
    const agreed = [...lines.slice(0, -3), "Ana: 40. Ok, fine."];
    expect(read(agreed).draft.dispatch.days).toBe(40);
  });
});

describe("a bare number in talk of prices", () => {
  it("is still a price counter when no lead time is being bargained", () => {
    const { draft } = read([
      "Ana: Beach towels 70 x 140 cm, 400 gsm, 2,000 pieces. Lead time 30 days after deposit ok.",
      "Lily: Price is 14 USD per piece for 2,000 pieces.",
      "Ana: Too high. 12?",
      "Lily: 13 is our best.",
      "Ana: ok 13.",
    ]);
    expect(draft.items[0]?.unitPrice).toBe(13);
  });
});

describe("a refusal said in Spanish", () => {
  it.each(["45 no nos sirve", "Eso no me conviene", "No podemos pagar eso", "Es imposible"])(
    "%j turns the value down",
    (text) => {
      expect(isRefusal(text)).toBe(true);
    },
  );
});
