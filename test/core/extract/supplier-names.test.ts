/**
 * Which company is the supplier, as a buyer reads it: the one a line labels as supplier, the account
 * beside the person in an export's sender line ("Sunny Huang · Xiamen X Co., Ltd."), a letterhead, a
 * maker's registered name over the buyer's own, Vietnamese "JSC" companies and names with a digit ("3D").
 */
import { describe, expect, it } from "vitest";
import { findCompanies } from "../../../src/core/extract/supplier.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const supplierOf = (lines: readonly string[]) => draftOf(lines).supplier;

describe("the supplier's company", () => {
  it("is the company a line labels as supplier, whoever wrote it", () => {
    expect(
      supplierOf([
        "Buyer: Nordhem B.V. purchase tracker - supplier: Hoa Binh Rattan Export Co., Ltd. (Hanoi)",
        "Buyer: rattan basket 300 pcs at 4.20 usd agreed",
      ]),
    ).toBe("Hoa Binh Rattan Export Co., Ltd.");
  });

  it("is the account beside the person in an export's sender line", () => {
    const chat = [
      "Marie Dubois  2026-11-03 21:14:07",
      "Hello, price for ceramic vases please?",
      "Kevin Lin · Dehua Bloom Ceramics Co., Ltd.  2026-11-04 09:02:33",
      "Hello Marie, vase 20 cm US$3.10/pc, MOQ 300",
      "Marie Dubois  2026-11-04 10:00:00",
      "ok 300 pcs at 3.10",
    ];
    expect(parseTranscript(chat.join("\n")).messages.map((m) => m.role)).toEqual([
      "buyer",
      "supplier",
      "buyer",
    ]);
    expect(supplierOf(chat)).toBe("Dehua Bloom Ceramics Co., Ltd.");
    expect(
      supplierOf([
        "Tom Reid  2026-03-02 10:00",
        "Hi, we are a gift shop in York (Reid & Daughters Ltd). Price for mugs?",
        "Lily Zhao - Tangshan Whitestone Porcelain Co., Ltd.  2026-03-02 16:02",
        "Mug 350 ml USD 1.20/pc",
      ]),
    ).toBe("Tangshan Whitestone Porcelain Co., Ltd.");
  });

  it("is the maker's registered name over the buyer's in the same line, and a letterhead over the addressee", () => {
    expect(
      supplierOf([
        "MINUTES - Little Steps Shoes Inc. (Vancouver) / Binh Duong Canvas Footwear Co., Ltd.",
        "Agreed: 1,200 pairs canvas sneakers at USD 5.40/pair",
      ]),
    ).toBe("Binh Duong Canvas Footwear Co., Ltd.");
    expect(
      supplierOf([
        "NINGBO GREATWAVE HOUSEWARE CO., LTD.",
        "PROFORMA INVOICE",
        "To: Casa Verde Importadora Ltda - Porto Alegre",
        "Silicone spatula 3,000 pcs USD 0.62",
      ]),
    ).toBe("NINGBO GREATWAVE HOUSEWARE CO., LTD.");
  });

  it("reads a JSC and a name with a word that opens with digits", () => {
    expect(
      supplierOf([
        "Supplier: Best regards, Tran Minh - Sales, Hai Duong Motorparts JSC, Vietnam",
        "Buyer: ok 500 sets brake shoes at 2.10",
      ]),
    ).toBe("Hai Duong Motorparts JSC");
    expect(
      supplierOf([
        "Supplier: Hello, this is Amy from Shenzhen Lumi 3D Printing Materials Co., Ltd.",
        "Supplier: PLA 1 kg spool USD 7.20/roll",
      ]),
    ).toBe("Shenzhen Lumi 3D Printing Materials Co., Ltd.");
  });

  it("reads Indian and Turkish company forms whole, their abbreviations' full stops ending no sentence", () => {
    expect(
      supplierOf([
        "Supplier: Namaste, Ravi here from Kaveri Brassware Pvt. Ltd. Our diya lamp 4 inch is USD 1.90/pc.",
        "Buyer: 600 pcs at 1.80 ok?",
        "Supplier: ok 1.80",
      ]),
    ).toBe("Kaveri Brassware Pvt. Ltd.");
    expect(
      supplierOf([
        "Supplier: Merhaba, Selin from Ege Havlu San. ve Tic. Ltd. Şti., Denizli. Peshtemal towel EUR 4.10/pc.",
        "Buyer: 1000 pcs, ok",
      ]),
    ).toBe("Ege Havlu San. ve Tic. Ltd. Şti.");
    expect(
      supplierOf(["Supplier: Akdeniz Tekstil A.Ş. offers bath robes EUR 9.50/pc", "Buyer: 300 pcs ok"]),
    ).toBe("Akdeniz Tekstil A.Ş.");
  });

  it.each([
    ["Öztürk Bakır El Sanatları Ltd. Şti.", "Selin Kaya - Öztürk Bakır El Sanatları Ltd. Şti."],
    ["Çağlar Seramik Sanayi A.Ş.", "Çağlar Seramik Sanayi A.Ş."],
    ["Shree Lakshmi Lacquerware Exports", "Suresh (Shree Lakshmi Lacquerware Exports)"],
    ["Jaipur Blue Pottery Impex", "Anil, Jaipur Blue Pottery Impex"],
  ])("reads %s, with letters beyond English and India's trading names", (company, label) => {
    expect(
      supplierOf([`${label}: Copper coffee pot 250 ml is USD 13.80/pc.`, "Buyer: 400 pcs at 13.80, ok"]),
    ).toBe(company);
  });

  it("is the company a buyer's notes are titled after", () => {
    expect(
      supplierOf([
        "MEETING NOTES - Kaveri Brassware Pvt. Ltd. (Moradabad) - 2 Dec 2026",
        "Attendees: Jo Park (buyer), Ravi Kumar (export manager)",
        "- Diya lamp 4 inch: agreed USD 1.80/pc for 600 pcs",
      ]),
    ).toBe("Kaveri Brassware Pvt. Ltd.");
  });
});

describe("the company a supplier's sender label gives without its legal form", () => {
  it.each([
    ["[02/02/2026, 09:31:05] Vivian | Xiamen Yuanfa Packaging", "Xiamen Yuanfa Packaging"],
    ["[02/02/2026, 09:31:05] Jenny Xu (Yongkang Greenleaf Tools)", "Yongkang Greenleaf Tools"],
  ])("%s", (header, company) => {
    const chat = [
      "[02/02/2026, 09:14:22] Adaeze Okafor: We want 5,000 mailer boxes. Price?",
      `${header}: Good morning dear! USD 0.41/pc for 5000`,
      "[02/02/2026, 09:40:12] Adaeze Okafor: ok deal",
    ];
    expect(supplierOf(chat)).toBe(company);
  });

  it("yields to a company the chat writes with its legal form", () => {
    expect(
      supplierOf([
        "[02/02/2026, 09:14:22] Adaeze Okafor: We want 5,000 mailer boxes. Price?",
        "[02/02/2026, 09:31:05] Vivian | Yuanfa Packaging: USD 0.41/pc for 5000. Account: Xiamen Yuanfa Packaging Co., Ltd.",
        "[02/02/2026, 09:40:12] Adaeze Okafor: ok deal",
      ]),
    ).toBe("Xiamen Yuanfa Packaging Co., Ltd.");
  });

  it("a job after the person, or a label of the buyer's side, names no supplier", () => {
    const chat = (buyer: string, supplier: string) => [
      `[02/02/2026, 09:14:22] ${buyer}: We want 5,000 mailer boxes. Price?`,
      `[02/02/2026, 09:31:05] ${supplier}: Good morning dear! USD 0.41/pc for 5000`,
      `[02/02/2026, 09:40:12] ${buyer}: ok deal`,
    ];
    expect(supplierOf(chat("Adaeze Okafor", "Vivian (Sales Manager)"))).toBeNull();
    expect(supplierOf(chat("Adaeze | Lagos Gift Boxes", "Vivian"))).toBeNull();
  });
});

describe("a label's short company name and the registered name the same side writes", () => {
  it.each([
    [
      "Zanele (Umgeni Textiles): Morning, Zanele here from Umgeni Textile Mills (Pty) Ltd. 120 per robe, MOQ 200",
      "Umgeni Textile Mills (Pty) Ltd.",
    ],
    [
      "Amy (Hexin Smart): this is Amy of Hexin Smart Electronics Co., Ltd. USD 18.40 per plug",
      "Hexin Smart Electronics Co., Ltd.",
    ],
  ])("%s", (line, supplier) => {
    const draft = draftOf([line, "Buyer: ok, 400 pcs please"]);
    expect(draft.supplier).toBe(supplier);
  });

  it("a longer company of another first word does not take the label's place", () => {
    const draft = draftOf([
      "Zanele (Umgeni Textiles): our cotton comes from Durban Cotton Mills (Pty) Ltd. 120 per robe",
      "Buyer: ok, 400 robes please",
    ]);
    expect(draft.supplier).toBe("Umgeni Textiles");
  });
});

describe("a trade word that can end a name, then the legal form", () => {
  it.each([
    ["Hangzhou Weave-Tex Home Textiles Co., Ltd.", "Hangzhou Weave-Tex Home Textiles Co., Ltd."],
    ["Shaoxing Bright Garments Co.,Ltd", "Shaoxing Bright Garments Co.,Ltd"],
    ["Jaipur Handicrafts Pvt. Ltd.", "Jaipur Handicrafts Pvt. Ltd."],
    ["Ningbo Sunrise Group Limited", "Ningbo Sunrise Group Limited"],
  ])("'%s' is named whole", (company, whole) => {
    expect(
      findCompanies(`On the call: Grace Xu (sales, ${company}), their QC guy`).map((c) => c.name),
    ).toEqual([whole]);
  });

  it("so a maker named beside its rep in a buyer's call notes is the supplier", () => {
    expect(
      supplierOf([
        "CALL NOTES - outdoor rugs - Tue 12 Jan 2027",
        "On the call: me (Aoife, Cnoc Home), Grace Xu (sales, Hangzhou Weave-Tex Home Textiles Co., Ltd.)",
        "- recycled PET outdoor rug 120x180 cm, 80 pcs at EUR 18.90 EXW, agreed",
      ]),
    ).toBe("Hangzhou Weave-Tex Home Textiles Co., Ltd.");
  });
});

describe("a legal form written in brackets, as Pakistan and India register it", () => {
  it.each([
    [
      "Regards, Imran | Faisalabad Crescent Terry Mills (Pvt.) Ltd.",
      "Faisalabad Crescent Terry Mills (Pvt.) Ltd.",
    ],
    ["Lahore Leather Works (Private) Limited quotes USD 4.10", "Lahore Leather Works (Private) Limited"],
    ["this is Ravi, Coimbatore Spinning (P) Ltd.", "Coimbatore Spinning (P) Ltd."],
  ])("%s", (line, supplier) => {
    const draft = draftOf([`Supplier: ${line}`, "Buyer: ok, 400 pcs please"]);
    expect(draft.supplier).toBe(supplier);
  });
});
