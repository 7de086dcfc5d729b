/**
 * The regular expressions written in a source file: `/.../flags` literals and `new RegExp(...)` built
 * from string literals, `String.raw` templates and the file's own string constants. A run-time value
 * spliced into a template (an escaped key, a day number) is read as one literal word, which is what
 * escaping makes of it; a pattern that is wholly a run-time value is reported as unread.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

export type RegexLiteral = { file: string; line: number; source: string; flags: string };
export type UnreadPattern = { file: string; line: number; text: string };

/** Every .ts file under `dir`, recursively. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** The patterns of one file, and the `new RegExp` calls whose pattern depends on run-time values. */
export function regexLiterals(file: string): { found: RegexLiteral[]; unread: UnreadPattern[] } {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const constants = new Map<string, ts.Expression>();
  const found: RegexLiteral[] = [];
  const unread: UnreadPattern[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;

  const collectConstants = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      constants.set(node.name.text, node.initializer);
    ts.forEachChild(node, collectConstants);
  };
  collectConstants(source);

  /** The string an expression stands for, when it is known from the file alone. */
  const stringOf = (node: ts.Expression, depth = 0): string | null => {
    if (depth > 20) return null;
    if (ts.isParenthesizedExpression(node)) return stringOf(node.expression, depth + 1);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === "String.raw") {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText ?? template.text;
      let out = template.head.rawText ?? template.head.text;
      for (const span of template.templateSpans) {
        const value = stringOf(span.expression, depth + 1) ?? spliced;
        out += value + (span.literal.rawText ?? span.literal.text);
      }
      return out;
    }
    if (ts.isTemplateExpression(node)) {
      let out = node.head.text;
      for (const span of node.templateSpans) {
        const value = stringOf(span.expression, depth + 1) ?? spliced;
        out += value + span.literal.text;
      }
      return out;
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = stringOf(node.left, depth + 1);
      const right = stringOf(node.right, depth + 1);
      return left === null || right === null ? null : left + right;
    }
    if (ts.isIdentifier(node)) {
      const initializer = constants.get(node.text);
      return initializer ? stringOf(initializer, depth + 1) : null;
    }
    // `.source` of a literal regex: its pattern text.
    if (ts.isPropertyAccessExpression(node) && node.name.text === "source") {
      const target = ts.isIdentifier(node.expression) ? constants.get(node.expression.text) : node.expression;
      if (target && ts.isRegularExpressionLiteral(target)) return splitLiteral(target.text).source;
    }
    return null;
  };

  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node))
      found.push({ file, line: lineOf(node), ...splitLiteral(node.text) });
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const [pattern, flags] = node.arguments ?? [];
      const patternText = pattern ? stringOf(pattern) : null;
      const flagsText = flags ? stringOf(flags) : "";
      if (patternText === null || flagsText === null)
        unread.push({ file, line: lineOf(node), text: node.getText() });
      else found.push({ file, line: lineOf(node), source: patternText, flags: flagsText });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { found, unread };
}

/** What a run-time value spliced into a pattern stands for: one escaped literal word. */
const spliced = "word";

function splitLiteral(literal: string): { source: string; flags: string } {
  const end = literal.lastIndexOf("/");
  return { source: literal.slice(1, end), flags: literal.slice(end + 1) };
}
