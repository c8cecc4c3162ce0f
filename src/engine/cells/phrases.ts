/**
 * A set of phrases folded once (looseKey), to test many labels against the same aliases without
 * re-folding the aliases each time: containsAny/matchesAny fold them on every call.
 */
import { looseKey } from './text';
import { cachedLooseKey } from './keyCache';

export interface PhraseSet {
  /** The folded label equals one of the phrases. */
  equals(label: string): boolean;
  /** The folded label contains one of the phrases as whole words. */
  contains(label: string): boolean;
  /** Same as contains, on a label already folded with looseKey. */
  containsKey(key: string): boolean;
}

export function phraseSet(phrases: readonly string[]): PhraseSet {
  const keys = phrases.map(looseKey).filter((k) => k !== '');
  const exact = new Set(keys);
  const containsKey = (k: string): boolean => {
    if (!k) return false;
    const padded = ` ${k} `;
    return keys.some((p) => padded.includes(` ${p} `));
  };
  return {
    equals: (label) => exact.has(cachedLooseKey(label)),
    contains: (label) => containsKey(cachedLooseKey(label)),
    containsKey,
  };
}
