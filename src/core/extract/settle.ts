/**
 * Settling a term stated several times: the last statement stands, unless the other side stated a
 * different value after it was first put and never came round; then it is a conflict, not a pick.
 */
import type { Evidence, Role } from "../schemas.ts";
import { type Clause, evidenceFor } from "./clauses.ts";
import { isAcceptance } from "./cues.ts";

/** One statement of a term's value, where it stands in the chat. */
export type Mention<T> = { value: T; clause: Clause; start: number; end: number };

/** A term's settled value, or the values in conflict. */
export type Settled<T> = {
  value: T | null;
  evidence: Evidence[];
  conflict: Array<{ value: T; clause: Clause; quote: string; role: Role }> | null;
};

const opposite = (a: Role, b: Role) =>
  (a === "buyer" && b === "supplier") || (a === "supplier" && b === "buyer");

/** Settle mentions in chat order; `key` compares values; `acceptances` are the messages' texts by index. */
export function settle<T>(
  field: string,
  mentions: ReadonlyArray<Mention<T>>,
  messages: ReadonlyArray<{ role: Role; text: string }>,
  key: (value: T) => string = (value) => JSON.stringify(value),
): Settled<T> {
  const final = mentions[mentions.length - 1];
  if (!final) return { value: null, evidence: [], conflict: null };
  const finalKey = key(final.value);
  const firstOfFinal = mentions.find(
    (m) => key(m.value) === finalKey && m.clause.role === final.clause.role,
  )!;
  // ("need 3 weeks ... then it all leaves within 5 working days": the other side's last word agrees, whatever it
  // said before it in the same breath.)
  const othersLast = mentions.filter((m) => opposite(m.clause.role, final.clause.role)).at(-1);
  const disagreeing =
    othersLast && key(othersLast.value) === finalKey
      ? []
      : mentions.filter(
          (m) =>
            key(m.value) !== finalKey &&
            opposite(m.clause.role, final.clause.role) &&
            m.clause.message >= firstOfFinal.clause.message,
        );
  if (disagreeing.length > 0) {
    const other = disagreeing[disagreeing.length - 1]!;
    const cameRound = messages.some(
      (message, index) =>
        index > final.clause.message && message.role === other.clause.role && isAcceptance(message.text),
    );
    if (!cameRound)
      return {
        value: null,
        evidence: [],
        conflict: [conflictSide(field, other), conflictSide(field, final)],
      };
  }
  return {
    value: final.value,
    evidence: [evidenceFor(field, final.clause, final.start, final.end)],
    conflict: null,
  };
}

/** One side's statement as a conflict shows it: the value, the sentence, the words quoted and who said it. */
export function conflictSide<T>(
  field: string,
  m: Mention<T>,
): { value: T; clause: Clause; quote: string; role: Role } {
  return {
    value: m.value,
    clause: m.clause,
    quote: evidenceFor(field, m.clause, m.start, m.end).quote,
    role: m.clause.role,
  };
}
