/**
 * Vietnamese text handling for matching what users type in sheets.
 * Matching is forgiving: NFC, case-insensitive, whitespace collapsed, diacritics optional,
 * Ð (U+00D0, Icelandic eth often typed by legacy keyboards) folded to Đ (U+0110).
 */
import { memoised } from './memo';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\s\u00A0\u2007\u202F]+/g;

/**
 * True when `s` is already what cleanText returns: printable ASCII, Latin-1/Latin Extended letters or
 * precomposed Vietnamese letters (U+1E00–U+1EFF, all NFC-stable), no combining mark, no Ð/ð, no
 * whitespace but single inner spaces. Most cells are; they skip normalisation and the memo.
 */
function isClean(s: string): boolean {
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c > 32 && c < 0x7f) continue;
    if (c >= 0x1e00 && c <= 0x1eff) continue;
    if (c > 0xa0 && c < 0x300 && c !== 0xd0 && c !== 0xf0) continue;
    return false;
  }
  return !prevSpace || s.length === 0;
}

// Folding is pure but costly (Unicode normalisation) and the same texts recur over many rows: memoised.
const cleanSlow = memoised((s: string): string => {
  return s
    .normalize('NFC')
    .replace(/\u00D0/g, '\u0110')
    .replace(/\u00F0/g, '\u0111')
    .replace(ZERO_WIDTH, '')
    .replace(SPACES, ' ')
    .trim();
});

/** NFC, Ð→Đ, zero-width removed, any whitespace (incl. non-breaking) collapsed, trimmed. */
export function cleanText(s: string): string {
  return isClean(s) ? s : cleanSlow(s);
}

/** NFC only (line breaks and spaces kept): text without combining marks or rare letters is NFC already. */
export function toNfc(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return s.normalize('NFC');
  }
  return s;
}

/** Removes Vietnamese diacritics; đ/Đ are mapped by hand (they are letters, not combining marks). */
export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0111/g, 'd')
    .replace(/\u0110/g, 'D')
    .normalize('NFC');
}

/** The key two labels are compared by: cleaned, lower case, without diacritics. */
export const foldKey = memoised((s: string): string => (isClean(s) ? foldClean(s) : foldUnclean(s)));

/** foldKey of a text that is not clean (checked once: a clean text is its own cleanText). */
function foldUnclean(s: string): string {
  const c = cleanSlow(s);
  return isClean(c) ? foldClean(c) : foldSlow(c);
}

/** Folding by Unicode normalisation: for any text. */
export function foldSlow(s: string): string {
  return stripDiacritics(s.toLowerCase());
}

/**
 * Each character a clean text may hold (U+0000–U+02FF, U+1E00–U+1EFF: precomposed letters, no combining
 * mark) folded on its own by `foldSlow`. Canonical decomposition, mark removal and recomposition act
 * within one such character, and lower-casing them needs no context, so folding a clean text character
 * by character gives what `foldSlow` gives for the whole text, without normalising it.
 *
 * Each character's fold is worked out when first met (a workbook uses a hundred or so of the 1,024), and
 * kept as one code unit: every one of them folds to one character; one that did not would be marked
 * MULTI, and a text holding it folded by concatenation.
 */
const foldCodes = new Uint16Array(0x400);
const MULTI = 0xffff;

function foldedCode(code: number): number {
  const i = code < 0x300 ? code : code - 0x1e00 + 0x300;
  let f = foldCodes[i]!;
  if (f === 0) {
    const folded = foldSlow(String.fromCharCode(code));
    foldCodes[i] = f = folded.length === 1 ? folded.charCodeAt(0) : MULTI;
  }
  return f;
}

/** Longest text folded into one code list (longer ones are folded by concatenation). */
const MAX_CODES = 4096;
/** The folded codes of the text being folded (scratch: nothing here outlives a call). */
const codes: number[] = [];

/**
 * `foldSlow` for a text `isClean` accepts: the folded characters' codes made into one string at once (a
 * concatenation per character would make a string per character, all garbage).
 */
function foldClean(s: string): string {
  const n = s.length;
  let ascii = true;
  for (let i = 0; i < n && ascii; i++) ascii = s.charCodeAt(i) < 0x80;
  if (ascii) return s.toLowerCase();
  if (n > MAX_CODES) return foldByConcat(s);
  codes.length = 0;
  for (let i = 0; i < n; i++) {
    const f = foldedCode(s.charCodeAt(i));
    if (f === MULTI) return foldByConcat(s);
    codes.push(f);
  }
  return String.fromCharCode.apply(null, codes);
}

/** `foldClean` one character at a time: for a long text, or one holding a character that folds to several. */
function foldByConcat(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const f = foldedCode(code);
    out += f === MULTI ? foldSlow(String.fromCharCode(code)) : String.fromCharCode(f);
  }
  return out;
}

/** Same as foldKey, and punctuation (except the dot in codes like 1.2) turned into spaces. */
export const looseKey = memoised((s: string): string =>
  foldKey(s)
    .replace(/[,;:()[\]{}"'“”‘’\-–—_/\\|*!?]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim(),
);

/** True when `label` equals one of `aliases` after folding. */
export function matchesAny(label: string, aliases: readonly string[]): boolean {
  const k = looseKey(label);
  return aliases.some((a) => looseKey(a) === k);
}

/** True when the folded `label` starts with or contains one of the folded aliases as whole words. */
export function containsAny(label: string, aliases: readonly string[]): boolean {
  const k = ` ${looseKey(label)} `;
  return aliases.some((a) => k.includes(` ${looseKey(a)} `));
}
