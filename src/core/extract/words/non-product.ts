/**
 * Words that sit next to a model code or a price without naming the product: spec and reference
 * labels, colours, sizes, parts, company and shipping words. Written once; the item readers ask here.
 */

// "model", "item" and "order" are left out: the name reader stops at them before it asks here.
const labelWords = [
  "color",
  "colour",
  "pantone",
  "ral",
  "size",
  "no",
  "ref",
  "art",
  "sku",
  "code",
  "version",
  "type",
  "style",
  "part",
  "invoice",
  "po",
  "pi",
  "contract",
  "lot",
  "batch",
  "astm",
  "iso",
  "en",
  "iec",
  "din",
  "ul",
  "drawing",
  "drawings",
  "dwg",
  "artwork",
  "file",
  // The kinds a product's variants are listed by ("3 scents: Black Ice, New Car").
  "scent",
  "flavor",
  "flavour",
  "fragrance",
  "colorway",
  "colourway",
];
const colourWords = [
  "black",
  "white",
  "red",
  "green",
  "blue",
  "grey",
  "gray",
  "yellow",
  "pink",
  "purple",
  "brown",
  "beige",
  "orange",
  "navy",
  "dark",
  "light",
  "natural",
  "clear",
  "transparent",
  // Shades and finishes suppliers sell variants in ("matte black", "rose gold", "nude pink").
  "matte",
  "matt",
  "glossy",
  "frosted",
  "nude",
  "khaki",
  "teal",
  "ivory",
  "charcoal",
  "tan",
  "burgundy",
  "maroon",
  "turquoise",
  "violet",
  "cyan",
  "magenta",
];
const sizeWords = [
  "small",
  "medium",
  "large",
  "queen",
  "king",
  "twin",
  "full",
  "single",
  "double",
  "xs",
  "s",
  "m",
  "l",
  "xl",
  "xxl",
  "possible",
  "optional",
];
const partWords = [
  "cap",
  "lid",
  "front",
  "rear",
  "back",
  "side",
  "top",
  "bottom",
  "handle",
  "drawer",
  "leg",
  "legs",
  "screw",
  "hinge",
  "panel",
  "door",
  "frame",
  "base",
  "board",
];
const tradeWords = [
  "company",
  "factory",
  "co",
  "ltd",
  "container",
  "pallet",
  "carton",
  "documents",
  "shipment",
  "sample",
  "opp",
  "polybag",
  "packing",
  "packaging",
  // "800 units split M/L": how an order is divided, not what it is of.
  "split",
  "breakdown",
];

const all = new Set([...labelWords, ...colourWords, ...sizeWords, ...partWords, ...tradeWords]);
const labels = new Set(labelWords);
const colours = new Set(colourWords);

/** True when the word alone never names a product (lower case compared). */
export function isNonProductWord(word: string): boolean {
  return all.has(word.toLowerCase());
}

const parts = new Set(partWords);
/** True when the word names a part of goods ("lid", "panel", "hinge"): alone, a part of the product. */
export function isPartWord(word: string): boolean {
  return parts.has(word.toLowerCase());
}

/** True when the word labels the code after it ("colour RAL9005", "item no. A12") rather than a product. */
export function isCodeLabel(word: string): boolean {
  return labels.has(word.toLowerCase().replace(/[.:#]+$/, ""));
}

/** True when the word is a colour or a shade ("dark", "navy"): it describes the product, not which one it is. */
export function isColourWord(word: string): boolean {
  return colours.has(word.toLowerCase());
}

/**
 * Metals, finishes, flowers and fruits that name a shade only beside another such word ("rose gold", "champagne
 * gold", "satin nickel"): "sterling silver studs", "gold plated", "rose bath bomb", "lavender soap" and "olive oil" name
 * the goods' material or scent, so these are no colour words by themselves.
 */
const pairedShades = new Set([
  "gold",
  "golden",
  "silver",
  "bronze",
  "chrome",
  "copper",
  "rose",
  "champagne",
  "olive",
  "coral",
  "mint",
  "lavender",
  // Earth and fashion shades sold beside a colour ("Charcoal 700, Sage 500, Sand 300"): alone, "sand", "stone",
  // "cream" or "wine" may be the goods or their material.
  "sage",
  "sand",
  "stone",
  "slate",
  "taupe",
  "cream",
  "blush",
  "camel",
  "mocha",
  "wine",
  "sky",
  "forest",
  "rust",
  // Metal finishes hardware is sold in ("satin nickel", "polished chrome", "antique brass", "brushed gold"):
  // alone, "brass hinge" and "satin pillowcase" name the material.
  "nickel",
  "brass",
  "gunmetal",
  "satin",
  "brushed",
  "polished",
  "antique",
]);

/** True when the word names a shade beside another ("rose gold"), never alone. */
export function isPairedShade(word: string): boolean {
  return pairedShades.has(word.toLowerCase());
}

/** True when the word is a size label ("queen", "xl", "full"): it tells a variant, it names no product. */
export function isSizeWord(word: string): boolean {
  return sizeSet.has(word.toLowerCase());
}
const sizeSet = new Set(sizeWords);

const variantLabels = new Set(sizeWords.filter((word) => word !== "possible" && word !== "optional"));

/** Regex alternation of the variant labels, longest first. */
export const variantLabelWords = [...variantLabels].sort((a, b) => b.length - a.length).join("|");

/**
 * Quality tiers a supplier sells one product line in ("the basic WH-350", "premium version"): they tell
 * a variant apart but name no product.
 */
const tierWords = new Set([
  "basic",
  "standard",
  "premium",
  "deluxe",
  "economy",
  "economic",
  "luxury",
  "upgraded",
  "regular",
  "normal",
  "cheap",
  "cheaper",
  "better",
  "best",
  "top",
]);

/** True when the word is a quality tier ("basic", "premium"): it ranks the product, it does not name it. */
export function isTierWord(word: string): boolean {
  return tierWords.has(word.toLowerCase());
}

/**
 * Verbs and softeners of a buyer's or supplier's instruction ("Kindly increase M-301", "please reduce
 * W-115"): the sentence acts on the product, the words are no part of its name.
 */
const instructionWords = new Set([
  "kindly",
  "please",
  "pls",
  "plz",
  "increase",
  "decrease",
  "reduce",
  "raise",
  "keep",
  "make",
  "take",
  "remove",
  "cancel",
  "revise",
  "update",
  "confirm",
  "send",
  "quote",
  "need",
  "want",
  "prefer",
  "choose",
]);

/** True when the word instructs (a verb of trade or a "kindly"), never a modifier of a product. */
export function isVerbOfTrade(word: string): boolean {
  return instructionWords.has(word.toLowerCase());
}

/**
 * Sentence adverbs that open or frame a list ("Mainly leashes and beds", "Especially the 40W panel"): they
 * say how the sentence is meant, never which product.
 */
const discourseWords = new Set([
  "mainly",
  "mostly",
  "especially",
  "particularly",
  "primarily",
  "chiefly",
  "currently",
  "usually",
  "normally",
  "generally",
  "typically",
  "basically",
  "actually",
  "really",
  "probably",
  "maybe",
  "perhaps",
  "ideally",
  "hopefully",
  "firstly",
  "secondly",
  "finally",
  "additionally",
  "specifically",
]);

/** True when the word frames a sentence ("mainly", "especially") and is no part of a product's name. */
export function isDiscourseWord(word: string): boolean {
  return discourseWords.has(word.toLowerCase());
}
