/**
 * The unit every extractor reads: one sentence of one physical line, with the message's speaker,
 * role and position, so each value can cite its line and an exact substring of it.
 */
import { matchesOf } from "../matches.ts";
import type { Evidence, ParsedTranscript, Role } from "../schemas.ts";
import { dayFirstIn } from "./day-order.ts";
import { type OutlinePlace, outlineOf } from "./outline.ts";
import { withPositionLabel } from "./position-labels.ts";
import type { Rewritten } from "./rewrite.ts";
import { speaksMoneyInWords, withSpokenFigures } from "./spoken-figures.ts";
import { withTradeSpellings } from "./trade-spellings.ts";

/**
 * A sentence on one physical line. `text` is an exact substring of that line, or, for a sentence of spoken
 * figures, that substring with them in digits (`written` keeps it as written).
 */
export type Clause = {
  message: number;
  role: Role;
  speaker: string | null;
  line: number;
  text: string;
  /** The whole physical line's message text (for acceptance cues that span sentences). */
  messageText: string;
  /** The message before this one, for a reply that only makes sense on its topic ("Payment terms?" / "50/50"). */
  previousText?: string;
  /**
   * The sentence talks about samples (a sample order is not the bulk order), or about an order other than this one
   * ("the Canadian account wants 200 at CAD 19, doesn't change this PO").
   */
  sample: boolean;
  question: boolean;
  /**
   * The sentence as written, when `text` reads its spoken figures in digits ("twelve hundred pairs" as "1200
   * pairs"), with where an offset of `text` stands in it: evidence quotes the words as written.
   */
  written?: { text: string; offset: (at: number) => number };
  /** The paste writes figure dates day first ("26/1"): "ship by 3/2" is the 3rd of February (see day-order.ts). */
  dayFirst?: boolean;
  /** Where the sentence's line stands in notes that nest a product's lines under it (see outline.ts). */
  outline?: OutlinePlace;
};

// A list number or letter opening the line ("1. Express", "b. Single core wire") ends no sentence; a list opened after a colon
// ("we offer as follows: (1) LED strip ...; (2) ...") starts one at its first number.
// (The punctuation is looked for first: the list-number test runs only after a full stop.)
// A title's or an abbreviation's full stop ("Mr. Vogel will inspect", "Eng. Mohamed offered 22.00", "US$30 incl. express", "Rs. 240 per piece") ends no sentence,
// nor does one inside a company's form ("Sagar Paper Products Pvt. Ltd.", "Johor Clearshade Films Sdn. Bhd.", "Ev Tekstili San. ve Tic. Ltd. Şti.").
// Nor does a code's label ("art. CP-15", "ref. A-12", "No. HX-200"), nor a table cell's ("| Item No. | Description |").
const sentenceBreak =
  /(?<=[.!?。！？;；])(?<!^(?:\d{1,2}|[a-z])\.)(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|incl|excl|Pvt|PVT|Sdn|SDN|Co|CO|San|Tic|Rs|Pos|pos|acc|Nr|Min|Eng|Engr)\.)(?!(?<=\bLtd\.)\s+[ŞSs]ti(?![a-z]))(?!(?<=\b(?:art|Art|ref|Ref|no|No)\.)\s+[A-Z]{1,5}-?\d)(?!(?<=\b\d{1,2}\.\d{2}\.)\s+\p{Ll})(?![ \t]*\|)\s+|(?<=[。！？])|(?<=:)\s+(?=\(?1\)\s)/u;
const sampleWord = /\bsamples?\b|样品|打样/i;
/** A sentence saying it is about another order than this one. */
const otherOrder =
  /\b(?:(?:does not|doesn't|won't|will not) (?:change|affect) (?:this|our|the) (?:po|order)|(?:a |for )?(?:separate|another|different) (?:po|order)|(?:not|no) part of this (?:po|order)|for (?:our|the) next order)\b/i;
const sampleAsReference =
  /\b(as|like|per|approved|same as|match(es|ing)?|according to)\s+(the\s+|our\s+|your\s+)?(?:(?:last|previous|earlier|first|old|new|current)\s+)?(approved\s+|golden\s+|pre-?production\s+)?sample|\b(after|upon|once)\s+(the\s+)?samples?\s+(confirmation|approval|is approved|are approved|confirmed|approved)|\b(thanks?|thank you)\s+(you\s+)?for\s+(the\s+|your\s+)?samples?\b|\b(received|got|tested|checked)\s+(the\s+|your\s+)?samples?\b|\bsamples?\s+(arrived|received|look|looks|are good|are fine|are ok|passed)\b|\b(after|once|when)\s+(you|we)\s+(approve|confirm)\s+(the\s+)?(?:[\w-]+\s+)?samples?\b|\b(?:pre-?production\s|pp\s)?samples?\s(?:approval|confirmation|photos?|pictures?|pics|videos?)\b/i;

const samplePayment = /\b(pay|paid|paypal|dhl|fedex|ups|courier|fee)\b|[$€£¥]/i;

/**
 * Longest text read as one sentence. A longer run with no sentence break (a pasted table, one token
 * repeated) is read in windows cut at spaces, so no sentence's work grows with the size of the paste.
 */
const maxClause = 500;
/** A message longer than this gives each sentence only its own text for the cues read across sentences. */
const maxMessageContext = 2000;
/** Most sentences a chat message holds: a longer one is a document pasted whole (minutes, a quote, a mail). */
const chatSentences = 8;

/** A sentence cut into windows of at most `maxClause` characters, each an exact substring. */
function windowsOf(sentence: string): string[] {
  if (sentence.length <= maxClause) return [sentence];
  const windows: string[] = [];
  let start = 0;
  while (start < sentence.length) {
    let end = Math.min(sentence.length, start + maxClause);
    if (end < sentence.length) {
      const space = sentence.lastIndexOf(" ", end);
      if (space > start + maxClause / 2) end = space;
    }
    windows.push(sentence.slice(start, end));
    start = end;
  }
  return windows;
}

/**
 * The windows of each sentence, in order: what `flatMap(windowsOf)` gives, without an array made for every
 * sentence that needs no cutting (nearly all of them).
 */
function windowsOfAll(sentences: readonly string[]): string[] {
  const all: string[] = [];
  for (const sentence of sentences)
    if (sentence.length <= maxClause) all.push(sentence);
    else all.push(...windowsOf(sentence));
  return all;
}

/**
 * Notes written in the third person ("Supplier agreed to USD 2.95/pc", "- Snapback cap: Buyer countered USD
 * 2.80"): the side named as the sentence's subject is the one speaking, whoever wrote the notes.
 */
const sides = "supplier|seller|factory|vendor|manufacturer|buyer|customer|client";
const sideWords = String.raw`(?:the\s)?(${sides})\s(?:agreed|accepted|confirmed|quoted|offered|opened|countered|proposed|requested|insisted|refused|declined)\b`;
/**
 * A side's word anywhere in the sentence: the patterns below need one, and most sentences have none, which one
 * scan tells before the subject pattern tries every label a line may open with.
 */
const sideNamed = new RegExp(String.raw`(?:${sides})\s`, "i");
const sideSubject = new RegExp(
  String.raw`^(?:[-•*]\s{0,3}|\d{1,2}[.)]\s{0,3})?(?:[^:：.]{1,60}[:：]\s{0,3})?${sideWords}`,
  "i",
);
const sideOpening = new RegExp(String.raw`^\s{0,3}(?:[-•*]\s{0,3}|\d{1,2}[.)]\s{0,3})?${sideWords}`, "i");

function sideActing(text: string): Role | null {
  if (!sideNamed.test(text)) return null;
  const side = sideSubject.exec(text)?.[1]?.toLowerCase();
  if (!side) return null;
  return /^(?:buyer|customer|client)$/.test(side) ? "buyer" : "supplier";
}

/** Whether a sentence opens with a side acting ("Supplier agreed to USD 2.45/pc"): its first words name no goods. */
export function opensWithSide(text: string): boolean {
  return sideOpening.test(text);
}

/**
 * Text struck through, as notes and Slack write it ("~~3.20~~ ~~2.95~~ 2.80 /pc", "~0.95~ 0.88"): a value
 * taken back, read as blank. (Spaces of the same length keep every offset where it was written.)
 */
const struck = /~~[^~\n]{1,60}~~|(?<![~\w])~(?=[^\s~])[^~\n]{1,60}(?<=[^\s~])~(?![~\w])/g;

function withoutStruck(sentence: string): string {
  return sentence.includes("~") ? sentence.replace(struck, (m) => " ".repeat(m.length)) : sentence;
}

/** Split every message into sentences that stay within one physical line. */
export function clausesOf(transcript: ParsedTranscript): Clause[] {
  const clauses: Clause[] = [];
  // A chat that says its prices in words ("two dollars even") says its bare prices so too ("at one ninety").
  const pricesInWords = transcript.messages.some((message) => speaksMoneyInWords(message.text));
  const dayFirst = dayFirstIn(
    transcript.messages.map((message) => message.text),
    transcript.dayOrder,
  );
  const outline = outlineOf(transcript);
  let previousAboutSamples = false;
  transcript.messages.forEach((message, index) => {
    // In a message about samples, its payment and courier sentences are about the samples too,
    // and so is a reply right after one that does not turn to the bulk order ("OK, paid $53 by PayPal").
    const bulk = /\b(bulk|mass production|order of|for the order|production order)\b/i.test(message.text);
    // A sample named only as received or as the standard ("Thanks for the samples", "same as sample")
    // does not make the message about samples.
    const sentences = message.text.split(sentenceBreak);
    const talksSamples = sentences.some(
      (sentence) => sampleWord.test(sentence) && !sampleAsReference.test(sentence),
    );
    // (A document pasted as one message, minutes or a quote, speaks of samples in its own lines only: its
    // freight and payment lines are the order's.)
    const sampleMessage =
      (talksSamples || previousAboutSamples) && !bulk && sentences.length <= chatSentences;
    // A message that pays or ships the samples makes the reply about them too, even when it goes on to
    // say the bulk order waits ("I'll pay the $73 by PayPal for the sample. Bulk order after testing.").
    previousAboutSamples =
      (talksSamples && !bulk) ||
      sentences.some((s) => sampleWord.test(s) && !sampleAsReference.test(s) && samplePayment.test(s));
    const long = message.text.length > maxMessageContext;
    const before = transcript.messages[index - 1]?.text ?? "";
    const previous = before.length > maxMessageContext ? before.slice(-maxMessageContext) : before;
    for (const part of message.parts) {
      // A message of one line is split into sentences once.
      const partSentences =
        message.parts.length === 1 && part.text === message.text ? sentences : part.text.split(sentenceBreak);
      for (const raw of windowsOfAll(partSentences)) {
        const written = withoutStruck(withoutVoiceLabel(raw.trim()));
        if (written === "") continue;
        // ("paymnet 30% depoist": the trade words meant, then the figures said in words, in digits.)
        // ("- Pos. 1 bush 8x12x10 mm: ...": a row number in words, read as the list marker it is.)
        const listed = withPositionLabel(written);
        const spelled = withTradeSpellings(listed?.text ?? written);
        const mended = spelled?.text ?? listed?.text ?? written;
        const spoken = withSpokenFigures(mended, pricesInWords);
        const text = spoken?.text ?? mended;
        const offset = readBack([listed, spelled, spoken]);
        clauses.push({
          ...(offset ? { written: { text: written, offset } } : {}),
          message: index,
          role: sideActing(text) ?? message.role,
          speaker: message.speaker,
          line: part.line,
          text,
          messageText: long ? text : message.text,
          previousText: previous,
          sample:
            (sampleWord.test(text) && !sampleAsReference.test(text)) ||
            otherOrder.test(text) ||
            (sampleMessage &&
              /\b(pay|paid|paypal|dhl|fedex|ups|courier|send|ship|cost|fee)\b|[$€£¥]/i.test(text)),
          question: /[?？]["”’)\]]?\s*$/.test(text),
          ...(dayFirst ? { dayFirst } : {}),
          ...(outline.has(part.line) ? { outline: outline.get(part.line)! } : {}),
        });
      }
    }
  });
  return clauses;
}

/** Split a clause into segments at commas, semicolons and " and ", with their offsets. */
export function segmentsOf(text: string): Array<{ text: string; start: number }> {
  const segments: Array<{ text: string; start: number }> = [];
  const pattern = /\s*(?:,(?!\d{3}\b)|;|，|；|\band\b|&|\bbut\b|\/(?=\s))\s*/gi;
  let start = 0;
  for (const match of matchesOf(pattern, text)) {
    segments.push({ text: text.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  segments.push({ text: text.slice(start), start });
  return segments.filter((segment) => segment.text.trim() !== "");
}

const maxQuote = 140;

/** Evidence for a span of a clause: the clause itself, or a window around the span when it is long. */
/**
 * A voice message's label before its transcript ("[Voice 0:38 | 转文字: Hi Ken, ...]", "[voice note 0:32] Ehen,
 * ..."): the words said are the sentence, the label and its closing bracket none of it.
 */
const voiceLabel =
  /^\[\s*(?:voice|audio|语音)[^\]|:：]{0,24}(?:\d{1,2}:\d{2})?(?:\s*\|\s*[^\]:：]{1,16}[:：]|\s*\])\s*/i;

function withoutVoiceLabel(sentence: string): string {
  const label = voiceLabel.exec(sentence);
  if (!label) return sentence;
  const said = sentence.slice(label[0].length);
  // (The label left its bracket open: the transcript closes it.)
  return label[0].trimEnd().endsWith("]") ? said : said.replace(/\]\s*$/, "");
}

/** Where an offset of the sentence as read stands as written, through each rewrite that was made. */
function readBack(rewrites: ReadonlyArray<Rewritten | null>): ((offset: number) => number) | null {
  const made = rewrites.filter((r): r is Rewritten => r !== null);
  if (made.length === 0) return null;
  // (Each rewrite read the text the one before it made: back through them last to first.)
  return (offset) => made.reduceRight((at, r) => r.original(at), offset);
}

export function evidenceFor(field: string, clause: Clause, from = 0, to = clause.text.length): Evidence {
  // A sentence read with its spoken figures in digits is quoted as written.
  const source = clause.written?.text ?? clause.text;
  const start = clause.written ? clause.written.offset(from) : from;
  const end = clause.written ? clause.written.offset(to) : to;
  let quote = source;
  if (quote.length > maxQuote) {
    const cut = Math.max(0, Math.min(start, end - maxQuote) - 20);
    const stop = Math.min(quote.length, Math.max(end, cut + 40) + 20);
    quote = quote.slice(cut, Math.max(stop, cut + 1)).trim();
    if (quote === "") quote = source.slice(start, end);
  }
  return { field, line: clause.line, quote, source: "rules" };
}
