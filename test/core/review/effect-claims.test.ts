/**
 * Effect and performance claims across trades: what a product must do, resist or endure, said with no figure,
 * test or standard, is a vague term; the same claim with its load, time, test or code is measurable; and chat
 * that only sounds alike ("we ship fast", "the goods arrived quickly") is no spec at all.
 */
import { describe, expect, it } from "vitest";
import { findVagueTerms } from "../../../src/core/review/find-vague-terms.ts";

const quotesIn = (text: string) => findVagueTerms([{ line: 1, text }]).map((term) => term.quote);

describe("effect claims with no figure are vague", () => {
  it.each([
    // A manner word after the verb, with or without a modal.
    ["the blender should crush ice quickly", "quickly"],
    ["drawer slides must run quietly", "run quietly"],
    ["the zip has to close smoothly", "close smoothly"],
    ["our wax melts evenly, no soot", "melts evenly"],
    ["the kettle needs to heat up fast", "heat up fast"],
    ["fan must run cool even at full speed", "run cool even at full speed"],
    ["the lid must snap shut securely", "securely"],
    // Endurance with no load, time or test.
    ["the cap should keep its shape after washing", "keep its shape"],
    ["straps must stay in place when running", "stay in place"],
    ["The fragrance must last.", "must last"],
    ["tent pegs must withstand strong wind", "withstand strong wind"],
    ["the print should survive many washes", "survive many washes"],
    ["it must hold heavy books without bending", "without bending"],
    // Absence of a defect with no criterion.
    ["the stool must stand without wobbling", "without wobbling"],
    ["towels lint-free please", "lint-free"],
    ["a flicker free LED panel", "flicker free LED panel"],
    ["sofa fabric with no pilling after use", "no pilling"],
    ["we don't want the handles to squeak", "want the handles to squeak"],
    ["the mat should not smell", "should not smell"],
    ["anti-slip feet, non-slip base", "non-slip"],
    // A quality ruled out, a judgement with its purpose, place or degree.
    ["the frame must feel solid, not flimsy", "not flimsy"],
    ["the bag should look premium, not like cheap nylon", "not like cheap nylon"],
    ["Labels: easy to peel", "easy to peel"],
    ["the dial must be easy to read in dim light", "easy to read in dim light"],
    ["the cushion should be comfortable for long drives", "comfortable for long drives"],
    ["the glaze should be smooth to the touch", "smooth to the touch"],
    ["visor clear, reflectors visible at night", "visible at night"],
    ["magnets should be strongly magnetic", "strongly magnetic"],
    ["the grip should be good", "grip should be good"],
    ["Must be odourless in a hot room.", "Must be odourless"],
    ["the handle feel must be silky,", "handle feel must be silky"],
    ["the lamp should be bright but not harsh", "bright but not harsh"],
    ["The mug must be tough and dishwasher proof, eye-catching on a shelf.", "eye-catching on a shelf"],
    ["a quick dry towel", "quick dry towel"],
    // A subject the tagger misread, a requirement said with "needs to", what it must stand up to.
    ["Also wax must be good for hot climates.", "wax must be good for hot climates"],
    ["It needs to be simple to assemble for one person", "simple to assemble"],
    ["the awning should stand up to coastal weather", "stand up to coastal weather"],
    ["the lantern should give a soft, cosy glow", "soft, cosy glow"],
    ["The plush must be extra fluffy like the samples", "extra fluffy like the samples"],
    ["the glass is free from flaws and bubbles", "free from flaws"],
    ["the canvas is light, strong, resistant to mildew", "resistant to mildew"],
    // Amounts in words where the figure belongs.
    ["a brush that removes lots of dust", "removes lots of dust"],
    ["a mop that holds plenty of water", "holds plenty of water"],
  ])("flags %j", (text, part) => {
    const quotes = quotesIn(text);
    expect(quotes.some((quote) => quote.includes(part) || part.includes(quote))).toBe(true);
  });
});

describe("the same claims with a measure are left alone", () => {
  it.each([
    "the blender should crush 200 g of ice within 30 s",
    "drawer slides must run at no more than 35 dB(A) at 1 m",
    "the kettle needs to heat 1.7 L to 100 °C within 4 minutes",
    "fan must run below 45 °C at full speed",
    "the cap should keep its shape after 20 washes at 40 °C",
    "straps must stay in place for 30 min of running per EN 13402",
    "The fragrance must last 8 hours on skin.",
    "tent pegs must withstand 60 km/h wind per EN ISO 5912",
    "the print should survive 50 washes per ISO 105-C06",
    "it must hold 20 kg without bending more than 2 mm",
    "the stool must stand on a 10° slope without tipping per EN 12727",
    "sofa fabric with pilling grade 4 after 5000 cycles per ISO 12945-2",
    "the mat should not smell: VOC below 0.5 mg/m³ per ISO 16000",
    "the dial must be readable at 5 m, numerals 25 mm high",
    "magnets should hold 3 kg pull force each",
    "the lamp should give 800 lm at 2700 K",
    "a brush that removes 90% of loose hair in 10 strokes",
    "a mop that holds 300 ml of water",
    "Lid must be airtight: no leak at 30 kPa for 60 s",
    "colour Pantone 7546 C, gloss 80 GU at 60°",
    "the awning should stand up to 80 km/h wind per EN 13561",
    "free from defects per AQL 2.5 major, 4.0 minor",
    "the canvas is 600D, resistant to mildew per ASTM G21 rating 0",
    "Also wax must be good for 45 °C storage without softening.",
    "It needs to be simple to assemble in under 10 minutes",
  ])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("chat that only sounds like a claim is no spec", () => {
  it.each([
    "we will ship fast after the deposit",
    "the goods arrived quickly, thanks",
    "you must reply quickly please",
    "sizes should run small, order one up",
    "we will hold the goods for you",
    "please keep the same price",
    "we don't want the price to change",
    "Not bad, and not expensive",
    "the quantity is good for us",
    "Hi Anna, great to hear from you",
    "Thanks, pleased to work with you",
    "Should be possible.",
    "Samples arrived. Lamp is good.",
    "For the large size I can pay 12.80, not more.",
    "Prepayment is suitable for small orders",
  ])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("a claim is anchored by its own criterion, not by a code or figure near it", () => {
  it.each([
    // A model code names the product; it says nothing of how comfortable or quiet it is.
    ["the KX-410 must be very comfortable for long shifts", "must be very comfortable for long shifts"],
    ["the FR-22 fan should run quietly", "should run quietly"],
    // A colour code closing the sentence before does not anchor the next sentence.
    ["Lid Pantone Warm Gray 3 C. And the seat a bit firmer than the sample you sent", "a bit firmer than"],
    ["Base RAL 9005 M. The foam must be soft to the touch", "soft to the touch"],
  ])("flags %j", (text, part) => {
    expect(quotesIn(text).some((quote) => quote.includes(part))).toBe(true);
  });

  it.each([
    "the KX-410 must carry 150 kg per EN 1335-2",
    "the FR-22 fan should run below 28 dB(A) at 1 m",
    "Lid Pantone Warm Gray 3 C. Seat foam 45 kg/m³, ILD 30",
  ])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("a spec said as a fragment (a bullet, a short message) is read as in a sentence", () => {
  it.each([
    ["- boil fast", "boil fast"],
    ["absorb quickly", "absorb quickly"],
    ["Not chip easily.", "Not chip easily"],
    ["- not fade", "not fade"],
    ["hold shape", "hold shape"],
    ["stays flexible in the cold", "stays flexible"],
    ["Easy to clean", "Easy to clean"],
    ["smooth to the touch", "smooth to the touch"],
    ["Not cheap plastic", "Not cheap plastic"],
    ["very soft", "very soft"],
    ["- highly absorbent", "highly absorbent"],
    ["must not get hot", "must not get hot"],
  ])("flags %j", (text, part) => {
    expect(quotesIn(text).some((quote) => quote.includes(part))).toBe(true);
  });

  it.each([
    "Very good",
    "Really sorry",
    "Very clear, thanks",
    "Not sure",
    "Ship fast please",
    "Not paying until the report is in.",
    "Not allowed, sorry",
    "Is it safe to pay by PayPal?",
    "- boil 1.7 L within 4 minutes",
    "absorb 500 ml in 10 s",
    "- no fading after 40 h xenon test, ISO 105-B02 grade 4",
  ])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("an effect said as a state, a level, a passage or a mood is vague until a figure says how much", () => {
  it.each([
    // A state ruled out after "and", a modal with a sentence adverb before its verb.
    ["The pot handles should be sturdy and not get warm.", "not get warm"],
    ["The bike lamp should always stay cool.", "should always stay cool"],
    ["Power supply must also run quiet.", "must also run quiet"],
    // A level said of an attribute, asked for or reported.
    ["The motor noise is very low.", "noise is very low"],
    ["Worktop lacquer with high gloss.", "high gloss"],
    // A passage ruled out with no pressure or time.
    ["Rain must not come through the seams.", "must not come through"],
    ["Dust should not get inside.", "should not get inside"],
    // A defect denied as a fact, a result asked for, sameness, a mood, a judgement on a misread head.
    ["The clasp does not tarnish easily.", "does not tarnish easily"],
    ["Please make the handles strong and smooth.", "make the handles strong and smooth"],
    ["Rope colour consistency between spools.", "colour consistency between spools"],
    ["We want cheerful colours for the nursery range.", "cheerful colours for the nursery range"],
    ["Cleanser must be very gentle on the face.", "very gentle on the face"],
    ["no chips, no dark spots", "no dark spots"],
    ["Throw: extra soft plush.", "extra soft plush"],
  ])("flags %j", (text, part) => {
    expect(quotesIn(text).some((quote) => quote.includes(part) || part.includes(quote))).toBe(true);
  });

  it.each([
    "The pot handles must stay below 45 °C after 30 min on a 2 kW hob.",
    "The bike lamp housing must stay below 40 °C at full output.",
    "The motor noise is below 38 dB(A) at 1 m.",
    "Worktop lacquer 90 GU at 60° per ISO 2813.",
    "A high gloss finish, 85 GU at 60 degrees.",
    "Rain must not come through at 3000 mm hydrostatic head per ISO 811.",
    "The goods must not go through customs before payment.",
    "The clasp does not tarnish after 48 h salt spray per ISO 9227.",
    "Rope colour consistency between spools ΔE ≤ 1.5.",
    "We are happy to help.",
    "It does not matter, thanks.",
    "We do not accept returns.",
    "The price is very low.",
    "Production is low this week.",
    "We make it simple for you.",
    "Please make it fast, we need the goods.",
    "Please make it clear.",
    "Machine wash gentle cycle.",
    "No spot checks needed.",
  ])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("a Chinese requirement judged by a workmanship or finish word is vague", () => {
  it.each([
    ["做工要精细", "做工要精细"],
    ["缝线必须整齐", "必须整齐"],
    ["表面要平整，颜色均匀", "表面要平整"],
    ["印刷要美观", "印刷要美观"],
  ])("flags %j", (text, part) => {
    expect(quotesIn(text).some((quote) => quote.includes(part))).toBe(true);
  });

  it.each(["表面平整度 ≤0.2mm", "颜色均匀（色差ΔE≤1.0，潘通 7545C）"])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});
