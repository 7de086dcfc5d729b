/**
 * Every regular expression in the source that reads user text must not backtrack super-linearly:
 * no quantifiers that trade the same characters with each other (adjacent or nested, found by
 * `scslre`) and no unbounded look-behind. The scan over growing inputs (re-running a pattern on every
 * prefix, a pattern sliding over a long run) is the class the runtime test in
 * test/core/extract/linear-time.test.ts measures.
 */
import { join } from "node:path";
import { type AST, RegExpParser, visitRegExpAST } from "@eslint-community/regexpp";
import { analyse } from "scslre";
import { describe, expect, it } from "vitest";
import { type RegexLiteral, regexLiterals, sourceFiles } from "../helpers/regex-literals.ts";

const root = join(import.meta.dirname, "../..");
const files = sourceFiles(join(root, "src"));
const parser = new RegExpParser({ ecmaVersion: 2025 });

function where(literal: RegexLiteral): string {
  return `${literal.file.slice(root.length + 1)}:${literal.line} /${literal.source}/${literal.flags}`;
}

/** True when a node holds a quantifier with no upper bound. */
function unbounded(node: AST.Node): boolean {
  let found = false;
  const walk = (n: AST.Node) => {
    if (n.type === "Quantifier" && n.max === Number.POSITIVE_INFINITY) found = true;
    for (const child of "alternatives" in n ? n.alternatives : "elements" in n ? n.elements : [])
      walk(child as AST.Node);
    if (n.type === "Quantifier" || n.type === "Group" || n.type === "CapturingGroup") {
      if ("element" in n) walk(n.element);
    }
  };
  walk(node);
  return found;
}

describe("regular expressions in src/ run in linear time", () => {
  const literals = files.flatMap((file) => regexLiterals(file).found);

  it("finds the patterns it checks (the scan itself works)", () => {
    expect(literals.length).toBeGreaterThan(300);
    expect(literals.some((l) => l.file.endsWith("src/core/extract/money.ts"))).toBe(true);
    // The checker does flag the shapes it is meant to catch.
    expect(analyse({ source: String.raw`\s*x?\s*$`, flags: "" }).reports.length).toBeGreaterThan(0);
  });

  it("reads every pattern statically (none is wholly a run-time value)", () => {
    const unread = files.flatMap((file) => regexLiterals(file).unread);
    expect(unread.map((u) => `${u.file.slice(root.length + 1)}:${u.line}`)).toEqual([]);
  });

  it("has no quantifiers trading characters with each other (adjacent or nested)", () => {
    const reports = literals.flatMap((literal) =>
      analyse({ source: literal.source, flags: literal.flags }, { reportTypes: { Move: false } }).reports.map(
        (report) =>
          `${where(literal)}: ${report.type === "Trade" ? `${report.startQuant.raw} against ${report.endQuant.raw}` : report.quant.raw}`,
      ),
    );
    expect(reports).toEqual([]);
  });

  it("has no look-behind of unbounded length", () => {
    const found: string[] = [];
    for (const literal of literals) {
      const pattern = parser.parsePattern(literal.source, undefined, undefined, {
        unicode: literal.flags.includes("u"),
        unicodeSets: literal.flags.includes("v"),
      });
      visitRegExpAST(pattern, {
        onAssertionEnter(assertion) {
          if (assertion.kind === "lookbehind" && assertion.alternatives.some(unbounded))
            found.push(`${where(literal)}: ${assertion.raw}`);
        },
      });
    }
    expect(found).toEqual([]);
  });
});
