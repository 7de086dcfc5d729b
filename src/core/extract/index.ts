/** The rules engine's public face: drafts, conflicts and "today". */
export {
  type ExtractionConflict,
  type ExtractOptions,
  extractDraft,
  extractWithConflicts,
} from "./extract-draft.ts";
export { resolveNow } from "./resolve-now.ts";
