/**
 * What goods are made of, one entry per word: "100% natural latex", "120gsm brown kraft", "65% polyester"
 * say what a product is made of, never which product it is, and a share of one is no share of a payment.
 */
import { escapeRegex } from "../../matches.ts";

const materialWords = [
  // Plastics and rubbers, by their trade abbreviations too.
  ...["silicone", "rubber", "latex", "plastic", "acrylic", "foam", "tritan"],
  ...["tpe", "tpu", "pu", "pvc", "abs", "pp", "pc", "pe", "pet", "eva"],
  // Fibres and fabrics.
  ...[
    "cotton",
    "canvas",
    "polyester",
    "nylon",
    "spandex",
    "elastane",
    "wool",
    "silk",
    "linen",
    "viscose",
    "rayon",
  ],
  ...["fabric", "jute", "hemp", "leather", "cowhide"],
  // Metals.
  ...["stainless", "steel", "aluminum", "aluminium", "alloy", "zinc", "brass", "copper", "iron"],
  // Wood, paper, glass, clay and wax.
  ...["bamboo", "wood", "wooden", "cork", "paper", "kraft", "glass", "ceramic", "stoneware", "porcelain"],
  ...["soy", "beeswax"],
];

const materials = new Set(materialWords);

/** The material words as alternatives of a pattern, longest first. */
export const materialPattern = [...materialWords]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join("|");

/** True when a word names a material ("latex", "Kraft"), not goods. */
export function isMaterialWord(word: string): boolean {
  return materials.has(word.toLowerCase());
}
