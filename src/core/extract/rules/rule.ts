/**
 * A term rule: how one field of the order is read from the chat. `find` reads the statements of one
 * sentence, the statements are settled in chat order (the last stands unless the other side never
 * came round, see settle.ts), and `apply` writes the settled value into the draft and says which
 * evidence it rests on. The rules run in the order of rules/index.ts (the model is chrono-node's list
 * of parsers and refiners: each rule is small, tested on its own, and the order is written once).
 */
import type { DraftOrder, Evidence } from "../../schemas.ts";
import type { Clause } from "../clauses.ts";
import type { Mention } from "../settle.ts";

/** What a rule sees when it writes its settled value. */
export type ApplyContext<T> = {
  draft: DraftOrder;
  /** Every statement this rule found, in chat order. */
  mentions: ReadonlyArray<Mention<T>>;
  /** How many statements an earlier rule found for its field (e.g. whether a deposit was ever named). */
  statedCount: (field: string) => number;
  /** Every sentence of the order (samples aside), in chat order, for a rule that reads around its statements. */
  clauses?: readonly Clause[];
  /** The evidence settle() gave for the value: the last statement's words. */
  evidence: Evidence;
};

export type TermRule<T> = {
  /** The draft field this rule settles; conflicts are reported under it. */
  field: string;
  /** Whether the field is settled at all, given what earlier rules wrote (default: always). */
  when?: (draft: DraftOrder) => boolean;
  /** The statements of this field in one sentence. */
  find(clause: Clause, now: Date): Array<Mention<T>>;
  /**
   * How a reply to the other side's question about this field is read when it does not name the field
   * ("And the balance?" / "Before shipment."): the question's words, and the word put before the reply.
   */
  asked?: { topic: RegExp; lead: string };
  /**
   * Whether a sentence that says again, without the field's words, a value its own side stated before holds
   * to it ("We need the container to leave 45 days after deposit" ... "45 days or we miss the season"): read
   * with `asked.lead` put before it, as a reply is. Only for terms whose bare value rarely means anything else.
   */
  restated?: boolean;
  /**
   * The key a bare whole number has when it says again a value of this field ("We need 35." after "35 days after
   * deposit" and the other side's 45): read only when it is the sentence's one figure and its side stated it.
   */
  restatedBare?: (count: number) => string;
  /** When two statements say the same thing (default: equal values). */
  key?: (value: T) => string;
  /** The value as the person would read it in a conflict. */
  show?: (value: T) => string;
  /**
   * When the sides never agreed on the value: write the part both sides' values share, if any ("45 days after
   * deposit" against "60 days after deposit" still both count from the deposit), and return its evidence.
   */
  applyShared?(values: readonly [T, T], context: ApplyContext<T>): Evidence[];
  /** Write the settled value into the draft; return the evidence for each field it filled. */
  apply(value: T, context: ApplyContext<T>): Evidence[];
};

/** A rule of any value type, as the table holds them. */
// biome-ignore lint/suspicious/noExplicitAny: the table holds rules of different value types.
export type AnyTermRule = TermRule<any>;

/** The same evidence, filed under another field. */
export const as = (evidence: Evidence, field: string): Evidence => ({ ...evidence, field });
