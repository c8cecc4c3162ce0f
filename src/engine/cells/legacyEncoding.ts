/**
 * Vietnamese text typed with a pre-Unicode font: TCVN3 (ABC fonts such as .VnTime) or VNI (VNI-Times).
 * Such text is stored as Latin-1 letters and symbols that only look Vietnamese in the old font:
 * "Tr­êng THCS §Çm Hµ" (TCVN3) or "Tröôøng THCS Ñaàm Haø" (VNI) for "Trường THCS Đầm Hà". Names and
 * headers typed this way match nothing, so the sheet must say why (SPEC §3: matching is on Unicode text).
 *
 * Heuristics, tuned to never flag real Unicode Vietnamese: a text with any letter only Unicode
 * Vietnamese has (ă, đ, ơ, ư, or a precomposed letter of U+1EA0–U+1EF9) is Unicode. Otherwise
 * - TCVN3: symbols of U+00A1–U+00BF used as letters (µ for à, ¸ for á, ® for đ, § for Đ, the soft
 *   hyphen for ư, …) or Latin-1 letters Vietnamese never uses, sitting inside words;
 * - VNI: a vowel followed by a tone or shape mark drawn from Latin-1 (aø, aù, aû, aõ, aï, oâ, eâ, ö
 *   for ư, ñ / Ñ for đ / Đ).
 */
import { memoised } from './memo';

export type LegacyEncoding = 'TCVN3' | 'VNI';

/** Latin-1 letters that Unicode Vietnamese uses (à á â ã è é ê ì í ò ó ô õ ù ú ý and capitals). */
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
/** TCVN3 lower-case vowels and đ/Đ drawn from U+00A1–U+00BF (the symbols row of Latin-1). */
const TCVN3_SYMBOL_LETTERS = new Set('¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾');
/** VNI's marks after a vowel: ø ` ù ´ û ? õ ~ ï . â ^ ê ˘ (and capitals), ö ư, ô/Ô ơ when doubled. */
/** À, á, ạ, ư, ả, ã in TCVN3: never letters in Unicode text, one inside a word is enough. */
const TCVN3_SURE = new Set('µ¸¹\u00AD¶·');
const VNI_PAIR = /[aeiouyAEIOUY][øùûõïâêàáåãäëæØÙÛÕÏÂÊÀÁÅÃÄËÆ]/g;
const VNI_STRONG = /[øûïöñÑåäæëÖØÛÏÅÄÆË]/g;
/** A word starting with ñ / Ñ (VNI's đ / Đ) and a vowel: "Ñôn", "ñaàu". */
const VNI_D_WORD = /(?:^|[\s("'])[Ññ][aeiouyâêôAEIOUYÂÊÔ]/;

/** VIETNAMESE_LATIN1 as a table by code unit (1 for those letters), for the gate's scan. */
const VIETNAMESE_LATIN1_CODE = new Uint8Array(256);
for (const ch of VIETNAMESE_LATIN1) VIETNAMESE_LATIN1_CODE[ch.charCodeAt(0)] = 1;

const isAsciiLetter = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch);

/** `detect`, memoised: the same few legacy-looking texts recur. */
const detectMemo = memoised(detect);

/**
 * True when a text has a Latin-1 symbol or letter (U+00A1–U+00FF) other than the Latin-1 letters Unicode
 * Vietnamese uses (à á â ã è é ê ì í ò ó ô õ ù ú ý and capitals), and no letter only Unicode Vietnamese
 * has (see isUnicodeVietnamese): the only texts `detect` can flag (it counts nothing else: Vietnamese
 * Latin-1 letters are neither symbols, foreign letters nor VNI marks). One scan by code unit; Vietnamese
 * text stops at its first such letter, ASCII text never leaves the first test, "Lê Hà" is no candidate.
 */
export function mayBeLegacy(text: string): boolean {
  let latin1 = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa1) continue;
    if (c <= 0xff) {
      if (VIETNAMESE_LATIN1_CODE[c] === 0) latin1 = true;
    } else if (isUnicodeVietnamese(c)) return false;
  }
  return latin1;
}

/** A letter only Unicode Vietnamese text contains: Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư and the precomposed block. */
function isUnicodeVietnamese(c: number): boolean {
  if (c >= 0x1ea0) return c <= 0x1ef9;
  return c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x128 || c === 0x129 || c === 0x168 || c === 0x169 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0;
}

/**
 * The legacy encoding a text appears to be typed in, or null for Unicode (or plain ASCII) text.
 * Every text cell of the workbook is checked: the gate of `detect` (a Latin-1 character and no letter only
 * Unicode Vietnamese has) settles almost all of them in one scan, before any memo lookup.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  return mayBeLegacy(text) ? detectMemo(text) : null;
}

/** The check without the gate (tests compare the gate with it): for texts `mayBeLegacy` let through. */
export function detect(text: string): LegacyEncoding | null {
  const chars = [...text];
  let symbolHits = 0;
  let sure = false;
  let foreignHits = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const code = ch.charCodeAt(0);
    if (code < 0xa1 || code > 0xff) continue;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const inWord = isAsciiLetter(prev) || isAsciiLetter(next) || (prev !== undefined && prev.charCodeAt(0) >= 0xa1 && prev.charCodeAt(0) <= 0xff);
    if (!inWord) continue;
    if (TCVN3_SYMBOL_LETTERS.has(ch)) {
      symbolHits++;
      if (TCVN3_SURE.has(ch) && isAsciiLetter(prev)) sure = true;
    }
    else if (code >= 0xc0 && !VIETNAMESE_LATIN1.has(ch)) foreignHits++;
  }
  // µ, ¸, ¹ or the soft hyphen right after a letter is a letter in no Unicode text; other symbol-letters
  // need a second sign. VNI uses no U+00A1–U+00BF symbol, so a symbol-letter means TCVN3.
  if (sure || symbolHits >= 2 || (symbolHits === 1 && foreignHits >= 1)) return 'TCVN3';
  const vniPairs = text.match(VNI_PAIR)?.length ?? 0;
  const vniStrong = text.match(VNI_STRONG)?.length ?? 0;
  if (vniStrong >= 1 && (vniPairs + vniStrong >= 2 || VNI_D_WORD.test(text))) return 'VNI';
  if (foreignHits >= 2) return 'TCVN3';
  return null;
}
