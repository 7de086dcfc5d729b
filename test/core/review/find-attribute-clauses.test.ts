import { describe, expect, it } from "vitest";
import {
  attributeOfQuote,
  findAttributeClauses,
  findAttributeClausesIn,
} from "../../../src/core/review/find-attribute-clauses.ts";
import { pieceLimit, pieces, tagLimit, tagWords } from "../../../src/core/review/tag-words.ts";

const quotesIn = (text: string) => findAttributeClauses(4, text).map((term) => term.quote);

describe("findAttributeClauses: clauses about a product attribute with no measurable anchor", () => {
  it.each([
    // an evaluative word on an attribute noun
    ["The lamp gives a gentle glow and a rich aroma from the wax.", ["gentle glow", "rich aroma"]],
    ["Body in a lovely teal, lid RAL 9010.", ["lovely teal"]],
    ["we want a luxurious texture on the cover", ["luxurious texture on the cover"]],
    // "<adjective> <attribute> life / time"
    ["Needs a long shelf life and decent battery life.", ["long shelf life", "decent battery life"]],
    // quality words on a component
    ["Please use sturdy castors and reliable latches.", ["sturdy castors", "reliable latches"]],
    // safety claims with no standard
    ["The crayons must be non-toxic and the box uses safe ink.", ["crayons must be non-toxic", "safe ink"]],
    // requirements with no criterion
    ["The lid must not rattle and the base should not tip.", ["must not rattle", "should not tip"]],
    ["The drawer must slide smoothly.", ["must slide smoothly"]],
    // customary words before an attribute
    ["Usual packing and normal thickness is fine.", ["Usual packing", "normal thickness"]],
    // ranks said in words
    ["Make it from first grade cotton.", ["first grade cotton"]],
    // comparatives
    ["This batch must be softer than the last one.", ["softer than the last one"]],
    // predicates after a product noun
    ["The strap should feel premium.", ["strap should feel premium"]],
    ["The handle must be comfortable.", ["handle must be comfortable"]],
    // a shade named only in words
    ["Shell in olive green, trim in sky blue.", ["olive green", "sky blue"]],
    // a plain judgement after an attribute noun, the copula left out
    ["Stitching good, zip strong.", ["Stitching good", "zip strong"]],
    ["Print quality nice pls", ["quality nice"]],
    // a purpose after the claim closes it
    ["Rim smooth so kids don't cut their lips.", ["Rim smooth"]],
    // two manner words joined by "and" are one requirement
    ["The castors must roll smooth and silent.", ["must roll smooth and silent"]],
    // a part that must work in some manner
    ["The trigger must work smooth.", ["must work smooth"]],
    // more of a judgement asked for, with no figure
    ["The hinge feels weak, please make it stronger.", ["make it stronger"]],
  ])("flags %j", (text, quotes) => {
    expect(quotesIn(text)).toEqual(quotes);
    for (const term of findAttributeClauses(4, text))
      expect(text.slice(term.start, term.end)).toBe(term.quote);
  });

  it.each([
    // measurable anchors in the same clause
    "Lovely teal, Pantone 3252 C.",
    "Sturdy castors rated 50 kg each.",
    "The crayons must be non-toxic per EN 71-3.",
    "The lid must not rattle in the ISTA 2A vibration test.",
    "Softer than the last one: 45 Shore A.",
    "Olive green RAL 6003 shell.",
    "First grade cotton, 180 gsm.",
    "Same as approved sample no. S-77.",
    "Fabric 600D polyester, 5-ply carton, UV400 lenses.",
    "Drop test per drawing D-12, colour per artwork AW-3.",
    // chit-chat and deal talk
    "Good morning dear, nice to meet you!",
    "Best price for you, fast reply guaranteed.",
    "We are a top supplier with a great team.",
    "Have a great weekend, good news about the deposit.",
    "September is too tight, we can ship by 5 October.",
    "We must ship before the holiday.",
    "Black and white, 4 pcs per set.",
    "Stainless steel, wireless charging, round box.",
    // a plain judgement after a word of the deal or the chat
    "Price good, delivery fast.",
    "All good, sample good, thanks.",
    "We must work fast on this order.",
    "Please make it cheaper, and make it faster.",
  ])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });

  it("gives each finding the attribute its rewrite is written for", () => {
    const attributes = findAttributeClauses(1, "strong fragrance, safe paint, standard size, dark green").map(
      (term) => term.attribute,
    );
    expect(attributes).toEqual(["scent", "safety", "size", "color"]);
  });
});

describe("findAttributeClauses: a code pins the conjunct it stands in, not the noun phrase after 'and a'", () => {
  it.each([
    ["colours Pantone 19-4052 TCX and a nice warm grey.", ["nice warm grey"]],
    ["lid RAL 9010 or a lovely teal for the body.", ["lovely teal"]],
    ["Pantone 7621 C plus a rich deep green.", ["rich deep green"]],
  ])("%j", (text, quotes) => {
    expect(quotesIn(text)).toEqual(quotes);
  });

  it.each(["colours Pantone 19-4052 TCX and warm grey 11 C.", "a nice warm grey, Pantone Cool Gray 7 C"])(
    "an anchor of its own still pins it: %j",
    (text) => {
      expect(quotesIn(text)).toEqual([]);
    },
  );
});

describe("findAttributeClauses: specs that point elsewhere, name an attribute without a value, or claim with a purpose", () => {
  it.each([
    // a reference with no id, number or date
    ["Glaze like the video you sent.", ["like the video you sent"], "sample"],
    ["Tuning pegs as per buyer's sample.", ["as per buyer's sample"], "sample"],
    ["Strings same as last order.", ["same as last order"], "sample"],
    ["Wallpaper rolls same colour as the sample.", ["same colour as the sample"], "sample"],
    ["Stitching according to export standard.", ["according to export standard"], "sample"],
    ["Tiles must match the pictures on your website.", ["match the pictures"], "sample"],
    // an attribute stated only in words after its label
    ["Colour: burgundy", ["Colour: burgundy"], "color"],
    ["Yoga blocks colour lilac and grey", ["colour lilac and grey"], "color"],
    [
      "Packing method: kraft sleeve and outer carton",
      ["Packing method: kraft sleeve and outer carton"],
      "packaging",
    ],
    ["customized packaging for the soap bars", ["customized packaging"], "packaging"],
    // a safety or strength claim with what it must stand up to
    ["The teething rings must be safe for infants.", ["rings must be safe for infants"], "safety"],
    ["Wax melts non-toxic for pets, please", ["non-toxic for pets"], "safety"],
    ["Tent poles: must be light enough for backpacking.", ["must be light enough for backpacking"], "size"],
    ["Wallpaper must be tear resistant.", ["tear resistant"], "strength"],
    ["Shower arms must be heavy duty.", ["arms must be heavy duty"], "size"],
    // compatibility with a set nobody named
    ["Drill bits compatible with the main brands of drills.", ["compatible with the main brands"], "fit"],
    ["This case fits most tablets.", ["fits most tablets"], "fit"],
    // a finish said with a colour, and a colour named only in words
    ["Lamp shade in satin white, base in brushed steel.", ["satin white"], "color"],
    ["Color: charcoal heather", ["Color: charcoal heather"], "color"],
    // the attribute a predicate is judged in
    ["The vases are elegant in appearance.", ["vases are elegant in appearance"], "finish"],
    // the subject says what a predicate judges
    ["The fragrance of the soap must be strong.", ["fragrance of the soap must be strong"], "scent"],
    [
      "The scent of the incense should be strong and lasting.",
      ["scent of the incense should be strong and lasting"],
      "scent",
    ],
    // a requirement's defect verb says what its test is
    ["The enamel print must not fade.", ["must not fade"], "printDurability"],
    ["Knit cuffs should not shrink.", ["should not shrink"], "shrinkage"],
  ])("flags %j", (text, quotes, attribute) => {
    const terms = findAttributeClauses(2, text);
    expect(terms.map((term) => term.quote)).toEqual(quotes);
    expect(terms.map((term) => term.attribute)).toEqual(quotes.map(() => attribute));
  });

  it.each([
    // named references and anchors
    "Tuning pegs as per approved sample TP-07.",
    "Finish same as signed sample.",
    "Glaze like the photo dated 2026-03-02.",
    "Colour: Pantone 7621 C",
    "Colour: RAL 9005 matt",
    "colour box packing, 24 pcs per carton",
    "Packing: 1 set per kraft sleeve, 12 sets per carton, 5-ply.",
    "Teething rings food safe per LFGB and FDA.",
    "Wallpaper tear resistant, 120 gsm non-woven.",
    "Tent poles must be light enough: 380 g per set.",
    "Frames in two colours, black and tortoise, 50/50 split, Pantone 19-0303 and 7526 C.",
    "Drill bits compatible with Bosch SDS-plus chucks.",
    "This case fits iPad Air 11 (M2).",
    "Lamp base matte black RAL 9005.",
    // deal talk and logistics
    "Price same as last time?",
    "We are the main supplier for all brands in Yiwu.",
    "Ship via sea, same as the last shipment.",
    "Payment terms as per the sample contract.",
    "Is it safe to pay by PayPal?",
    "Please send proof of shipment.",
    "Payment proof attached, please check.",
    "The zipper pulls must match our brand image.",
  ])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });

  it("does not let a clause after a comma anchor the one before it", () => {
    expect(quotesIn("The plush must be super soft and safe for babies, and pass ASTM F963.")).toEqual([
      "must be super soft and safe for babies",
    ]);
    expect(quotesIn("We want premium quality but a price like 1.50.")).toEqual(["premium quality"]);
    expect(quotesIn("Cushions super soft, approx. 30 Shore 00 foam.")).toEqual([]);
  });

  it("reads an adjective before its own noun after 'and' as a claim of its own", () => {
    expect(quotesIn("Lamps must be bright enough for reading and long battery life please.")).toEqual([
      "Lamps must be bright enough for reading",
      "long battery life",
    ]);
    expect(quotesIn("the tarp should be waterproof and good quality eyelets")).toEqual([
      "tarp should be waterproof",
      "good quality eyelets",
    ]);
  });
});

describe("findAttributeClauses: performance, absence, finish, purpose and list wordings", () => {
  it.each([
    // a performance over a span with no number
    ["The heater should stay warm all night.", ["heater should stay warm all night"]],
    ["Soles must grip for years.", ["Soles must grip for years"]],
    // a state required with no criterion
    ["Tiles with no shade variation and no obvious chips.", ["no shade variation", "no obvious chips"]],
    // an adverb grading a finish
    ["We want neatly finished seams.", ["neatly finished seams"]],
    // an adjective measured against a purpose
    ["The tray must be deep enough to hold soup.", ["tray must be deep enough to hold soup"]],
    ["Hooks suitable for heavy coats.", ["suitable for heavy coats"]],
    // one-word resistances and properties alone in a list
    ["Features: shockproof, ergonomic, 2 m cable.", ["shockproof", "ergonomic"]],
    // an open adjective required of a part
    ["The hinge must be silent.", ["hinge must be silent"]],
    // comparative shades and degrees
    ["Inner pocket a little softer, trim in a paler blue.", ["a little softer", "paler blue"]],
  ])("flags %j", (text, quotes) => {
    expect(quotesIn(text)).toEqual(quotes);
  });

  it.each([
    "The heater must stay warm for 8 h at 20 °C.",
    "Tiles: colour difference ΔE < 1.5, chips per EN ISO 10545-2.",
    "Seams finished with 12 stitches per inch.",
    "The tray must hold 500 ml.",
    "Hooks rated 8 kg each.",
    "Features: IP68 waterproof, 2 m cable.",
    "The hinge must be silent: below 30 dB at 1 m.",
    "Trim in Pantone 2975 C.",
    "We waited all day for the courier.",
    "Your message well received, thanks.",
    "No problem, no MOQ for this item.",
    "Perfect, deal.",
    "Keep the price for a long time please.",
  ])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("findAttributeClauses: comparisons with no id, feel with no figure, requirements with no criterion", () => {
  it.each([
    // a comparison with a product named only by brand or by whose it is
    [
      "Taps should be similar to the Grohe fittings we use now.",
      ["similar to the Grohe fittings we use now"],
    ],
    ["Finish matte like the Apple products, customers compare.", ["matte like the Apple products"]],
    [
      "Fabric with the same feel as the competitor bag we showed you",
      ["same feel as the competitor bag we showed you"],
    ],
    ["Weight similar to what we have now.", ["similar to what we have now"]],
    // an approximate code: the colour need only come near it
    ["Glaze red similar to Pantone 186C.", ["similar to Pantone 186C"]],
    [
      "The grip should be comparable to the Makita drills we stock.",
      ["grip should be comparable to the Makita drills we stock"],
    ],
    // feel, sharpness and grip with no figure, with where they are felt
    ["Handles should feel solid in the hand.", ["Handles should feel solid in the hand"]],
    ["The knives have to be razor sharp.", ["knives have to be razor sharp"]],
    ["Boots need to grip well on wet floors.", ["need to grip well on wet floors"]],
    // a requirement ruled out with no criterion, with what it must not harm
    ["The balm must not dry the lips.", ["must not dry the lips"]],
    ["Bottles must not give a metallic taste.", ["must not give a metallic taste"]],
    // a part required to act, with nothing to measure the act by
    ["The drawer runners must glide without sticking.", ["drawer runners must glide without sticking"]],
    ["The vents must let enough heat out of the case.", ["vents must let enough heat out of the case"]],
    ["The nozzle has to give a soft, wide spray.", ["nozzle has to give a soft, wide spray"]],
    ["The seams need to hold up on a building site.", ["seams need to hold up on a building site"]],
    // a colour or a print that must not come away, with no wash or rub count
    ["The logo must not rub away after a few weeks.", ["logo must not rub away after a few weeks"]],
    // where or how it must hold is quoted with it
    [
      "The ticking has to be completely inaudible at night.",
      ["ticking has to be completely inaudible at night"],
    ],
    [
      "The plates have to glide smoothly without snagging hair.",
      ["have to glide smoothly without snagging hair"],
    ],
    ["The lights must stay on all evening after a grey day.", ["stay on all evening after a grey day"]],
    ["The gift box needs a magnetic lid in two sizes.", ["magnetic lid"]],
    ["The battery should last a whole afternoon of play.", ["last a whole afternoon"]],
    // a speed asked of the delivery with no days or date
    ["Dispatch should be quick.", ["Dispatch should be quick"]],
    ["We need shipping to be as fast as possible.", ["shipping to be as fast as possible"]],
  ])("flags %j", (text, quotes) => {
    expect(quotesIn(text)).toEqual(quotes);
  });

  it.each([
    "Grips must be softer than sample #A12.",
    "Brackets same as drawing DWG-4410.",
    "Glaze red similar to Pantone 186C, ΔE ≤ 1.5.",
    "Paint must not exceed 0.5 mg/kg lead.",
    "No leakage at 0.3 bar for 30 s.",
    "Knife edge HRC 58-60, sharpness 150 N per ISO 8442-5.",
    "Price similar to the quote you sent.",
    "I like the Apple products.",
    "We will ship like the DHL guy said.",
    "Looks like the Maersk vessel is delayed again.",
    "The factory is close to the Ningbo port.",
    "We need to ship quickly.",
    "You should not work so late my friend.",
    "The cover must not have a logo.",
    "You must not send the invoice yet.",
    // a part's act with its figure, the journey of the goods, the deal's doings
    "The drawer runners must glide 50,000 cycles per EN 14882.",
    "The goods must leave the factory before 20 March.",
    "The cartons must carry our logo.",
    "The shaft need grinding after turning.",
    "Production shall commence after the deposit.",
    "The components need to purchase first.",
    "Delivery must be fast, within 20 days of the deposit.",
    // a defect ruled out over a count of test repeats: the test is its criterion
    "Every band must pass 500 stretch cycles to 200% without tearing.",
    "Wash test 30 times no crack.",
    "The hinge must take 20,000 openings without squeaking.",
    "The delivery must be by sea.",
  ])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("attributeOfQuote: whether words quoted from elsewhere name a product attribute", () => {
  it.each([
    ["zipper pulls must match our brand image", "material"],
    ["must not sag", "strength"],
    ["质量要好", "quality"],
    ["looks cheap", "quality"],
  ])("%j is about %s", (quote, attribute) => {
    expect(attributeOfQuote(quote)).toBe(attribute);
  });

  it.each(["agreed", "Deal", "USD 2.80", "see you tomorrow"])("%j is about no attribute", (quote) => {
    expect(attributeOfQuote(quote)).toBeNull();
  });
});

describe("the tagger's bounds", () => {
  it("cuts a long line into pieces at sentence ends, each within the limit, losing nothing", () => {
    const line = "The hinges must be strong. ".repeat(200);
    const cut = pieces(line);
    expect(cut.every((piece) => piece.text.length <= pieceLimit)).toBe(true);
    expect(cut.map((piece) => piece.text).join("")).toBe(line);
    expect(cut.slice(0, -1).every((piece) => piece.text.endsWith("."))).toBe(true);
  });

  it("keeps every word's offsets on the original line, capitals and all", () => {
    const line = "Soft TOUCH coating, Good battery life";
    for (const word of tagWords(line)) expect(line.slice(word.start, word.end)).toBe(word.text);
  });

  // The tagger reads the line lowered, so a short word and its full stop before the next sentence look like an
  // abbreviation; the next sentence's figure must not anchor the clause before it.
  it.each([
    ["Towels must have no shedding after wash. Weight 600 GSM ±5%.", "no shedding after wash"],
    ["Prints must not fade in the sun. Size 40 x 20 cm.", "must not fade"],
    ["Colours must stay nice after a wash. Mug 350 ml.", "Colours must stay nice"],
  ])("ends the sentence at %j's full stop before a capital", (line, quote) => {
    const found = findAttributeClauses(1, line).map((term) => term.quote);
    expect(found.some((term) => quote.includes(term) || term.includes(quote))).toBe(true);
  });

  it.each([
    ["Mr. Wang", "Mr."],
    ["Shenzhen Bright Co. Ltd", "Co."],
    ["Ships to St. Louis", "St."],
  ])("keeps a title's full stop with it in %j", (line, token) => {
    expect(tagWords(line).map((word) => word.text)).toContain(token);
  });

  it("tags no more than the transcript limit, and still reads every line up to it", () => {
    const line = "The legs must not wobble. ".repeat(1_000);
    const lines = Array.from({ length: Math.ceil((tagLimit * 2) / line.length) }, (_, index) => ({
      line: index + 1,
      text: line,
    }));
    const terms = findAttributeClausesIn(lines);
    const lastLine = Math.max(...terms.map((term) => term.line));
    expect(terms[0]?.quote).toBe("must not wobble");
    expect(lastLine).toBeLessThanOrEqual(Math.ceil(tagLimit / line.length));
    expect(lastLine).toBeGreaterThanOrEqual(Math.floor(tagLimit / line.length));
  });
});

describe("two judgements before a compound the tagger read as a verb and a noun", () => {
  it.each([
    ["the bowls need a nice even mirror polish (no waviness)", ["nice even mirror polish"]],
    ["we want a good smooth satin finish", ["good smooth satin finish"]],
    ["a nice even polish", ["nice even polish"]],
  ])("%j flags %j", (text, quotes) => {
    expect(quotesIn(text)).toEqual(quotes);
  });

  it("a measured finish after the judgements is not read as one", () => {
    expect(quotesIn("mirror polish Ra 0.2 on the bowls")).toEqual([]);
  });
});

describe("a colour label's value beside a size", () => {
  it.each([
    ["Body colour soft pink for 150ml and sky blue for 240ml", ["colour soft pink", "sky blue"]],
    ["colour dark green for the 500 ml bottle", ["colour dark green"]],
  ])("%j flags %j: the size anchors no colour", (text, quotes) => {
    expect(quotesIn(text)).toEqual(quotes);
  });

  it.each(["colour Pantone 7621 C for 150ml", "print 1 color white"])(
    "%j is anchored by its code or counted print colours",
    (text) => {
      expect(quotesIn(text)).toEqual([]);
    },
  );
});
