/**
 * The production build against the tsx start, side by side: `cli extract` wall time and peak memory, the
 * bot's time from start to GET /healthz 200 (HTTP mode, embedded database, a local Slack stand-in), and
 * the resident memory of its processes after a burst of 200 signed /order requests.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startLocalSlackServer } from "../src/local/local-slack-server.ts";
import { signSlackRequest } from "../src/local/sign-request.ts";
import { median } from "./stats.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const transcript = join(root, "test/fixtures/transcripts/dev/dev01_alibaba_silicone_bibs.txt");
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

type Variant = { name: string; cli: string[]; bot: string[] };
const variants: Variant[] = [
  { name: "tsx (before)", cli: ["npx", "tsx", "src/cli.ts"], bot: ["npx", "tsx", "src/main.ts"] },
  { name: "build: node dist", cli: ["node", "dist/src/cli.js"], bot: ["node", "dist/src/main.js"] },
  {
    name: "build: npm run/start",
    cli: ["npm", "run", "--silent", "cli", "--"],
    bot: ["npm", "start", "--silent"],
  },
];

/**
 * Wall seconds, CPU seconds (user + system: steadier than wall time on a shared machine) and peak RSS
 * (MiB, of the largest process) of one command, via GNU time.
 */
function measureCommand(command: string[]): { seconds: number; cpu: number | null; mib: number | null } {
  const started = performance.now();
  if (!gnuTime) {
    execFileSync(command[0]!, command.slice(1), { cwd: root, stdio: "ignore" });
    return { seconds: (performance.now() - started) / 1000, cpu: null, mib: null };
  }
  const result = spawnSync(gnuTime, ["-f", "%M %U %S", ...command], { cwd: root, encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  const [kib, user, system] = (result.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
  return { seconds, cpu: (user ?? 0) + (system ?? 0), mib: Number.isFinite(kib) ? (kib ?? 0) / 1024 : null };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resident memory (MiB) of every process in the group: what the operator's machine holds. */
function groupRssMib(pgid: number): number {
  let kib = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      kib += Number(rss?.[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return kib / 1024;
}

async function measureBot(command: string[]): Promise<{ healthySeconds: number; rssMib: number }> {
  const slack = await startLocalSlackServer({ botToken: "xoxb-bench-token" });
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "orderproof-bench-start-"));
  const secret = "bench-signing-secret";
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    detached: true,
    stdio: "ignore",
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      SLACK_BOT_TOKEN: "xoxb-bench-token",
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: slack.origin,
      PORT: String(port),
      PGLITE_DIR: dir,
      LOG_LEVEL: "warn",
    },
  });
  const pgid = child.pid!;
  try {
    const base = `http://127.0.0.1:${port}`;
    for (;;) {
      const ok = await fetch(`${base}/healthz`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ok) break;
      if (performance.now() - started > 120_000) throw new Error(`${command.join(" ")} never became healthy`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const healthySeconds = (performance.now() - started) / 1000;
    const requests = Array.from({ length: 200 }, (_, i) => {
      const body = new URLSearchParams({
        command: "/order",
        text: i % 2 === 0 ? "list" : "help",
        team_id: "T0BENCH",
        channel_id: `C${i % 10}`,
        user_id: "U0BENCH",
        response_url: slack.responseUrl(),
        trigger_id: `bench.${i}`,
      }).toString();
      const timestamp = Math.floor(Date.now() / 1000);
      return fetch(`${base}/slack/events`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-slack-request-timestamp": String(timestamp),
          "x-slack-signature": signSlackRequest(secret, timestamp, body),
        },
        body,
      }).then((response) => response.status);
    });
    const statuses = await Promise.all(requests);
    if (statuses.some((status) => status !== 200)) throw new Error("a request of the burst was refused");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { healthySeconds, rssMib: groupRssMib(pgid) };
  } finally {
    try {
      process.kill(-pgid, "SIGTERM");
    } catch {
      // gone
    }
    await new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // gone
    }
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const bench = {
  name: "start",
  async run() {
    spawnSync(process.execPath, ["scripts/run.mjs", "build-if-stale"], { cwd: root, stdio: "inherit" });
    const runs = 5;
    process.stdout.write(
      `cli extract (${runs} runs, median; CPU of the command's processes; peak RSS of the largest)\n`,
    );
    for (const variant of variants) {
      const results = Array.from({ length: runs }, () =>
        measureCommand([...variant.cli, "extract", "--json", transcript]),
      );
      const mib = median(results.map((result) => result.mib ?? 0));
      const cpu = median(results.map((result) => result.cpu ?? 0));
      process.stdout.write(
        `  ${variant.name.padEnd(22)} ${median(results.map((result) => result.seconds)).toFixed(2)} s wall  ${gnuTime ? `${cpu.toFixed(2)} s CPU  ${mib.toFixed(0)} MiB` : ""}\n`,
      );
    }
    process.stdout.write(
      "bot: start to /healthz 200, then RSS of its processes after 200 signed /order requests\n",
    );
    for (const variant of variants) {
      const result = await measureBot(variant.bot);
      process.stdout.write(
        `  ${variant.name.padEnd(22)} ${result.healthySeconds.toFixed(2)} s  ${result.rssMib.toFixed(0)} MiB\n`,
      );
    }
  },
};
