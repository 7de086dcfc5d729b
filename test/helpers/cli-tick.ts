/**
 * `cli tick` run as a separate process, the way an operator or a cron job runs it, and the negotiation
 * the tests that run it draft their orders from.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));

/** 1,000 tablets at 38.5 USD FOB Ningbo, 30% deposit, balance before shipment, 25 days after deposit. */
export const depositThenBalanceChat = [
  "[2026-11-20 10:02] Buyer: Hi, we need 1000 pcs of the 7 inch kids tablet, black.",
  "[2026-11-20 10:05] Supplier (Ningbo Example Trading Co., Ltd.): Price is 38.5 USD per piece FOB Ningbo.",
  "[2026-11-20 10:07] Buyer: ok 38.5 usd final price. Payment terms?",
  "[2026-11-20 10:09] Supplier: 30% deposit, balance before shipment.",
  "[2026-11-20 10:11] Buyer: Delivery time?",
  "[2026-11-20 10:12] Supplier: 25 days after deposit.",
  "[2026-11-20 10:15] Buyer: Deal, we place the order.",
].join("\n");

export type CliResult = { code: number; stdout: string; stderr: string };

/**
 * Runs `cli tick ...args` with `env` laid over `base` (default: this process's environment); resolves
 * with its exit status and output, a failing run included.
 */
export async function runCliTick(
  args: string[],
  env: Record<string, string | undefined>,
  base: Record<string, string | undefined> = process.env,
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run("node", ["scripts/run.mjs", "cli", "tick", ...args], {
      cwd: root,
      env: { ...base, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The `--json` answer of a tick that must succeed. */
export async function tickJson(
  args: string[],
  env: Record<string, string | undefined>,
  base?: Record<string, string | undefined>,
): Promise<{ posted: number; failed: number }> {
  const result = await runCliTick([...args, "--json"], env, base);
  if (result.code !== 0) throw new Error(`cli tick exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as { posted: number; failed: number };
}
