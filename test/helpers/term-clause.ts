/** One supplier (or buyer) sentence as the term rules receive it: its own message, on line 1. */
import type { Clause } from "../../src/core/extract/clauses.ts";

export function termClause(text: string, role: Clause["role"] = "supplier"): Clause {
  return {
    message: 0,
    role,
    speaker: null,
    line: 1,
    text,
    messageText: text,
    sample: false,
    question: /\?\s*$/.test(text),
  };
}
