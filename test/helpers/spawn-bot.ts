/**
 * Starts the bot as an operator does (`npm start`, or `node` on the build) in its own process group,
 * waits for /healthz, and stops it by signal. Whatever happens in the test, the group is killed and
 * checked gone: the suite leaves no process behind.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

const root = new URL("../../", import.meta.url);
const started = new Set<number>();

// Last resort if a test dies before its afterAll: no group it started outlives the test process.
process.once("exit", () => {
  for (const pgid of started) killGroup(pgid, "SIGKILL");
});

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

/** True while any process of the group `pgid` is alive. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export type SpawnedBot = {
  child: ChildProcess;
  /** The process group (the pid of the process spawned). */
  pgid: number;
  base: string;
  output(): string;
  /** Resolves with the exit code once the spawned process exits. */
  exited: Promise<number | null>;
  /**
   * Signal the spawned process only (as Docker or systemd would) and wait for its exit; `leftBehind` says
   * whether any process of its group was still alive 5 s later (then the group is killed).
   */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; leftBehind: boolean }>;
};

/** `npm start --silent` (default) or another command, with `env` on top of PATH and HOME. */
export async function spawnBot(
  env: Record<string, string>,
  options: { command?: string[]; port?: number } = {},
): Promise<SpawnedBot> {
  const port = options.port ?? (await freePort());
  const [command = "npm", ...args] = options.command ?? ["npm", "start", "--silent"];
  const child = spawn(command, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const pgid = child.pid!;
  started.add(pgid);
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const bot: SpawnedBot = {
    child,
    pgid,
    base,
    output: () => output,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      // Anything the process left behind in its group is a defect the caller asserts on; kill it anyway.
      for (let i = 0; i < 50 && groupAlive(pgid); i++) await new Promise((r) => setTimeout(r, 100));
      const leftBehind = groupAlive(pgid);
      killGroup(pgid, "SIGKILL");
      started.delete(pgid);
      return { code, leftBehind };
    },
  };
  let exitedEarly = false;
  void exited.then(() => {
    exitedEarly = true;
  });
  for (let i = 0; i < 900; i++) {
    if (exitedEarly) break;
    const ok = await fetch(`${base}/healthz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) return bot;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await bot.stop("SIGKILL");
  throw new Error(`the app did not become healthy:\n${output}`);
}
