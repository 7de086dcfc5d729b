/**
 * An order page listing two products under one name ("1. Biohazard bag, red, 600 x 780 mm" and "2. Biohazard
 * bag, yellow, 300 x 500 mm"): each is named by the part that tells it from the other, and the chat's "big" and
 * "small" name the larger and the smaller of the two.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const page = [
  "Product details",
  "1. Garden waste bag, green, 600 x 900 mm, PE 60 µm",
  "   Quantity: 20,000 Pieces     Unit price: US $0.120     Subtotal: US $2,400.00",
  "2. Garden waste bag, black, 400 x 600 mm, PE 40 µm",
  "   Quantity: 30,000 Pieces     Unit price: US $0.070     Subtotal: US $2,100.00",
];

describe("products listed under one name", () => {
  it("are named apart by their colour", () => {
    expect(itemRowsOf(page).map(([name]) => name)).toEqual([
      "Garden waste bag green",
      "Garden waste bag black",
    ]);
  });

  it("'big' and 'small' in the chat name the larger and the smaller", () => {
    const rows = itemRowsOf([
      ...page,
      "Buyer: the small bags at 0.065 please, and big bag 0.115",
      "Supplier: ok small bag 0.066, big bag 0.115 final",
      "Buyer: ok agreed",
    ]);
    expect(rows.map(([, , price]) => price)).toEqual([0.115, 0.066]);
  });
});

describe("which of the prices a line gives", () => {
  it.each(["Grace first price", "Our final price", "New price"])(
    "'%s:' in meeting notes names no product",
    (label) => {
      const rows = itemRowsOf([
        "- Coffee scale with timer, model SW-CS2: capacity 2 kg",
        `- ${label}: scale USD 10.50 / pad USD 0.95 (MOQ 1,000 pcs).`,
        "- We said then 1,500 pcs scales. Grace: 9.40 is possible. -> agreed.",
      ]);
      expect(rows).toEqual([["Coffee scale with timer SW-CS2", 1500, 9.4]]);
    },
  );
});
