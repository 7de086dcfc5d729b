/**
 * One slip of the keyboard: how a hurried or second-language writer misspells a word ("depoist", "befor",
 * "consistant"). Shared by the readers of trade words (extract) and of quality words (review).
 */

/** Endings that make another form of a word, not a slip. */
const inflection = /^(?:s|es|d|ed|ing|er|ly|y)$/;

/**
 * Whether `typed` is `word` with one slip past its first letter: a letter left out or added, two neighbours
 * swapped, or, in a word of seven letters or more, one vowel for another ("consistant", "balence").
 */
export function oneSlip(typed: string, word: string): boolean {
  if (typed === word || typed[0] !== word[0]) return false;
  if (typed.length === word.length - 1) {
    // ("stretch" of "stretchy", "deliver" of "delivery": the word without an ending is a word of its own.)
    if (word.startsWith(typed) && inflection.test(word.slice(typed.length))) return false;
    for (let i = 1; i < word.length; i++) if (word.slice(0, i) + word.slice(i + 1) === typed) return true;
    return false;
  }
  if (typed.length === word.length + 1) {
    if (typed.startsWith(word) && inflection.test(typed.slice(word.length))) return false;
    for (let i = 1; i < typed.length; i++) if (typed.slice(0, i) + typed.slice(i + 1) === word) return true;
    return false;
  }
  if (typed.length !== word.length) return false;
  for (let i = 1; i < word.length; i++)
    if (typed[i] !== word[i]) {
      const vowels = word.length >= 7 && /[aeiou]/.test(typed[i]!) && /[aeiou]/.test(word[i]!);
      if (vowels && typed.slice(i + 1) === word.slice(i + 1)) return true;
      return typed[i] === word[i + 1] && typed[i + 1] === word[i] && typed.slice(i + 2) === word.slice(i + 2);
    }
  return false;
}
