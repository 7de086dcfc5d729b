/** Before any test: compile src/ to dist/ once if it is stale, so the processes tests start never build in parallel. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = fileURLToPath(new URL("../", import.meta.url));
  const result = spawnSync(process.execPath, ["scripts/run.mjs", "build-if-stale"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("the build failed: the tests that start the bot need it");
}
