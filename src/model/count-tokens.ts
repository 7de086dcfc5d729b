/**
 * Token counting for prompt budgets (js-tiktoken, o200k_base; the ranks ship inside the package, so no
 * network). Building the encoder takes a moment, so callers build one counter and keep it.
 */
import { Tiktoken } from "js-tiktoken/lite";
import o200kBase from "js-tiktoken/ranks/o200k_base";

export type TokenCounter = (text: string) => number;

/** A counter over the o200k_base encoding (GPT-4o family; close enough for other models' budgets). */
export function createTokenCounter(): TokenCounter {
  const encoder = new Tiktoken(o200kBase);
  return (text) => encoder.encode(text).length;
}
