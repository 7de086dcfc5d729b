/**
 * When the goods ship: "20-25 days after deposit" (upper end), "within 3 weeks", "25 working days",
 * "ship by 20 December" (a fixed date, year read against now). Transit times never count.
 */
// English only: the package root loads every locale (some 260 modules) for nothing.
import * as chrono from "chrono-node/en";
import { matchesOf } from "../matches.ts";
import type { DispatchBasis } from "../schemas.ts";
import { findMoney } from "./money.ts";
import { monthStems, monthWords } from "./words/dates.ts";
import { fewWordPattern, numberValue, numberWordPattern } from "./words/number-words.ts";

export type DispatchMention = {
  basis: DispatchBasis | null;
  days: number | null;
  date: string | null;
  start: number;
  end: number;
};

// (A voice note spells the number: "thirty days", "twenty-five working days"; "six weeks", "two months" too,
// where a word below ten counts weeks or months: "two days' notice" and "one week for the box" count no lead time.)
const duration = new RegExp(
  String.raw`(?:(\d{1,3}|\b${numberWordPattern})\s*(?:-|–|~|to|至)\s*)?(\d{1,3}|\b${numberWordPattern}|\b(?:${fewWordPattern})(?=\s(?:weeks?|months?)\b))\s*(working |business |work |calendar |natural |production )?(days?|d(?=\s(?:after|from|upon)\b)|weeks?|wks?|months?|hours?|hrs?|天|个工作日|工作日|周|个星期|星期|个月|小时)`,
  "gi",
);
const dispatchCue =
  /\b(lead ?times?|delivery|deliver|ship|ships|shipped|shipping date|shipping (?:by|before|on)|shipment|dispatch|dispatched|delivered|loaded|production|produce|ready|finish|load|loading|etd|ex[- ]?factory|within|earliest|(?:after|from|upon) (?:the )?(?:receipt of |receiving )?(?:the |your |our )?(?:deposit|dep|advance|down ?payment|order|po|payment|balance|bal)|process (your |the |an? )?orders?|(?:on (?:the )?(?:boat|ship|vessel|water)|on ?board)(?=\s(?:by|before|no later than)\b))\b|交期|交货期|生产|出货|发货|出貨|發貨|交货|交貨|装柜|裝櫃/i;
const transitCue =
  /\b(transit|arrive|arrival|arrives|on the (water|way)(?!\s(?:by|before|no later than)\b)|door to door|voyage|sailing|shipping time|takes? (about )?\d+(?![^.]{0,40}\bfor us to (process|produce|prepare|make|ship|pack))|(?:EMS|DHL|UPS|FedEx|TNT|courier|express|post)\s?\(?\s?(?:delivery|transit|shipping) time|to reach|valid|validity|warranty|guarantee|return|refund|dispute|reply|quote)\b|到港|运输时间/i;
/** A document promised within a time ("PI within 2 days", "artwork in 3 days"), the words right before it. */
const paperWithin =
  /\b(?:PI|P\/I|proforma(?: invoice)?|invoice|quotation|artwork|drawings?|(?:lab |test )?reports?|tracking(?: number)?|photos?|pictures?|videos?)(?:\s*[-–:]\s*|\s+)(?:within|in)\s+\d{1,3}\s?[A-Za-z\u4e00-\u9fff]+$/i;
const turnedDown = /\b(?:impossible|can ?not|can't|not possible|no way|too (?:short|tight|fast)|unable)\b/i;
const paymentOnly = /\b(pay|paid|payment|balance|deposit)\b[^.]*\b(within|in)\s*\d/i;

/**
 * Something a date could be written as: a month's name, a day and month in figures (both 1 to 31, so the
 * prices "1.72" and "2.50" are not asked about: chrono costs tens of microseconds a sentence), an ISO date,
 * an ordinal day, a Chinese day or month.
 */
const dayOrMonth = "(?:0?[1-9]|[12]\\d|3[01])";
const dateLike = new RegExp(
  String.raw`\b(${monthStems})[a-z]*\.?\b|\b${dayOrMonth}[./-]${dayOrMonth}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(st|nd|rd|th)\b|\d+\s*[月号日]`,
  "i",
);

/** A month's name as a whole word: "June", "Sept", "jun". */
const monthName = new RegExp(String.raw`\b(?:${monthWords})\b`, "i");

/**
 * chrono's dates in a sentence. A paste that writes its figure dates day first reads "3/2" as the 3rd of
 * February; but chrono's British parser takes the figure after a month's name for a year ("ship by June 30"
 * is June 2030), so dates with the month's name, whose order needs no telling, are read the usual way.
 */
function datesIn(text: string, now: Date, dayFirst: boolean): chrono.ParsedResult[] {
  if (!dayFirst) return chrono.casual.parse(text, now, { forwardDate: true });
  const figures = chrono.GB.parse(text, now, { forwardDate: true });
  if (!monthName.test(text)) return figures;
  const named = chrono.casual.parse(text, now, { forwardDate: true }).filter((r) => monthName.test(r.text));
  return [...figures.filter((r) => !monthName.test(r.text)), ...named].sort((a, b) => a.index - b.index);
}

function partAround(text: string, position: number): string {
  const start = Math.max(text.lastIndexOf(",", position), text.lastIndexOf(";", position)) + 1;
  const comma = text.indexOf(",", position);
  const semicolon = text.indexOf(";", position);
  // The nearer of the two after it; with neither, the part runs to the end. (No array spread into Math.min:
  // every duration of every sentence asks.)
  const end = comma < 0 ? semicolon : semicolon < 0 ? comma : Math.min(comma, semicolon);
  return end < 0 ? text.slice(start) : text.slice(start, end);
}

function basisIn(text: string): DispatchBasis | null {
  const anchor =
    /\b(after|from|upon|once|on receipt of|on receiving|after receiving|receiving|since)\b|收到/i.exec(text);
  const chinese = /(定金|订金|预付款)(后|到账)|(尾款)(后|到账)|(下单|订单确认)(后)/.exec(text);
  if (chinese) return chinese[1] ? "after_deposit" : chinese[3] ? "after_balance" : "after_order";
  if (!anchor) return null;
  const window = text.slice(anchor.index, anchor.index + 45);
  // ("25d after dep": the deposit cut short in a hurried chat.)
  if (/\b(deposit|dep|down ?payment|advance|prepayment)\b|定金|订金/i.test(window)) return "after_deposit";
  if (/\b(balance|full payment|final payment|rest payment)\b|尾款/i.test(window)) return "after_balance";
  if (
    /\b(order|po|purchase order|confirm\w*|contract|placing|place|sample approval|approval|artwork)\b/i.test(
      window,
    )
  )
    return "after_order";
  // Payment received in any form (funds, T/T, the L/C opened) starts the count as a deposit does.
  if (/\b(payment|paid|paying|funds|l\/c|lc|t\/t|t\.t\.?|tt)\b/i.test(window)) return "after_deposit";
  return null;
}

/** "within 7 days after that": the count runs from an event said earlier in the sentence. */
const pointsBack = /^\s?[\p{L}]{0,8}\s?(?:after|from|once)\s(?:that|this|it|then)\b/iu;

/** The payment or order an earlier part of the sentence speaks of ("I pay the balance when goods are ready"). */
function eventBefore(text: string): DispatchBasis | null {
  let basis: DispatchBasis | null = null;
  for (const m of matchesOf(paymentEvent, text))
    basis = m[1] ? "after_balance" : m[2] ? "after_deposit" : "after_order";
  return basis;
}
const paymentEvent =
  /\b(balance|full payment|final payment)\b|\b(deposit|down ?payment|advance|initial payment|first payment)\b|\b(order|PO|contract)\b/gi;

/** A date written in Chinese before a dispatch word ("12月25号前发货", "1月10日之前出货"). */
const chineseDate =
  /(\d{1,2})\s?月\s?(\d{1,2})\s?[号日號](?:之?前|以前)?\s?(?:发货|出货|發貨|出貨|交货|交貨|装柜|裝櫃)/;

/**
 * Words that date the goods leaving, and words that date something else (an inspection, a payment, a meeting,
 * a mail written, artwork approved, the goods arriving, a paper or an answer sent: "everything else as in your
 * email of 3 Nov", "Artwork final approved 16 Nov", "so you receive around Sep 29", "send PI and lead time answer
 * (by 10/22)").
 */
const leavingWord =
  /\b(?:ship\w*|dispatch\w*|deliver\w*|load\w*|leav\w*|ex-?factory|etd|ready|send|sent|boat|vessel|water|on ?board|出货|发货)\b/gi;
const otherEventWord =
  /\b(?:inspection|inspect\w*|qc|audit|meeting|call|visit|samples?|pay|payment|deposit|l\/c|holidays?|fair|e-?mail|mail|message|letter|approv\w*|artwork|proofs?|receiv\w*|arriv\w*|pi|proforma|invoice|quot(?:e|ation)s?|answer|reply|feedback|contract)\b/gi;
const visitWord = /\b(?:inspection|inspect\w*|qc|audit|meeting|visit)\b/gi;

/**
 * Whether the words just before a date tie it to another event ("book Intertek for the pre-shipment inspection
 * around 10 Jan", "the L/C opened by 5 Dec"): the nearer of the two kinds of word decides. With neither before
 * it, the first after it does ("I'm in Delhi the week of 17 May, I can ... do our own QC before it ships").
 */
function dateOfAnotherEvent(before: string, after: string): boolean {
  const lastOf = (pattern: RegExp) => {
    let last = -1;
    for (const m of matchesOf(pattern, before)) last = m.index;
    return last;
  };
  const leaving = lastOf(leavingWord);
  const other = lastOf(otherEventWord);
  if (leaving >= 0 || other >= 0) return other > leaving;
  // (After it, only a visit or a check: "if the deposit comes this week" is the ship date's condition.)
  const firstOf = (pattern: RegExp) => matchesOf(pattern, after)[0]?.index ?? Number.POSITIVE_INFINITY;
  return firstOf(visitWord) < firstOf(leavingWord);
}

/** Dispatch terms in one sentence; `now` anchors year-less dates. */
export function findDispatch(text: string, now: Date, dayFirst = false): DispatchMention[] {
  if (!dispatchCue.test(text) || transitCue.test(text)) return [];
  // "Normally production 10-12 days" describes the factory, it does not commit to this order.
  // A terms page that says what the supplier will do ("Normally, we will effect shipment within 20
  // days after receipt of deposit") states the term all the same.
  if (
    /\b(normally|usually|generally|typically|in general|most of the time)\b/i.test(text) &&
    !/\b(we|i)(?: will| shall|'ll)\b|\bwe (?:\w+ )?(ship|deliver|dispatch|arrange|send|effect)\b|\bfor us to (process|produce|prepare|make|ship|pack)\b|\b(days?|weeks?|hours?)\s+(after|from|upon)\b/i.test(
      text,
    )
  )
    return [];
  // Sending the documents after shipment is not the shipment.
  if (/\b(send|sent|mail|courier|forward)\b[^.]{0,40}\b(documents?|docs|copy|copies|b\/?l)\b/i.test(text))
    return [];
  const found: DispatchMention[] = [];
  for (const m of matchesOf(duration, text)) {
    // "then sea about 35 days to FBA": a leg of the journey after dispatch, not the dispatch itself.
    if (
      /\b(then|by|via)\s+(sea|air|ship|train|rail|truck)\b|\bto (the )?(port|fba|warehouse|door|destination)\b/i.test(
        partAround(text, m.index),
      )
    )
      continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // "our 2nd/3rd shipment will be 2-3 weeks apart": later lots of a split order, not this dispatch.
    if (
      /\b(2nd|second|3rd|third|next|following|subsequent|later|remaining)\b[^.;]{0,12}\bshipments?\b|第[二三]/i.test(
        before,
      )
    )
      continue;
    if (paymentOnly.test(`${before}${m[0]}`) && !/\b(ship|deliver|lead|production|dispatch)/i.test(before))
      continue;
    // "twenty days impossible for 1,200 pcs", "I cannot confirm 20 days": a time turned down is no term.
    if (turnedDown.test(partAround(text, m.index))) continue;
    // "PI within 2 days", "lab report in 5 days": a paper sent, not the goods.
    if (paperWithin.test(`${before}${m[0]}`)) continue;
    const upper = numberValue(m[2]!);
    const unit = m[4]!.toLowerCase();
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // "notify you 3 days before the shipment", "book it with 3 days' notice": a notice period, not the time to
    // dispatch.
    if (/^['’]?\s*(before|prior to|in advance|ahead|(?:advance |prior )?notice)\b/i.test(rest)) continue;
    const hours = /^(hours?|hrs?|小时)$/.test(unit);
    // Hours count only for a dispatch named outright ("delivery within 48 hours"), never a payment window.
    if (hours && !/\b(ship|shipped|deliver\w*|dispatch\w*|send out|sent out|process)\b/i.test(text)) continue;
    const days = /^(weeks?|wks?|周|个星期|星期)$/.test(unit)
      ? upper * 7
      : /^(months?|个月)$/.test(unit)
        ? upper * 30
        : hours
          ? Math.ceil(upper / 24)
          : upper;
    if (days <= 0 || days > 365) continue;
    const basis =
      basisIn(rest) ??
      (pointsBack.test(rest) ? eventBefore(text.slice(0, m.index)) : null) ??
      basisIn(text.slice(Math.max(0, m.index - 30), m.index));
    found.push({ basis, days, date: null, start: m.index, end: m.index + m[0].length });
  }
  if (found.length > 0) return found;
  const chinese = chineseDate.exec(text);
  if (chinese) {
    const month = Number(chinese[1]);
    const day = Number(chinese[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      // A month already past this year is next year's ("1月20号前" said in November).
      const year = now.getUTCFullYear() + (month < now.getUTCMonth() + 1 ? 1 : 0);
      return [fixedDate(year, month, day, chinese.index, chinese.index + chinese[0].length)];
    }
  }
  if (
    !/\b(ship|shipment|shipping|dispatch|ready|deliver|delivery|load|etd|ex[- ]?factory|latest|earliest|before|by|on|no later than)\b|出货|发货/i.test(
      text,
    )
  )
    return found;
  // "shipping by 30.11. latest": a day and month as Germany writes them, which chrono reads as a decimal.
  const dotted = dottedDate.exec(text);
  if (dotted) {
    const day = Number(dotted[1]);
    const month = Number(dotted[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return [
        fixedDate(nextYearOf(now, month, day), month, day, dotted.index, dotted.index + dotted[0].length),
      ];
  }
  // "we ship end of this month": the month's last day, read against now.
  const monthEnd = endOfMonth.exec(text);
  if (monthEnd) {
    const ahead = /next/i.test(monthEnd[1]!) ? 1 : 0;
    const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + ahead + 1, 0));
    const at = monthEnd.index;
    return [
      fixedDate(
        last.getUTCFullYear(),
        last.getUTCMonth() + 1,
        last.getUTCDate(),
        at,
        at + monthEnd[0].length,
      ),
    ];
  }
  // chrono is thorough but slow: only ask it when the sentence carries something date-like.
  if (!dateLike.test(text)) return found;
  try {
    const results = datesIn(text, now, dayFirst);
    // "USD 4.20-5.60/pair": figures read as a day and a month inside an amount are a price.
    const money = results.length > 0 ? findMoney(text).filter((m) => !m.bare) : [];
    for (const result of results) {
      if (!result.start.isCertain("day") || !result.start.isCertain("month")) continue;
      if (money.some((m) => m.start < result.index + result.text.length && result.index < m.end)) continue;
      if (/^\d{1,2}:\d{2}/.test(result.text)) continue;
      // ("Ship before June 30 ok, we arrange production now": "now" says when work starts, no date goods leave.)
      if (/^(?:right\s)?now$/i.test(result.text.trim())) continue;
      // "1.7 m tripod", "in 30 mins": an offset in minutes or hours from now is a measure or a clock, no ship date.
      if (result.start.tags().has("result/relativeDateAndTime")) continue;
      // "25-30 days after deposit": a count of days from an event is read as a count above, never as a date from now.
      if (result.start.tags().has("result/relativeDate") && /\b(?:after|later|from)\b/i.test(result.text))
        continue;
      const end = result.index + result.text.length;
      if (
        dateOfAnotherEvent(
          text.slice(Math.max(0, result.index - 60), result.index),
          text.slice(end, end + 80),
        )
      )
        continue;
      // "2027-07-08 11:45:18 Li Gong:", "Wed, Feb 4, 2026 at 10:12 AM": a date with its clock time is when a
      // message was written (a header the parser left in the sentence), not when goods leave.
      if (result.start.isCertain("hour") && /\d:\d\d/.test(result.text)) continue;
      // "2026-08-10 | Me | QIMA inspection booked ...": the date opening a log's row is when the row was written.
      if (
        /^\s*$/.test(text.slice(0, result.index)) &&
        /^\s*(?:\||\t)/.test(text.slice(result.index + result.text.length))
      )
        continue;
      const month = result.start.get("month")!;
      const day = result.start.get("day")!;
      // "ship before 28 Nov, 30% deposit": two digits after the comma that count something are no year.
      const twoDigits = /[,\s]+\d{2}$/.exec(result.text);
      const yearCounts =
        twoDigits !== null && /^\s*(?:%|[a-z])/i.test(text.slice(result.index + result.text.length));
      const length = yearCounts ? twoDigits.index : result.text.length;
      const year = yearCounts
        ? nextYearOf(now, month, day)
        : (result.start.get("year") ?? now.getUTCFullYear());
      found.push(fixedDate(year, month, day, result.index, result.index + length));
    }
  } catch {
    // chrono is robust, but a date parser must never sink the extraction.
  }
  // "ship by 26 June (race day is 19 July)", "ships by Friday, May 22 - the race is June 6": a date in brackets,
  // or after a spaced dash, beside one before it gives the reason.
  const aside = (mention: DispatchMention) => {
    const before = text.slice(0, mention.start);
    const dash = Math.max(before.lastIndexOf(" - "), before.lastIndexOf(" – "), before.lastIndexOf(" — "));
    return (
      before.lastIndexOf("(") > before.lastIndexOf(")") ||
      (dash >= 0 && found.some((other) => other.start < dash && other !== mention))
    );
  };
  const outside = found.filter((mention) => !aside(mention));
  return outside.length > 0 ? outside : found;
}

/**
 * A day and month with a dot after each and no year ("by 30.11.", "before 1.2."), after a word that sets a
 * date: "AQL 2.5." and "≥ 2.5 MPa." are figures.
 */
const dottedDate =
  /(?<=\b(?:by|before|on|until|till|latest|date|etd|bis|am|ab)\s(?:the\s)?)(\d{1,2})\.(\d{1,2})\.(?![\d,]|\.)/i;
/** "end of this month", "end of the month", "end of next month". */
const endOfMonth = /\bend of (this|the|next) month\b/i;

/** A fixed ship date as a dispatch mention. */
function fixedDate(year: number, month: number, day: number, start: number, end: number): DispatchMention {
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { basis: "fixed_date", days: null, date, start, end };
}

/** The year a day and month without one fall in: this year's, or next year's once this year's has passed. */
function nextYearOf(now: Date, month: number, day: number): number {
  const thisYear = now.getUTCFullYear();
  return Date.UTC(thisYear, month - 1, day) < Date.UTC(thisYear, now.getUTCMonth(), now.getUTCDate())
    ? thisYear + 1
    : thisYear;
}
