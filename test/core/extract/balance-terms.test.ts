/**
 * When the balance is due, wording by wording and each way: against the shipping documents, on
 * delivery, before shipment; a sentence that names no balance, or offers two timings, settles none.
 */
import { describe, expect, it } from "vitest";
import { findBalance } from "../../../src/core/extract/payment.ts";

const due = (text: string) => findBalance(text)?.value ?? null;

describe("after shipment, against the documents", () => {
  it.each([
    "balance against B/L",
    "balance against the B/L",
    "balance against BL",
    "balance against bill of lading",
    "balance after receiving the copy of B/L",
    "balance upon receipt of copies of the B/L",
    "balance on receipt of fax of BL",
    "balance after scan of the bill of lading",
    "balance when received fax copy of B/L",
    "balance on receiving a copy of the BL",
    "balance after receipt of the copy bill of lading",
    "balance against copy of shipping documents",
    "balance after we receive the fax copy of the full shipping documents",
    "balance upon receipt of scan of documents",
    "balance on your copy of complete documents",
    "balance against copies of the document",
    "balance against our fax of the shipping document",
    "balance vs shipping documents copy",
    "balance vs complete document copies",
    "balance against BL copy",
    "balance vs B/L copy",
    "balance after shipment",
    "balance after shipping",
    "balance after loading",
    "balance after we received the copy of shipping documents",
    "尾款见提单付清",
    "70% against scan copy of B/L",
    "balance against the scanned copy of the bill of lading",
  ])("'%s' is after shipment", (text) => {
    expect(due(text)).toBe("after_shipment");
  });

  it.each([
    "Our QA lead will do a pre-shipment check when goods are 80% packed.",
    "Pre-shipment inspection when 100% finished, 20% packed.",
  ])("'%s' says when goods are checked, not when money is due", (text) => {
    expect(due(text)).toBeNull();
  });
});

describe("on delivery", () => {
  it.each([
    "balance on delivery",
    "balance upon arrival",
    "balance after receipt of goods",
    "balance after receipt of the goods",
    "balance at receiving the goods",
    "balance on receiving goods",
    "balance after the goods arrive",
    "balance when goods are delivered",
    "balance once the goods reach you",
    "rest cash on delivery",
    "balance COD",
    "尾款货到付款",
  ])("'%s' is on delivery", (text) => {
    expect(due(text)).toBe("on_delivery");
  });
});

describe("before shipment", () => {
  it.each([
    "balance before shipment",
    "balance before the shipping",
    "balance prior to delivery",
    "balance ahead of loading",
    "balance before dispatch",
    "balance before pick up",
    "balance before pickup",
    "balance before collection",
    "balance before departure",
    "balance pre-shipment",
    "balance preshipment",
    "balance before we ship",
    "balance before ship",
    "balance before the goods are shipped",
    "balance before products are loaded",
    "balance before the order is delivered",
    "balance before the container stuffing",
    "balance before container loading",
    "balance before we release the goods",
    "balance before the factory ship out",
    "balance before we send out",
    "balance before we load",
    "balance before the completion of the order",
    "balance before completion of production",
    "balance at the time of shipping",
    "balance at time of shipment",
    "balance at the time of loading",
    "尾款出货前付清",
    "尾款发货前付清",
    "尾款出貨前付清",
    "尾款發貨前付清",
  ])("'%s' is before shipment", (text) => {
    expect(due(text)).toBe("before_shipment");
  });
});

describe("what names the balance", () => {
  it.each([
    ["the rest before shipment", "before_shipment"],
    ["remaining before shipment", "before_shipment"],
    ["the remainder before shipment", "before_shipment"],
    ["final payment before shipment", "before_shipment"],
    ["70% before shipment", "before_shipment"],
    ["70 % before shipment", "before_shipment"],
    ["balance before shipment or earlier", "before_shipment"],
    ["balance before shipment, not after shipment", "before_shipment"],
    ["余款出货前", "before_shipment"],
    ["餘款出貨前", "before_shipment"],
    ["其余出货前", "before_shipment"],
    ["其餘出貨前", "before_shipment"],
  ])("'%s' is %s", (text, timing) => {
    expect(due(text)).toBe(timing);
  });

  it.each([
    "we ship before Friday",
    "pay before shipment",
    "inspection before shipment",
    "balanced design, ready before shipment",
    "70% balance before shipment or against the copy of B/L",
    "balance on delivery or after shipment",
    "尾款出货前或货到付款",
    "balance against the pre-order",
  ])("'%s' settles no timing", (text) => {
    expect(due(text)).toBeNull();
  });

  it("takes the timing named first, and cites it", () => {
    const text = "balance before shipment, and the goods arrive after 30 days";
    expect(due(text)).toBe("before_shipment");
    const found = findBalance(text)!;
    expect(text.slice(found.start, found.end)).toBe("before shipment");
    expect(due("balance on delivery, no advance before shipment")).toBe("on_delivery");
  });
});

describe("against any transport document, or once the goods are handed over", () => {
  it.each([
    ["60% balance after goods loaded, against railway bill copy.", "after_shipment"],
    ["balance must be with railway bill copy", "after_shipment"],
    ["balance against copy of the air waybill", "after_shipment"],
    ["balance against AWB copy", "after_shipment"],
    ["balance against the CMR", "after_shipment"],
    ["balance once we get the copy of the sea waybill", "after_shipment"],
    ["balance after the goods are loaded", "after_shipment"],
    ["50% deposit now, 50% before we give to DHL.", "before_shipment"],
    ["balance before we hand the goods over to your forwarder", "before_shipment"],
    ["rest before passing them to the courier", "before_shipment"],
  ])("'%s' is %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });

  it.each(["the railway bill takes 3 days", "balance by T/T", "we give DHL account for samples"])(
    "'%s' settles no timing",
    (text) => {
      expect(due(text)).toBeNull();
    },
  );
});

describe("on delivery, said by what carries the goods", () => {
  it.each([
    "70% when the truck arrives in Poznań",
    "balance once the container arrives",
    "balance after the shipment arrives at our warehouse",
    "rest when the order is delivered",
    "balance when the cargo reaches Lagos",
  ])("'%s' is due on delivery", (text) => {
    expect(due(text)).toBe("on_delivery");
  });
  it("a truck that arrives at the factory to load is no delivery", () => {
    expect(due("balance before shipment, the truck arrives at your factory Monday")).toBe("before_shipment");
  });
});
