/** What every vague-term finder returns, so the finders import a type and never each other. */
import type { Attribute } from "./vocabulary.ts";

/** One vague term: the words exactly as they stand on the line, and the attribute they are about. */
export type VagueTerm = { line: number; quote: string; attribute: Attribute; start: number; end: number };
