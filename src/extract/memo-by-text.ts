import { ownCopy } from './chars.js';

/**
 * A pure function of a text, remembered for the texts it was last asked
 * about: news repeats its speaker phrases ("the army said", "officials said"),
 * and reading one again costs as much as the first time. At most `capacity`
 * texts are kept; when full, the memory starts afresh, so it stays small
 * however much is read.
 */
export function memoByText<T>(compute: (text: string) => T, capacity = 4096): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    const found = known.get(text);
    if (found !== undefined || known.has(text)) return found as T;
    if (known.size >= capacity) known.clear();
    // Computed on a copy, so that neither the key nor the value (slices of it) keeps the whole document alive.
    const own = ownCopy(text);
    const value = compute(own);
    known.set(own, value);
    return value;
  };
}
