import { describe, expect, it } from "vitest";
import { findAttributeClauses } from "../../../src/core/review/find-attribute-clauses.ts";

const quotesIn = (text: string) => findAttributeClauses(2, text).map((term) => term.quote);

// Judgements as chats write them: copulas left out, a greeting after the claim, a colour judged in words,
// a defect ruled out with a judgement, a process said only by its manner.
describe("judgements written the way chats write them", () => {
  it.each([
    // no copula, a degree kept, a chat word closing the line
    ["buckle very strong pls", ["buckle very strong"]],
    ["ok the lid very tight", ["lid very tight"]],
    ["hinge strong dear, last time broke", ["hinge strong"]],
    ["zip smooth plz", ["zip smooth"]],
    // an intensifier from Australian or plain chat English
    ["Frame should be heaps sturdy for the trails", ["Frame should be heaps sturdy for the trails"]],
    ["the clasp should be real strong", ["clasp should be real strong"]],
    // a colour judged as a colour, not a type of it
    ["Enamel in a brilliant white please.", ["brilliant white"]],
    ["we want vivid red for the caps", ["vivid red"]],
    // a shade before the word colour
    ["Can the lining be a dusty colour?", ["dusty colour"]],
    ["Only dark tones for the winter range.", ["dark tones"]],
    // a sense ruled out with a judgement
    ["The foam should not smell bad.", ["should not smell bad"]],
    ["The grip must not feel cheap.", ["grip must not feel cheap"]],
    // "won't" rules a defect out as "will not" does, with its manner
    ["plating thick and won't peel easily", ["plating thick", "won't peel easily"]],
    // a process said only by its manner
    ["The seams are taped well.", ["seams are taped well"]],
    ["Edges were polished nicely on the sample", ["Edges were polished nicely on the sample"]],
    // a level said as a rank noun
    ["Their printing is high standard.", ["printing is high standard"]],
    // a deal's verb keeping the product's form
    [
      "The cushions must be firm and keep their shape after use.",
      ["cushions must be firm", "keep their shape after use"],
    ],
    // a particle closing the sentence (Filipino "po", Singlish "lah") is no word of it
    ["and the bamboo lid must look classy po", ["lid must look classy"]],
    ["the straps must be strong lah.", ["straps must be strong"]],
    // "can't" rules a defect out as "must not" does ("ca" and "n't" to the tokenizer)
    ["The zip pull can't tarnish after a few months.", ["can't tarnish after a few months"]],
    ["ok but the handle can't crack", ["can't crack"]],
    // a passive purpose after "enough"
    [
      "The torch beam must be bright enough to be seen from the shore.",
      ["beam must be bright enough to be seen from the shore"],
    ],
    // "good" said of an attribute judges it; said of a thing it answers
    ["The embroidery is good.", ["embroidery is good"]],
    ["Our finishing is very good.", ["finishing is very good"]],
    // "at all" closing a defect ruled out belongs to it
    ["No scratches at all on the lid.", ["No scratches at all on the lid"]],
    // a degree of size, strength or softness on a material is a judgement of it, not a type of material
    [
      "The bottles must be thick glass, and the droppers must not leak.",
      ["bottles must be thick glass", "must not leak"],
    ],
    ["We need thick glass bottles.", ["thick glass bottles"]],
    ["case in strong plastic", ["strong plastic"]],
    ["soft silicone for the teether", ["soft silicone"]],
    // a quality word the tagger reads as the part it names, closing its phrase
    ["Soft elastic, not too tight.", ["Soft elastic", "not too tight"]],
    // how long it performs, with no time
    ["balloons must last long", ["must last long"]],
    ["candles should burn longer", ["should burn longer"]],
    // a contrast or a condition after a judgement left without its copula closes it
    ["the scent strong but not overpowering", ["scent strong"]],
    ["the flow strong even when the media is full", ["flow strong"]],
    // the order a result is asked for closes it
    ["please make it smoother for bulk.", ["make it smoother"]],
    ["make the strap stronger for the bulk order", ["make the strap stronger"]],
    // a standard the first predicate passes measures nothing of a second one after "and"
    ["toys must pass EN71 and feel soft", ["feel soft"]],
    // what it must do it with belongs to the claim, and closes it
    [
      "they must float long with helium and the colors bright",
      ["must float long with helium", "colors bright"],
    ],
    ["the zipper must run smoothly with no snagging", ["must run smoothly with no snagging"]],
    // a finish said by its result, a defect graded "easy" as "easily"
    ["Sure, all edges sanded smooth.", ["edges sanded smooth"]],
    ["the glass high quality, not easy broken.", ["high quality", "easy broken"]],
  ])("flags %j", (text, quotes) => {
    expect(quotesIn(text)).toEqual(quotes);
  });

  it.each([
    // the deal's words closing a line are no product
    "Good po. How about shipping to Cebu?",
    "price very good dear",
    "delivery very fast pls",
    "the order very urgent pls",
    // a plain colour, an answer
    "ok black",
    "fine, black please",
    // anchored in the same clause
    "Enamel in a brilliant white, RAL 9003.",
    "The foam should not smell bad after the 24 h VOC test to ISO 16000-9.",
    "buckle very strong pls, 50 kg pull test",
    // the deal's "keep", and "won't" about the deal
    "please keep the price, we keep our logo on the box",
    "we won't ship before the balance",
    // a person's or a payment's manner, not the product's
    "The payment was received well.",
    // "can't" of the deal, "good" of a thing, of the deal or of the sample
    "We can't ship before the deposit.",
    "I can't accept 3.20 for this.",
    "The sample is good.",
    "Lead time is good.",
    "The sample quality is good, please start production.",
    // listed types of a material, and a light colour
    "solid wood legs",
    "soft enamel pins",
    // "long" of time or of a garment, not of a performance
    "it takes long to ship",
    "Can you ship the long sleeve version?",
    // the deal judged before a contrast, a price asked for the order
    "price good but lead time long",
    "make it cheaper for bulk",
    // the standard in the predicate it is joined to
    "made of 304 steel and very sturdy",
    // a deal's participles, "easy" before no defect
    "goods packed well, price fixed",
    "it is easy used",
  ])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("a result asked for 'this time', and what happened told after it", () => {
  it.each([
    [
      "Abeg make the cartons strong this time, 2 cartons were crushed on arrival",
      ["make the cartons strong"],
    ],
    ["make the seams strong next time", ["make the seams strong"]],
    ["make the seams strong this order", ["make the seams strong"]],
  ])("%s", (text, quotes) => {
    expect(quotesIn(text)).toEqual(quotes);
  });

  it.each([
    // A measure after the comma still states the criterion, with a verb of its own or not.
    "light enough, 380 g is fine",
    "soft fabric for the hoodies, 320 gsm fleece",
    // How the deal is done is no product result, whatever time it is asked for.
    "please make it fast this time",
  ])("%s stays unflagged", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("a quality word misspelt", () => {
  it.each([
    ["colours must be consistant across the batch", ["colours must be consistant across the batch"]],
    ["the handles are very durible", ["handles are very durible"]],
  ])("%s is judged as the word meant, quoted as written", (text, quotes) => {
    expect(quotesIn(text)).toEqual(quotes);
  });

  it("a word of its own a slip away stays itself: 'stretch' is the noun, not 'stretchy'", () => {
    expect(quotesIn("The gloves must have a good stretch")).toEqual(["good stretch"]);
    expect(quotesIn("we study the samples carefully")).toEqual([]);
  });
});
