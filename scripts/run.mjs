/**
 * `npm start` and `npm run cli` land here: `node scripts/run.mjs <main|cli> [args]`. It compiles src/ to
 * dist/ when the build is missing or older than the sources (a fresh clone, a pull), then runs the
 * compiled entry IN THIS PROCESS: npm -> node, no wrapper process, so a signal npm forwards reaches the
 * bot itself and nothing is left behind. Plain JavaScript, so it runs before anything is built.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const stampFile = join(root, "dist", ".build-stamp");
const lockDir = join(root, "dist.lock");
/** What the build reads: a change to any of them makes dist/ stale. */
const inputs = ["src", "db/schema.ts", "tsconfig.json", "tsconfig.build.json", "package.json"];

function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isFresh() {
  const stamp = statSync(stampFile, { throwIfNoEntry: false });
  // An install without sources (only dist/) is always fresh.
  if (!existsSync(join(root, "src"))) return Boolean(stamp);
  return (
    Boolean(stamp) && Math.max(...inputs.map((input) => newestMtime(join(root, input)))) <= stamp.mtimeMs
  );
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds once even when several processes start together (the test suite, two replicas on one host). */
export function ensureBuilt({ force = false } = {}) {
  if (!force && isFresh()) return;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // Another process is building; a lock older than two minutes was left by a crash.
      const lock = statSync(lockDir, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 120_000) rmSync(lockDir, { recursive: true, force: true });
      sleepSync(200);
      if (isFresh()) return;
    }
  }
  try {
    if (!force && isFresh()) return;
    let tsc;
    try {
      tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
    } catch {
      throw new Error(
        "dist/ is out of date and TypeScript is not installed: run `npm install && npm run build`.",
      );
    }
    const started = Date.now();
    const result = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (result.status !== 0) throw new Error("the build failed (see above).");
    // Dated to the start of the build: a source saved while it ran makes the next start build again.
    writeFileSync(stampFile, `${new Date(started).toISOString()}\n`);
    utimesSync(stampFile, new Date(started), new Date(started));
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

const entries = { main: "dist/src/main.js", cli: "dist/src/cli.js" };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name, ...rest] = process.argv.slice(2);
  const entry = entries[name];
  if (!entry && name !== "build" && name !== "build-if-stale") {
    process.stderr.write(
      `usage: node scripts/run.mjs build|build-if-stale|${Object.keys(entries).join("|")} [args]\n`,
    );
    process.exit(2);
  }
  try {
    ensureBuilt({ force: name === "build" });
  } catch (error) {
    process.stderr.write(`orderproof could not build: ${error.message}\n`);
    process.exit(1);
  }
  if (!entry) process.exit(0);
  // The entry reads its own arguments from process.argv.slice(2).
  process.argv.splice(2, process.argv.length, ...rest);
  await import(pathToFileURL(join(root, entry)).href);
}
