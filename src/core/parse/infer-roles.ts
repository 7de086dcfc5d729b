/**
 * Who is the buyer and who the supplier. The side that quotes prices, MOQ and lead times and names
 * its factory is the supplier; the side that asks, counters and orders is the buyer.
 */
import type { Role } from "../schemas.ts";

type Cue = [RegExp, number];

const supplierCues: Cue[] = [
  [
    /\b(this is|here from|from|we are|i am|i'm)\b[^.?!]{0,80}\b(co\.?,?\s*ltd|company limited|limited|factory|manufactur\w*|industr\w*|trading)\b/i,
    4,
  ],
  [/\bthanks? (you )?for (your|the) (inquiry|enquiry|interest|order|message)\b/i, 3],
  [
    /\bour (price|prices|factory|moq|lead ?time|best|company|products?|qc|production|cost|boss|manager|account|bank)\b/i,
    2,
  ],
  [/\bwe (can|could) (do|make|offer|give|ship|produce|accept|provide|supply|print|pack|customi[sz]e)\b/i, 2],
  [
    /\b(we ship|we produce|we will ship|we'll ship|we make|we accept|we take the freight|we will send the pi|i will send the (pi|order|trade assurance))\b/i,
    2,
  ],
  [/\b(moq|minimum order)\b[^?]*\d/i, 2],
  [/\b(best|lowest|final) (price|offer)\b|\bboss\b|\bmy manager\b|\bbelow our cost\b/i, 2],
  [/\b(too low|impossible|no lower|can ?not do|can't do|hard for us)\b/i, 1],
  [/\bdear\b/i, 1],
  [/(\/\s?(pc|pcs|piece|set|unit)\b|\bper (piece|pc|set|unit)\b|\beach\b)/i, 1],
  [/\b(lead ?time|delivery time|production time)\b[^?]*\d/i, 1],
  [/(最低价|定金|订金|尾款|交期|交货期|工厂|报价|我们)/, 2],
  // A signature line that is only a company name.
  [/^\s*[A-Z][\w&.,'’ -]{2,80}\b(Co\.?,?\s*Ltd\.?|Company Limited|Limited|Factory|Manufactory)\s*$/m, 3],
  // ("Please send the proforma invoice" asks for it: the buyer.)
  [
    /(?<!\b(?:please|pls|kindly|can you|could you|you)\s)\b(prepare|draft|make|send|issue)\b[^.?!]{0,30}\b(pi|proforma|trade assurance order|order link)\b/i,
    2,
  ],
  // A signature's job line: "Export Manager", "Sales Representative", "Overseas Sales Dept."
  [
    /^\s*(?:senior\s|overseas\s|international\s|foreign trade\s)?(?:export|sales|foreign trade|business development)(?:\s(?:&|and)\s\w+)?\s(?:manager|director|executive|representative|rep|dept\.?|department|team|specialist|assistant)\s*$/im,
    3,
  ],
];

const buyerCues: Cue[] = [
  [/\b(buyer|purchaser|purchasing|sourcing) (at|for|from|of)\b/i, 3],
  [
    /\b(i|we) (need|want|would like|'d like|am looking|are looking|will take|'ll take|take|will order|order|will place|place|will pay|'ll pay|can pay|agree)\b/i,
    2,
  ],
  [/\bcan you (do|make|give|offer|lower|ship|accept|reduce|send|print|keep)\b/i, 2],
  [/\b(how about|could you do|would you (do|take|accept))\b/i, 2],
  [/\b(my|our) (forwarder|agent|customer|buyer|client|budget|shop|store|brand|warehouse|team|artwork)\b/i, 2],
  [/\bwhat(?:'s| is) (the|your) (price|moq|lead ?time|best|payment)/i, 2],
  [/\b(interested in|do you have|looking for|send (me )?(the |a )?(pi|quote|quotation|order|invoice))\b/i, 2],
  [/\b(please send|send pi|go ahead)\b/i, 1],
  // Asking for the other side's papers: "send us by e-mail your pro-forma invoice".
  [
    /\bsend (us|me)\b[^.?!]{0,25}\byour (pro-?forma|pi|quotation|quote|invoice|offer|price ?list|catalog)/i,
    3,
  ],
  [/\bplease\b/i, 1],
  // A signature's job line: "Purchasing", "Einkauf / Purchasing", "Sourcing Manager", "Procurement".
  [
    /^\s*(?:(?:head of|senior|strategic)\s)?(?:purchasing|procurement|sourcing|einkauf|buying|compras|achats|inkoop)(?:\s?\/\s?\w+)?(?:\s(?:manager|director|lead|dept\.?|department|team|specialist|assistant))?\s*$/im,
    3,
  ],
];

function score(text: string, cues: Cue[]): number {
  let total = 0;
  for (const [pattern, weight] of cues) if (pattern.test(text)) total += weight;
  return total;
}

/** Supplier-ness of a text: positive leans supplier, negative leans buyer; questions lean buyer. */
export function roleScore(text: string): number {
  let total = 0;
  for (const sentence of text.split(/(?<=[.!?。！？])\s+|\n/)) {
    const question = /\?\s*$|？\s*$/.test(sentence.trim());
    const supplier = score(sentence, supplierCues);
    const buyer = score(sentence, buyerCues);
    total += question ? -Math.max(buyer, supplier > 0 ? 1 : 0) : supplier - buyer;
  }
  return total;
}

/** How Chinese makers name their companies: "Co., Ltd.", "Company Limited", "Factory", "有限公司", "厂". */
const makerCompany = /\bCo\.?,? ?Ltd\b|\bCompany Limited\b|\bFactory\b|\bManufactory\b|有限公司|工厂|厂$/i;
/** As much as a few clear supplier sentences: a label leans, the messages still decide. */
const makerLabelWeight = 4;

/** A message that opens by saying it passes on someone else's text: "pasting it here", "copying from Alibaba". */
const relayOpening =
  /\b(?:pasting|copying|forwarding)\b(?:\s(?:it|them|this|their|her|his|the))?\s(?:here|below|from|in)\b/i;

/** Role of each speaker from the sum of their messages' scores; with two speakers, one of each. */
export function inferSpeakerRoles(
  messages: ReadonlyArray<{ speaker: string | null; text: string }>,
  fixed: ReadonlyMap<string, Role>,
): Map<string, Role> {
  const totals = new Map<string, number>();
  const scored = new Map<string, number>();
  for (const message of messages) {
    if (message.speaker === null) continue;
    // Forty messages a speaker show which side they are on; reading more only costs time.
    const seen = scored.get(message.speaker) ?? 0;
    scored.set(message.speaker, seen + 1);
    if (seen >= 40) continue;
    // ("Price list from Ningbo X just came in on Alibaba, pasting it here:": the lines a teammate pastes are the
    // other side's words, no sign of the poster's.)
    if (relayOpening.test(message.text.split("\n", 1)[0]!)) continue;
    totals.set(message.speaker, (totals.get(message.speaker) ?? 0) + roleScore(message.text));
  }
  // A sender label naming a maker's company ("Linda (Qingdao X Co., Ltd.)", "Y Factory") speaks for the supplier.
  for (const speaker of totals.keys())
    if (makerCompany.test(speaker)) totals.set(speaker, totals.get(speaker)! + makerLabelWeight);
  const roles = new Map<string, Role>();
  const speakers = [...totals.keys()];
  for (const speaker of speakers) {
    const known = fixed.get(speaker);
    if (known && known !== "unknown") roles.set(speaker, known);
  }
  const open = speakers.filter((speaker) => !roles.has(speaker));
  if (speakers.length === 2 && open.length === 1) {
    const other = speakers.find((speaker) => speaker !== open[0])!;
    const otherRole = roles.get(other)!;
    roles.set(open[0]!, otherRole === "supplier" ? "buyer" : "supplier");
  } else if (speakers.length === 2 && open.length === 2) {
    const [a, b] = open as [string, string];
    const diff = (totals.get(a) ?? 0) - (totals.get(b) ?? 0);
    if (diff !== 0) {
      roles.set(a, diff > 0 ? "supplier" : "buyer");
      roles.set(b, diff > 0 ? "buyer" : "supplier");
    }
  } else {
    const taken = new Set(roles.values());
    for (const speaker of open) {
      const total = totals.get(speaker) ?? 0;
      if (total > 0) roles.set(speaker, "supplier");
      else if (total < 0) roles.set(speaker, "buyer");
    }
    // Several speakers, one side unnamed so far: the strongest scorer takes the missing side.
    if (!taken.has("supplier") && ![...roles.values()].includes("supplier") && open.length > 0) {
      const best = open.reduce((a, b) => ((totals.get(a) ?? 0) >= (totals.get(b) ?? 0) ? a : b));
      if ((totals.get(best) ?? 0) > 0) roles.set(best, "supplier");
    }
    // Several speakers and nobody on the buyer's side: a buyer's "our QC" or "we make the order" leans a little
    // supplier, far less than the side that quotes. Of those who lean under half as much as the strongest, the
    // one who talks most with the strongest (messages straight before or after theirs) is the buyer; a colleague
    // who chimes in keeps the role its own words give.
    if (![...roles.values()].includes("buyer") && !taken.has("buyer") && open.length >= 3) {
      const top = open.reduce((a, b) => ((totals.get(b) ?? 0) > (totals.get(a) ?? 0) ? b : a));
      const strongest = totals.get(top) ?? 0;
      const turns = turnsWith(messages, top);
      const candidates = open.filter(
        (speaker) =>
          speaker !== top && (totals.get(speaker) ?? 0) * 2 < strongest && (turns.get(speaker) ?? 0) > 0,
      );
      if (candidates.length > 0)
        roles.set(
          candidates.reduce((a, b) => ((turns.get(b) ?? 0) > (turns.get(a) ?? 0) ? b : a)),
          "buyer",
        );
    }
  }
  for (const speaker of speakers) if (!roles.has(speaker)) roles.set(speaker, "unknown");
  return roles;
}

/** How many times each speaker's message comes straight before or after one of `speaker`'s. */
function turnsWith(
  messages: ReadonlyArray<{ speaker: string | null }>,
  speaker: string,
): Map<string, number> {
  const turns = new Map<string, number>();
  const said = messages.filter((message) => message.speaker !== null);
  said.forEach((message, i) => {
    const next = said[i + 1];
    if (!next || message.speaker === next.speaker) return;
    const other =
      message.speaker === speaker ? next.speaker : next.speaker === speaker ? message.speaker : null;
    if (other !== null) turns.set(other, (turns.get(other) ?? 0) + 1);
  });
  return turns;
}

/** A line that announces a list under it: "price as below", "Quote:", "prices as follows". */
const announcesList = /[:：]\s*$|\b(?:as below|as follows|price list)\b/i;
/**
 * A row of a price list: a name, then its amount at the end ("coffin medium nude ombre   USD 85", "- oak board
 * small: $4.10/pc"). (Bulleted notes that end in words are minutes, whoever wrote them: no row.)
 */
const listRow =
  /^\s*(?:[-•*]\s|\d{1,2}[.)]\s)?[^\d.?!]{2,60}?\s(?:(?:US\$|USD|RMB|EUR|GBP|CNY|[$€£¥])\s?)?\d[\d.,]*(?:\s?(?:USD|RMB|EUR|usd|rmb|eur))?(?:\s?\/\s?[a-z]{1,6})?\s*$/;

/**
 * Whether a line with no cue of its own goes on with the line before it: a row of the list that line
 * announces or began. (Rows of one list are one side's; only other lines alternate.)
 */
function continuesList(previous: string, line: string): boolean {
  return listRow.test(line) && (announcesList.test(previous) || listRow.test(previous));
}

/** Roles for a paste without speakers: clear cues decide, list rows go on with their list, other lines alternate. */
/** Longest pause between two messages one person sends in a row, in seconds. */
const burstSeconds = 30;

export function inferLineRoles(texts: readonly string[], times: ReadonlyArray<string | null> = []): Role[] {
  const roles: Role[] = texts.map((text) => {
    const s = roleScore(text);
    return s >= 1 ? "supplier" : s <= -1 ? "buyer" : "unknown";
  });
  const flip = (role: Role): Role =>
    role === "supplier" ? "buyer" : role === "buyer" ? "supplier" : "unknown";
  // Messages sent within seconds of each other ("5.35" / "taper 48" / "last") are one person typing in bursts.
  const burst = (i: number) => {
    const [before, now] = [times[i - 1], times[i]];
    if (!before || !now) return false;
    const gap = (Date.parse(now) - Date.parse(before)) / 1000;
    return gap >= 0 && gap <= burstSeconds;
  };
  for (let i = 1; i < roles.length; i++)
    if (roles[i] === "unknown")
      roles[i] = continuesList(texts[i - 1]!, texts[i]!) || burst(i) ? roles[i - 1]! : flip(roles[i - 1]!);
  for (let i = roles.length - 2; i >= 0; i--)
    if (roles[i] === "unknown")
      roles[i] = continuesList(texts[i]!, texts[i + 1]!) ? roles[i + 1]! : flip(roles[i + 1]!);
  return roles;
}
