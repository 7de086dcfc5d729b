/**
 * Inspection before shipment: a third party (QIMA, SGS, V-Trust, Intertek), Alibaba's service, the
 * buyer's own QC, the supplier's final check, or declined. A lab test report is not an inspection.
 */
import type { InspectionBy, Role } from "../schemas.ts";

export type InspectionMention = {
  required: boolean;
  by: InspectionBy | null;
  start: number;
  end: number;
  /** Declined is only a third party's inspection ("no need for a third party inspector"). */
  thirdPartyOnly?: boolean;
};

const declined =
  /\b(no (need ((for|of) )?)?(an? )?((?:third|3rd)[- ]party )?(inspection|insp|qc)( needed| required)?|(inspection|insp|qc) (is )?not (needed|required|necessary)|(inspection|insp|qc)\s?[:：-]\s?no(?:t)? need(?:ed)?|(?:pre-?shipment )?(inspection|insp|qc)\s?[:：-]\s?(?:none(?!\s(?:of|found|left)\b)|nil|n\/a|skip(?:ped)?)|(don'?t|do not|won'?t|will not) need (an? |any )?((third|3rd)[- ]party |pre-?shipment |external )?(inspection|inspectors?|insp|qc)|no need to inspect|without (an? )?inspection|skip (the )?((?:pre-?shipment|third[- ]party|3rd[- ]party|final|external) )?inspection|(inspection|insp|qc),? no\b(?!\s+(?:later|more|less|earlier|problem|issue|worr))|(inspection|insp|qc)\b[^.!?]{0,40}\bis not (needed|required|necessary)|no (?:third|3rd)[- ]party(?= this time| needed| required|[,.;]|$))\b|\b(?:inspection|insp|qc) (?:we|i) (?:don'?t|do not|won'?t|will not) need\b|\bno (?:necesitamos|hace falta|requerimos) (?:la |una )?inspecci[oó]n\b|\bsin inspecci[oó]n\b|\b(?:pas (?:besoin|n[ée]cessaire) d['’]\s?|sans\s)inspection\b|\b(?:keine|ohne) (?:inspektion|inspection|qualit[äa]tskontrolle|kontrolle)\b|不需要验货|不用验货/i;
const alibaba =
  /\balibaba(\.com)?('s)?\s+(quality\s+)?(inspection|inspector|qc)|inspection service (of|from|by|on|through) alibaba|alibaba inspection/i;
const thirdParty =
  /\b(QIMA|SGS|V-?Trust|Intertek|Bureau Veritas|TÜV|TUV|AsiaInspection|HQTS|Pro ?QC|third[- ]party|3rd[- ]party|inspection (company|agency))\b/i;
const inspectionWord =
  /\b(inspect\w*|inspecci[oó]n|pre-?shipment|psi|qc|quality check|audit|check the goods)\b|验货/i;
const testReport = /\b(report|certificate|certified|certification|lab|test(ed|ing)?)\b/i;
const ownCheck =
  /\b(our|my) (own )?(qc|quality control|qa|inspector|inspection team|qc team|qc staff|quality team|quality department|qc department|quality inspector|agent)s?\b.{0,50}\b(inspect|check)|\b(we|i)(?: will| can| could| shall|'ll)? (also )?(inspect|check the goods|do (the |a |our own |our )?(100% )?(final )?(inspection|qc|check)|send (our|my) (own )?(qc|inspector|qc team)s?)|\b100% (inspection|qc|check)|\bqc\s?100\s?%|\bdo (?:our|my) own (?:final )?(?:inspection|qc|quality check|check)\b|\b(?:our|my) (?:team|colleague|staff|people|agent|guy)\b.{0,30}?\b(?:will|'ll|can) (?:do|handle|carry out) (?:the |a )?(?:final )?(?:inspection|qc|quality check)\b/i;

/**
 * Someone on the speaker's side sent to look at the goods ("my cousin in Guangzhou will come to your factory
 * to check the hair", "our agent will inspect before loading", "Our own QC colleague from the Hong Kong office will
 * make the inspection before shipment"), at the factory or before the goods leave:
 * an inspection by that side. ("My colleague will check the price" sends nobody to the goods.)
 */
const sentToCheck =
  /\b(?:my|our)\s(?:[\w-]+\s){0,2}?(?:cousin|brother|sister|friend|mate|colleague|partner|agent|staff|rep|representative|person|guy|people|sourcing agent|manager|engineer|inspector|merchandiser|team)s?\b.{0,60}?\b(?:check|inspect)\w*\b.{0,50}?(?:factory|before\s(?:packing|loading|shipment|shipping|you\s(?:send|ship|pack)|dispatch|delivery)|goods|quality|production|every\s(?:piece|pc|unit))/i;

/**
 * The speaker going to look at the goods themself, at the factory or before they leave ("I'll fly up to Durban
 * and check the robes at your factory before they're loaded", "will come to the factory to inspect myself", "I will
 * visit your factory myself before loading to check the goods"). Checking a price, a file or with someone is no
 * inspection ("I'll check with my boss before shipment").
 */
const goingToCheck =
  /\b(?:come|coming|go|going|fly|flying|visit|be)\s(?:up\s|over\s)?(?:to\s)?(?:the\s|your\s)?(?:factory|workshop|warehouse)\s(?:to\s)?(?:inspect|check)\s(?:it\s|them\s|everything\s|the goods\s)?(?:myself|ourselves|in person)\b|\b(?:i|we)(?:'ll|\swill|\scan|\sshall|\swould)?\s(?:[\w-]+\s){0,6}?(?:check|inspect)\w*\s(?:the\s|all\s|every\s|our\s|your\s)?(?!(?:the|all|every|our|your|price|prices|quote|file|files|artwork|with|if|whether|that|this|it|and|again|later|tomorrow)\b)[\w-]+\b[^.!?]{0,40}?(?:(?:at|in)\s(?:your|the)\s(?:factory|warehouse|workshop)|before\s(?:packing|loading|shipment|shipping|dispatch|(?:they|it)(?:'re|\sare|\sis|'s)\s(?:loaded|packed|shipped)))|\b(?:i|we)(?:'ll|\swill|\sshall)\s(?:visit|come\sto|go\sto|fly\sto)\s(?:your|the)\s(?:factory|workshop|warehouse)\b[^.!?]{0,50}?\b(?:check|inspect)\w*\s(?:the\s)?(?:goods|products|order|quality|shipment|cargo)\b/i;

/**
 * The other side's own check, as a buyer's notes put it ("QC: their own QC does the final inspection").
 */
const theirCheck =
  /\btheir\s(?:own\s)?(?:final\s)?(?:qc|quality control|qa|inspector|inspection team|qc team|qc staff)s?\b.{0,30}?\b(?:check|inspect|does|do|will do)\w*/i;

/**
 * Notes kept in the third person ("Buyer's own QC (Josh Tan) will inspect at the factory"): whose inspection
 * it is, said by name of the side.
 */
const sideCheck =
  /\b(buyer|supplier|seller|factory)'?s\s(?:own\s)?(?:qc|quality control|qa|inspector|inspection team|team|staff|agent)s?\b.{0,60}?\b(?:inspect|check)\w*/i;

/** The maker's own inspection named as binding ("Maker's inspection in the factory to be final", 以工厂检验为准). */
const makersInspection =
  /\b(?:maker'?s|manufacturer'?s|factory'?s?|supplier'?s|seller'?s)\s+(?:own\s+|final\s+)?(?:inspection|qc|quality check)\b|(?:制造者|制造商|工厂|厂家)(?:工厂)?检验为准/i;

/** The buyer asking for the supplier's own check: "your QC check 100% before ship", "your inspector to check". */
const yourCheck =
  /\byour\s(?:own\s)?(?:final\s)?(?:qc|quality control|qa|inspector|inspection team|qc team|qc staff)s?\b.{0,30}?\b(?:check|inspect|report)\w*/i;

/** A word every pattern above needs: a sentence with none of them says nothing about inspection. */
const inspectionCue =
  /inspect|inspekt|inspecci|insp\b|qc|check|kontrolle|alibaba|QIMA|SGS|Trust|Intertek|Veritas|TÜV|TUV|HQTS|third|3rd|验货|检验/i;

/** Inspection terms in one sentence said by `role`. */
export function findInspection(text: string, role: Role): InspectionMention | null {
  if (!inspectionCue.test(text)) return null;
  const no = declined.exec(text);
  // "No third-party inspection, your own final QC report ... is enough": only the third party is turned down.
  const otherCheck = no && /third|3rd/i.test(no[0]) && role === "buyer" ? yourCheck.exec(text) : null;
  if (otherCheck)
    return {
      required: true,
      by: "supplier",
      start: otherCheck.index,
      end: otherCheck.index + otherCheck[0].length,
    };
  // ("we don't need a third party inspector": only the third party is turned down; the supplier's own check said
  // before it still stands, the rule reads.)
  if (no)
    return {
      required: false,
      by: null,
      start: no.index,
      end: no.index + no[0].length,
      ...(/third|3rd/i.test(no[0]) ? { thirdPartyOnly: true } : {}),
    };
  const ali = alibaba.exec(text);
  if (ali) return { required: true, by: "alibaba", start: ali.index, end: ali.index + ali[0].length };
  const third = thirdParty.exec(text);
  if (
    third &&
    (inspectionWord.test(text) || !testReport.test(text)) &&
    (inspectionWord.test(text) || /QIMA|V-?Trust/i.test(third[0]))
  )
    return { required: true, by: "third_party", start: third.index, end: third.index + third[0].length };
  const maker = makersInspection.exec(text);
  if (maker)
    return { required: true, by: "supplier", start: maker.index, end: maker.index + maker[0].length };
  // "your qc check 100% before ship": the buyer asks for the supplier's own check.
  const yours = yourCheck.exec(text);
  if (yours && role === "buyer")
    return { required: true, by: "supplier", start: yours.index, end: yours.index + yours[0].length };
  const side = sideCheck.exec(text);
  if (side)
    return {
      required: true,
      by: side[1]!.toLowerCase() === "buyer" ? "buyer" : "supplier",
      start: side.index,
      end: side.index + side[0].length,
    };
  // (Notes say it of the maker whichever side a line reports: "Kevin: ... their own QC does the final inspection".)
  const theirs = theirCheck.exec(text);
  if (theirs)
    return { required: true, by: "supplier", start: theirs.index, end: theirs.index + theirs[0].length };
  const own =
    ownCheck.exec(text) ?? sentToCheck.exec(text) ?? (role === "buyer" ? goingToCheck.exec(text) : null);
  if (own && role !== "unknown") {
    const supplierSide = /\b100%/.test(own[0]) ? true : role === "supplier";
    return {
      required: true,
      by: supplierSide ? "supplier" : "buyer",
      start: own.index,
      end: own.index + own[0].length,
    };
  }
  return null;
}
