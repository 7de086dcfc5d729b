/**
 * A sentence with every run of white space read as one space, and the way back to the sentence as
 * written. The patterns that read terms and counts then need not care whether a paste doubled a space,
 * lined up a table with spaces or put a tab, and what they find still cites the characters the user wrote.
 */
export type OneSpaced = {
  text: string;
  /** Where a position of `text` (a match's start) stands in the sentence as written. */
  start: (index: number) => number;
  /** Where a match ending at a position of `text` (exclusive) ends in the sentence as written. */
  end: (index: number) => number;
};

const unusualSpace = /\s\s|[^\S ]/;
const space = /\s/;

export function oneSpaced(text: string): OneSpaced {
  if (!unusualSpace.test(text)) return { text, start: (index) => index, end: (index) => index };
  let read = "";
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!space.test(text[i]!)) {
      read += text[i];
      from.push(i);
      to.push(i + 1);
      continue;
    }
    const runStart = i;
    while (i + 1 < text.length && space.test(text[i + 1]!)) i++;
    read += " ";
    from.push(runStart);
    to.push(i + 1);
  }
  return {
    text: read,
    start: (index) => (index < from.length ? from[index]! : text.length),
    end: (index) => (index > 0 ? to[index - 1]! : 0),
  };
}

/** Run a reader on the one-spaced sentence and carry what it found back to the sentence as written. */
export function readOneSpaced<T extends { start: number; end: number }>(
  text: string,
  reader: (read: string) => T[],
): T[] {
  const spaced = oneSpaced(text);
  if (spaced.text === text) return reader(text);
  return reader(spaced.text).map((found) => ({
    ...found,
    start: spaced.start(found.start),
    end: spaced.end(found.end),
  }));
}
