/** The supplier's company name as written ("Shenzhen Huaxin Silicone Products Co., Ltd.",
 * "Johor Clearshade Films Sdn. Bhd.", India's "Shree Lakshmi Lacquerware Exports"), English form preferred. */
import { matchesOf } from "../matches.ts";
import { remembered } from "./memo.ts";

export type CompanyMention = { name: string; start: number; end: number };

// (Letterheads write the name in capitals: "DONGGUAN JIAYI PACKAGING PRODUCTS CO., LTD.")
const suffix = String.raw`Sdn\.?\s?Bhd\.?|Ltd\.?\s?[ŞSs]ti\.?|A\.Ş\.|Co\.?(?:\s*,)?\s*Ltd\.?|Co\.?(?:\s*,)?\s*Limited|CO\.?(?:\s*,)?\s*LTD\.?|CO\.?(?:\s*,)?\s*LIMITED|Company Limited|COMPANY LIMITED|Company|Ltd\.?|LTD\.?|Limited|LIMITED|Inc\.?|INC\.?|LLC|Corp\.?|Corporation|GmbH|GMBH|Factory|FACTORY|Manufactory|Group|GROUP|Industries|Industrial Co\.?|Trading Co\.?|Enterprise|Enterprises|Exports|EXPORTS|Impex|IMPEX|Textiles|TEXTILES|Garments|Handicrafts|JSC|J\.S\.C\.?|Joint Stock Company`;
const company = new RegExp(
  // (A word may open with its digits: "Xiamen Lanxin 3D Materials Co., Ltd.")
  // (Names are written in their own letters: "Anadolu Bakır El Sanatları Ltd. Şti.")
  String.raw`((?:(?:\p{Lu}|\d+\p{L})[\p{L}\p{N}_'’-]*\.?\s+(?:&\s+|and\s+|ve\s+|\(\w+\.?\)\s+)?){1,7}?)(${suffix})(?![\p{L}\p{N}_])`,
  "gu",
);
const chineseCompany = /[\u4e00-\u9fff]{2,30}(有限公司|工厂|厂)/g;
/**
 * Company forms of Portugal, Spain, Latin America, Italy, France, Poland and Czechia, written after a comma as
 * often as not: "Corticeira Douro, Lda.", "Cerámica Talavera S.A. de C.V.", "Ceramiche Rossi S.r.l.", "Polarview
 * Europe Sp. z o.o.".
 */
const latinCompany =
  /((?:[A-Z\u00C0-\u00DD][\w\u00C0-\u00FF'’-]*\s+(?:(?:de|del|da|do|dos|das|di|della|la|y|e)\s+)?){0,5}[A-Z\u00C0-\u00DD][\w\u00C0-\u00FF'’-]*),?\s(Lda\.?|Ltda\.?|S\.\s?A\.(?:\sde\sC\.\s?V\.)?|S\.\s?L\.|S\.\s?r\.\s?l\.|S\.\s?p\.\s?A\.|SARL|S\.A\.S\.|B\.V\.|Sp\.\s?z\s?o\.\s?o\.|s\.\s?r\.\s?o\.)(?![\w.])?/g;
/**
 * Company forms written before the name: Indonesia's "PT" and "CV" ("CV Lilin Mete Jepara"), the workshops and
 * factories of Spanish-speaking suppliers ("Talleres Cerámicos Herrera", "Fábrica de Hilados Monterrey").
 */
const leadingForms = "PT|CV|Talleres|Taller|F[áa]brica|Industrias|Grupo";
const leadingFormCompany = new RegExp(
  String.raw`\b(${leadingForms})\s((?:(?:de|del|la|las|los|y)\s)?[A-Z\u00C0-\u00DD][\w\u00C0-\u00FF'’-]*(?:\s(?:(?:de|del|la|las|los|y)\s)?[A-Z\u00C0-\u00DD][\w\u00C0-\u00FF'’-]*){1,4})`,
  "g",
);
/**
 * Every company name ends in one of these words after a space, or in 厂 or 公司: a sentence with none
 * of them (most of a chat) holds no company, and the full pattern, tried at every capital, is skipped.
 */
const suffixWord =
  /\s(?:A\.Ş|Co|Compan|Sdn|Ltd|Limited|Inc|LLC|GmbH|Factory|Manufactory|Group|Industri|Trading|Enterprise|Exports|Impex|EXPORTS|IMPEX|Textiles|TEXTILES|Garments|Handicrafts|JSC|J\.S\.C|Joint|CO|LTD|LIMITED|INC|GMBH|FACTORY|GROUP)|厂|公司/;
/** The same gate for the forms of other countries, after the name or before it. */
const otherFormWord = new RegExp(
  String.raw`\s(?:Lda|Ltda|S\.\s?A\.|S\.\s?L\.|S\.\s?r\.|S\.\s?p\.|SARL|B\.V\.|Sp\.\s?z\s?o|s\.\s?r\.\s?o)|\b(?:${leadingForms})\s[A-Z\u00C0-\u00DD]`,
);
const leadingNoise =
  /^(Hello|Hi|Dear|This|I|We|Our|Your|The|From|At|In|Thanks|Thank|Regards|Best|Kind|Sincerely|Here|My|Is|Am|Sure|Yes|Ok|OK)\s+/;

/** The legal form after a trade word that may end a name on its own ("... Textiles Co., Ltd.", "... Group Limited"). */
const legalFormAfter =
  /^\s(?:Co\.?(?:\s?,)?\s?(?:Ltd\.?|Limited)|CO\.?(?:\s?,)?\s?(?:LTD\.?|LIMITED)|Ltd\.?|LTD\.?|Limited|LIMITED|Company Limited|Pvt\.?\s?Ltd\.?)(?![\p{L}\p{N}_])/u;

/** Company names in a text. */
export function findCompanies(text: string): CompanyMention[] {
  // (A copy each time, as findMoney gives: what a reader does with the mentions stays its own.)
  return companiesIn(text).map((company) => ({ ...company }));
}

/**
 * A sentence's company names, read once per sentence: the supplier's reader and the product reader both ask,
 * and the full pattern, tried at every capital of a sentence that has a legal form, costs more than a look-up.
 */
const companiesIn = remembered((text: string): CompanyMention[] => {
  const found: CompanyMention[] = otherFormWord.test(text) ? otherForms(text) : [];
  if (!suffixWord.test(text)) return found;
  let extendedTo = -1;
  for (const m of matchesOf(company, text)) {
    // (A match inside the legal form a name before it was extended by is that name's.)
    if (m.index < extendedTo) continue;
    let name = `${m[1]}${m[2]}`.trim();
    // ("Hangzhou Weave-Tex Home Textiles Co., Ltd.": a trade word that can end a name goes on to the legal form.)
    const form = legalFormAfter.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (form) {
      name += form[0];
      extendedTo = m.index + m[0].length + form[0].length;
    }
    let start = m.index;
    for (let guard = 0; guard < 5; guard++) {
      const noise = leadingNoise.exec(name);
      if (!noise) break;
      name = name.slice(noise[0].length);
      start += noise[0].length;
    }
    const words = name.split(/\s+/);
    if (words.length < 2) continue;
    if (/^(Trade Assurance|Alibaba)/i.test(name)) continue;
    found.push({ name: name.replace(/\s+/g, " "), start, end: start + name.length });
  }
  for (const m of matchesOf(chineseCompany, text))
    found.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  return found;
});

/** Companies named in the forms of other countries ("Corticeira Douro, Lda.", "CV Lilin Mete Jepara"). */
function otherForms(text: string): CompanyMention[] {
  const found: CompanyMention[] = [];
  for (const m of matchesOf(latinCompany, text)) {
    const name = m[0].replace(/\s+/g, " ").trim();
    const lead = leadingNoise.exec(name);
    const kept = lead ? name.slice(lead[0].length) : name;
    if (kept.split(" ").length < 2) continue;
    const start = m.index + (lead ? lead[0].length : 0);
    found.push({ name: kept, start, end: m.index + m[0].length });
  }
  for (const m of matchesOf(leadingFormCompany, text))
    found.push({ name: m[0].replace(/\s+/g, " "), start: m.index, end: m.index + m[0].length });
  return found;
}

/**
 * A maker's form of company name ("... Co., Ltd.", "... Factory", "... JSC", "...有限公司"), as Chinese and
 * Vietnamese suppliers register; a buyer's is more often "Inc.", "LLC", "GmbH", "Pty Ltd", "B.V." or "Ltd".
 */
export function isMakerStyle(name: string): boolean {
  // (Turkey's makers: "San. ve Tic. A.Ş.", "Ltd. Şti.", San. for Sanayi, industry.)
  return /\bCo\.?(?:\s*,)?\s*(?:Ltd|Limited)\b|\b(?:Factory|Manufactory|JSC|Joint Stock Company|Industrial Co)\b|\bSan\.\s|A\.Ş\.|Ltd\.?\s?Şti|有限公司|工厂|厂$/i.test(
    name,
  );
}
