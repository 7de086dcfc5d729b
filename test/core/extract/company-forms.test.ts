/** The supplier named by company forms beyond China's: Malaysia's "Sdn. Bhd.", a plain "Company". */
import { describe, expect, it } from "vitest";
import { findCompanies } from "../../../src/core/extract/supplier.ts";
import { draftOf } from "../../helpers/read-chat.ts";

describe("company forms", () => {
  it.each([
    ["Hi Liam! Penang Brightway Plastics Sdn. Bhd. price list below", "Penang Brightway Plastics Sdn. Bhd."],
    [
      "Kevin here, Yongkang Stridefit Sports Equipment Company. Good morning.",
      "Yongkang Stridefit Sports Equipment Company",
    ],
    ["Selangor Kraft Packaging Sdn Bhd", "Selangor Kraft Packaging Sdn Bhd"],
    // Portugal, Spain and Latin America, Italy, the Netherlands: the form after the name, a comma between or not
    ["Regards, Corticeira Douro, Lda.", "Corticeira Douro, Lda."],
    ["Cerámica Talavera S.A. de C.V. quote attached", "Cerámica Talavera S.A. de C.V."],
    ["Ceramiche Rossi S.r.l. here", "Ceramiche Rossi S.r.l."],
    ["Hilados del Norte S.L.", "Hilados del Norte S.L."],
    // Indonesia's forms and Spanish workshops before the name
    ["Dewi from CV Lilin Mete Jepara 🕯 thank you", "CV Lilin Mete Jepara"],
    ["PT Sinar Jaya Abadi, Surabaya", "PT Sinar Jaya Abadi"],
    ["Qué bueno 🌵 Talleres Cerámicos Herrera, Puebla.", "Talleres Cerámicos Herrera"],
  ])("%s", (text, name) => expect(findCompanies(text).map((c) => c.name)).toEqual([name]));

  it("names the supplier of the chat", () => {
    const draft = draftOf([
      "Buyer: hi, 40 rolls of frosted film please",
      "Supplier: Hi! Johor Clearshade Films Sdn. Bhd. here, frosted USD 57.95/roll.",
      "Buyer: ok deal",
    ]);
    expect(draft.supplier).toBe("Johor Clearshade Films Sdn. Bhd.");
  });

  it.each([
    "we keep good company with our buyers",
    // a CV sent, a time, a title: no form of company
    "send your CV to HR please",
    "We are at 5 P.M. Sorry",
    "CV ok",
  ])("%j names no company", (text) => expect(findCompanies(text)).toEqual([]));
});
