/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them. `matchAll` copies the
 * pattern on every call, which costs several times a scan that finds nothing; the extractor and the
 * reviewer run hundreds of patterns over every sentence, most of them finding nothing.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: /${pattern.source}/`);
  // Like matchAll, start where the pattern's lastIndex stands and leave it as it was.
  const from = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push(m);
      // An empty match moves on by one character (a whole code point under the u or v flag).
      if (m[0] === "")
        pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes("v"));
    }
  } finally {
    pattern.lastIndex = from;
  }
  return found;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** A text as a pattern source that matches it literally (a label, a word, a name read from a chat). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
