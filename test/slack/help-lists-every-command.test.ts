/**
 * Every subcommand is findable: the contract's grammar plus `settings` each appear in the one-line usage
 * shown after a mistake, in `/order help`, and in the README, and the parser knows each of them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildHelpBlocks } from "../../src/slack/blocks/help.ts";
import { parseDocumentCommand } from "../../src/slack/parse-document-command.ts";
import { orderUsage, parseOrderCommand } from "../../src/slack/parse-order-command.ts";
import { sharedUrl } from "../helpers/shared-dir.ts";

/** The subcommands `contract.md` lists under "The slash command", and the settings the app adds. */
function subcommands(): string[] {
  const contract = readFileSync(sharedUrl("contract.md"), "utf8");
  const section = contract.slice(contract.indexOf("## The slash command"));
  const words = [...section.matchAll(/^\s+\/order (\w+)/gm)].map((match) => match[1] ?? "");
  return [...new Set([...words, "settings"])];
}

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const usageHint = readFileSync(new URL("../../manifest.yml", import.meta.url), "utf8").match(
  /usage_hint: "([^"\n]*)"/,
)?.[1];
const readmeCommandLines = readme.split("\n").filter((line) => line.startsWith("/order "));
const helpText = JSON.stringify(buildHelpBlocks().blocks);

describe("every /order subcommand is listed", () => {
  const all = subcommands();

  it("finds the grammar in the contract", () => {
    for (const word of ["new", "confirm", "contract", "checklist", "cancel", "history", "settings"])
      expect(all).toContain(word);
  });

  it.each(all)(
    "'%s' is in the usage line, the manifest's hint, the help and the README, and the parser knows it",
    (word) => {
      const named = new RegExp(`(?:^|[\\s|/])${word}\\b`);
      expect(orderUsage).toMatch(named);
      expect(usageHint).toMatch(named);
      expect(helpText).toContain(`/order ${word}`);
      // The README may group words on one line ("/order shipped|received|completed PO-n").
      expect(readmeCommandLines.some((line) => named.test(line.slice("/order".length)))).toBe(true);
      const parsed = parseDocumentCommand(`${word} PO-1`) ?? parseOrderCommand(`${word} PO-1`);
      if (parsed.kind === "invalid") expect(parsed.reason).not.toMatch(/Unknown subcommand/);
    },
  );

  it("says how to confirm or edit anyway", () => {
    expect(orderUsage).toContain("confirm PO-n [anyway]");
    expect(helpText).toContain("/order confirm PO-n anyway");
  });
});
