/**
 * Measurable rewrites, one per attribute: what a buyer should write in the order's product requirements
 * so Trade Assurance can hold the supplier to it. `___` marks a value the rules cannot know; a model may
 * propose one from the chat, and it stays a suggestion for a person to accept.
 * @see ../shared/design.md "Review"
 */
import type { Attribute } from "./vocabulary.ts";

/** The rewrite template for each attribute. */
export const rewrites: Readonly<Record<Attribute, string>> = {
  battery: "Battery capacity >= ___ mAh (rated capacity, tested per IEC 61960)",
  color: "Colour Pantone ___ C (or RAL ___), ΔE <= 2.0 against the approved sample",
  material: "Material: ___ grade (e.g. 304 stainless steel; food grade silicone, LFGB / FDA 21 CFR 177.2600)",
  size: "Dimensions ___ x ___ x ___ mm (tolerance ± ___ mm), thickness ___ mm, weight ___ g",
  packaging:
    "Packaging: ___ pcs per ___-ply export carton, carton ___ x ___ x ___ cm, passes ISTA 1A drop test",
  branding:
    "Branding: ___ method (silk-screen / laser / embroidery), ___ colours (Pantone ___), position ___, artwork version ___",
  quality:
    "Quality: pre-shipment inspection per ISO 2859-1, General Inspection Level II, AQL 0 / 2.5 / 4.0 (critical / major / minor)",
  delivery: "Ship no later than YYYY-MM-DD (or ___ days after deposit)",
  softness: "Hardness Shore A ___ ± 5 (measured per ASTM D2240)",
  sharpness: "Sharpness: initial cutting performance >= ___ mm per ISO 8442-5, blade hardness HRC ___-___",
  stitching:
    "Stitching: ___ stitches per inch, seam strength >= ___ N (ISO 13935-2), bar-tacked stress points",
  smell:
    "No odour above grade ___ in an odour test (VDA 270 or equivalent); VOC report from an accredited lab",
  finish: "Finish: ___ gloss units at 60° (ISO 2813), matching approved sample no. ___",
  transparency: "Light transmittance >= ___ % (ASTM D1003), no visible yellowing after ___ h UV test",
  sample: "Same as approved sample no. ___ (photo reference dated YYYY-MM-DD), kept by both sides",
  power: "Motor rated power ___ W, no-load speed ___ rpm (tolerance ± ___ %)",
  strength: "Strength: withstands ___ N static load / ___ cycles without failure (test method ___)",
  feel: "Surface and hand feel matching approved sample no. ___; material ___ with hardness Shore A ___",
  sound: "Noise <= ___ dB(A) at 1 m",
  fit: "Fit and seal: clearance ___ mm (tolerance ± ___ mm); no leakage after ___ h inverted with water (leak test per sample no. ___)",
  edge: "Edges and corners: radius >= ___ mm, burr-free and splinter-free, matching approved sample no. ___",
  printDurability:
    "Print and colour durability: no visible fading after ___ wash cycles (ISO 6330); rub fastness grade >= ___ (ISO 105-X12)",
  brightness: "Brightness >= ___ lumens (or ___ nits / ___ mcd), measured at ___ cm; flicker per IEEE 1789",
  stability:
    "Stability: no tip-over at ___° tilt; carries ___ kg static load without deformation (test per sample no. ___)",
  absorbency: "Absorbency >= ___ g water per g fabric (ISO 9073-6); absorbs ___ ml within ___ s",
  water: "Water resistance: IPX___ rating (IEC 60529) or >= ___ mm water column (ISO 811)",
  scent:
    "Scent: fragrance load ___ % of wax / product weight, named fragrance ___, cold and hot throw test per sample no. ___",
  heat: "Surface temperature <= ___ °C after ___ h at full load (IEC 62368-1); heat resistant to ___ °C",
  lint: "Lint: <= ___ fibres shed in a lint test (___ wash cycles, ISO 6330), per approved sample no. ___",
  shrinkage: "Dimensional change <= ___ % after ___ washes at ___ °C (ISO 6330 / ISO 5077)",
  safety:
    "Safety: complies with ___ (e.g. EN 71-3, ASTM F963, REACH Annex XVII, FDA 21 CFR ___), test report no. ___ from an accredited lab",
  insulation: "Keeps contents below ___ °C for ___ h (ambient 23 °C) / above ___ °C for ___ h",
};

/** The measurable rewrite for an attribute. */
export function suggestRewrite(attribute: Attribute): string {
  return rewrites[attribute];
}

/** The DraftOrder field a finding about `attribute` of item `index` belongs to. */
export function fieldFor(attribute: Attribute, index: number | null): string {
  if (attribute === "delivery") return "dispatch";
  // With no item settled yet the finding belongs to the item list as a whole.
  if (index === null) return "items";
  const item = `items[${index}]`;
  switch (attribute) {
    case "color":
    case "material":
    case "size":
    case "packaging":
    case "branding":
      return `${item}.specs.${attribute}`;
    default:
      return `${item}.specs.other`;
  }
}
