/** Words that accept, refuse or defer an offer, in the English and Chinese suppliers and buyers use. */
import { matchesOf } from "../matches.ts";
import { remembered } from "./memo.ts";

const acceptStart =
  /^\s*(ok(ay)?|okey|deal|agreed?|confirm(ed)?|fine|good|great|perfect|yes|yep|yeah|sure|accepted?|no problem|sounds good|that works|works for me|done|alright|all right|excellent|awesome|sold|cool|wonderful|fantastic|will do|sounds (fair|good|great|perfect)|fair enough|whatever|super|correct|all correct|most welcome|you are welcome to)\b|^\s*(好的|好|可以|行|没问题|成交)|^\s*(?:👍|👌|🤝|✅|☑️?|✔️?)/i;
const acceptAnywhereWords =
  /\b(deal|agreed|we agree|i agree|confirmed|works for me|accept(ed)?(?!\s(?:max(?:imum)?|only|up to|at most|no more than)\b)|sounds good|that works|will work|that'?s fine|is fine|are fine|(fine|ok|okay|good) (for|with) (me|us)|ok for (me|us)|okay for (me|us)|we place the order|(we|i) (will |'ll |shall )?order \d+|place the order|placing (it|the order)|go ahead|let'?s do (it|that)|you got it|it'?s a deal|i'?ll take it|we'?ll take it|i will take it|send (me )?(the )?(pi|proforma|invoice|order|contract)|let'?s go with|we confirm|i confirm|(?:we|i) accept(?!\s(?:max(?:imum)?|only|up to|at most|no more than)\b)|ready to (order|place)|we go ahead|as agreed|(that'?s|sounds|it'?s|that is) (actually |really |just |absolutely |totally )?(great|good|perfect|fine|ok|okay|a deal)|i can do that|we can do that|(i|we) (will|'ll|would|'d) (have to )?take (it|them|this)|(i|we) (would like|'d like|want) to take (it|them|this)|can'?t argue with (that|it|this)|works for (me|us)|i'?m in|sounds fair|fair enough|(that'?s|that is|it'?s) fair|\d+(\s*(\$|dollars?|usd))?\s*it is|you have a deal|you'?ve got a deal|you got (yourself )?a deal|sold|(that|it|this) (would|will|should) (have to )?(work|be (great|good|fine|perfect|ok|okay))|(would|will|should) work for (me|us)|(i|we) (could|can|will|'ll|would|'d) (do|go with|make) (that|it)( work)?|i guess i can|sounds (reasonable|fine|fantastic|perfect|great)|(that'?s|that is|it'?s) (reasonable|agreeable|acceptable)|agreeable|(i|we) (will|'ll|would) accept|(i|we) can settle (on|for)|we have a deal|when can i pick|i'?ll (come )?pick (it|them) up|see you (then|tomorrow|soon)|(the )?(pi|proforma|invoice|contract|order|details|everything) (is |are |looks |all )?(correct|right|in order))\b|成交|就这样/gi;
/** Words just before an accepting phrase that turn it round ("we can't place the order with Sept 5"). */
const negatedBefore =
  /\b(?:can ?not|can'?t|cannot|won'?t|will not|don'?t|do not|not|never|unable to|refuse to)\s+(?:\w+\s+){0,2}$/i;

/** An accepting phrase anywhere in the text that no negation just before it turns round. */
function acceptsAnywhere(text: string): boolean {
  for (const m of matchesOf(acceptAnywhereWords, text))
    if (!negatedBefore.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  return false;
}
/**
 * A message that puts the decision off: "waiting for your news", "we decide after we test the samples",
 * "I will talk with my partner". An "ok" in it acknowledges; it accepts nothing.
 */
const deferral =
  /\b(check with|think about|consider|come back|get back|let you know|discuss|not sure|maybe later|i'?ll see|too (high|expensive|much)|above (our|my) budget|can you|could you|would you|wait(ing)? for (your |the )?(good )?(news|reply|feedback|decision|answer|confirmation)|(will|'ll|shall) revert|(will|'ll|shall) (reply|answer|respond)( (to )?you)? (tomorrow|later|soon|asap|next week|on monday)|revert (back|to you|soon|by|next)|(?:talk|speak) (with|to) (my|our)|(?:we |let'?s )?talk (?:about it |about that )?(?:by|over|via|on) (?:e-?mail|mail|phone|wechat|whatsapp)|(?:we |let'?s )?(?:talk|speak|discuss) (?:about it |about that |it |that )?(?:again )?(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|later|next week)|(?:must|need to|have to) (?:still )?discuss|(?:fill|put) (?:it |that )?in later|let'?s see what|ask (my|our) (boss|manager|partner|team|colleague|factory)|(decide|decision|confirm) (after|later|when|once|next)|after (we )?(test|check|receiv|get)\w* the samples?|need to check|check (the|our|my) budget|(calculate|quote|count) (it |the (price|cost) )?(after|when|once) you (confirm|decide|tell))\b/i;
const refusal =
  /\b(too (low|high|much|expensive|cheap)|impossible|(?:too|very|quite|really) difficult|difficult for (?:us|me)|not (?:feasible|workable|doable)|no can do|can ?not|can't(?! (argue|complain|beat|say no))|cannot|no way|not possible|below (our )?cost|is hard|hard for us|no lower|not accept|won'?t|unable|sorry(?![,.!]?\s(?:dear\s|sir\s|madam\s|friend\s)?(?:my\s(?:mistake|bad|fault|error)|our\s(?:mistake|fault|error)|for\s(?:the\s|my\s|our\s)?(?:late|delay|mistake|confusion|error|wait))\b)|not enough|out of (our|my) budget|above (our|my) budget|not ok|no,|nope|lower than our cost|lose money|no (?:nos|me) (?:sirve|conviene|funciona)|no podemos|imposible)\b|不行|太低|做不了/i;

/** That a price goes no lower: "cannot lower", "can't go any lower", "不能再低了". */
const noLower =
  /\b(?:can ?not|can'?t|cannot) (?:go |be |do |make it )?(?:any ?)?lower\b|\bno lower\b|不能再低了?/gi;

/** The sentence puts a decision off ("Let me ask my boss about the air freight and come back to you"). */
export const defers = remembered((text: string): boolean => deferral.test(text) && !acceptsAnywhere(text));

/** The message's first words accept ("okay, for $470 can you deliver?"), whatever follows. */
export function startsAccepting(text: string): boolean {
  return acceptStart.test(text) && !/^\s*(yes|yeah|yep)\b/i.test(text);
}

/**
 * The message opens by accepting and only asks something in a later sentence ("No problem. I'll get
 * the money ready. Do you have the cover?"). Whether that accepts an offer depends on what it
 * answers: after a question the "yes" answers the question, after an offer it takes the offer.
 */
export function opensAccepting(text: string): boolean {
  const first = (firstSaid(text) ?? "").split(/(?<=[.!。！])\s+/)[0] ?? "";
  // A message that puts the decision off anywhere ("Ok. I will talk with my partner first.") accepts nothing.
  if (deferral.test(text) && !acceptsAnywhere(text)) return false;
  // ("ok 34, 8.5 cannot lower": after taking a price, a word that it goes no lower makes it final, it refuses nothing.)
  return acceptStart.test(first) && !/[?？]/.test(first) && !refusal.test(first.replace(noLower, " "));
}

/** An e-mail's subject line or a greeting on a line of its own ("Hi Sunny,"): nothing said yet. */
const openingLine =
  /^\s*(?:(?:subject|re|fwd?|aw|wg)\s?:.*|(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?\n]{0,30}[,!]?\s*|)$/i;

/** The first line of a message that says something, past its subject line and greeting. */
function firstSaid(text: string): string | undefined {
  const lines = text.split(/\n/);
  return lines.find((line) => !openingLine.test(line)) ?? lines[0];
}

/** The message accepts what the other side last offered ("ok deal", "Confirmed", "works for me"). */
export const isAcceptance = remembered((text: string): boolean => {
  const first = firstSaid(text) ?? "";
  if (deferral.test(text) && !acceptsAnywhere(text)) return false;
  if (acceptsAnywhere(text)) return true;
  // "Yes" or "OK" that goes on to ask something answers a question; it does not accept a price.
  if (/[?？]/.test(text)) return false;
  // An accepting word may open any sentence of the message ("I guess. Sure!", "For you, yes!").
  return (
    acceptStart.test(first) ||
    first.split(/(?<=[.!。！])\s*/).some((sentence) => acceptStart.test(sentence)) ||
    /\b(for you|i guess|i suppose)\b,?\s*(yes|sure|ok(ay)?|fine)\b/i.test(text)
  );
});

/**
 * The message restates agreed terms (an order summary, a PI, "Thanks for accepting USD 11.30"): its
 * prices are settled, not offered.
 */
export function isSummary(text: string): boolean {
  // (Notes record the deal: "- AGREED: 10,000 pcs at USD 465", "Settled at USD 1.15/pc", "Huang agreed USD 6.80",
  // "Supplier agreed to USD 2.95/pc", "agreed at 0.038 for 10,000 pcs", "Huang: 0.145 confirmed for 10,000 pcs",
  // "R offered $1.790 -> accepted", "Came back with EUR 18.90 / EUR 30.00, final. I said ok", "1600 pcs at 2.95 agreed",
  // "Agreed 17.20 x 500 pcs", "1,500 pcs @ 6.55. Agreed.", "Tama ok with 2.15".)
  if (
    /^\s?[-•*]?\s?(?:agreed|settled|deal|final)\s*(?::|at\b)|\b(?:agreed|settled)\s(?:at\s|on\s|to\s)?(?:usd|us\$|eur|rmb|cny|gbp|[$€£¥])|\b(?:agreed|settled)\s(?:at|on)\s\d|\d\.\d+\s(?:usd\s|eur\s)?(?:confirmed|agreed)\b(?!\s?\?)|(?:->|→|=>)\s?(?:accepted|agreed|deal|confirmed)\b|\b(?:i|we)\s(?:said|told\s(?:him|her|them))\s(?:ok|okay|yes)\b|\d\s(?:usd\s|eur\s)?confirmed\sfor\s\d|(?:^|[.!;]\s)(?:agreed|settled)\s(?:usd\s?|us\$\s?|[$€£¥]\s?)?\d|\d\.\d+(?:\s(?:usd|eur))?\.\s(?:agreed|confirmed|deal)\b\.?\s*$|\b(?:ok|okay|fine|happy)\swith\s(?:usd\s?|us\$\s?|[$€£¥]\s?)?\d[\d,]*\.\d+(?!\d|\.\d|\s?\?)/i.test(
      text,
    )
  )
    return true;
  // ("... I said ok. AGREED on the call": notes shout the outcome; "NOT AGREED" leaves it open.)
  if (/(?<!\bNOT\s)\bAGREED\b/.test(text)) return true;
  return /\b(as agreed|as discussed|as confirmed|order details|order confirmation|order summary|confirm(ing)? the order|proforma invoice|(thanks|thank you) for (accepting|confirming)|you (have )?(accepted|confirmed) (the |our )?(price|offer|quotation|order))\b/i.test(
    text,
  );
}

/**
 * The sentence turns a price down ("1.60 is below our cost", "55 too low"); asked more than once per sentence.
 * ("ok 34, 8.5 cannot lower": a price taken and called final is turned down by nobody.)
 */
export const isRefusal = remembered(
  (text: string): boolean => refusal.test(acceptStart.test(text) ? text.replace(noLower, " ") : text),
  4,
);

/** The sentence restates the other side's offer rather than making one ("your price of $1.45"). */
export const isRestatement = remembered((text: string): boolean =>
  /\b(your (price|prices|quote|quotation|offer)|you (quoted|offered|said|asked)|quote of|listed (it )?(at|for)|asking price|previous price|last time)\b/i.test(
    text,
  ),
);
