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
const spaceRun = /\s+/g;
const samePlace = (index: number) => index;

export function oneSpaced(text: string): OneSpaced {
  if (!unusualSpace.test(text)) return { text, start: samePlace, end: samePlace };
  // Only the runs that are not one plain space change the text; between them positions move together, so the
  // way back is kept per run (where its space stands in the read text, where the run starts and ends as
  // written) and found by binary search, not per character.
  const readAt: number[] = [];
  const writtenAt: number[] = [];
  const writtenEnd: number[] = [];
  let read = "";
  let last = 0;
  for (const run of text.matchAll(spaceRun)) {
    if (run[0] === " ") continue;
    read += `${text.slice(last, run.index)} `;
    readAt.push(read.length - 1);
    writtenAt.push(run.index);
    writtenEnd.push(run.index + run[0].length);
    last = run.index + run[0].length;
  }
  read += text.slice(last);
  /** The last run whose space stands at or before `index` of the read text, or -1. */
  const runAtOrBefore = (index: number) => {
    let low = 0;
    let high = readAt.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (readAt[middle]! <= index) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
  /** Where the character at `index` of the read text ends as written (exclusive). */
  const endOf = (index: number) => {
    const run = runAtOrBefore(index);
    if (run < 0) return index + 1;
    if (readAt[run] === index) return writtenEnd[run]!;
    return writtenEnd[run]! + (index - readAt[run]!);
  };
  return {
    text: read,
    start: (index) => {
      if (index >= read.length) return text.length;
      const run = runAtOrBefore(index);
      if (run < 0) return index;
      if (readAt[run] === index) return writtenAt[run]!;
      return writtenEnd[run]! + (index - readAt[run]! - 1);
    },
    end: (index) => (index > 0 ? endOf(index - 1) : 0),
  };
}

/** Run a reader on the one-spaced sentence and carry what it found back to the sentence as written. */
export function readOneSpaced<T extends { start: number; end: number }>(
  text: string,
  reader: (read: string) => T[],
): T[] {
  // Most sentences are spaced plainly: they are read as they stand, with no way back to build.
  if (!unusualSpace.test(text)) return reader(text);
  const spaced = oneSpaced(text);
  return reader(spaced.text).map((found) => ({
    ...found,
    start: spaced.start(found.start),
    end: spaced.end(found.end),
  }));
}
