/** Incoterms 2020 with their named place: "FOB Ningbo", "ex-works Dongguan", "DDP Amazon FBA", "EXW our factory". */
import { matchesOf } from "../matches.ts";
import type { Incoterm } from "../schemas.ts";
import { capitalisedDateWords } from "./words/dates.ts";

export type IncotermMention = { code: Incoterm; place: string | null; start: number; end: number };

const codes =
  /\b(EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP|ex[- ]?works?|ex[- ]?factory|C\s?&\s?F|CNF|DDU)\b|\b(?:C\.I\.F|F\.O\.B|C\.F\.R|E\.X\.W|D\.D\.P|D\.A\.P|F\.C\.A|C\.P\.T|C\.I\.P)\.?(?![\w.])|出厂价/gi;
// (Places are written in their own letters: "Gdańsk", "São Paulo", "İzmir", "Poznań".)
const placeWord = /^\p{Lu}[\p{L}\p{N}_'-]*$/u;
const notPlace = new RegExp(
  String.raw`^(USD|EUR|RMB|CNY|GBP|Price|Prices|Term|Terms|Incoterms?|Port|Please|And|Or|The|Is|Are|By|Via|For|From|To|With|Ok|OK|Shipping|Freight|Sea|Air|Basis|Only|Too|${capitalisedDateWords.join("|")}|I|We|You|It|This|That|Yes|No)$`,
);

function canonical(raw: string): Incoterm {
  // "C.I.F", "F.O.B.": the code written with dots.
  const upper = raw.toUpperCase().replace(/[\s.]/g, "");
  if (upper.startsWith("EX") || raw === "出厂价") return "EXW";
  if (upper === "C&F" || upper === "CNF") return "CFR";
  if (upper === "DDU") return "DAP";
  return upper as Incoterm;
}

/** Ports named "Port ..." (Port Klang, Port Said, Port Louis): the word is then part of the place's name. */
const portNames = new Set([
  "Klang",
  "Said",
  "Louis",
  "Elizabeth",
  "Moresby",
  "Sudan",
  "Harcourt",
  "Qasim",
  "Hedland",
  "Botany",
  "Kembla",
  "Chalmers",
  "Rashid",
  "Everglades",
  "Vila",
  "Blair",
  "Dickson",
]);

/** Ports written by their short names ("CFR LA"): the order names the port in full, as Trade Assurance asks. */
const portShortNames: Readonly<Record<string, string>> = {
  LA: "Los Angeles",
  LGB: "Long Beach",
  NY: "New York",
  NYC: "New York",
  HK: "Hong Kong",
  // (China's ports as their suppliers shorten them, "FOB SZ", "FOB NB"; Vietnam's "FOB HCM".)
  SZ: "Shenzhen",
  GZ: "Guangzhou",
  NB: "Ningbo",
  SH: "Shanghai",
  XM: "Xiamen",
  QD: "Qingdao",
  TJ: "Tianjin",
  HCM: "Ho Chi Minh City",
  HCMC: "Ho Chi Minh City",
};

/** Words a lower-case chat writes after a code that name no place ("fob price", "fob only", "exw pls"). */
const notLowerCasePlace =
  /^(?:price|prices|only|okay|please|port|terms?|basis|incl|included|including|shipping|freight|also|then|here|there|what|which|term|cost|costs|quote|quotation|rate|better|best|fine|good|same|will|would|could|should|pls|plz|thanks|thank|dear|your|ours|mine|total|each|unit|lead|time|delivery|payment|deposit|balance|sample|samples|order|please|more|less|like|usual|normal|with|from|that|this|these|those|they|them|when|where|after|before|factory|warehouse|works|plant|mill|workshop|door|address|destination)$/;

function lowerCasePlace(word: string): boolean {
  if (!/^[a-z]{4,20}$/.test(word) || notLowerCasePlace.test(word)) return false;
  return !notPlace.test(word[0]!.toUpperCase() + word.slice(1));
}

/** The label of a field naming the port beside the trade term ("   Destination port: ", " | Port of loading: "). */
const portField =
  /^(?:\s{2,}|\t|\s?[|,;/]\s?)(?:port of (?:loading|shipment|destination|discharge)|(?:destination|loading|discharge) port|destination|named place)\s?[:：]\s?/i;

/** The terms named by where the goods arrive, not where they leave. */
const destinationTerms = new Set<Incoterm>(["DAP", "DPU", "DDP", "CPT", "CIP", "CFR", "CIF"]);
/** "to our warehouse in Ostrava, " or "to Calgary " right before a term: the place the goods go to. */
const sentToBefore =
  /\bto\s(?:(?:our|the|your|my)\s(?:[a-z]+\s)?(?:warehouse|office|store|shop|door|address|port|dc|depot)\s(?:in|at)\s)?(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)\s?,?\s*$/u;

/** Incoterm mentions with the place that follows the code (capitalised words), or null ("our factory"). */
export function findIncoterms(text: string): IncotermMention[] {
  const found: IncotermMention[] = [];
  for (const m of matchesOf(codes, text)) {
    // A lower-case "fob" inside a word-like context is rare; a lower-case code is still a code.
    const code = canonical(m[0]);
    const after = text.slice(m.index + m[0].length);
    // "FDA 21 CFR 175.300": the US Code of Federal Regulations cited by title and part, no trade term.
    if (
      code === "CFR" &&
      (/\d\s$/.test(text.slice(Math.max(0, m.index - 4), m.index)) ||
        /^\s(?:part\s\d|\d{2,3}\b)/i.test(after))
    )
      continue;
    // "ex-factory within 45 days", "ex-works date 20 May": when the goods leave the factory, no trade term.
    if (/^ex/i.test(m[0]) && /^\s*(?:date|time|within|in\s+\d|by\b|before|on\s+\d|after|\d)/i.test(after))
      continue;
    // "Trade term: FOB    Port of loading: Ningbo": an order page names the place in a field of its own beside it.
    const field = portField.exec(after);
    const named = field ? after.slice(field[0].length) : after;
    // A space after the last word leaves an empty word, which is no place word.
    const words = (/^(?:\s*[:：])?\s*((?:[^\s,.;:!?()]+\s*){1,3})/.exec(named)?.[1] ?? "").split(/\s+/);
    const place: string[] = [];
    // "DDP to Manchester": a "to" before the place leads to it.
    if (/^to$/i.test(words[0] ?? "") && placeWord.test(words[1] ?? "")) words.shift();
    // The words stop at punctuation, so "FOB Ningbo, China" names Ningbo.
    for (const [i, word] of words.entries()) {
      // "CIF Rio de Janeiro", "FOB Ho Chi Minh": a place's own lower-case joining word, with a name after it.
      const joining = place.length > 0 && /^(?:de|do|da|del|la|di|du|am|upon|on)$/.test(word);
      if (joining && placeWord.test(words[i + 1] ?? "") && !notPlace.test(words[i + 1]!)) {
        place.push(word);
        continue;
      }
      // ("CIF Port Klang", "CFR Port Said": a port whose own name opens with the word; "FOB Port Ningbo" names none.)
      const portNamed = word === "Port" && place.length === 0 && portNames.has(words[i + 1] ?? "");
      if (!placeWord.test(word) || (notPlace.test(word) && !portNamed)) break;
      place.push(word);
    }
    // "fob ningbo": a chat written in lower case names its port so too, one word after a lower-case code.
    if (place.length === 0 && m[0] === m[0].toLowerCase() && lowerCasePlace(words[0] ?? ""))
      place.push(words[0]![0]!.toUpperCase() + words[0]!.slice(1));
    // ("Shipping by DHL to our warehouse in Ostrava, DAP.": a destination term closing its sentence names the place
    // the goods were sent to just before it.)
    if (place.length === 0 && destinationTerms.has(code) && /^\s*(?:[.;!]|$)/.test(after)) {
      const sentTo = sentToBefore.exec(text.slice(Math.max(0, m.index - 80), m.index));
      if (sentTo && !notPlace.test(sentTo[1]!)) place.push(...sentTo[1]!.split(/\s+/));
    }
    const placeName = place.join(" ");
    found.push({
      code,
      place: place.length > 0 ? (portShortNames[placeName] ?? placeName) : null,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return found;
}
