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
  ])("%s", (text, name) => expect(findCompanies(text).map((c) => c.name)).toEqual([name]));

  it("names the supplier of the chat", () => {
    const draft = draftOf([
      "Buyer: hi, 40 rolls of frosted film please",
      "Supplier: Hi! Johor Clearshade Films Sdn. Bhd. here, frosted USD 57.95/roll.",
      "Buyer: ok deal",
    ]);
    expect(draft.supplier).toBe("Johor Clearshade Films Sdn. Bhd.");
  });

  it("a company word inside a sentence names nothing", () =>
    expect(findCompanies("we keep good company with our buyers")).toEqual([]));
});
