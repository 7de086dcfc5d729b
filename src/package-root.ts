/**
 * The package root: the folder holding package.json, prompts/ and db/migrations. Files read at run time
 * are found from here, so the same code runs from src/ (tsx, tests) and from the build in dist/src/.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, "package.json"))) return folder;
    if (dirname(folder) === folder) throw new Error(`No package.json above ${start}.`);
  }
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the package, e.g. packagePath("prompts"). */
export function packagePath(...parts: string[]): string {
  return join(packageRoot, ...parts);
}
