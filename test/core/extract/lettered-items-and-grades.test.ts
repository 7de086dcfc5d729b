/**
 * Minutes that letter their items ("- Item A: LED outdoor wall sconce, 12W, ..."): each lettered line names a
 * product. A code after a material is the material's grade ("die-cast aluminium ADC12"), and "Zhou opened at USD
 * 24.80" names the person who opened, no product. A greeting with a person's title ("Good morning Ms Marta") names
 * no goods either.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("lettered items in minutes", () => {
  it("name the products, not the housing's alloy grade nor the person who opened", () => {
    const rows = itemRowsOf([
      "1. Products",
      "- Item A: LED garden bollard, 10W, 3000K, IP65, die-cast aluminium ADC12 housing. Qty 500 pcs.",
      "Price: Zhou opened at USD 31.80. AR asked 28.00. Zhou came to 29.60 last price. Accepted.",
    ]);
    expect(rows.map(([name]) => name)).toEqual(["LED garden bollard"]);
  });
});

describe("a greeting before the goods", () => {
  it("'Good morning Ms Marta' names no product of the order", () => {
    const rows = itemRowsOf([
      "Supplier: Good morning Ms Marta, this is Aiman from Perak Glove Sdn. Bhd. Thank you for your inquiry on nitrile examination gloves.",
      "Supplier: Our price FOB Port Klang, per carton:",
      "Supplier: Blue nitrile 3.5 g powder free: 500-999 ctn USD 20.60 / 1000-1999 ctn USD 19.80",
      "Supplier: Black nitrile 5.0 g powder free: 500+ ctn USD 27.50",
      "Buyer: We think 1200 cartons blue + 400 cartons black. Price blue 18.50 and black 25.00 possible?",
      "Supplier: Best I can do blue USD 19.40, black USD 26.80.",
      "Buyer: OK. 1500 ctn blue @ 19.00 and 400 ctn black @ 26.50, USD, FOB Port Klang.",
      "Supplier: ok confirmed",
    ]);
    expect(rows.map(([name]) => name).join(" ")).not.toMatch(/morning|Marta/);
  });
});

describe("where the buyer found the supplier", () => {
  it("'your catalogue from the Alibaba shop' names no product", () => {
    const rows = itemRowsOf([
      "Buyer: Hello Jason, we got your catalogue from the Alibaba shop. Interested in the rimless tanks for our stores.",
      "Buyer: Model CW-60 (60L) and CW-120 (120L). Please send price.",
      "Supplier: CW-60: USD 34.50/pc. CW-120: USD 69.00/pc. MOQ 50 pcs each.",
      "Buyer: We want 200 pcs CW-60 and 100 pcs CW-120 at 33.50 and 66.",
      "Supplier: ok confirmed",
    ]);
    expect(rows.map(([name]) => name).join(" ")).not.toMatch(/shop/i);
  });
});
