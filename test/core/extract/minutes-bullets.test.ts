/**
 * Minutes pasted with no speaker labels list the products as bullets, each priced in the later sentences
 * of its own line ("- Bamboo tray. Quoted $4.90, agreed $4.60."). The bullets are one list whatever side
 * each line's turn is guessed to be; a product named "3-in-1 ..." opens its bullet; a sentence's full stop
 * is no part of a name.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const minutes = [
  "MINUTES - Oakline Ltd x Fujian Greenleaf Bamboo Co., Ltd.",
  "Attendees: Sara (Oakline), Mr. Lin (Greenleaf)",
  "1. Products",
  "- Bamboo serving tray 40 cm. Quoted $4.90, Sara countered $4.30, agreed $4.60.",
  "- 3-in-1 bamboo utensil set (spoon, fork, knife). Quoted $2.40, agreed $2.20.",
  "- Bamboo cutting board 30 cm. Quoted $3.80, agreed $3.50.",
  "2. Terms",
  "- FOB Xiamen, 30% deposit, balance before shipment.",
];

describe("bullets of minutes priced in their later sentences", () => {
  it("lists every bullet as a product, named without the sentence's full stop", () => {
    expect(draftOf(minutes).items.map((item) => item.name)).toEqual([
      "Bamboo serving tray 40 cm",
      "3-in-1 bamboo utensil set",
      "Bamboo cutting board 30 cm",
    ]);
  });
});
