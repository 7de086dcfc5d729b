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

/** Sentences as a chat gives them: message `index` on line `index + 1`, each its own message. */
export function chatClauses(texts: readonly string[], role: Clause["role"] = "buyer"): Clause[] {
  return texts.map((text, index) => ({ ...termClause(text, role), message: index, line: index + 1 }));
}
