import { describe, expect, it } from "vitest";
import { parseDocumentCommand } from "../../src/slack/parse-document-command.ts";

describe("/order contract | checklist | settings grammar", () => {
  it("reads the document subcommands with their options", () => {
    expect(parseDocumentCommand("contract PO-3")).toEqual({ kind: "contract", ref: 3 });
    expect(parseDocumentCommand("Contract 12")).toEqual({ kind: "contract", ref: 12 });
    expect(parseDocumentCommand("checklist PO-3")).toMatchObject({
      kind: "checklist",
      ref: 3,
      format: "pdf",
      aqls: { critical: 0, major: 2.5, minor: 4 },
    });
    expect(parseDocumentCommand("checklist po-3 csv 1.5/6.5")).toMatchObject({
      format: "csv",
      aqls: { critical: 0, major: 1.5, minor: 6.5 },
    });
  });

  it("reads the company name with or without quotes, straight or curly", () => {
    expect(parseDocumentCommand('settings company "Baker Outdoor GmbH"')).toEqual({
      kind: "company",
      name: "Baker Outdoor GmbH",
    });
    expect(parseDocumentCommand("settings company “宁波贝克户外有限公司”")).toEqual({
      kind: "company",
      name: "宁波贝克户外有限公司",
    });
    expect(parseDocumentCommand("settings company Baker Outdoor")).toEqual({
      kind: "company",
      name: "Baker Outdoor",
    });
  });

  it("leaves every other subcommand to the main grammar", () => {
    for (const text of ["", "help", "new contract text", "show PO-3", "export PO-3"])
      expect(parseDocumentCommand(text)).toBeNull();
  });

  it("says what is wrong in one sentence", () => {
    expect(parseDocumentCommand("contract")).toMatchObject({
      kind: "invalid",
      reason: expect.stringContaining("PO-3"),
    });
    expect(parseDocumentCommand("contract PO-3 now")).toMatchObject({ kind: "invalid" });
    expect(parseDocumentCommand("checklist PO-3 3/4")).toMatchObject({
      kind: "invalid",
      reason: expect.stringContaining("AQLs go as MAJOR/MINOR"),
    });
    expect(parseDocumentCommand("settings company")).toMatchObject({ kind: "invalid" });
    expect(parseDocumentCommand("settings timezone UTC")).toMatchObject({ kind: "invalid" });
  });
});
