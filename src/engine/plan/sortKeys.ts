/**
 * The Vietnamese collation keys of ../cells/collation, built faster for long lists: a key there is,
 * for each character of the NFC, lower-case text, two code units for its letter, then LETTERS_END,
 * then one code unit per character for its tone. Each character's three code units depend on that
 * character alone, so they are taken once per character from `collationKey` itself and the keys of
 * thousands of units and names are assembled from them, without Unicode normalisation per character.
 * The result is the same string (test/engine/plan/sortKeys.test.ts checks it).
 */
import { collationKey } from '../cells/collation';

/** Per UTF-16 code unit (not a surrogate): its letter's two code units and its tone; 0 = not known yet. */
const LETTER_HI = new Uint16Array(0x10000);
const LETTER_LO = new Uint16Array(0x10000);
const TONE = new Uint16Array(0x10000);

/** Above this length a text takes the shared function (keys are built in one call's arguments). */
const MAX_FAST_LENGTH = 1000;

function learn(code: number): void {
  const k = collationKey(String.fromCharCode(code));
  LETTER_HI[code] = k.charCodeAt(0);
  LETTER_LO[code] = k.charCodeAt(1);
  TONE[code] = k.charCodeAt(3);
}

/** Same as `collationKey(text)`. */
export function fastCollationKey(text: string): string {
  const s = text.normalize('NFC').toLowerCase();
  const n = s.length;
  if (n > MAX_FAST_LENGTH) return collationKey(text);
  const codes: number[] = new Array<number>(3 * n + 1);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    // Surrogates (characters outside the Basic Multilingual Plane, or broken pairs): the shared function.
    if (c >= 0xd800 && c <= 0xdfff) return collationKey(text);
    if (TONE[c] === 0) learn(c);
    codes[2 * i] = LETTER_HI[c]!;
    codes[2 * i + 1] = LETTER_LO[c]!;
    codes[2 * n + 1 + i] = TONE[c]!;
  }
  codes[2 * n] = 0;
  return String.fromCharCode(...codes);
}
