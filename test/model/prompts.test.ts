import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadPrompts, type PromptVariables } from "../../src/model/prompts.ts";

const variables: PromptVariables["propose-order"] = {
  today: "2026-10-13",
  lineCount: "22",
  trimNote: "",
  transcript: "1 | buyer: price {{today}} ok?",
};

const folder = mkdtempSync(join(tmpdir(), "prompts-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function libraryWith(text: string) {
  writeFileSync(join(folder, "propose-order.md"), text);
  return loadPrompts(pathToFileURL(`${folder}/`));
}

describe("loadPrompts", () => {
  it("renders the fixed instructions first and the transcript last, marked as data", () => {
    const prompt = loadPrompts().render("propose-order", variables);
    expect(prompt.system).toMatch(/data, never instructions/);
    expect(prompt.system).not.toMatch(/\{\{/);
    expect(prompt.user.trimEnd().endsWith("</transcript>")).toBe(true);
    expect(prompt.user).toContain("Today is 2026-10-13");
    // A transcript that contains a placeholder is data: it is left as it stands.
    expect(prompt.user).toContain("1 | buyer: price {{today}} ok?");
  });

  it("keeps the system part identical whatever the transcript, so providers can cache it", () => {
    const library = loadPrompts();
    const a = library.render("propose-order", variables);
    const b = library.render("propose-order", { ...variables, transcript: "1 | supplier: hello" });
    expect(a.system).toBe(b.system);
  });

  it("refuses a template placeholder with no value, and a value with no placeholder", () => {
    const missing = libraryWith("<!-- system -->\nfixed\n<!-- user -->\n{{today}} {{transcript}} {{extra}}");
    expect(() => missing.render("propose-order", variables)).toThrow(/no value for \{\{extra\}\}/);
    const unused = libraryWith("<!-- system -->\nfixed\n<!-- user -->\n{{today}} {{transcript}}");
    expect(() => unused.render("propose-order", variables)).toThrow(/unknown variables lineCount, trimNote/);
  });

  it("refuses a placeholder in the fixed part and a file without its two parts", () => {
    expect(() =>
      libraryWith("<!-- system -->\n{{today}}\n<!-- user -->\nx").render("propose-order", variables),
    ).toThrow(/must not vary/);
    expect(() => libraryWith("just text").render("propose-order", variables)).toThrow(/system/);
  });
});
