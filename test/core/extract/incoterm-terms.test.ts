/**
 * Incoterm wordings one by one: every code as suppliers write it (plain, dotted, old names, ex-works,
 * 出厂价) and the place that follows it, each way: what names a place and what only looks like one.
 */
import { describe, expect, it } from "vitest";
import { findIncoterms } from "../../../src/core/extract/incoterm.ts";

const read = (text: string) => findIncoterms(text).map((m) => [m.code, m.place, text.slice(m.start, m.end)]);

describe("the code as written", () => {
  it.each([
    ["EXW Dongguan", "EXW"],
    ["FCA Shenzhen", "FCA"],
    ["FAS Qingdao", "FAS"],
    ["FOB Ningbo", "FOB"],
    ["CFR Hamburg", "CFR"],
    ["CIF Rotterdam", "CIF"],
    ["CPT Chicago", "CPT"],
    ["CIP Dallas", "CIP"],
    ["DAP Reno", "DAP"],
    ["DPU Felixstowe", "DPU"],
    ["DDP Sydney", "DDP"],
    ["fob Ningbo", "FOB"],
    ["C&F Durban", "CFR"],
    ["C & F Durban", "CFR"],
    ["CNF Durban", "CFR"],
    ["DDU Lyon", "DAP"],
    ["C.I.F Mombasa", "CIF"],
    ["F.O.B. Xiamen", "FOB"],
    ["C.F.R Lagos", "CFR"],
    ["E.X.W Yiwu", "EXW"],
    ["D.D.P Austin", "DDP"],
    ["D.A.P Oslo", "DAP"],
    ["F.C.A Tianjin", "FCA"],
    ["C.P.T Denver", "CPT"],
    ["C.I.P Madrid", "CIP"],
  ])("'%s' is %s with its place", (text, code) => {
    expect(read(text).map(([c, place]) => [c, place])).toEqual([[code, text.split(" ").at(-1)]]);
  });

  it.each([
    ["ex-works Dongguan", "ex-works"],
    ["Ex works Dongguan", "Ex works"],
    ["exworks Dongguan", "exworks"],
    ["ex-work Dongguan", "ex-work"],
    ["ex-factory Dongguan", "ex-factory"],
    ["Ex factory Dongguan", "Ex factory"],
    ["exfactory Dongguan", "exfactory"],
  ])("'%s' is EXW", (text, said) => {
    expect(read(text)).toEqual([["EXW", "Dongguan", said]]);
  });

  it("出厂价 is the ex-works price", () => {
    expect(read("出厂价 5元")).toEqual([["EXW", null, "出厂价"]]);
  });

  it.each([
    "FOBS",
    "CIFs",
    "information",
    "the DAPI stain",
    "F.O.B.X",
    "F.O.Bx",
    "ex-worker",
    "proforma",
    "exfactoryline",
  ])("'%s' names no code", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("a dotted code takes its closing dot, and each code in a sentence is read", () => {
    expect(read("F.O.B. price")).toEqual([["FOB", null, "F.O.B."]]);
    expect(read("FOB Ningbo or CIF Hamburg")).toEqual([
      ["FOB", "Ningbo", "FOB"],
      ["CIF", "Hamburg", "CIF"],
    ]);
  });
});

describe("the place after the code", () => {
  it.each([
    ["FOB Ningbo please", "Ningbo"],
    ["FOB: Ningbo", "Ningbo"],
    ["FOB：Ningbo", "Ningbo"],
    ["FOB : Ningbo", "Ningbo"],
    ["FOB Ningbo, China", "Ningbo"],
    ["FOB Ningbo. Thanks", "Ningbo"],
    ["DDP Amazon FBA, tax included", "Amazon FBA"],
    ["DDP Amazon FBA Warehouse Reno", "Amazon FBA Warehouse"],
    ["DDP Amazon  FBA", "Amazon FBA"],
    ["FOB  Ningbo", "Ningbo"],
    ["CIF Xi'an", "Xi'an"],
    ["DAP Wilkes-Barre", "Wilkes-Barre"],
    ["CIF PTY", "PTY"],
    ["FOB Portland", "Portland"],
    ["CIF Newport", "Newport"],
    ["FOB Mayport", "Mayport"],
    ["CIF Andover", "Andover"],
    ["FOB Shanghai Port", "Shanghai"],
    ["FOB Shanghai port", "Shanghai"],
  ])("'%s' names %s", (text, place) => {
    expect(read(text)[0]?.[1]).toBe(place);
  });

  it.each([
    "EXW our factory",
    "FOB price is 2.5 USD",
    "FOB USD 2.5",
    "FOB 2.5",
    "FOB (Ningbo)",
    "FOB, Ningbo",
    "FOB Port Ningbo",
    "FOB Price",
    "FOB Terms",
    "FOB Incoterms 2020",
    "FOB Incoterm",
    "FOB Please",
    "CIF And FOB",
    "FOB Only",
    "FOB Basis",
    "FOB December",
    "FOB Monday",
    "FOB I think",
    "FOB Yes",
    "FOB Ningbo/Shanghai",
    "Price is FOB",
    "FOB.",
  ])("'%s' names no place", (text) => {
    expect(read(text)[0]?.[1]).toBeNull();
  });
});

describe("a citation of the US federal regulations is no CFR", () => {
  it.each([
    "FDA 21 CFR 175.300 compliant coating",
    "silicone per 21 CFR 177.2600",
    "meets CFR part 1303 for lead paint",
    "16 CFR 1500 toy rules",
  ])("'%s' names no trade term", (text) => {
    expect(findIncoterms(text)).toEqual([]);
  });

  it.each(["CFR Mombasa by sea", "price CFR Lagos 2.10", "CFR 2026 prices"])("'%s' is CFR", (text) => {
    expect(findIncoterms(text).map((m) => m.code)).toEqual(["CFR"]);
  });
});

describe("CFR beside a number that is no citation", () => {
  it.each([
    "qty 2 - CFR Lagos",
    "price CFR 9.80 per pc",
    "CFR by sea",
    "CFR 2026 prices",
    "CFR part of the deal",
  ])("'%s' is CFR", (text) => {
    expect(findIncoterms(text).map((m) => m.code)).toEqual(["CFR"]);
  });

  it("CFR with a single-digit part is a citation", () => {
    expect(findIncoterms("see CFR part 7 for rules")).toEqual([]);
  });
});

describe("a place led to by 'to'", () => {
  it.each([
    ["DDP to Leeds, USD 95", "Leeds"],
    ["DAP to Perth Airport please", "Perth Airport"],
    // a place that only begins or ends with the letters "to" is the place itself
    ["DAP Tokyo Narita", "Tokyo Narita"],
    ["DAP Sorrento Italy", "Sorrento Italy"],
  ])("'%s' names %s", (text, place) => {
    expect(read(text)[0]?.[1]).toBe(place);
  });

  it("'to' before no capitalised place names none", () => {
    expect(read("DDP to our warehouse")[0]?.[1]).toBeNull();
  });
});

describe("ex-factory as a time, not a trade term", () => {
  it.each([
    "agreed ex-factory within 45 days after deposit received",
    "ex-works date 20 May",
    "ex factory in 30 days",
    "ex-factory by 12 June latest",
  ])("'%s' names no trade term", (text) => {
    expect(findIncoterms(text)).toEqual([]);
  });

  it.each(["price ex-factory Dongguan", "EXW our factory", "ex works Ningbo, buyer's forwarder"])(
    "'%s' is EXW",
    (text) => {
      expect(findIncoterms(text).map((m) => m.code)).toEqual(["EXW"]);
    },
  );
});

describe("a place with a lower-case joining word", () => {
  it.each([
    ["CIF Rio de Janeiro by sea", "Rio de Janeiro"],
    ["DAP Frankfurt am Main, door", "Frankfurt am Main"],
    ["FOB Shenzhen de facto", "Shenzhen"],
    ["CIF Santos de", "Santos"],
  ])("'%s' names %s", (text, place) => {
    expect(findIncoterms(text)[0]?.place).toBe(place);
  });
});

describe("a port written by its short name", () => {
  it.each([
    ["CFR LA by sea", "Los Angeles"],
    ["DDP NYC warehouse", "New York"],
    ["FOB HK", "Hong Kong"],
    ["CIF LGB", "Long Beach"],
  ])("'%s' names %s in full", (text, place) => {
    expect(findIncoterms(text)[0]?.place).toBe(place);
  });

  it("a short word that is no port stays as written", () => {
    expect(findIncoterms("CIF LAX")[0]?.place).toBe("LAX");
  });
});

describe("a port written in lower case", () => {
  it.each([
    ["fob ningbo", "Ningbo"],
    ["ok exw yiwu", "Yiwu"],
  ])("%s names %s", (text, place) => expect(findIncoterms(text)[0]?.place).toBe(place));

  it.each(["fob price 2.30", "fob only", "exw factory", "cif pls", "FOB price"])(
    "%s names no place",
    (text) => expect(findIncoterms(text)[0]?.place).toBeNull(),
  );
});

describe("a place written in its own letters", () => {
  it.each([
    ["CPT Poznań by truck", "Poznań"],
    ["FOB Gdańsk", "Gdańsk"],
    ["CIF São Paulo", "São Paulo"],
    ["FOB İzmir port", "İzmir"],
    ["DAP Düsseldorf", "Düsseldorf"],
    ["CIF Thessaloníki", "Thessaloníki"],
    ["DDP Łódź warehouse", "Łódź"],
  ])("'%s' is delivered to %s", (text, place) => {
    expect(findIncoterms(text)[0]?.place).toBe(place);
  });
});

describe("a destination term closing the sentence that says where the goods go", () => {
  it.each([
    ["Shipping by DHL express to our warehouse in Ostrava, DAP.", "DAP", "Ostrava"],
    ["Please ship to Calgary, DDP", "DDP", "Calgary"],
    ["Send by sea to our warehouse in Mersin, CFR.", "CFR", "Mersin"],
  ])("%j names %s %s", (text, code, place) => {
    expect(findIncoterms(text).map((m) => [m.code, m.place])).toEqual([[code, place]]);
  });

  it.each([
    ["Our factory ships to Europe every week. FOB.", "FOB"],
    ["DAP to be confirmed, delivered to the port", "DAP"],
  ])("%j names no place for %s", (text, code) => {
    expect(findIncoterms(text).map((m) => [m.code, m.place])).toEqual([[code, null]]);
  });
});
