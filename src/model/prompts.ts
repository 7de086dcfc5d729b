/**
 * Prompt files (prompts/*.md) loaded once per library and rendered from a typed object. A file has a fixed
 * `<!-- system -->` part (no placeholders, so providers can cache it) and a `<!-- user -->` part last.
 * An unknown or leftover placeholder is an error, never a silent gap.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { AppError } from "../errors.ts";
import { packagePath } from "../package-root.ts";

/** The variables each prompt takes. */
export type PromptVariables = {
  "propose-order": { today: string; lineCount: string; trimNote: string; transcript: string };
};
export type PromptName = keyof PromptVariables;

export type RenderedPrompt = { system: string; user: string };

export type PromptLibrary = {
  render<N extends PromptName>(name: N, variables: PromptVariables[N]): RenderedPrompt;
};

const placeholder = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g;
const defaultFolder = pathToFileURL(`${packagePath("prompts")}/`);

function splitParts(name: string, text: string): RenderedPrompt {
  const match = /<!--\s*system\s*-->\n?([\s\S]*?)<!--\s*user\s*-->\n?([\s\S]*)$/.exec(text);
  if (!match)
    throw new AppError("internal", `Prompt ${name} needs a <!-- system --> and a <!-- user --> part.`);
  const [, system = "", user = ""] = match;
  if (placeholder.test(system))
    throw new AppError("internal", `Prompt ${name}: the system part must not vary.`);
  placeholder.lastIndex = 0;
  return { system: system.trim(), user: user.trim() };
}

function fill(name: string, template: string, variables: Record<string, string>): string {
  const used = new Set<string>();
  const filled = template.replace(placeholder, (_, key: string) => {
    if (!Object.hasOwn(variables, key))
      throw new AppError("internal", `Prompt ${name}: no value for {{${key}}}.`);
    used.add(key);
    return variables[key]!;
  });
  const unused = Object.keys(variables).filter((key) => !used.has(key));
  if (unused.length > 0)
    throw new AppError("internal", `Prompt ${name}: unknown variables ${unused.join(", ")}.`);
  return filled;
}

/** Read the prompt files once; `folder` is prompts/ at the repository root unless a test passes another. */
export function loadPrompts(folder: URL = defaultFolder): PromptLibrary {
  const cache = new Map<string, RenderedPrompt>();
  const templateOf = (name: string): RenderedPrompt => {
    let parts = cache.get(name);
    if (!parts) {
      parts = splitParts(name, readFileSync(new URL(`${name}.md`, folder), "utf8"));
      cache.set(name, parts);
    }
    return parts;
  };
  return {
    render(name, variables) {
      const template = templateOf(name);
      const values = variables as Record<string, string>;
      // Values are inserted in one pass, so a transcript containing "{{x}}" is left as it stands.
      return { system: template.system, user: fill(name, template.user, values) };
    },
  };
}
