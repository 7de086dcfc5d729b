/**
 * The worker thread's entry (piscina calls the named export a task asks for). It only re-exports the
 * pure steps, so the file resolves the same from source (.ts under tsx) and from the build (.js).
 * An AppError thrown here (an oversized or binary paste) crosses the thread as its code and sentence.
 */
import { AppError } from "../errors.ts";
import { analyzePaste, extractPaste, reviewPaste } from "./analysis-steps.ts";

/** Errors cross threads as plain objects; keep the code and the sentence a person reads. */
function carried<A, R>(step: (input: A) => R): (input: A) => R {
  return (input) => {
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
