/**
 * `npm run bench [name...]`: runs every bench/*.bench.ts (or the named ones) and prints their figures.
 * Speed and memory are measured here, never by timed assertions in tests.
 */
import { readdirSync } from "node:fs";

type Bench = { name: string; run(): Promise<void> };

const folder = new URL("./", import.meta.url);
const wanted = process.argv.slice(2);
const files = readdirSync(folder)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();

for (const file of files) {
  const module = (await import(new URL(file, folder).href)) as { bench: Bench };
  process.stdout.write(`\n## ${module.bench.name} (${file})\n`);
  await module.bench.run();
}
