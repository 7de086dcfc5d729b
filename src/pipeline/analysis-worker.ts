/**
 * The worker thread's entry (piscina calls the named export a task asks for). It only re-exports the
 * pure steps, so the file resolves the same from source (.ts under tsx) and from the build (.js).
 * An AppError thrown here (an oversized or binary paste) crosses the thread as its code and sentence.
 */
import { AppError } from "../errors.ts";
import { analyzePaste, extractPaste, reviewPaste } from "./analysis-steps.ts";

/** What a task carries: the step's input, and where the step stamps when it started (analysis-pool.ts). */
type Task<A> = { input: A; startedAt: Float64Array };

/** Stamps the start, runs the step; errors cross threads as plain objects, so keep the code and sentence. */
function carried<A, R>(step: (input: A) => R): (task: Task<A>) => R {
  return ({ input, startedAt }) => {
    startedAt[0] = Date.now();
    try {
      return step(input);
    } catch (error) {
      if (error instanceof AppError) throw Object.assign(new Error(error.message), { appCode: error.code });
      throw error;
    }
  };
}

export const analyze = carried(analyzePaste);
export const extract = carried(extractPaste);
export const review = carried(reviewPaste);
