/** Chats that more than one test file reads the same way. */

/** Three parts sold together as one kit, each priced with its unit, then a kit price agreed. */
export const lampKitChat: readonly string[] = [
  "Buyer: we sell desk lamp kits. Need the lamp base, the linen shade and the LED bulb, quote in USD please",
  "Supplier: lamp base USD 4.60/pc, linen shade USD 1.30/pc, LED bulb USD 0.42/pc",
  "Buyer: too high for us",
  "Supplier: for a full kit order we can do: base 4.20/pc, shade 1.10/pc, bulb 0.38/pc",
  "Buyer: ok, agreed",
];
