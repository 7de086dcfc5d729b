/**
 * Payment terms: deposit percent ("30% deposit", "30/70", "100% in advance", 定金30%), when the
 * balance is due (before shipment, against B/L copy, on delivery) and the method (T/T, card, PayPal...).
 */
import type { BalanceTiming, PaymentMethod } from "../schemas.ts";
import { readOneSpaced } from "./spacing.ts";

export type Found<T> = { value: T; start: number; end: number };

const paymentCue =
  /\b(pay|paid|payment|deposit|advance|upfront|up front|balance|t\/?t|wire|bank transfer|remit\w*|terms?|prepay\w*|card|paypal|l\/c|paiement|acompte|solde|zahlung|anzahlung|pago|anticipo|saldo)\b|定金|订金|尾款|付款|预付/i;

/**
 * The ways a deposit is written, tried in turn; built once. "30/70" and two shares ("50% now, 50% later")
 * count only in a sentence about payment.
 */
const depositPatterns: Array<[RegExp, (m: RegExpExecArray) => number]> = [
  // "100% before shipment", "100% payment before loading": all of it paid once the goods are made, none before.
  [/\b100\s*%\s*(?:payment\s|paid\s)?before\s(?:ship|load|deliver|dispatch)/i, () => 0],
  // "100% LC at sight, no advance", "No deposit, 100% against B/L copy", "we work with no advance: 100% L/C":
  // nothing is paid before production, whatever the whole payment said beside it. (German "keine Anzahlung",
  // French "sans acompte" / "pas d'acompte", Spanish "sin anticipo".) First, so "No deposit, you pay full amount
  // before loading" reads as no deposit.
  [
    /(?:\b(?:no|without(?: any)?|zero)\s(?:deposit|advance(?: payment)?|down ?payment|prepayment)|\b(?:keine|ohne)\s(?:anzahlung|vorauszahlung)|\b(?:sans|pas d['’])\s?acompte|\bsin\s(?:anticipo|adelanto))(?=\s?(?:[,.;:!)]|$|is\b|needed|required|at all))/i,
    () => 0,
  ],
  [
    /(\d{1,3})\s*(?:%|per ?cent)\s*(?:of\s(?:the\s)?(?:(?:total|entire|whole|full)\s)?(?:(?:order|goods|invoice)\s)?(?:amount|value|invoice|price|payment)\s(?:of\s(?:the\s)?(?:goods|order|contract)\s)?)?(?:t\/?t\s)?(?:(?:as|of)\s)?(?:the\s|a\s)?(?:deposit|down ?payment|advance|in advance|upfront|up front|prepayment|(?:d['’]|de\s)?(?:acompte|anticipo|adelanto)|anzahlung|(?:to be paid\s)?before production|to (?:start|begin|launch|arrange) (?:the\s)?(?:mass\s)?production|(?:payment\s)?(?:once|when|upon)\s(?:the\s)?order\sis\sconfirmed|定金|订金|预付)/i,
    (m) => +m[1]!,
  ],
  [
    /(?:deposit|down ?payment|prepayment|advance payment|acompte|anzahlung|anticipo|adelanto|定金|订金|预付款?)(?:\s*(?:of|is|de|del|von|:|：|=|will be|would be))?\s*(\d{1,3})\s*(?:%|per ?cent\b)/i,
    (m) => +m[1]!,
  ],
  // Alibaba's order details: "Initial payment: US $2,416.20 (30%)", the first payment's amount and share.
  [
    /\b(?:initial|advance|down|first)\s?payment\s?[:：]?[^()%\n]{0,24}\(\s?(\d{1,3})\s?%\s?\)/i,
    (m) => +m[1]!,
  ],
  [/\b(\d{1,2})\s*\/\s*(\d{1,2})\b/, (m) => (+m[1]! + +m[2]! === 100 ? +m[1]! : Number.NaN)],
  // "50% balance ... before container stuffing": the balance named, the deposit is the rest.
  [
    /\b(\d{1,2})\s*%\s*(?:balance|remaining|rest)\b|\b(?:balance|remaining|rest)\s*(?:of\s*)?(\d{1,2})\s*%/i,
    (m) => 100 - +(m[1] ?? m[2])!,
  ],
  // 付总货款30% (pay 30% of the total), traditional or simplified.
  [/(?:须付|需付|先付|预付|須付|預付|支付)[^，,。；;\d]{0,8}?(\d{1,2})\s*%/, (m) => +m[1]!],
  [
    /\b(full payment|(?:pay(?:ing)?|be paid|paid) in full|full t\/?t\b|full amount|whole amount|100\s*%\s*(?:payment(?!\sbefore\s(?:ship|load|deliver|dispatch))|paid|by|via|with|through|in|upfront|up front|before(?!\s(?:ship|load|deliver|dispatch))|t\/?t|now|today|online|irrevocable|l\/c\b|lc\b|letter of credit))|全款|一次性付/i,
    () => 100,
  ],
  [
    /(\d{1,2})\s*%\s*(?:(?:by\s)?(?:t\/?t|tt)\s)?(?:now|first|today|at order|with (?:the )?order|on order|when (?:we |you )?(?:order|place|confirm|sign|contract)|when contracted|on signing|upon (?:signing|contract))|签约时\s*(\d{1,2})\s*%/i,
    (m) => +(m[1] ?? m[2])!,
  ],
  // "a down payment ... amounting to 40% of the total invoice": the share of the whole named after the word.
  [
    /\b(?:down ?payment|deposit|advance payment|prepayment)\b[^%.]{0,120}?\b(?:amounting to|of|at|equal to)\s(\d{1,2})\s*%\s*of\s(?:the\s)?(?:total|whole|full|invoice|order|contract)/i,
    (m) => +m[1]!,
  ],
  // "50% now, 50% when ready", "30% 70%": two shares of one payment that add up to 100.
  [/(\d{1,2})\s*%[^%\d]{0,40}?(\d{1,2})\s*%/, (m) => (+m[1]! + +m[2]! === 100 ? +m[1]! : Number.NaN)],
];

const needsPaymentCue = new Set(
  depositPatterns
    .map(([pattern]) => pattern)
    .filter((pattern) => pattern.source.includes("\\/\\s*") || pattern.source.includes("[^%\\d]")),
);

/** What every deposit pattern needs: a percent, a "30/70" split or a whole payment ("full", 全款). */
const depositCue =
  /%|per ?cent|\/|full|whole|全款|一次性付|\b(?:no|without|zero|keine|ohne|sans|sin)\s|pas d['’]/i;

/**
 * A split said on its own, "50/50", "50-50", "30/70 by T/T": two shares of 100 standing as a term (at a
 * comma, a stop or before a payment word), not "50/50 cotton" or "30-70 days".
 */
const bareSplit =
  /(?:^|[\s,(:;])(\d{1,2})\s?[/\-–]\s?(\d{1,2})(?=\s*(?:[,.;!)]|$)|\s+(?:split|payment|terms?|t\/?t|tt|deposit|basis|by|via|ok|please|confirm\w*|as (?:usual|agreed|before|discussed|always))\b)/i;

/**
 * The deposit percent stated in a sentence, or null. `message`, the whole message the sentence is in, lets a
 * bare split count when the message is about payment ("Payment by T/T. 50/50, ok?").
 */
export function findDeposit(text: string, message = text): Found<number> | null {
  return (
    readOneSpaced(text, (read) => {
      const found = depositIn(read) ?? splitIn(read, message);
      return found ? [found] : [];
    })[0] ?? null
  );
}

function splitIn(text: string, message: string): Found<number> | null {
  const m = bareSplit.exec(text);
  if (!m || +m[1]! + +m[2]! !== 100) return null;
  if (!paymentCue.test(text) && !paymentCue.test(message)) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return { value: +m[1]!, start, end: m.index + m[0].length };
}

function depositIn(text: string): Found<number> | null {
  if (!depositCue.test(text)) return null;
  for (const [pattern, read] of depositPatterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    if (needsPaymentCue.has(pattern) && !paymentCue.test(text)) continue;
    const value = read(m);
    if (Number.isNaN(value) || value > 100) continue;
    // "Tooling 100% by T/T with PO", "Mould cost USD 6,800, 100% paid with PO": the mould, not the order.
    if (/\b(tooling|mou?lds?)\b[^.;]{0,60}$/i.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "30%-50% in advance": a range of deposits is no deposit agreed.
    if (
      /\d(?:\s?%)?\s?(?:-|–|~|to)\s?$/.test(text.slice(Math.max(0, m.index - 8), m.index)) ||
      /^\d{1,3}\s*%\s*(?:-|–|~|to)\s*\d/.test(text.slice(m.index))
    )
      continue;
    // "100% by irrevocable L/C at sight": paid against documents, nothing in advance.
    if (
      /^100\s?%\s?(?:payment\s)?(?:(?:by|via|through|with)\s)?(?:an?\s)?(?:irrevocable\s)?(?:l\/c|lc|letter of credit)\b/i.test(
        text.slice(m.index),
      )
    )
      return { value: 0, start: m.index, end: m.index + m[0].length };
    // "100% QC check", "your qc check 100% before ship": a share of the goods checked, not of the payment.
    if (
      (value === 100 || /^100/.test(m[0])) &&
      (/100\s*%\s*(inspect|qc|check|test|quality)/i.test(text.slice(m.index, m.index + 30)) ||
        /\b(?:inspect\w*|qc|check(?:ed|s)?|test(?:ed|s)?)\s(?:\w+\s)?$/i.test(
          text.slice(Math.max(0, m.index - 24), m.index),
        ))
    )
      continue;
    return { value, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** A transport document whose copy the balance is paid against: the goods have left. */
const transportDocument = String.raw`b\/?l|bl|bill of lading|(?:railway|rail|air|sea|road) ?(?:way)?bill|awb|waybill|cmr`;

const balanceRules: Array<[BalanceTiming, RegExp]> = [
  [
    "after_shipment",
    new RegExp(
      String.raw`\b(against|after receiving|upon receipt of|on receipt of|after)\s(the\s)?((copy|copies|fax|scan) of\s(the\s)?)?(${transportDocument})|\b(?:received|receiving|receipt of)\s(?:the\s|a\s)?(?:fax\s)?copy\s(?:of\s)?(?:the\s)?(?:${transportDocument})|\b(?:after|upon|on|against|once|when)\s(?:(?:we|you)\s)?(?:(?:receiv\w*|receipt of|get|got|see|send|sent|show|provide|e-?mail)\s)?(?:(?:the|our|your|a)\s)?(?:(?:fax|scan|scanned)\s)?(?:copy|copies|fax|scan) of\s(?:the\s)?(?:(?:(?:complete|full|shipping)\s)?(?:shipping\s)?documents?|${transportDocument})|\b(shipping|complete) documents? cop(y|ies)\b|\bagainst (?:the\s)?(?:(?:full|complete) set of\s)?(?:shipping|original|transport) documents\b|\b(?:${transportDocument}) copy|\bafter (shipment|shipping|loading)\b|\bafter (?:the\s)?goods (?:are\s)?(?:loaded|shipped)\b|见提单`,
      "i",
    ),
  ],
  [
    "on_delivery",
    /\b(on|upon|after|at) (delivery|arrival|receipt of (the )?goods|receiving (the )?goods)|\b(after|when|once) (the )?(goods|truck|container|shipment|order|parcel|cargo) (arrives?|are delivered|is delivered|reach(es)?)|cash on delivery|\bcod\b|(?:^|[\s,;:(])(?:[àa] la (?:livraison|r[ée]ception)|bei (?:lieferung|erhalt der ware)|contra ?entrega|(?:al|a la) (?:entrega|recibir))\b|货到付款/i,
  ],
  [
    "before_shipment",
    /\b(before|prior to|ahead of)\s(the\s)?(shipment|shipping|delivery|loading|dispatch|pick ?up|collection|departure)|\bpre-?shipment\b(?!\s(?:inspection|check|qc|audit)\b)|\bbefore (?:we |it |they )?ships?\b|\bbefore (?:it|they) (?:is |are |gets? )?(?:shipped|loaded|dispatched|sent)\b|\bbefore (the )?(goods|products|order) (are|is) (shipped|loaded|delivered)|\bbefore (the )?container (stuffing|loading)|\bbefore (we|the factory) (release|ship out|send out|load)|\bbefore (?:we\s)?(?:give|giving|hand|handing|pass|passing)\s(?:(?:it|them|the goods)\s)?(?:over\s)?to\s(?:(?:the|your|our)\s)?(?:dhl|fedex|ups|tnt|forwarder|carrier|courier|shipping company)\b|\bbefore (the )?completion of (the )?(order|production)|\bat (the )?time of (shipping|shipment|loading)|\bantes del? (?:embarque|env[ií]o|despacho|enviar|embarcar)\b|\bavant (?:l['’]\s?|le\s|la\s)?(?:exp[ée]dition|envoi|embarquement|chargement)|\bvor (?:dem\s|der\s)?(?:versand|verschiffung|verladung|auslieferung)\b|出货前|发货前|出貨前|發貨前/i,
  ],
];

/** When the balance is due, when the sentence talks about the balance. */
export function findBalance(text: string): Found<BalanceTiming> | null {
  return (
    readOneSpaced(text, (read) => {
      const found = balanceIn(read);
      return found ? [found] : [];
    })[0] ?? null
  );
}

function balanceIn(text: string): Found<BalanceTiming> | null {
  if (
    // ("when goods are 80% packed", "cuando esté 80% empacado": a share of the goods made, not of the money.)
    !/\b(balance|rest|remaining|remainder|final payment|(?:other|second|remaining) half|solde|restzahlung|restbetrag|saldo|resto)\b|\d{1,3}\s*%(?!\s*(?:packed|finished|completed?|produced|done|ready|empacad[oa]s?|embalad[oa]s?|terminad[oa]s?|producid[oa]s?|list[oa]s?|fertig|prêts?|emballée?s?)(?![\p{L}]))|尾款|余款|餘款|其余|其餘/iu.test(
      text,
    )
  )
    return null;
  const found: Array<Found<BalanceTiming>> = [];
  for (const [value, pattern] of balanceRules) {
    const m = pattern.exec(text);
    if (m) found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  // "70% balance pre-shipment or against the copy of B/L": two timings offered, none agreed.
  if (found.length > 1 && /\bor\b|或/i.test(text)) return null;
  return found.sort((a, b) => a.start - b.start)[0] ?? null;
}

const methods: Array<[PaymentMethod, RegExp]> = [
  ["pay_later", /\bpay ?later\b/i],
  ["letter_of_credit", /\b([lL]\/[cC]|[lL]etter of [cC]redit)\b|\bLC\b|信用证/],
  ["paypal", /\bpay ?pal\b/i],
  [
    "card",
    // ("each piece in a zip bag with our card": a card put in with the goods pays nothing.)
    // (The "with" is matched before the look back for "pay": looking back first would scan back from every
    // position of every sentence; after the "with" it runs only where one stands.)
    /\b(credit card|debit card|(?:by|using) (?:(?:my|our|a) )?card|par carte|carte (?:bancaire|de cr[ée]dit)|(?:mit|per) (?:kredit)?karte|kreditkarte|con tarjeta|tarjeta de cr[ée]dito|with(?<=\bpay\w{0,6} (?:\w{1,15} ){0,3}with) (?:(?:my|our|a) )?card|visa|mastercard|master card|amex)\b|信用卡/i,
  ],
  [
    "bank_transfer",
    // "wire" alone is a payment only as one ("by wire", "wire transfer", "wired the deposit"), never "wire mesh".
    /\b(t\/t|tt|telegraphic transfer|bank transfer|bank account|swift|ach|eft|sepa(?: transfer)?|bank wire|virement(?: bancaire)?|bank[üu]berweisung|transferencia(?: bancaria)?)\b|(?:^|[\s,;:(])[üu]berweisung\b|\b(?:by|via|through|per)\s(?:bank\s)?wire\b|\bwire(?:d)?\s(?:transfer|payment|the|it|money|funds|you|us|to)\b|电汇|银行转账/i,
  ],
  ["other", /\b(alipay|western union|wechat pay|moneygram|cash|escrow)\b|支付宝|微信支付/i],
];

/** Payment methods named in a sentence. */
export function findPaymentMethods(text: string): Array<Found<PaymentMethod>> {
  return readOneSpaced(text, methodsIn);
}

function methodsIn(text: string): Array<Found<PaymentMethod>> {
  const found: Array<Found<PaymentMethod>> = [];
  for (const [value, pattern] of methods) {
    const m = pattern.exec(text);
    if (m) found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
