/**
 * Extraction and review off the event loop: a small pool of worker threads (piscina), so a paste that
 * takes seconds of CPU never delays another request's ack (Slack wants one within 3 s). Each paste has a
 * time budget; a step still running when it is spent is stopped (its thread is ended and replaced) and
 * the paste fails with AppError(analysis_too_slow), whose sentence tells the person what to do.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { Review } from "../core/schemas.ts";
import { AppError, type ErrorCode, errorMessages } from "../errors.ts";
import type { analyzePaste, ExtractedPaste, extractPaste, reviewPaste } from "./analysis-steps.ts";

/** Runs the CPU steps of one paste somewhere; `budgetMs` is what this step may still use. */
export type AnalysisRunner = {
  extract(input: Parameters<typeof extractPaste>[0], budgetMs: number): Promise<ExtractedPaste>;
  review(input: Parameters<typeof reviewPaste>[0], budgetMs: number): Promise<Review>;
  analyze(input: Parameters<typeof analyzePaste>[0], budgetMs: number): Promise<Review>;
  close(): Promise<void>;
};

/**
 * The worker entry beside this file: analysis-worker.js in the build; from source (tsx), the small
 * analysis-worker-source.cjs that loads analysis-worker.ts through tsx (see that file for why).
 */
function workerEntry(): string {
  const fromSource = import.meta.url.endsWith(".ts");
  return new URL(fromSource ? "./analysis-worker-source.cjs" : "./analysis-worker.js", import.meta.url).href;
}

function isAbort(error: unknown): boolean {
  return (error as { name?: string })?.name === "AbortError";
}

/** An error from the worker as the AppError it was, or as itself. */
function fromWorker(error: unknown): unknown {
  const code = (error as { appCode?: string })?.appCode;
  if (code && code in errorMessages) return new AppError(code as ErrorCode, (error as Error).message);
  return error;
}

/**
 * A pool of `threads` workers (default: one per core beside the main thread, at most 2: a paste takes
 * milliseconds, so more threads only help against several hostile pastes at once). `filename` names
 * another worker module with the same exports (tests use one that never finishes).
 */
export function createAnalysisPool(options: { threads?: number; filename?: string } = {}): AnalysisRunner {
  const threads = options.threads ?? Math.max(1, Math.min(2, availableParallelism() - 1));
  const pool = new Piscina({
    filename: options.filename ?? workerEntry(),
    minThreads: 1,
    maxThreads: threads,
    // A paste is at most 512 KB; the draft and review are small. Keep a runaway step from eating memory.
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  async function run<T>(name: string, input: unknown, budgetMs: number): Promise<T> {
    if (budgetMs <= 0) throw new AppError("analysis_too_slow");
    try {
      return (await pool.run(input, { name, signal: AbortSignal.timeout(budgetMs) })) as T;
    } catch (error) {
      if (isAbort(error)) throw new AppError("analysis_too_slow");
      throw fromWorker(error);
    }
  }
  return {
    extract: (input, budgetMs) => run("extract", input, budgetMs),
    review: (input, budgetMs) => run("review", input, budgetMs),
    analyze: (input, budgetMs) => run("analyze", input, budgetMs),
    close: () => pool.destroy(),
  };
}
