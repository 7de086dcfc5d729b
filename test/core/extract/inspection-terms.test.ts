/**
 * Inspection wordings one by one, each way: who inspects (a third party, Alibaba, the maker, the buyer's
 * or the supplier's own QC), an inspection declined, and the near-misses that settle nothing.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { findInspection } from "../../../src/core/extract/inspection.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import type { Role } from "../../../src/core/schemas.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const read = (text: string, role: Role = "buyer") => {
  const found = findInspection(text, role);
  return found ? { required: found.required, by: found.by, said: text.slice(found.start, found.end) } : null;
};

describe("an inspection declined", () => {
  it.each([
    ["- Inspection: none this time, order too small to justify QIMA", "Inspection: none"],
    ["Pre-shipment inspection: none", "Pre-shipment inspection: none"],
    ["Inspection: N/A", "Inspection: N/A"],
    ["QC: nil", "QC: nil"],
    ["Inspection - skipped, samples were fine", "Inspection - skipped"],
  ])("a notes label with nothing under it: '%s'", (text, said) => {
    expect(read(text)).toEqual({ required: false, by: null, said });
  });
  it.each(["Inspection: none of the defects allowed", "QC: none found in the first lot"])(
    "'%s' is about defects, no inspection declined",
    (text) => {
      expect(read(text)?.required).not.toBe(false);
    },
  );
  it.each([
    ["No inspection needed for this order", "No inspection needed"],
    ["no need for inspection, we trust you", "no need for inspection"],
    ["No need of QC this time", "No need of QC"],
    ["No need inspection this time", "No need inspection"],
    ["no need third party inspection", "no need third party inspection"],
    ["No need for a QC", "No need for a QC"],
    ["we won't need a QC", "won't need a QC"],
    ["ship it without a inspection", "without a inspection"],
    ["no third-party inspection required", "no third-party inspection required"],
    ["No third party inspection", "No third party inspection"],
    ["Inspection is not needed", "Inspection is not needed"],
    ["QC not required for samples", "QC not required"],
    ["inspection not necessary", "inspection not necessary"],
    ["We don't need an inspection", "don't need an inspection"],
    ["we dont need any QC", "dont need any QC"],
    ["We do not need third party inspection", "do not need third party inspection"],
    ["we won't need 3rd-party inspection", "won't need 3rd-party inspection"],
    ["We will not need pre-shipment inspection", "will not need pre-shipment inspection"],
    ["we wont need preshipment QC", "wont need preshipment QC"],
    ["we do not need external inspection", "do not need external inspection"],
    ["No need to inspect, just ship", "No need to inspect"],
    ["Ship without an inspection", "without an inspection"],
    ["Ship without inspection", "without inspection"],
    ["Let's skip the inspection", "skip the inspection"],
    ["skip inspection this time", "skip inspection"],
    ["We will skip pre-shipment inspection this time", "skip pre-shipment inspection"],
    ["Inspection no, is a small order", "Inspection no"],
    ["QC, no, we trust your factory", "QC, no"],
    ["the inspection for this reorder is not necessary", "inspection for this reorder is not necessary"],
    ["这批不需要验货", "不需要验货"],
    ["不用验货，直接发", "不用验货"],
  ])("'%s' declines it", (text, said) => {
    expect(read(text)).toEqual({ required: false, by: null, said });
  });

  it.each([
    "No problem, we need inspection by QIMA",
    "No, SGS will inspect",
    "QC is needed",
    "we need QC before shipment",
    "We don't need more samples, QIMA will inspect",
    "inspection no later than 5 days before loading",
    "OK, CIF Los Angeles same price, inspection no problem.",
  ])("'%s' declines nothing", (text) => {
    expect(read(text)?.required).not.toBe(false);
  });
});

describe("Alibaba's inspection service", () => {
  it.each([
    ["Please book the Alibaba inspection", "Alibaba inspection"],
    ["alibaba's quality inspection before shipping", "alibaba's quality inspection"],
    ["Alibaba.com inspector will come", "Alibaba.com inspector"],
    ["Alibaba QC is fine", "Alibaba QC"],
    ["Alibaba  QC is fine", "Alibaba  QC"],
    ["Alibaba quality  inspection", "Alibaba quality  inspection"],
    ["we use the inspection service of Alibaba", "inspection service of Alibaba"],
    ["inspection service from alibaba please", "inspection service from alibaba"],
    ["the inspection service through Alibaba", "inspection service through Alibaba"],
  ])("'%s' is Alibaba's", (text, said) => {
    expect(read(text)).toEqual({ required: true, by: "alibaba", said });
  });

  it.each(["We pay through Alibaba", "Alibaba order link sent", "inspection service in Alibaba style"])(
    "'%s' is not Alibaba's inspection",
    (text) => {
      expect(read(text)?.by).not.toBe("alibaba");
    },
  );
});

describe("a third-party inspection", () => {
  it.each([
    ["QIMA will come on Monday", "QIMA"],
    ["V-Trust will visit the factory", "V-Trust"],
    ["VTrust booked", "VTrust"],
    ["SGS inspection before shipment", "SGS"],
    ["Intertek will inspect", "Intertek"],
    ["Bureau Veritas inspection", "Bureau Veritas"],
    ["TÜV inspection arranged", "TÜV"],
    ["TUV inspection arranged", "TUV"],
    ["AsiaInspection will inspect the goods", "AsiaInspection"],
    ["HQTS pre-shipment check", "HQTS"],
    ["SGS preshipment booked", "SGS"],
    ["ProQC will do the PSI", "ProQC"],
    ["Pro QC will do the PSI", "Pro QC"],
    ["We arrange a third-party inspection", "third-party"],
    ["third party QC before loading", "third party"],
    ["3rd party inspection please", "3rd party"],
    ["3rd-party audit required", "3rd-party"],
    ["Our inspection company will check the goods", "inspection company"],
    ["the inspection agency will come", "inspection agency"],
  ])("'%s' is a third party's", (text, said) => {
    expect(read(text)).toEqual({ required: true, by: "third_party", said });
  });

  it.each([
    "SGS report for phthalate-free material",
    "SGS certificate attached",
    "Intertek tested, lab report attached",
    "QIMA certified factory",
    "Our products are SGS certified",
    "SGS testing done",
    "the SGS lab",
    "Intertek",
    "QIMA test results attached",
    "Bureau Veritas audit report",
  ])("'%s' is a test report or a name, no inspection", (text) => {
    // "audit" is an inspection word: the audit report of a third party is its inspection.
    if (text.includes("audit")) expect(read(text)?.by).toBe("third_party");
    else expect(read(text)).toBeNull();
  });
});

describe("the maker's own inspection as final", () => {
  it.each([
    ["Maker's inspection in the factory to be final", "Maker's inspection"],
    ["Makers inspection to be final", "Makers inspection"],
    ["manufacturer's final inspection is binding", "manufacturer's final inspection"],
    ["Manufacturers QC is final", "Manufacturers QC"],
    ["factory's own quality check applies", "factory's own quality check"],
    ["factory inspection to be final", "factory inspection"],
    ["factorys QC", "factorys QC"],
    ["supplier's inspection is final", "supplier's inspection"],
    ["suppliers inspection is final", "suppliers inspection"],
    ["sellers QC final", "sellers QC"],
    ["seller's  QC final", "seller's  QC"],
    ["factory's own  QC", "factory's own  QC"],
    ["factory final  inspection", "factory final  inspection"],
    ["seller's QC final", "seller's QC"],
    ["以工厂检验为准", "工厂检验为准"],
    ["以制造商工厂检验为准", "制造商工厂检验为准"],
    ["以制造者检验为准", "制造者检验为准"],
    ["以厂家检验为准", "厂家检验为准"],
  ])("'%s' is the supplier's", (text, said) => {
    expect(read(text)).toEqual({ required: true, by: "supplier", said });
  });

  it.each(["the factory will ship", "supplier's price is final", "factory 检验"])(
    "'%s' names no inspection",
    (text) => {
      expect(read(text)).toBeNull();
    },
  );
});

describe("an own check, by the side that says it", () => {
  it.each([
    "our QC will inspect the goods at your factory",
    "My agent will check the cartons",
    "our own inspector will inspect",
    "Our quality control team will check",
    "our QA staff will check",
    "our inspection team will inspect",
    "our QC staff check",
    "We will inspect before you ship",
    "I'll check the goods myself",
    "We'll inspect before loading",
    "we will also do our own final inspection",
    "We do a QC before loading",
    "We do final inspection before loading",
    "we do the check",
    "I will do our inspection",
    "We will send our own QC team",
    "I will send my inspector",
  ])("'%s' is the buyer's from the buyer", (text) => {
    expect(read(text, "buyer")?.by).toBe("buyer");
  });

  it("cites the words of the check", () => {
    const text = "Then our QC will inspect the goods";
    const found = findInspection(text, "buyer")!;
    expect(text.slice(found.start, found.end)).toBe("our QC will inspect");
  });

  it("is the supplier's from the supplier, and nobody's from an unknown speaker", () => {
    expect(read("our QC team will check every piece before packing", "supplier")?.by).toBe("supplier");
    expect(read("We will inspect before shipping", "supplier")?.by).toBe("supplier");
    expect(read("We will inspect before shipping", "unknown")).toBeNull();
  });

  it("a 100% check is the supplier's whoever asks for it", () => {
    expect(read("100% inspection before packing", "buyer")).toEqual({
      required: true,
      by: "supplier",
      said: "100% inspection",
    });
    expect(read("we do 100% QC", "buyer")?.by).toBe("supplier");
    expect(read("100% check please", "buyer")?.by).toBe("supplier");
  });

  it.each(["our agent will pay", "our QC", "we will ship next week", "We check the price"])(
    "'%s' is no check",
    (text) => {
      expect(read(text)).toBeNull();
    },
  );
});

describe("someone of the speaker's side sent to check the goods", () => {
  it.each([
    "My cousin in Guangzhou will come to your factory to check the hair before you send it.",
    "my mate in guangzhou will check the shirts at your factory before packing",
    "Our sourcing agent will inspect the lamps before loading.",
    "our local staff will go to check the goods before shipment",
  ])("'%s' said by the buyer is the buyer's inspection", (text) => {
    expect(read(text)).toMatchObject({ required: true, by: "buyer" });
  });

  it("said by the supplier it is the supplier's", () => {
    expect(read("Our QC people will check every piece before packing", "supplier")).toMatchObject({
      required: true,
      by: "supplier",
    });
  });

  it.each([
    "My colleague will check the price with our boss",
    "my friend told me to check your store",
    "Our agent will pay the deposit tomorrow",
  ])("'%s' sends nobody to look at the goods", (text) => {
    expect(read(text)).toBeNull();
  });
});

describe("the words that send someone to the goods", () => {
  it.each([
    "my brother is checking the goods at your factory",
    "Our agent will inspect every piece.",
    "our rep inspected the production",
  ])("'%s' is the buyer's inspection", (text) => {
    expect(read(text)).toMatchObject({ required: true, by: "buyer" });
  });
});

describe("the buyer turning down a third party and asking for the supplier's own check", () => {
  it.each([
    ["no 3rd party inspection", false, null],
    ["no third-party inspection needed", false, null],
    ["no third party QC", false, null],
    ["your qc check 100% before ship, send me video", true, "supplier"],
    ["your QC team to inspect every carton before loading", true, "supplier"],
    ["your own inspector should check the stitching", true, "supplier"],
    ["我们QC 100%检查 and send video before shipping", true, "supplier"],
    [
      "No third-party inspection, your own final QC report with photos before loading is enough.",
      true,
      "supplier",
    ],
  ])("'%s' reads required %s, by %s", (text, required, by) => {
    const found = findInspection(text, text.startsWith("我们") ? "supplier" : "buyer");
    expect([found?.required, found?.by]).toEqual([required, by]);
  });

  it("the supplier saying 'your QC can check' sends the buyer's own QC, not its own", () => {
    expect(findInspection("your QC can check the goods in our factory", "supplier")?.by).not.toBe("supplier");
  });
});

describe("inspection said in short, in notes and as an answer", () => {
  it.each([
    ["no insp needed, photos are fine", "no insp needed"],
    ["Inspection: no need, video before packing", "Inspection: no need"],
    ["QC - not needed this time", "QC - not needed"],
  ])("'%s' declines it", (text, said) => {
    expect(read(text)).toEqual({ required: false, by: null, said });
  });

  it.each([
    // notes in the third person name the side, whoever wrote them
    ["Buyer's own QC (Ana Ruiz) will inspect before loading.", "buyer", "unknown"],
    ["Supplier's QC team will check every carton before shipment.", "supplier", "unknown"],
    ["Our quality manager will carry out the final inspection at your factory.", "buyer", "buyer"],
  ] as const)("'%s' is an inspection by the %s", (text, by, role) => {
    expect(read(text, role)).toMatchObject({ required: true, by });
  });

  it("our sales manager checking the price sends nobody to the goods", () => {
    expect(read("our sales manager will check the price tomorrow")).toBeNull();
  });
});

describe("inspection across the chat", () => {
  const draftOf = (lines: string[]) =>
    extractDraft(parseTranscript(lines.join("\n")), { now: new Date("2026-11-20T12:00:00Z") });

  it("an answer to 'inspection?' that says no need declines it", () => {
    const draft = draftOf([
      "Buyer: 2000 pcs kraft mailer box at 0.41 USD, ok?",
      "Supplier: ok 0.41 confirmed",
      "Supplier: inspection?",
      "Buyer: no need, just send photos before packing",
    ]);
    expect(draft.inspection).toEqual({ required: false, by: null });
  });

  it("declining inspection beside the sample photos is still about the order", () => {
    const draft = draftOf([
      "Buyer: 2000 pcs kraft mailer box at 0.41 USD, ok?",
      "Supplier: ok 0.41 confirmed",
      "Buyer: No third-party inspection needed, pre-production sample photos are enough.",
    ]);
    expect(draft.inspection).toEqual({ required: false, by: null });
  });

  it("a title's full stop keeps the inspector's sentence whole", () => {
    const draft = draftOf([
      "Buyer: 2000 pcs kraft mailer box at 0.41 USD, ok?",
      "Supplier: ok 0.41 confirmed",
      "Buyer: Our QC manager, Mr. Lenz, will carry out the final inspection in your factory before shipment.",
    ]);
    expect(draft.inspection).toEqual({ required: true, by: "buyer" });
  });
});

describe("whose inspection notes name, and what they cite", () => {
  it.each([
    ["Supplier's staff will check every carton before loading.", "supplier", "Supplier's staff will check"],
    ["Buyer's agent will inspect at the factory.", "buyer", "Buyer's agent will inspect"],
  ])("'%s' is the %s's, citing its words", (text, by, said) => {
    expect(read(text, "unknown")).toEqual({ required: true, by, said });
  });
});

describe("only the third party turned down", () => {
  it("leaves the supplier's own check said before it", () =>
    expect(
      draftOf([
        "Supplier: our QC checks 100% before packing and send you report + photos",
        "Buyer: ok then we don't need a third party inspector",
      ]).inspection,
    ).toEqual({ required: true, by: "supplier" }));

  it("with no check of the supplier's, declines the inspection", () =>
    expect(
      draftOf(["Supplier: price 2.10 FOB Ningbo", "Buyer: ok, we don't need a third party inspector"])
        .inspection,
    ).toEqual({ required: false, by: null }));

  it("an inspector turned down is an inspection turned down", () =>
    expect(findInspection("we don't need an inspector this time", "buyer")).toMatchObject({
      required: false,
      by: null,
    }));
});

describe("a side's quality team or department inspecting", () => {
  it.each([
    [
      "Before loading our quality team does the final inspection and sends you the report.",
      "supplier",
      "supplier",
    ],
    ["our quality department will inspect the goods before shipment", "buyer", "buyer"],
    ["Our QC department checks every carton before loading.", "supplier", "supplier"],
    ["our quality inspector will check the goods at your factory", "buyer", "buyer"],
  ])("'%s' said by the %s is an inspection by the %s", (text, role, by) => {
    expect(findInspection(text, role as "buyer" | "supplier")).toMatchObject({ required: true, by });
  });
});

describe("the buyer's own people doing the check", () => {
  it.each([
    ["I can pop up to Jalandhar and do our own QC before it ships", "do our own QC"],
    ["Sam from our team will do the inspection.", "our team will do the inspection"],
    ["I can do the final inspection myself", "I can do the final inspection"],
  ])("'%s' is the buyer's inspection", (text, said) => {
    expect(read(text)).toEqual({ required: true, by: "buyer", said });
  });

  it("'our team will check the price' sends nobody to the goods", () => {
    expect(read("our team will check the price")).toBeNull();
  });
});

describe("the supplier's own QC with no third party this time", () => {
  it.each([
    "Your own QC final inspection with photos and report is enough for us, no third party this time.",
    "Your own QC report is enough, no third party needed.",
  ])("'%s' is the supplier's inspection", (text) => {
    const draft = draftOf(["Supplier: bath mats GBP 3.70, 2000 pcs", `Buyer: ${text}`, "Supplier: ok noted"]);
    expect(draft.inspection).toEqual({ required: true, by: "supplier" });
  });

  it("a third party named with no 'no' before it is still the third party's inspection", () => {
    expect(read("our QIMA third party inspection is booked")).toMatchObject({ by: "third_party" });
  });
});

describe("the buyer going to check the goods in person", () => {
  it.each([
    [
      "ok 👍 I'll fly up to Durban and check the robes at your factory before they're loaded",
      "I'll fly up to Durban and check the robes at your factory",
    ],
    ["we check all goods before packing", "we check all goods before packing"],
    [
      "we'll look in and check the lamps before they are packed",
      "we'll look in and check the lamps before they are packed",
    ],
    [
      "I go to Ningbo and check the sofas at the factory",
      "I go to Ningbo and check the sofas at the factory",
    ],
    [
      "I will visit your factory myself before loading to check the goods, I am in Suzhou anyway.",
      "I will visit your factory myself before loading to check the goods",
    ],
  ])("%s", (text, said) => expect(read(text, "buyer")).toEqual({ required: true, by: "buyer", said }));

  it.each([
    "we will check the price again before shipping",
    "I'll check with my boss before shipment",
    "I will check the artwork at the factory",
    "we check it later, before shipment",
    "we will check the robes tomorrow",
    "We will visit your factory next month to discuss the new project.",
  ])("%s sends nobody to the goods", (text) => expect(read(text, "buyer")).toBeNull());

  it("a supplier's 'we check all goods before packing' is no buyer's visit", () =>
    expect(read("we check all goods before packing", "supplier")).toBeNull());
});

describe("the maker's own QC as the buyer's notes put it", () => {
  it.each([
    ["QC: their own QC does the final inspection and sends report + photos", "their own QC does"],
    ["their QC team will check every piece", "their QC team will check"],
    ["their final QC will inspect before loading", "their final QC will inspect"],
  ])("%s", (text, said) => {
    expect(read(text, "buyer")).toEqual({ required: true, by: "supplier", said });
    expect(read(text, "supplier")).toEqual({ required: true, by: "supplier", said });
  });

  it("a call note keeps the maker's check when only the third party is turned down after it", () => {
    const draft = draftOf([
      "- Kevin: price 63.50 BRL for 1500 pcs, 30% deposit.",
      "- QC: their own QC does the final inspection and sends report + photos before loading. I said ok for this first order, no third party.",
    ]);
    expect(draft.inspection).toEqual({ required: true, by: "supplier" });
  });
});
