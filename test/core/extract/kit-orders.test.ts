/**
 * Orders of several parts sold together: a supplier prices each part with its unit and no currency
 * ("strip 3.28/roll, controller 0.58/set"), and the buyer counts kits, one of each part.
 */
import { describe, expect, it } from "vitest";
import { lampKitChat } from "../../helpers/kit-chats.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const lampChat = lampKitChat;

describe("parts priced one by one with their unit and no currency", () => {
  it("reads each part's price beside its name", () => {
    expect(itemRowsOf(lampChat).map(([name, , price]) => [name, price])).toEqual([
      ["lamp base", 4.2],
      ["linen shade", 1.1],
      ["LED bulb", 0.38],
    ]);
  });
});

describe("a count of kits is that many of every part", () => {
  it("'we take 600 kits' orders 600 of each part, and a later change of kits changes them all", () => {
    expect(itemRowsOf([...lampChat, "Buyer: we take 600 kits"]).map(([, count]) => count)).toEqual([
      600, 600, 600,
    ]);
    expect(
      itemRowsOf([
        ...lampChat,
        "Buyer: we take 600 kits",
        "Buyer: sorry, make it 800 kits instead of 600",
      ]).map(([, count]) => count),
    ).toEqual([800, 800, 800]);
  });

  it("a minimum of kits orders none", () => {
    const counts = itemRowsOf([...lampChat, "Supplier: note MOQ 300 kits per order"]).map(
      ([, count]) => count,
    );
    expect(counts).not.toContain(300);
  });

  // Each way a count of kits is written, and each word that makes a count of kits no order.
  const countsAfter = (line: string) => itemRowsOf([...lampChat, `Buyer: ${line}`]).map(([, count]) => count);
  it.each([
    ["we take 1,200 kits", 1200],
    ["we take 1200 full kits", 1200],
    ["we take 1200 complete kits", 1200],
    ["ok 1200 kit then", 1200],
    ["MOQ 300 kits noted, we take 1200 kits", 1200],
  ])("'%s' orders %i of each part", (line, count) => {
    expect(countsAfter(line)).toEqual([count, count, count]);
  });

  it.each([
    "MOQ 300 kits",
    "your minimum 300 kits is fine",
    "a sample of 3 kits first",
    "samples 3 kits first",
    "packing 20 kits per carton, how big is it?",
    "packing per ctn 20 kits, how big is it?",
  ])("'%s' orders none", (line) => {
    expect(countsAfter(line)).toEqual([null, null, null]);
  });

  it("where the kit is the product itself, its count is the kit's", () => {
    expect(
      itemRowsOf([
        "Buyer: price for your first aid kit FA-20?",
        "Supplier: first aid kit FA-20 USD 3.10/pc",
        "Buyer: ok, we need 500 kits",
      ]),
    ).toEqual([["first aid kit FA-20", 500, 3.1]]);
  });
});

describe("a part the supplier then gives for free", () => {
  it("is no line of the order, named by the words before 'free of charge'", () => {
    const names = itemRowsOf([
      ...lampChat,
      "Supplier: good news, the LED bulbs free of charge for this first order",
    ]).map(([name]) => name);
    expect(names).toEqual(["lamp base", "linen shade"]);
  });

  it("spare ones given free leave the part ordered", () => {
    const names = itemRowsOf([...lampChat, "Supplier: we add 2% spare bulbs free of charge"]).map(
      ([name]) => name,
    );
    expect(names).toEqual(["lamp base", "linen shade", "LED bulb"]);
  });
});

describe("a quote line for goods the order dropped", () => {
  it("gives its price and count to no item of the order", () => {
    const rows = itemRowsOf([
      "Supplier: Ceramic mug 350ml - $2.40/pc for 1,000 pcs",
      "Bamboo coaster set - $3.10/set (600 sets)",
      "Tin tea caddy 100g - $0.95/pc (1,500 pcs)",
      "Buyer: To confirm where we have landed, our final order is:",
      "- Ceramic mug 350ml: 1,000 pcs at $2.40",
      "- Bamboo coaster set: 600 sets at $3.10",
      "We have decided to drop the tin tea caddy for now.",
    ]);
    expect(rows).toEqual([
      ["Ceramic mug 350ml", 1000, 2.4],
      ["Bamboo coaster set", 600, 3.1],
    ]);
  });
});
