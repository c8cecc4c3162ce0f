/**
 * "Does this folded label contain one of these phrases as whole words?" as one regular expression: the
 * same answer as PhraseSet.containsKey (../cells/phrases.ts), which pads the label and each phrase with
 * spaces and looks for one inside the other, without building a padded string per phrase and call.
 */
import { looseKey } from '../cells/text';

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

/**
 * A test on a label already folded with looseKey (single spaces, trimmed): true when one of the phrases,
 * folded the same way, starts at the label's start or after a space and ends at its end or before a space.
 */
export function phraseTest(phrases: readonly string[]): (key: string) => boolean {
  const keys = phrases.map(looseKey).filter((k) => k !== '');
  if (!keys.length) return () => false;
  const re = new RegExp(`(?:^| )(?:${keys.map((k) => k.replace(REGEX_SPECIAL, '\\$&')).join('|')})(?= |$)`);
  return (key) => key !== '' && re.test(key);
}
