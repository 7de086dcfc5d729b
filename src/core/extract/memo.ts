/**
 * Every mention in a sentence asks the same questions of the same sentence part ("is this part about
 * freight?"). Remembering the last few answers keeps the work per sentence linear in its length,
 * however many amounts it holds. Pure functions only: the same text always gives the same answer.
 */
export function remembered<T>(answer: (text: string) => T, size = 64): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    const known = recent.get(text);
    if (known !== undefined || recent.has(text)) return known as T;
    const value = answer(text);
    if (recent.size >= size) recent.delete(recent.keys().next().value!);
    recent.set(text, value);
    return value;
  };
}
