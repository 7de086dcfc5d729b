/**
 * An exclusive lock on the embedded database's folder. PGlite is one connection in one process: two
 * processes opening the same folder (the bot and `cli tick`, or two ticks) would each write back their
 * own copy. The lock makes the second one wait for the first, then say plainly what holds the folder.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { AppError } from "../errors.ts";

const lockFileName = ".orderproof.lock";

function holderOf(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: another process took it over first.
  }
}

function tryTake(path: string): boolean {
  try {
    const fd = openSync(path, "wx");
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Takes the folder's lock, waiting up to `waitMs` for another live process to let go; returns the release. */
export async function lockFolder(dir: string, options: { waitMs: number }): Promise<() => void> {
  const path = join(dir, lockFileName);
  const deadline = Date.now() + options.waitMs;
  let emptySince: number | null = null;
  while (!tryTake(path)) {
    const holder = holderOf(path);
    if (holder !== null && holder !== process.pid && !isAlive(holder)) {
      // Left behind by a process that died: take it over.
      removeQuietly(path);
      continue;
    }
    if (holder === null) {
      // Empty: another process is between creating and writing it, or one died right there.
      emptySince ??= Date.now();
      if (Date.now() - emptySince > 1_000) {
        removeQuietly(path);
        emptySince = null;
        continue;
      }
    } else emptySince = null;
    if (Date.now() > deadline)
      throw new AppError(
        "database_unavailable",
        `The embedded database in ${dir} is in use by another orderproof process (pid ${holder ?? "unknown"}): stop it, or set DATABASE_URL so several processes can share a PostgreSQL database.`,
      );
    await sleep(100);
  }
  const releaseOnExit = () => release();
  function release() {
    process.off("exit", releaseOnExit);
    if (holderOf(path) === process.pid) removeQuietly(path);
  }
  process.on("exit", releaseOnExit);
  return release;
}
