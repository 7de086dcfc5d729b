import { describe, expect, it } from "vitest";
import { findVagueTerms } from "../../../src/core/review/find-vague-terms.ts";

const quotesIn = (text: string) => findVagueTerms([{ line: 3, text }]).map((term) => term.quote);

describe("findVagueTerms", () => {
  it.each([
    ["the bibs should be nice and soft for babies", "bibs should be nice and soft for babies", "softness"],
    ["Specs: stitched edges, and sharp print colors.", "sharp print colors", "color"],
    ["powder coated with a nice matte finish, laser logo", "nice matte finish", "finish"],
    ["We like them, a powerful motor is important for us.", "powerful motor", "power"],
    ["glaze in a nice glossy white. Individual white box.", "nice glossy white", "color"],
    ["the knives must be very sharp out of the box", "knives must be very sharp", "sharpness"],
    ["We need good quality for our online shop.", "good quality", "quality"],
    ["with a long lasting battery please", "long lasting battery", "battery"],
    ["Please pack them in a strong carton", "strong carton", "packaging"],
    ["the cover needs a premium feel", "premium feel", "feel"],
    ["we need fast delivery this time", "fast delivery", "delivery"],
    ["Bulk must be same as sample.", "same as sample", "sample"],
    ["They must have no bad smell at all", "no bad smell at all", "smell"],
    ["with a sturdy buckle;", "sturdy buckle", "strength"],
  ])("flags %j as %j (%s)", (text, quote, attribute) => {
    const [term] = findVagueTerms([{ line: 7, text }]);
    expect(term).toMatchObject({ line: 7, quote, attribute });
    expect(text.includes(term!.quote)).toBe(true);
  });

  it.each([
    "Battery 3000 mAh, rated capacity",
    "Color Pantone 2945 C for the body",
    "Blades in 304 stainless steel",
    "Packed in a 5-ply export carton, 100 pcs per carton",
    "Final inspection AQL 2.5 before shipment",
    "Rated IPX7, GSM 180 fabric, LFGB certified",
    "hardness HRC 52-54, keeps cold 24 hours",
    "XXL mouse pad 900 x 400 x 4 mm",
  ])("leaves the measurable phrase %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });

  it("does not flag a vague word standing beside the number that measures it", () => {
    expect(quotesIn("Sturdy 7-ply carton with 50 pcs per carton please.")).toEqual([]);
    expect(quotesIn("long lasting battery, at least 3000 mAh")).toEqual([]);
    expect(quotesIn("a nice blue (Pantone 2945 C)")).toEqual([]);
    expect(quotesIn("handles 70 cm long and 6 mm thick")).toEqual([]);
  });

  it("accepts a sample reference with an id but not without one", () => {
    expect(quotesIn("Yes, same as sample S-2031.")).toEqual([]);
    expect(quotesIn("Yes, same as the sample.")).toEqual(["same as the sample"]);
  });

  it.each([
    "Good morning Sarah, nice to meet you!",
    "Good. We will book a QIMA inspection.",
    "This is our best price, good price for you.",
    "Best regards, have a nice day",
    "Looks good, sounds great, perfect!",
    "We are a professional manufacturer with good service and fast reply.",
    "the battery cost is high",
    "Sure dear, no problem.",
  ])("ignores chatter: %j", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });

  it("finds several terms on one line, each quoted as it stands", () => {
    expect(quotesIn("Headphones need a comfortable fit and Good Sound.")).toEqual([
      "comfortable fit",
      "Good Sound",
    ]);
    expect(quotesIn("Requirements: sturdy, durable and easy to fold.")).toEqual(["sturdy", "durable"]);
  });

  it("quotes an attribute said before its quality word", () => {
    expect(quotesIn("The battery life must be long, please")).toEqual(["battery life must be long"]);
    expect(quotesIn("colors are nice and bright")).toEqual(["colors are nice and bright"]);
  });
});

describe("findVagueTerms on product types and reference phrases", () => {
  it("leaves qualifier-noun pairs that name a product type alone", () => {
    expect(
      quotesIn("High gloss lacquer, soft enamel logo, long sleeve shirt with quick release buckle"),
    ).toEqual([]);
  });

  it("flags matching an unnamed colour and a feel said only by touch", () => {
    expect(quotesIn("Color must match our brand color exactly.")).toEqual([
      "must match our brand color exactly",
    ]);
    expect(quotesIn("Beech wood, smooth to the touch.")).toEqual(["smooth to the touch"]);
    expect(quotesIn("Please keep the same quality as last order.")).toEqual(["same quality as last order"]);
  });
});

describe("findVagueTerms on mixed Chinese and English lines", () => {
  it.each([
    ["请用无毒油漆 non-toxic paint please", "无毒油漆", "safety"],
    ["外盒用环保纸 eco paper for the outer box", "环保纸", "safety"],
    ["Frame RAL 9016. 做工要好, no gaps", "做工要好", "quality"],
    ["抽屉滑轨要顺滑", "要顺滑", "quality"],
  ])("flags the Chinese claim in %j", (text, quote, attribute) => {
    const terms = findVagueTerms([{ line: 3, text }]);
    expect(terms.find((term) => term.quote === quote)?.attribute, JSON.stringify(terms)).toBe(attribute);
  });

  it.each(["环保袋 1 pc per bag, 符合 GB/T 18455", "颜色 潘通 186C", "货已经安全到达, thanks"])(
    "leaves %j alone",
    (text) => {
      expect(quotesIn(text)).toEqual([]);
    },
  );

  it("reads an evaluation before its noun as that noun's, not the requirement's", () => {
    expect(quotesIn("我们需要结实的包装")).toEqual(["结实的包装"]);
  });

  it("quotes a safety claim once, with what it must be safe for", () => {
    expect(quotesIn("Bath toys in PVC-free vinyl, must be safe for toddlers.")).toEqual([
      "must be safe for toddlers",
    ]);
  });
});

describe("findVagueTerms on Spanish spec lines", () => {
  it.each([
    ["las toallas deben ser muy suaves al tacto", "muy suaves al tacto", "feel"],
    ["botellas de 500 ml, por favor que no huela a plástico", "que no huela a plástico", "smell"],
    ["necesitamos cremalleras de buena calidad para las chaquetas", "de buena calidad", "quality"],
    ["las bolsas tienen que ser resistentes y duraderas", "resistentes y duraderas", "strength"],
    ["los zapatos tienen que ser cómodos y que no se rompan fácil", "que no se rompan fácil", "quality"],
    // what the product cannot do, ruled out with no criterion
    ["la tela de las fundas no se puede romper con el uso", "no se puede romper con el uso", "quality"],
    // a judgement held to a reference with no id
    [
      "las mantas tienen que ser así. Suave como en la foto que me mandaste",
      "Suave como en la foto que me mandaste",
      "feel",
    ],
  ])("flags the Spanish claim in %j", (text, quote, attribute) => {
    const terms = findVagueTerms([{ line: 3, text }]);
    expect(terms.find((term) => term.quote === quote)?.attribute, JSON.stringify(terms)).toBe(attribute);
  });

  it.each([
    "tela de 180 g/m², 100% algodón, color Pantone 19-4052 TCX",
    "muchas gracias amigo, muy amable, buen fin de semana",
    "no hay problema, que tenga buen viaje",
    "las bolsas deben ser resistentes: carga 10 kg",
    "no se puede pagar con PayPal, lo siento, tiene que ser por transferencia",
    "las bolsas suaves como la muestra aprobada M-12 de 300 g",
  ])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("an emoji after a judgement", () => {
  it.each([
    ["yes our best seller, very comfortable 👌 also we can do anti-odor treatment", "very comfortable"],
    ["Ok 👍 the hoodie is soft", "hoodie is soft"],
    ["super durable ✅✅ we test every batch", "super durable"],
  ])("ends it as a full stop does: %s", (text, quote) => {
    const quotes = findVagueTerms([{ line: 1, text }]).map((term) => term.quote);
    expect(quotes).toContain(quote);
    for (const found of quotes) expect(text).toContain(found);
  });
});
