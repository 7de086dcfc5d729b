/**
 * Every mention in a sentence asks the same questions of the same sentence part ("is this part about
 * freight?"), and the readers of items, prices and terms each read the same sentences again. While one
 * transcript is read (`readingOnce`), every answer is kept until the reading ends, so a sentence is scanned
 * once per question however many passes ask it; outside a reading the last few answers are kept. Pure
 * functions only: the same text always gives the same answer.
 */

/** The answers of the reading under way, per remembered function; null between readings. */
let reading: Map<object, Map<string, unknown>> | null = null;

/**
 * Run one transcript's reading with its answers remembered throughout, and forget them after: the memory
 * held is the transcript's, and nothing one paste's reading learnt is kept for the next.
 */
export function readingOnce<T>(work: () => T): T {
  // A reading inside a reading (a reader that reads a part of the transcript again) shares its answers.
  if (reading) return work();
  reading = new Map();
  try {
    return work();
  } finally {
    reading = null;
  }
}

/** `answer` with its answers remembered: throughout a reading, or the last `size` of them outside one. */
export function remembered<T>(answer: (text: string) => T, size = 64): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    let known = recent as Map<string, unknown>;
    if (reading) {
      let mine = reading.get(answer);
      if (!mine) {
        mine = new Map<string, unknown>();
        reading.set(answer, mine);
      }
      known = mine;
    }
    const value = known.get(text);
    if (value !== undefined || known.has(text)) return value as T;
    const fresh = answer(text);
    if (!reading && recent.size >= size) recent.delete(recent.keys().next().value!);
    known.set(text, fresh);
    return fresh;
  };
}
